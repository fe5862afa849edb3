// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QHash>
#include <QList>

#include <vector>

// Picks the "recommended news" for an article from the others on the site: most shared tags
// first, then the same section, then the most recent; never the article itself, never a draft,
// an article in edit or a killed one. Indexed by tag and section, so a site of N articles costs
// about N × (articles per tag) rather than N².
class Recommender
{
public:
    // `candidates`: the articles that may be recommended (published ones, plus ready ones when
    // the site includes them). Others in the list are ignored.
    explicit Recommender(const QList<Article> &candidates);
    // The same over articles held elsewhere (they need not outlive the constructor).
    explicit Recommender(const std::vector<const Article *> &candidates);

    // Indexes into `candidates`, best first, at most `limit`. Thread-safe.
    QList<qsizetype> recommend(const Article &article, int limit = 5) const;

private:
    struct Entry
    {
        QString id;
        int section = -1;
        qint64 time = 0;
    };
    bool better(qsizetype a, qsizetype b, int sharedA, int sharedB, int section) const;

    std::vector<Entry> m_entries; // parallel to the candidates list; id empty = not eligible
    QHash<QString, std::vector<qsizetype>> m_byTag;
    QHash<QString, qsizetype> m_indexById;
    QHash<QString, int> m_sectionIds;
    std::vector<std::vector<qsizetype>> m_bySection; // newest first
    std::vector<qsizetype> m_byTime; // newest first
};

// When an article counts as published for ordering and feeds: its published time, else (not
// yet published, e.g. in a preview) its last update.
QDateTime publicationTime(const Article &article);
