// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which editor holds a soft edit lock, as written in edit_locks.session:
// "HOST/PID/UUID" — the machine and process it runs in, and a UUID per store object (one
// process may open a store twice). Knowing the machine and process lets a reporter's editor,
// started again after a crash, take over the lock its dead predecessor left on a story
// instead of announcing "being edited by" the reporter themselves for five minutes.
// (Sessions written by older versions are a bare UUID; they end by timing out as before.)
namespace EditSession {

// A new session of this process.
QString create();
// Whether `session` was a process on this machine that is no longer running.
bool hasEnded(const QString &session);

} // namespace EditSession
