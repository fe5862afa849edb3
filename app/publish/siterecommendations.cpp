// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/siterecommendations.h"

#include "model/editions.h"
#include "publish/siteeditions.h"
#include "render/recommender.h"

#include <map>

namespace {

// Recommended news on a page, and how many more to ask for so that as many are left when the
// story's editions are taken out.
constexpr int kRecommended = 5;
constexpr int kMaxEditions = 8;

} // namespace

void recommendAll(std::vector<SiteEntry> &entries, const SiteEditions &editions, bool mixLanguages)
{
    // A recommender for each language, over the positions of its stories.
    std::map<QString, std::vector<size_t>> byLanguage;
    for (size_t i = 0; i < entries.size(); ++i)
        byLanguage[mixLanguages ? QString()
                                : Copydesk::readingLanguage(entries[i].article.language)]
            .push_back(i);
    for (const auto &[language, positions] : byLanguage) {
        std::vector<const Article *> candidates;
        candidates.reserve(positions.size());
        for (size_t i : positions)
            candidates.push_back(&entries[i].article);
        const Recommender recommender(candidates);
        for (size_t at : positions) {
            SiteEntry &e = entries[at];
            e.recommended.clear();
            if (!editions.mayHaveEditions(e.article.id)) {
                for (qsizetype i : recommender.recommend(e.article, kRecommended))
                    e.recommended.append(qint32(positions[size_t(i)]));
                continue;
            }
            // Never the same story in another script or spelling.
            const QString group = editions.groupOf(e.article.id);
            for (qsizetype i : recommender.recommend(e.article, kRecommended + kMaxEditions)) {
                const size_t other = positions[size_t(i)];
                if (e.recommended.size() < kRecommended
                    && editions.groupOf(entries[other].article.id) != group)
                    e.recommended.append(qint32(other));
            }
        }
    }
}
