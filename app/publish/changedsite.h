// SPDX-License-Identifier: GPL-3.0-or-later
// The site as a changes-only run sees it: the last run's state with the entries that changed
// laid over it, and the list pages and feeds such a run redoes. Entries are named by their
// position in site order; the unchanged ones are decoded from the state once each, as needed.
#pragma once

#include "publish/sitestate.h"
#include "render/pagerenderer.h"

#include <QString>

#include <map>
#include <set>
#include <vector>

class ListPages;
class SiteWriter;

class ChangedSite
{
public:
    // `state` and `changed` (by position, the entries that changed) must outlive this.
    // `oneLanguage`: sections keep to their language (keepSectionsToOneLanguage()).
    ChangedSite(const SiteState &state, const std::map<size_t, SiteEntry> &changed,
        const QString &siteLanguage, bool oneLanguage);

    const SiteEntry &entryAt(size_t i);
    ArticleLink linkAt(size_t i) const;
    // The language of a list of the stories at `items`.
    QString languageOf(const std::vector<size_t> &items) const;
    // A section's stories, found once for its list page and its feeds.
    const std::vector<size_t> &inSection(const QString &folder);

    // The lists that show a changed headline or deck (`linkChanged`): the front page, the
    // archive's days, authors, sections and tags; of each only the pages that show a changed
    // link, as the stories stay on the pages they were on (the list's members and order are
    // the last run's). Returns how many pages were rendered again.
    int stageChangedLists(ListPages &pages, const std::set<size_t> &linkChanged, int perPage);
    // The feeds the changed articles are in.
    void stageChangedFeeds(SiteWriter &writer, const QString &siteName, const QString &baseUrl);

private:
    const SiteState &m_state;
    const std::map<size_t, SiteEntry> &m_changed;
    QString m_siteLanguage;
    bool m_oneLanguage;
    std::map<size_t, SiteEntry> m_decoded;
    std::map<QString, std::vector<size_t>> m_sections;
};
