// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/sitesettings.h"

#include "publish/baseurl.h"
#include "render/housestyle.h"
#include "store/articlestore.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

constexpr int kMaxPerPage = 1000;
constexpr int kMaxFooter = 500;

// Where each key lies in the store. The quotes are the copy desk's (`style quotes`): one
// setting, so that the checks and the site never disagree.
QString storeKey(const QString &key)
{
    if (key == u"quote_style")
        return QStringLiteral("style.chinese_quotes");
    return QStringLiteral("site.") + key;
}

} // namespace

const QStringList &siteSettingKeys()
{
    static const QStringList keys {QStringLiteral("title"), QStringLiteral("base_url"),
        QStringLiteral("sections"), QStringLiteral("per_page"), QStringLiteral("footer"),
        QStringLiteral("quote_style"), QStringLiteral("house_style"), QStringLiteral("languages")};
    return keys;
}

std::optional<QList<MenuSection>> menuFromJson(const QString &json, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return fail(
            QStringLiteral("sections wants a JSON list of section names, such as "
                           "[\"本地\",\"经济\"] or [{\"section\":\"经济\",\"label\":\"财经\"}]"));
    QList<MenuSection> menu;
    QSet<QString> folders;
    for (const QJsonValue &item : document.array()) {
        MenuSection entry;
        if (item.isString()) {
            entry.section = item.toString().trimmed();
        } else if (item.isObject()) {
            const QJsonObject object = item.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() != u"section" && it.key() != u"label")
                    return fail(QStringLiteral("sections: unknown key \"%1\" (section, label)")
                                    .arg(it.key()));
                if (!it.value().isString())
                    return fail(QStringLiteral("sections: \"%1\" wants text").arg(it.key()));
            }
            entry.section = object.value(u"section").toString().trimmed();
            entry.label = object.value(u"label").toString().trimmed();
        } else {
            return fail(QStringLiteral("sections: each entry is a section's name or an object "
                                       "{\"section\", \"label\"}"));
        }
        if (entry.section.isEmpty())
            return fail(QStringLiteral("sections: an entry without a section name"));
        const QString folder = safeFolderName(entry.section);
        if (folders.contains(folder))
            return fail(QStringLiteral("sections: \"%1\" is listed twice").arg(entry.section));
        folders.insert(folder);
        menu.append(entry);
    }
    return menu;
}

