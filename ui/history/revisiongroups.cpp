// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/revisiongroups.h"

QList<RevisionGroup> groupRevisions(const QList<RevisionInfo> &revisions, int gapSeconds)
{
    QList<RevisionGroup> groups;
    for (const RevisionInfo &revision : revisions) {
        if (!groups.isEmpty()) {
            const RevisionInfo &previous = groups.last().revisions.last();
            if (previous.savedBy == revision.savedBy
                && previous.savedAt.secsTo(revision.savedAt) <= gapSeconds) {
                groups.last().revisions.append(revision);
                continue;
            }
        }
        groups.append(RevisionGroup {{revision}});
    }
    return groups;
}
