// SPDX-License-Identifier: GPL-3.0-or-later
// Running SQL for the store: one statement with its failure in words (Statement, execute), and
// the transaction that every write is made in (Transaction).
#pragma once

#include "store/articlestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

class SqlDialect;

// Runs one statement; failure becomes a StoreError that names the store and the cause.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql, const QString &where);
    Statement &bind(const QString &name, const QVariant &value)
    {
        m_query.bindValue(name, value);
        return *this;
    }
    QSqlQuery &query() { return m_query; }
    QSqlQuery run(); // a statement runs once
    // Runs it and keeps it prepared, to run again with the next row's values (many rows in
    // one transaction: the statement is parsed once).
    QSqlQuery &runPrepared();

private:
    [[noreturn]] void fail(const class QSqlError &error) const;
    QSqlQuery m_query;
    QString m_where;
};

// Runs a statement that takes no parameters and cannot be prepared everywhere (schema
// changes, session settings: PostgreSQL prepares only queries and data changes).
void execute(const QSqlDatabase &db, const QString &sql, const QString &where);

// A writing transaction: commits on success, rolls back when an exception leaves the scope. It
// holds the right to write from its start (SqlDialect::beginWrite), so that a second writer waits
// for the first instead of failing half-way. Inside a batch (ArticleStore::batch) it joins the
// batch's transaction instead of starting its own; a part that failed spoils the whole batch,
// even if the caller caught the error and went on.
class Transaction
{
public:
    Transaction(QSqlDatabase db, const SqlDialect &dialect, const QString &where,
        ArticleStore::TransactionState *state);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    QString m_where;
    ArticleStore::TransactionState *m_state;
    bool m_done = false;
};
