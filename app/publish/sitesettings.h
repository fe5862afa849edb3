// SPDX-License-Identifier: GPL-3.0-or-later
// The site's settings, kept in the store (shared by everyone on a PostgreSQL store, in the
// `settings` table as "site.KEY"): what `copydesk site set` writes and `copydesk publish` takes
// as its defaults, its own options overriding them.
#pragma once

#include "publish/publisher.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ArticleStore;

// The settings' keys, in the order `site show` lists them: title, base_url, sections,
// per_page, footer, quote_style, house_style, languages.
const QStringList &siteSettingKeys();

// What the store says of the site; an unset key is empty (0 for per_page) and means the
// publisher's default.
struct SiteSettings
{
    QString title;
    QString baseUrl;
    QList<MenuSection> sections; // the masthead's, in menu order
    int perPage = 0;
    QString footer;
    QString quoteStyle; // "curly", "corner"; empty: by the story's script ("auto")
    QString houseStyle; // houseStyleName()
    bool mixLanguages = false; // languages: "separate" (unset) or "mixed"
};

SiteSettings readSiteSettings(ArticleStore &store);

// What is wrong with `value` for `key` (an unknown key, a value the key cannot take), empty
// when it will do. An empty value is always good: it unsets the key.
QString siteSettingProblem(const QString &key, const QString &value);
// Writes them all or none; throws StoreError(Invalid) naming the first problem.
void writeSiteSettings(ArticleStore &store, const QList<std::pair<QString, QString>> &values);

// The settings as `site show --json` prints them: every key, with the value a publish uses
// (the default where unset), and "set": the keys the store holds.
QJsonObject siteSettingsJson(const SiteSettings &settings);

// The options a publish starts from: the defaults, then the settings over them.
PublishOptions publishDefaults(const SiteSettings &settings);

// The menu as `sections` takes it: a JSON list of section names or {"section", "label"}
// objects. Null (and `problem` set) when it is not one.
std::optional<QList<MenuSection>> menuFromJson(const QString &json, QString *problem = nullptr);
QString menuToJson(const QList<MenuSection> &menu);