QString menuToJson(const QList<MenuSection> &menu)
{
    QJsonArray array;
    for (const MenuSection &entry : menu) {
        if (entry.label.isEmpty())
            array.append(entry.section);
        else
            array.append(QJsonObject {{QStringLiteral("section"), entry.section},
                {QStringLiteral("label"), entry.label}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString siteSettingProblem(const QString &key, const QString &value)
{
    if (!siteSettingKeys().contains(key))
        return QStringLiteral("unknown site setting \"%1\" (%2)")
            .arg(key, siteSettingKeys().join(QStringLiteral(", ")));
    if (value.isEmpty())
        return {};
    if (key == u"title" && value.trimmed().isEmpty())
        return QStringLiteral("title wants some text");
    if (key == u"base_url") {
        const QString problem = baseUrlProblem(value);
        return problem.isEmpty() ? QString() : QStringLiteral("base_url: ") + problem;
    }
    if (key == u"sections") {
        QString problem;
        return menuFromJson(value, &problem) ? QString() : problem;
    }
    if (key == u"per_page") {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > kMaxPerPage)
            return QStringLiteral("per_page wants a number from 1 to %1, not \"%2\"")
                .arg(kMaxPerPage)
                .arg(value);
    }
    if (key == u"footer" && (value.size() > kMaxFooter || value.contains(u'\n')))
        return QStringLiteral("footer wants one line of at most %1 characters").arg(kMaxFooter);
    if (key == u"quote_style" && value != u"curly" && value != u"corner" && value != u"auto")
        return QStringLiteral("quote_style is curly, corner or auto, not \"%1\"").arg(value);
    if (key == u"languages" && value != u"separate" && value != u"mixed")
        return QStringLiteral("languages is separate (recommendations and section pages keep to "
                              "one language) or mixed, not \"%1\"")
            .arg(value);
    if (key == u"house_style" && !houseStyleFromName(value))
        return QStringLiteral("house_style is english-wire or chinese-newspaper, not \"%1\"")
            .arg(value);
    return {};
}

SiteSettings readSiteSettings(ArticleStore &store)
{
    SiteSettings settings;
    settings.title = store.setting(storeKey(QStringLiteral("title")));
    settings.baseUrl = store.setting(storeKey(QStringLiteral("base_url")));
    // What the store holds was checked on the way in; anything else there counts as unset.
    const QString menu = store.setting(storeKey(QStringLiteral("sections")));
    if (!menu.isEmpty())
        settings.sections = menuFromJson(menu).value_or(QList<MenuSection>());
    const int perPage = store.setting(storeKey(QStringLiteral("per_page"))).toInt();
    settings.perPage = perPage >= 1 && perPage <= kMaxPerPage ? perPage : 0;
    settings.footer = store.setting(storeKey(QStringLiteral("footer")));
    settings.quoteStyle = store.setting(storeKey(QStringLiteral("quote_style")));
    settings.houseStyle = store.setting(storeKey(QStringLiteral("house_style")));
    if (!houseStyleFromName(settings.houseStyle))
        settings.houseStyle.clear();
    settings.mixLanguages = store.setting(storeKey(QStringLiteral("languages"))) == u"mixed";
    return settings;
}

void writeSiteSettings(ArticleStore &store, const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[key, value] : values) {
        const QString problem = siteSettingProblem(key, value);
        if (!problem.isEmpty())
            throw StoreError(StoreError::Invalid, problem);
    }
    for (auto [key, value] : values) {
        if (key == u"sections" && !value.isEmpty())
            value = menuToJson(*menuFromJson(value)); // one spelling in the store
        else if ((key == u"quote_style" && value == u"auto")
            || (key == u"languages" && value == u"separate"))
            value.clear(); // the default, as `style quotes auto` leaves it
        else if (key == u"title" || key == u"footer")
            value = value.trimmed();
        store.setSetting(storeKey(key), value);
    }
}

PublishOptions publishDefaults(const SiteSettings &settings)
{
    PublishOptions options;
    if (!settings.title.isEmpty())
        options.siteName = settings.title;
    if (!settings.baseUrl.isEmpty())
        options.baseUrl = settings.baseUrl;
    options.menu = settings.sections;
    if (settings.perPage > 0)
        options.perPage = settings.perPage;
    options.footer = settings.footer;
    if (const auto style = houseStyleFromName(settings.houseStyle))
        options.defaultStyle = *style;
    options.mixLanguages = settings.mixLanguages;
    return options;
}

QJsonObject siteSettingsJson(const SiteSettings &settings)
{
    const PublishOptions options = publishDefaults(settings);
    QJsonArray menu;
    for (const MenuSection &entry : settings.sections) {
        menu.append(QJsonObject {{QStringLiteral("section"), entry.section},
            {QStringLiteral("label"), entry.label.isEmpty() ? entry.section : entry.label}});
    }
    QJsonArray set;
    if (!settings.title.isEmpty())
        set.append(QStringLiteral("title"));
    if (!settings.baseUrl.isEmpty())
        set.append(QStringLiteral("base_url"));
    if (!settings.sections.isEmpty())
        set.append(QStringLiteral("sections"));
    if (settings.perPage > 0)
        set.append(QStringLiteral("per_page"));
    if (!settings.footer.isEmpty())
        set.append(QStringLiteral("footer"));
    if (!settings.quoteStyle.isEmpty())
        set.append(QStringLiteral("quote_style"));
    if (!settings.houseStyle.isEmpty())
        set.append(QStringLiteral("house_style"));
    if (settings.mixLanguages)
        set.append(QStringLiteral("languages"));
    return QJsonObject {{QStringLiteral("title"), options.siteName},
        {QStringLiteral("base_url"), options.baseUrl}, {QStringLiteral("sections"), menu},
        {QStringLiteral("per_page"), options.perPage}, {QStringLiteral("footer"), options.footer},
        {QStringLiteral("quote_style"),
            settings.quoteStyle.isEmpty() ? QStringLiteral("auto") : settings.quoteStyle},
        {QStringLiteral("house_style"), houseStyleName(options.defaultStyle)},
        {QStringLiteral("languages"),
            options.mixLanguages ? QStringLiteral("mixed") : QStringLiteral("separate")},
        {QStringLiteral("set"), set}};
}
