// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articlefile.h"
#include "model/error.h"
#include "store/articlestore.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

// Exit codes of the command line: a public interface, scripts depend on them.
enum ExitCode {
    ExitOk = 0,
    ExitUserError = 1,
    ExitStoreError = 2,
    ExitConflict = 3,
    ExitMisspellings = 4,
};

// A mistake in how the command was called or in what it was given; exit code 1.
class UserError : public Copydesk::Error
{
public:
    explicit UserError(const QString &message) : Copydesk::Error(Input, message) { }
};

// The exit code of a failure of each kind: the one table.
ExitCode exitCodeOf(Copydesk::Error::Kind kind);

// What one command gets to work with: its arguments, the output streams and the store.
class CommandLine
{
public:
    CommandLine(const QString &command, const QStringList &arguments, const QString &storeLocation,
        ArticleStore::OpenMode storeMode);

    QString command() const { return m_command; }

    // Parses the command's own options (the parser gets --store and --help added); throws
    // UserError on unknown options or a wrong number of positional arguments. False when
    // --help was asked for and printed: the command then returns ExitOk without running.
    [[nodiscard]] bool parse(QCommandLineParser &parser, int minPositional, int maxPositional,
        const QString &positionalSyntax);

    // The store named by --store / $COPYDESK_STORE / the default, opened on first use; a store
    // that this creates (only a command that may, see cli.cpp) is announced on stderr.
    ArticleStore &store();
    QString storeLocation() const { return m_storeLocation; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonValue &value);

    // The value of a numeric option, at least `minimum`; throws UserError naming the option
    // and what was given ("--limit takes a whole number of at least 1, not \"abc\"").
    static int wholeNumber(
        const QCommandLineParser &parser, const QCommandLineOption &option, int minimum);

    // --expect-revision N, declared once for every command that saves an article.
    static QCommandLineOption expectRevisionOption();
    // Makes `article` save from the revision --expect-revision names (when given), so that the
    // store's own check refuses the save (exit 3) when someone saved since.
    static void applyExpectedRevision(const QCommandLineParser &parser, Article &article);

    // A UTF-8 text file, or "-" for standard input read to its end; throws UserError naming
    // the file and the problem (missing, unreadable, not UTF-8, too large).
    QString readTextFile(const QString &path, qint64 maxBytes = ArticleFile::kMaxBytes);

private:
    QString m_command;
    QStringList m_arguments;
    QString m_storeLocation;
    ArticleStore::OpenMode m_storeMode;
    std::unique_ptr<ArticleStore> m_store;
    QTextStream m_out;
    QTextStream m_err;
};
