// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlestore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariantMap>

// What differs between SQL back ends: how to connect, the schema steps, and full-text search.
// Everything else in ArticleStore is plain SQL that SQLite and PostgreSQL both speak.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // How configure() pointed the connection at the store.
    enum class Access { ReadWrite, ReadOnly };
    // Points `db` at `location`; refuses (throws Unavailable) what is clearly not a store,
    // before anything is written, and with OpenMode::ExistingOnly a location with no store.
    virtual Access configure(
        QSqlDatabase &db, const QString &location, ArticleStore::OpenMode mode) const = 0;
    // Starts a transaction that will write; returns its error (invalid: started). SQLite's
    // takes the write lock at once (BEGIN IMMEDIATE): a transaction that starts by reading and
    // then writes cannot wait for another writer (the busy timeout does not apply), it fails.
    virtual QSqlError beginWrite(QSqlDatabase &db) const
    {
        return db.transaction() ? QSqlError() : db.lastError();
    }
    // Whether `error` means that another connection kept the store locked past the busy timeout.
    virtual bool isBusy(const QSqlError &error) const
    {
        Q_UNUSED(error);
        return false;
    }
    // Data changes that SQL alone cannot make, run right after migration step `version`'s
    // statements, in the same transaction.
    virtual void migrateData(const QSqlDatabase &db, int version) const
    {
        Q_UNUSED(db);
        Q_UNUSED(version);
    }
    // Statements run on every open, after the schema check (pragmas, session settings).
    virtual QStringList sessionSetup() const = 0;
    // Statements that bring the schema from version N-1 to N, for N = 1, 2, …
    virtual QList<QStringList> migrations() const = 0;
    // Search for articles matching all `terms` (whitespace-separated words of the query), each
    // in any of its spellings (the term as typed first, then its other scripts: 茶馆, 茶館).
    virtual QList<SearchHit> search(
        QSqlDatabase &db, const QList<QStringList> &terms, int limit) const = 0;
    // The archive search's parts (ArticleStore::searchArchive), for a statement over
    // "articles a": `match` holds exactly when every term occurs (in any of its spellings),
    // `score` is the ranking search() orders by, and `values` are their placeholders' values.
    // Unlike search(), nothing is left out for being old: every match is found, counted and
    // ranked.
    struct SearchSql
    {
        QString match;
        QString score;
        QVariantMap values;
        QString from = QStringLiteral("articles a"); // what the statement reads from
    };
    virtual SearchSql searchSql(const QList<QStringList> &terms) const = 0;
    // Keeps back-end-specific search structures in step with a write, inside its transaction:
    // `before` is the article as stored until now (null for a new one), `after` as stored from
    // now on (null when purged). `seq` is the article's row number.
    virtual void indexArticle(
        const QSqlDatabase &db, qint64 seq, const Article *before, const Article *after) const
    {
        Q_UNUSED(db);
        Q_UNUSED(seq);
        Q_UNUSED(before);
        Q_UNUSED(after);
    }
    // New articles (row number, as stored), inside their transaction: a single create, or all
    // of a batch's at its end, so that a back end can index them in one go.
    virtual void indexNewArticles(
        const QSqlDatabase &db, const QList<std::pair<qint64, Article>> &created) const
    {
        for (const auto &[seq, article] : created)
            indexArticle(db, seq, nullptr, &article);
    }
    // A human name of the location for error messages ("/path/copydesk.sqlite"); never
    // shows a password.
    virtual QString describe(const QString &location) const { return location; }
    // Whether the store's tables may stand beside other programs' in one database (a server's
    // database may); an SQLite file with tables but no Copydesk schema is another program's.
    virtual bool sharesDatabase() const { return false; }

    // Statements around the migration check, so that two processes opening a new shared
    // store do not both create it (SQLite needs none: its writers are serialised anyway).
    virtual QStringList migrationLock() const { return {}; }
    virtual QStringList migrationUnlock() const { return {}; }
    // A statement, binding :id, run in every writing transaction to tell other Copydesks
    // that the article changed (delivered on commit); empty where nobody can listen.
    virtual QString notifyStatement() const { return {}; }
    // Whether the connection has been lost (the server went away); the store then reconnects
    // before its next statement. Must not wait for the server.
    virtual bool connectionLost(const QSqlDatabase &) const { return false; }
    // Payloads of notifications on kNotificationChannel that arrived but were not delivered as
    // QSqlDriver::notification (connectionLost() can read them off the socket first).
    virtual QStringList takeNotifications(const QSqlDatabase &) const { return {}; }
};

// The channel on which saves, publications and kills are announced, with the article id as
// payload (PostgreSQL LISTEN/NOTIFY).
inline constexpr char kNotificationChannel[] = "copydesk_articles";

// The embedded default: a single SQLite file with WAL and FTS5 trigram search.
std::unique_ptr<SqlDialect> makeSqliteDialect();

// The shared newsroom store: postgresql://USER@HOST:PORT/DATABASE[?sslmode=…] (also
// postgres://). The password comes from PGPASSWORD or ~/.pgpass, read by libpq itself.
std::unique_ptr<SqlDialect> makePostgresDialect();
bool isPostgresLocation(const QString &location);
// The dialect for a store location: PostgreSQL for postgresql:// URLs, else SQLite.
std::unique_ptr<SqlDialect> makeDialect(const QString &location);
QString describePostgresLocation(const QString &location);

// The column list that ArticleStore reads for summaries; dialects use it in their searches.
QString summaryColumns(const QString &tableAlias);
ArticleSummary summaryFromRecord(const class QSqlRecord &record);
// A search hit from a row of summaryColumns() plus deck and body, its snippet made around the
// first of `terms` found in the body, deck or headline.
SearchHit hitFromRecord(const QSqlRecord &record, const QStringList &terms);
// "%term%" for LIKE/ILIKE with \ as the escape character, matching `term` literally.
QString likePattern(QString term);
