// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/changedsite.h"

#include "publish/feeds.h"
#include "publish/listpages.h"
#include "publish/sitesections.h"

#include <QSet>

#include <algorithm>
#include <numeric>

ChangedSite::ChangedSite(const SiteState &state, const std::map<size_t, SiteEntry> &changed,
    const QString &siteLanguage, bool oneLanguage)
    : m_state(state), m_changed(changed), m_siteLanguage(siteLanguage), m_oneLanguage(oneLanguage)
{
}

const SiteEntry &ChangedSite::entryAt(size_t i)
{
    if (const auto c = m_changed.find(i); c != m_changed.end())
        return c->second;
    auto d = m_decoded.find(i);
    if (d == m_decoded.end())
        d = m_decoded.emplace(i, m_state.entry(i)).first;
    return d->second;
}

ArticleLink ChangedSite::linkAt(size_t i) const
{
    const auto c = m_changed.find(i);
    return c != m_changed.end() ? linkOf(c->second) : m_state.link(i);
}

QString ChangedSite::languageOf(const std::vector<size_t> &items) const
{
    QStringList languages;
    for (size_t i : items)
        languages << m_state.language(i);
    return listLanguage(languages, m_siteLanguage);
}

const std::vector<size_t> &ChangedSite::inSection(const QString &folder)
{
    const auto &records = m_state.records();
    auto it = m_sections.find(folder);
    if (it == m_sections.end()) {
        it = m_sections.emplace(folder, std::vector<size_t>()).first;
        for (size_t i = 0; i < records.size(); ++i) {
            if (records[i].sectionFolder == folder)
                it->second.push_back(i);
        }
        if (m_oneLanguage) {
            std::vector<size_t> &items = it->second;
            const std::vector<size_t> kept = inSectionLanguage(
                items.size(), [&](size_t n) { return m_state.language(items[n]); }, m_siteLanguage);
            std::vector<size_t> same;
            same.reserve(kept.size());
            for (size_t n : kept)
                same.push_back(items[n]);
            items = std::move(same);
        }
    }
    return it->second;
}

