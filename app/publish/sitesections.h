// SPDX-License-Identifier: GPL-3.0-or-later
// The site's sections as its masthead lists them, and the languages of the site and its lists:
// worked out here once, for the publisher's pages and for the editor's preview of an article,
// which must be the same page (tst_preview) although the preview never runs a publish.
#pragma once

#include "model/article.h"
#include "render/pagerenderer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

// The language a list page and its feeds are in (a section's, a tag's, an author's): that of
// most of its stories (a Chinese section on an English site is a Chinese page), the site's when
// it is among the commonest, else the first of them by name.
template<typename Languages>
QString listLanguage(const Languages &languages, const QString &siteLanguage)
{
    QHash<QString, int> counts;
    for (const QString &language : languages) {
        if (!language.isEmpty())
            ++counts[language];
    }
    QString best;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most
            || (it.value() == most && best != siteLanguage
                && (it.key() == siteLanguage || it.key() < best))) {
            most = it.value();
            best = it.key();
        }
    }
    return best.isEmpty() ? siteLanguage : best;
}

// The site's language when none is set: its stories' commonest (ties: the first by name), "en"
// for a site without stories. `counts`: language → stories.
QString commonestLanguage(const QHash<QString, int> &counts);

// A section in the site's own menu (the `sections` site setting): its name as stories give it,
// and the label the menu shows (empty: the name).
struct MenuSection
{
    QString section;
    QString label;
    bool operator==(const MenuSection &) const = default;
};

// Counts the stories of each section, newest story first, and gives the masthead's sections:
// those with the most stories first (ties: by folder name), each named as its newest story
// spells it (the section page's heading) and in the language of its page. A menu of the site's
// own comes first: its sections that have stories, in its order, under its labels; the others
// follow as above.
class SectionTallies
{
public:
    // `folder`: safeFolderName(section). The first story added to a folder names it (later
    // ones may pass an empty `section`).
    void add(const QString &section, const QString &folder, const QString &language);
    QList<SectionLink> links(
        const QString &siteLanguage, const QList<MenuSection> &menu = {}) const;

private:
    struct Tally
    {
        QString name;
        int stories = 0;
        QStringList languages;
    };
    std::map<QString, Tally> m_tallies; // by folder
};

// What the masthead of every page shows, hashed: part of every page's key, so that a change of
// the navigation renders every page again.
QByteArray navigationKey(const QList<SectionLink> &sections);

// The navigation of the site these articles make, as `copydesk publish` would work it out.
// `onSite`: the published articles (and ready ones when those are published), in any order;
// those publish would leave off now (without a headline, not yet due) do not count.
// `siteLanguage` as PublishOptions::language (empty: the stories' commonest). `previewed`: an
// article shown as its page will be once it is on the site, counted in place of its stored
// version.
struct SiteNavigation
{
    QString language; // the site's
    QList<SectionLink> sections;
};
SiteNavigation siteNavigation(const QList<Article> &onSite, const QString &siteLanguage = {},
    const Article *previewed = nullptr, const QList<MenuSection> &menu = {});
