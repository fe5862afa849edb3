// SPDX-License-Identifier: GPL-3.0-or-later
// The site's list pages: the front page, sections, tags, authors and the archive by date, each
// in pages of PublishOptions::perPage, and each page rendered again only when what it shows
// changed.
#pragma once

#include "render/pagerenderer.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <utility>
#include <vector>

class SiteWriter;
struct SiteEntry;

// The link a list page or a recommendation shows to an entry.
ArticleLink linkOf(const SiteEntry &e);

// The lists of a whole run, newest first: by folder, the heading (the first spelling met) and
// the stories.
struct SiteLists
{
    using List = std::pair<QString, std::vector<const SiteEntry *>>;
    std::vector<const SiteEntry *> all; // the front page's
    std::map<QString, List> sections;
    std::map<QString, List> tags;
    std::map<QString, List> authors;
    std::map<QString, QString> sectionLanguages; // set by ListPages::stageGroups
};

// `entries` in site order; `folderOf`: a section's or tag's folder name.
SiteLists siteLists(
    const std::vector<SiteEntry> &entries, const std::function<QString(const QString &)> &folderOf);

// Keeps each section's list to the section's language (the commonest of its stories, as
// listLanguage() has it, by readingLanguage()): a story in another language is on the front
// page, its tags' and its authors' pages, not on that section's. A changes-only run keeps
// sections the same way (ChangedSite::inSection).
void keepSectionsToOneLanguage(SiteLists &lists, const QString &siteLanguage);
// The stories of a section list that are in the section's language; `languageAt(n)`: the
// language of the n-th. Positions into the list, in order.
std::vector<size_t> inSectionLanguage(
    size_t count, const std::function<QString(size_t)> &languageAt, const QString &siteLanguage);

// Stages the list pages of one run.
class ListPages
{
public:
    ListPages(SiteWriter &writer, const PageRenderer &renderer, const QByteArray &siteKey,
        const SiteContext &context, int perPage)
        : m_writer(writer),
          m_renderer(renderer),
          m_siteKey(siteKey),
          m_context(context),
          m_perPage(perPage)
    {
    }

    const SiteContext &context() const { return m_context; }

    // Every page of a list, `perPage` stories each; `linkAt(i)`: the link to the list's i-th
    // story. Returns how many pages were rendered again. A page whose stories did not move
    // keeps its key and is not rendered; one whose bytes come out the same is not written. A
    // page the list no longer reaches is not staged, so a run of the whole site deletes it.
    template<typename LinkAt>
    int stage(ListPage page, qsizetype count, LinkAt linkAt, const std::set<int> *only = nullptr)
    {
        page.pageCount = listPageCount(count, m_perPage);
        int rendered = 0;
        for (page.page = 1; page.page <= page.pageCount; ++page.page) {
            if (only && !only->count(page.page))
                continue;
            page.items.clear();
            const qsizetype end = std::min(count, qsizetype(page.page) * m_perPage);
            for (qsizetype i = qsizetype(page.page - 1) * m_perPage; i < end; ++i)
                page.items.append(linkAt(size_t(i)));
            if (stagePage(page))
                ++rendered;
        }
        return rendered;
    }

    // Every page of a list of entries.
    int stage(ListPage::Kind kind, const QString &heading, const QString &folder,
        const std::vector<const SiteEntry *> &items, const QString &language);

    // The section, tag and author lists; records each section's language in `lists`.
    int stageGroups(SiteLists &lists, const QString &siteLanguage);

    // The archive by date: a page per day (UTC, as the search index's months), an index of
    // each month's days and one of the months. `all`: the site, newest first.
    int stageArchive(const std::vector<const SiteEntry *> &all, const QString &archiveHeading,
        const QString &siteLanguage);

private:
    // One page, rendered again only when what it shows changed. True when it was.
    bool stagePage(const ListPage &page);

    SiteWriter &m_writer;
    const PageRenderer &m_renderer;
    const QByteArray &m_siteKey;
    const SiteContext &m_context;
    int m_perPage;
};
