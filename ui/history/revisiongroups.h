// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlestore.h"

#include <QList>

// A run of saves that reads as one sitting: autosave keeps a revision per pause in typing
// (a hundred in an afternoon), which the history shows as the sittings they make up.
struct RevisionGroup
{
    QList<RevisionInfo> revisions; // oldest first, never empty

    int first() const { return revisions.first().revision; }
    int last() const { return revisions.last().revision; }
};

// Splits revisions (oldest first, as ArticleStore::history gives them) where the one who saved
// changes or more than `gapSeconds` pass between two saves; ten minutes by default.
QList<RevisionGroup> groupRevisions(const QList<RevisionInfo> &revisions, int gapSeconds = 600);
