// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlestore.h"

#include <QSqlDatabase>
#include <QStringList>

// What differs between SQL back ends: how to connect, the schema steps, and full-text search.
// Everything else in ArticleStore is plain SQL that SQLite and PostgreSQL both speak.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // Points `db` at `location`; refuses (throws Unavailable) what is clearly not a store,
    // before anything is written.
    virtual void configure(QSqlDatabase &db, const QString &location) const = 0;
    // Statements run on every open, after the schema check (pragmas, session settings).
    virtual QStringList sessionSetup() const = 0;
    // Statements that bring the schema from version N-1 to N, for N = 1, 2, …
    virtual QList<QStringList> migrations() const = 0;
    // Search for articles matching all `terms` (whitespace-separated words of the query).
    virtual QList<SearchHit> search(QSqlDatabase &db, const QStringList &terms, int limit) const = 0;
    // A human name of the location for error messages ("/path/copydesk.sqlite").
    virtual QString describe(const QString &location) const { return location; }
};

// The embedded default: a single SQLite file with WAL and FTS5 trigram search.
std::unique_ptr<SqlDialect> makeSqliteDialect();

// The column list that ArticleStore reads for summaries; dialects use it in their searches.
QString summaryColumns(const QString &tableAlias);
ArticleSummary summaryFromRecord(const class QSqlRecord &record);
