// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlstatement.h"

#include "store/sqldialect.h"

#include <QSqlError>

Statement::Statement(const QSqlDatabase &db, const QString &sql, const QString &where)
    : m_query(db), m_where(where)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(m_query.lastError());
}

QSqlQuery Statement::run()
{
    if (!m_query.exec())
        fail(m_query.lastError());
    return std::move(m_query);
}

QSqlQuery &Statement::runPrepared()
{
    if (!m_query.exec())
        fail(m_query.lastError());
    return m_query;
}

void Statement::fail(const QSqlError &error) const
{
    throw StoreError(
        StoreError::Failed, QStringLiteral("%1: %2").arg(m_where, error.text().trimmed()));
}

void execute(const QSqlDatabase &db, const QString &sql, const QString &where)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StoreError(StoreError::Failed,
            QStringLiteral("%1: %2").arg(where, query.lastError().text().trimmed()));
}

Transaction::Transaction(QSqlDatabase db, const SqlDialect &dialect, const QString &where,
    ArticleStore::TransactionState *state)
    : m_db(std::move(db)), m_where(where), m_state(state)
{
    if (m_state->depth > 0) {
        ++m_state->depth;
        return;
    }
    if (m_state->readOnly)
        throw StoreError(StoreError::Unavailable,
            QStringLiteral("%1 is read-only (no permission to write to it or its folder); "
                           "nothing was changed")
                .arg(m_where));
    m_state->spoiled = false;
    const QSqlError error = dialect.beginWrite(m_db);
    if (error.isValid()) {
        if (dialect.isBusy(error))
            throw StoreError(StoreError::Failed,
                QStringLiteral("%1: the store is busy (another Copydesk is writing) — try again")
                    .arg(m_where));
        throw StoreError(StoreError::Failed,
            QStringLiteral("%1: cannot start a transaction: %2")
                .arg(m_where, error.text().trimmed()));
    }
    m_state->depth = 1;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    m_state->spoiled = true;
    if (--m_state->depth == 0)
        m_db.rollback();
}

void Transaction::commit()
{
    m_done = true;
    if (--m_state->depth > 0)
        return;
    if (m_state->spoiled) {
        m_db.rollback();
        throw StoreError(StoreError::Failed,
            QStringLiteral("%1: part of the batch failed; none of it was saved").arg(m_where));
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        throw StoreError(
            StoreError::Failed, QStringLiteral("%1: the write failed: %2").arg(m_where, error));
    }
}
