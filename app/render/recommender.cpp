// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/recommender.h"

#include <QSet>

#include <algorithm>

QDateTime publicationTime(const Article &article)
{
    return article.published.isValid() ? article.published : article.updated;
}

Recommender::Recommender(const QList<Article> &candidates)
    : Recommender([&candidates] {
          std::vector<const Article *> pointers;
          pointers.reserve(size_t(candidates.size()));
          for (const Article &a : candidates)
              pointers.push_back(&a);
          return pointers;
      }())
{
}

Recommender::Recommender(const std::vector<const Article *> &candidates)
{
    m_entries.resize(candidates.size());
    for (qsizetype i = 0; i < qsizetype(candidates.size()); ++i) {
        const Article &a = *candidates[size_t(i)];
        if (a.status != ArticleStatus::Published && a.status != ArticleStatus::Ready)
            continue;
        Entry &e = m_entries[i];
        e.id = a.id;
        m_indexById.insert(a.id, i);
        e.time = publicationTime(a).toMSecsSinceEpoch();
        if (!a.section.isEmpty()) {
            auto it = m_sectionIds.find(a.section);
            if (it == m_sectionIds.end()) {
                it = m_sectionIds.insert(a.section, int(m_bySection.size()));
                m_bySection.emplace_back();
            }
            e.section = *it;
            m_bySection[*it].push_back(i);
        }
        QSet<QString> seen;
        for (const QString &tag : a.tags) {
            if (!tag.isEmpty() && !seen.contains(tag)) {
                seen.insert(tag);
                m_byTag[tag].push_back(i);
            }
        }
        m_byTime.push_back(i);
    }
    const auto newestFirst = [this](qsizetype a, qsizetype b) {
        if (m_entries[a].time != m_entries[b].time)
            return m_entries[a].time > m_entries[b].time;
        return m_entries[a].id < m_entries[b].id;
    };
    std::sort(m_byTime.begin(), m_byTime.end(), newestFirst);
    for (auto &list : m_bySection)
        std::sort(list.begin(), list.end(), newestFirst);
}

bool Recommender::better(qsizetype a, qsizetype b, int sharedA, int sharedB, int section) const
{
    if (sharedA != sharedB)
        return sharedA > sharedB;
    const bool sameA = section >= 0 && m_entries[a].section == section;
    const bool sameB = section >= 0 && m_entries[b].section == section;
    if (sameA != sameB)
        return sameA;
    if (m_entries[a].time != m_entries[b].time)
        return m_entries[a].time > m_entries[b].time;
    return m_entries[a].id < m_entries[b].id;
}

QList<qsizetype> Recommender::recommend(const Article &article, int limit) const
{
    QList<qsizetype> chosen;
    if (limit <= 0)
        return chosen;
    const int section = m_sectionIds.value(article.section, -1);
    const qsizetype self = m_indexById.value(article.id, -1);

    // Count shared tags over the articles that share at least one. The counters are per
    // thread and reset after use: zeroing N counters per article would make a site O(N²).
    thread_local std::vector<int> shared;
    if (shared.size() < m_entries.size())
        shared.assign(m_entries.size(), 0);
    std::vector<qsizetype> touched;
    QSet<QString> seen;
    for (const QString &tag : article.tags) {
        if (tag.isEmpty() || seen.contains(tag))
            continue;
        seen.insert(tag);
        const auto it = m_byTag.constFind(tag);
        if (it == m_byTag.constEnd())
            continue;
        for (qsizetype i : *it) {
            if (i == self)
                continue;
            if (shared[i]++ == 0)
                touched.push_back(i);
        }
    }
    // The best `limit` of them, kept in order while scanning: a handful of comparisons each.
    std::vector<qsizetype> best;
    best.reserve(size_t(limit) + 1);
    for (qsizetype i : touched) {
        auto at = best.end();
        while (at != best.begin() && better(i, *(at - 1), shared[i], shared[*(at - 1)], section))
            --at;
        if (at - best.begin() < limit) {
            best.insert(at, i);
            if (qsizetype(best.size()) > limit)
                best.pop_back();
        }
    }
    for (qsizetype i : best)
        chosen.append(i);

    // Then the same section, then anything, newest first.
    const auto fillFrom = [&](const std::vector<qsizetype> &list) {
        for (qsizetype i : list) {
            if (chosen.size() >= limit)
                return;
            if (shared[i] == 0 && i != self && !chosen.contains(i))
                chosen.append(i);
        }
    };
    if (section >= 0)
        fillFrom(m_bySection[section]);
    fillFrom(m_byTime);
    for (qsizetype i : touched)
        shared[i] = 0;
    return chosen;
}
