// SPDX-License-Identifier: GPL-3.0-or-later
// The pages left at killed stories' addresses: which stories have one, at which address, made
// from which revision (DIR/.copydesk/notices), so that the next run keeps each notice at its
// address and knows when one must go (the story purged or brought back) or change.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

struct KillNotice
{
    QString slug; // the address the story had: articlePath(slug)
    int revision = 0; // of the killed article the page was made from
    friend bool operator==(const KillNotice &, const KillNotice &) = default;
};

// By article id, in id order so that the state file is the same bytes for the same notices.
using KillNotices = QMap<QString, KillNotice>;

QByteArray serializeKillNotices(const KillNotices &notices);
// What serializeKillNotices() wrote; lines it did not write are ignored.
KillNotices parseKillNotices(const QByteArray &bytes);

// Whether the notice pages of the last run differ from those `killed` (id → revision of every
// killed article in the store) calls for: a notice for a story killed since that had an address
// (`addressOf` gives the last run's address of an id, empty when none), a notice to rewrite or
// remove.
template<typename AddressOf>
bool killNoticesChanged(
    const KillNotices &last, const QHash<QString, int> &killed, AddressOf addressOf)
{
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        if (killed.value(it.key(), -1) != it->revision)
            return true;
    }
    for (auto it = killed.cbegin(); it != killed.cend(); ++it) {
        if (!last.contains(it.key()) && !addressOf(it.key()).isEmpty())
            return true;
    }
    return false;
}