int ChangedSite::stageChangedLists(
    ListPages &pages, const std::set<size_t> &linkChanged, int perPage)
{
    if (linkChanged.empty())
        return 0;
    const auto &records = m_state.records();
    int rendered = 0;
    const auto listPage = [&](ListPage::Kind kind, const QString &heading, const QString &folder,
                              const std::vector<size_t> &items) {
        std::set<int> pagesToRedo;
        for (size_t n = 0; n < items.size(); ++n) {
            if (linkChanged.count(items[n]))
                pagesToRedo.insert(int(n / size_t(perPage)) + 1);
        }
        rendered += pages.stage(
            ListPage {kind, heading, folder,
                kind == ListPage::Kind::Front || kind == ListPage::Kind::Day ? m_siteLanguage
                                                                             : languageOf(items),
                {}},
            qsizetype(items.size()), [&](size_t n) { return linkAt(items[n]); }, &pagesToRedo);
    };
    {
        std::vector<size_t> front(records.size());
        std::iota(front.begin(), front.end(), size_t(0));
        listPage(ListPage::Kind::Front, pageLabels(m_siteLanguage).latest, {}, front);
    }
    QSet<QString> sectionFolders;
    QSet<QString> tagFolders;
    QSet<QString> authorFolders;
    for (size_t at : linkChanged) {
        const SiteEntry &e = entryAt(at);
        if (!e.sectionFolder.isEmpty())
            sectionFolders.insert(e.sectionFolder);
        for (const QString &folder : e.tagFolders)
            tagFolders.insert(folder);
        for (const QString &folder : e.authorFolders)
            authorFolders.insert(folder);
    }
    // The day pages of the archive that show a changed link (a story keeps its time here).
    std::set<qint64> days;
    for (size_t at : linkChanged) {
        const QTimeZone &zone = pages.context().timeZone; // the site's calendar, as the pages'
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(records[at].time, Qt::UTC).toTimeZone(zone).date();
        if (!day.isValid() || !days.insert(day.toJulianDay()).second)
            continue;
        const auto dayOf = [&](size_t i) {
            return QDateTime::fromMSecsSinceEpoch(records[i].time, Qt::UTC).toTimeZone(zone).date();
        };
        size_t begin = at;
        size_t end = at + 1;
        while (begin > 0 && dayOf(begin - 1) == day)
            --begin;
        while (end < records.size() && dayOf(end) == day)
            ++end;
        std::vector<size_t> items(end - begin);
        std::iota(items.begin(), items.end(), begin);
        listPage(ListPage::Kind::Day, archiveDayHeading(day, m_siteLanguage), archiveDayPath(day),
            items);
    }
    for (const QString &folder : std::as_const(authorFolders)) {
        std::vector<size_t> items;
        for (size_t i = 0; i < records.size(); ++i) {
            if (records[i].hasAuthorFolder(folder))
                items.push_back(i);
        }
        // Headed by the newest story's spelling of the name.
        QString heading;
        for (const Byline &b : entryAt(items.front()).article.bylines) {
            if (!b.name.trimmed().isEmpty() && safeFolderName(b.name) == folder) {
                heading = b.name;
                break;
            }
        }
        listPage(ListPage::Kind::Author, heading, QStringLiteral("author/") + folder + u'/', items);
    }
    for (const QString &folder : std::as_const(sectionFolders)) {
        const std::vector<size_t> &items = inSection(folder);
        listPage(ListPage::Kind::Section, entryAt(items.front()).article.section,
            QStringLiteral("section/") + folder + u'/', items);
    }
    for (const QString &folder : std::as_const(tagFolders)) {
        std::vector<size_t> items;
        for (size_t i = 0; i < records.size(); ++i) {
            if (records[i].hasTagFolder(folder))
                items.push_back(i);
        }
        // The tag page is headed by the newest article's spelling of the tag.
        QString heading;
        for (const QString &tag : entryAt(items.front()).article.tags) {
            if (!tag.trimmed().isEmpty() && safeFolderName(tag) == folder) {
                heading = tag;
                break;
            }
        }
        listPage(ListPage::Kind::Tag, heading, QStringLiteral("tag/") + folder + u'/', items);
    }
    return rendered;
}

void ChangedSite::stageChangedFeeds(
    SiteWriter &writer, const QString &siteName, const QString &baseUrl)
{
    const auto &records = m_state.records();
    const auto feeds = [&](const QString &title, const QString &folder,
                           const std::vector<size_t> &items, const QString &language) {
        std::vector<const SiteEntry *> newest;
        for (size_t n = 0; n < items.size() && n < size_t(kFeedSize); ++n)
            newest.push_back(&entryAt(items[n]));
        stageFeeds(writer, title, folder, newest, language, baseUrl);
    };
    if (m_changed.begin()->first < size_t(kFeedSize)) {
        std::vector<size_t> front(std::min(records.size(), size_t(kFeedSize)));
        std::iota(front.begin(), front.end(), size_t(0));
        feeds(siteName, {}, front, m_siteLanguage);
    }
    {
        QSet<QString> sectionFolders;
        for (const auto &[at, e] : m_changed) {
            if (!e.sectionFolder.isEmpty())
                sectionFolders.insert(e.sectionFolder);
        }
        for (const QString &folder : std::as_const(sectionFolders)) {
            const std::vector<size_t> &items = inSection(folder);
            const auto newest = items.begin() + std::min(items.size(), size_t(kFeedSize));
            if (std::none_of(items.begin(), newest, [&](size_t i) { return m_changed.count(i); }))
                continue;
            feeds(entryAt(items.front()).article.section + QStringLiteral(" - ") + siteName,
                QStringLiteral("section/") + folder + u'/', items, languageOf(items));
        }
    }
}
