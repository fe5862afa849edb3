// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

// What went wrong in the article store, in words a reporter can act on. The kind decides the
// command line's exit code: NotFound and Invalid are the user's (1), Conflict is 3, the rest 2.
class StoreError : public std::runtime_error
{
public:
    enum Kind {
        NotFound, // no article with that id or slug
        Invalid, // the article breaks a rule (unknown status, duplicate slug, …)
        Conflict, // saved from a stale revision: someone else saved first
        Unavailable, // cannot open: not a store, newer schema, unreachable server, no permission
        Failed, // a read or write failed (disk full, I/O error, lost connection)
    };

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};
