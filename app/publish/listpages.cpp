// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/listpages.h"

#include "model/editions.h"

#include "publish/pagekeys.h"
#include "publish/sitesections.h"
#include "publish/sitestate.h"
#include "publish/sitewriter.h"

#include <optional>

namespace {

QStringList languagesOf(const std::vector<const SiteEntry *> &items)
{
    QStringList languages;
    for (const SiteEntry *e : items)
        languages << e->article.language;
    return languages;
}

} // namespace

ArticleLink linkOf(const SiteEntry &e)
{
    ArticleLink link {e.article.headline, e.path, e.time, e.article.deck, e.article.language, {}};
    link.setThumbnail(e.article.media);
    return link;
}

SiteLists siteLists(
    const std::vector<SiteEntry> &entries, const std::function<QString(const QString &)> &folderOf)
{
    SiteLists lists;
    std::vector<const SiteEntry *> &all = lists.all;
    all.reserve(entries.size());
    for (const SiteEntry &e : entries)
        all.push_back(&e);
    auto &sections = lists.sections;
    auto &tags = lists.tags;
    auto &authors = lists.authors;
    for (const SiteEntry &e : entries) {
        if (!e.sectionFolder.isEmpty()) {
            auto &section = sections[e.sectionFolder];
            if (section.first.isEmpty())
                section.first = e.article.section;
            section.second.push_back(&e);
        }
        for (const QString &tag : e.article.tags) {
            if (tag.trimmed().isEmpty())
                continue;
            auto &t = tags[folderOf(tag)];
            if (t.first.isEmpty())
                t.first = tag;
            if (t.second.empty() || t.second.back() != &e)
                t.second.push_back(&e);
        }
        for (const Byline &b : e.article.bylines) {
            if (b.name.trimmed().isEmpty())
                continue;
            auto &author = authors[safeFolderName(b.name)];
            if (author.first.isEmpty())
                author.first = b.name;
            if (author.second.empty() || author.second.back() != &e)
                author.second.push_back(&e);
        }
    }
    return lists;
}

std::vector<size_t> inSectionLanguage(
    size_t count, const std::function<QString(size_t)> &languageAt, const QString &siteLanguage)
{
    // Counted by reading language: en and en-GB are one readership, zh-TW and zh-Hant another.
    QStringList languages;
    for (size_t n = 0; n < count; ++n)
        languages << Copydesk::readingLanguage(languageAt(n));
    const QString reading = listLanguage(languages, Copydesk::readingLanguage(siteLanguage));
    std::vector<size_t> kept;
    for (size_t n = 0; n < count; ++n) {
        if (languages.at(qsizetype(n)) == reading)
            kept.push_back(n);
    }
    return kept;
}

void keepSectionsToOneLanguage(SiteLists &lists, const QString &siteLanguage)
{
    for (auto &[folder, section] : lists.sections) {
        std::vector<const SiteEntry *> &items = section.second;
        const std::vector<size_t> kept = inSectionLanguage(
            items.size(), [&items](size_t n) { return items[n]->article.language; }, siteLanguage);
        if (kept.size() == items.size())
            continue;
        std::vector<const SiteEntry *> same;
        same.reserve(kept.size());
        for (size_t n : kept)
            same.push_back(items[n]);
        items = std::move(same);
    }
}

bool ListPages::stagePage(const ListPage &page)
{
    const QByteArray pageKey = listPageKey(m_siteKey, page);
    const QString file = listPagePath(page.folder, page.page) + QStringLiteral("index.html");
    if (m_writer.keep(file, pageKey))
        return false;
    m_writer.stage(file, m_renderer.listPage(page, m_context), pageKey);
    return true;
}

int ListPages::stage(ListPage::Kind kind, const QString &heading, const QString &folder,
    const std::vector<const SiteEntry *> &items, const QString &language)
{
    return stage(ListPage {kind, heading, folder, language, {}}, qsizetype(items.size()),
        [&items](size_t i) { return linkOf(*items[i]); });
}

int ListPages::stageGroups(SiteLists &lists, const QString &siteLanguage)
{
    int rendered = 0;
    for (const auto &[folder, section] : lists.sections) {
        const QString language = listLanguage(languagesOf(section.second), siteLanguage);
        lists.sectionLanguages[folder] = language;
        rendered += stage(ListPage::Kind::Section, section.first,
            QStringLiteral("section/") + folder + u'/', section.second, language);
    }
    for (const auto &[folder, tag] : lists.tags)
        rendered += stage(ListPage::Kind::Tag, tag.first, QStringLiteral("tag/") + folder + u'/',
            tag.second, listLanguage(languagesOf(tag.second), siteLanguage));
    for (const auto &[folder, author] : lists.authors)
        rendered +=
            stage(ListPage::Kind::Author, author.first, QStringLiteral("author/") + folder + u'/',
                author.second, listLanguage(languagesOf(author.second), siteLanguage));
    return rendered;
}

int ListPages::stageArchive(const std::vector<const SiteEntry *> &all,
    const QString &archiveHeading, const QString &siteLanguage)
{
    int rendered = 0;
    ArchiveIndex months {archiveHeading, QStringLiteral("archive/"), siteLanguage, {}};
    std::optional<ArchiveIndex> month;
    const auto finishMonth = [&] {
        if (!month)
            return;
        int stories = 0;
        for (const ArchiveIndex::Entry &day : std::as_const(month->entries))
            stories += day.stories;
        months.entries.append({month->heading, month->folder, stories});
        m_writer.stage(month->folder + QStringLiteral("index.html"),
            m_renderer.archiveIndexPage(*month, m_context), {});
    };
    for (size_t begin = 0; begin < all.size();) {
        // The site's calendar (publish --time-zone), as the pages date their stories.
        const QDate day = all[begin]->time.toTimeZone(m_context.timeZone).date();
        size_t end = begin + 1;
        while (end < all.size() && all[end]->time.toTimeZone(m_context.timeZone).date() == day)
            ++end;
        if (!day.isValid()) {
            begin = end;
            continue;
        }
        if (!month || month->folder != archiveMonthPath(day)) {
            finishMonth();
            month = ArchiveIndex {
                archiveMonthHeading(day, siteLanguage), archiveMonthPath(day), siteLanguage, {}};
        }
        const QString heading = archiveDayHeading(day, siteLanguage);
        month->entries.append({heading, archiveDayPath(day), int(end - begin)});
        rendered += stage(ListPage::Kind::Day, heading, archiveDayPath(day),
            std::vector<const SiteEntry *>(
                all.begin() + qsizetype(begin), all.begin() + qsizetype(end)),
            siteLanguage);
        begin = end;
    }
    finishMonth();
    m_writer.stage(
        QStringLiteral("archive/index.html"), m_renderer.archiveIndexPage(months, m_context), {});
    return rendered;
}
