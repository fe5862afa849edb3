// SPDX-License-Identifier: GPL-3.0-or-later
// The import ledger: `copydesk import` records each source file's hash with the article it
// became, in the transaction that stores the article, so a retry after a kill or a failed
// chunk never stores a story twice (issue 20, item 13).
#include "store/articlestore.h"

#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QDateTime>
#include <QSet>

QString ArticleStore::importedArticle(const QString &sourceSha256)
{
    // A killed story is not "already imported": importing its file again brings it back.
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT f.article_id FROM imported_files f "
                       "JOIN articles a ON a.id = f.article_id "
                       "WHERE f.sha256 = :h AND a.status <> :killed"),
        m_dialect->describe(m_location))
                          .bind(QStringLiteral(":h"), sourceSha256)
                          .bind(QStringLiteral(":killed"), statusName(ArticleStatus::Killed))
                          .run();
    return query.next() ? query.value(0).toString() : QString();
}

void ArticleStore::recordImport(const QString &sourceSha256, const QString &articleId)
{
    const QString where = m_dialect->describe(m_location);
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    Statement(database(), QStringLiteral("DELETE FROM imported_files WHERE sha256 = :h"), where)
        .bind(QStringLiteral(":h"), sourceSha256)
        .run();
    Statement(database(),
        QStringLiteral("INSERT INTO imported_files (sha256, article_id, imported_at) "
                       "VALUES (:h, :id, :at)"),
        where)
        .bind(QStringLiteral(":h"), sourceSha256)
        .bind(QStringLiteral(":id"), articleId)
        .bind(QStringLiteral(":at"), isoTimestamp(QDateTime::currentDateTimeUtc()))
        .run();
    transaction.commit();
}

int ArticleStore::copyImportLedgerFrom(ArticleStore &source)
{
    // What this store has recorded already, and the articles it has: a ledger row only for an
    // article copied here (or here before), so that importing the file again here is skipped
    // as it would be on the laptop.
    QSet<QString> known;
    QSet<QString> articles;
    const QString where = m_dialect->describe(m_location);
    {
        QSqlQuery rows =
            Statement(database(), QStringLiteral("SELECT sha256 FROM imported_files"), where).run();
        while (rows.next())
            known.insert(rows.value(0).toString());
        QSqlQuery ids =
            Statement(database(), QStringLiteral("SELECT id FROM articles"), where).run();
        while (ids.next())
            articles.insert(ids.value(0).toString());
    }
    QSqlQuery rows = Statement(source.database(),
        QStringLiteral(
            "SELECT sha256, article_id, imported_at FROM imported_files ORDER BY sha256"),
        source.m_dialect->describe(source.m_location))
                         .run();
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    int copied = 0;
    while (rows.next()) {
        if (known.contains(rows.value(0).toString())
            || !articles.contains(rows.value(1).toString()))
            continue;
        Statement(database(),
            QStringLiteral("INSERT INTO imported_files (sha256, article_id, imported_at) "
                           "VALUES (:h, :id, :at)"),
            where)
            .bind(QStringLiteral(":h"), rows.value(0))
            .bind(QStringLiteral(":id"), rows.value(1))
            .bind(QStringLiteral(":at"), rows.value(2))
            .run();
        ++copied;
    }
    transaction.commit();
    return copied;
}
