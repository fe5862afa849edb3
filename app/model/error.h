// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Copydesk fails: an Error with a kind and a message a reporter can act on.
// Every layer throws it or a type derived from it (StoreError, ImportError, PublishError,
// UserError); the command line maps the kind to its exit code in one table (exitCodeOf in
// app/cli/commandline.cpp) and the editor shows the message.
#pragma once

#include <QString>

#include <stdexcept>

namespace Copydesk {

class Error : public std::runtime_error
{
public:
    enum Kind {
        Input, // what the user gave is wrong: an option, a value, a file that is no article
        NotFound, // no article with that id or slug
        Invalid, // the article breaks a rule (unknown status, duplicate slug, …)
        Conflict, // saved from a stale revision: someone else saved first
        Unavailable, // the store cannot be opened: not a store, newer schema, unreachable
        Failed, // a read or write failed (disk full, I/O error, lost connection)
        Publish, // the site could not be written
        Cancelled, // the user stopped it; nothing changed
    };

    Error(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace Copydesk
