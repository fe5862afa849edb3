// SPDX-License-Identifier: GPL-3.0-or-later
// Where an article is published (news/SLUG/): the slug it asks for, and a slug of its own for
// every article on the site that stays the same from run to run.
#pragma once

#include "model/article.h"
#include "publish/killnotices.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

struct SiteEntry;

// The address an article asks for: its slug, else one made from its headline.
QString wantedSlug(const Article &a);

// Whether an article keeps the address it was published under: it still asks for it, or for
// the name that address was made from when it was taken.
bool keepsSlug(const QString &before, const Article &a);

// Gives every entry (in the order given: who comes first keeps a contested slug) a slug that is
// safe and unique, the last run's (`previousSlugs`: article id → slug) where it still fits. A
// killed story's address keeps its notice page and is never given to another story: the
// notices returned, from `killed` (id → revision) and the last run's. A story published under
// another slug than its own gets a line in `warnings`.
KillNotices assignSlugs(std::vector<SiteEntry> &entries,
    const QHash<QString, QString> &previousSlugs, const QHash<QString, int> &killed,
    const KillNotices &lastNotices, QStringList &warnings);
