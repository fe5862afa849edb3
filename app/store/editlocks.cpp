// SPDX-License-Identifier: GPL-3.0-or-later
// Soft edit locks: "being edited by" a reporter's open editor, kept alive by its heartbeat and
// given up when it closes, goes stale or its session has ended on this machine.
#include "store/articlestore.h"

#include "store/editsession.h"
#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QJsonObject>
#include <QSqlQuery>

QString EditLock::description() const
{
    return QStringLiteral("being edited by %1 since %2")
        .arg(holder, since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QJsonObject EditLock::toJson() const
{
    return {{QStringLiteral("holder"), holder}, {QStringLiteral("since"), isoTimestamp(since)},
        {QStringLiteral("heartbeat"), isoTimestamp(heartbeat)}};
}

EditLock ArticleStore::lockForEditing(const QString &idOrSlug)
{
    const Article article = get(idOrSlug);
    const QString where = m_dialect->describe(m_location);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_tookLocks = true;
    // A lock this reporter's editor left on this machine when it crashed is theirs to take
    // over at once: announcing "being edited by" themselves would be nonsense.
    {
        QSqlQuery held = Statement(database(),
            QStringLiteral("SELECT holder, session FROM edit_locks WHERE article_id = :id"), where)
                             .bind(QStringLiteral(":id"), article.id)
                             .run();
        if (held.next() && held.value(0).toString() == m_user
            && held.value(1).toString() != m_session
            && EditSession::hasEnded(held.value(1).toString())) {
            const QString ended = held.value(1).toString();
            held.finish();
            Statement(database(),
                QStringLiteral(
                    "DELETE FROM edit_locks WHERE article_id = :id AND session = :session"),
                where)
                .bind(QStringLiteral(":id"), article.id)
                .bind(QStringLiteral(":session"), ended)
                .run();
        }
    }
    // One statement for "take it if free, stale or already ours; else leave theirs alone", so
    // that two editors opening at once cannot both think they hold it.
    Statement(database(),
        QStringLiteral(
            "INSERT INTO edit_locks (article_id, holder, session, since, heartbeat) "
            "VALUES (:id, :holder, :session, :now, :now) "
            "ON CONFLICT (article_id) DO UPDATE SET "
            "holder = excluded.holder, session = excluded.session, "
            "since = CASE WHEN edit_locks.session = excluded.session "
            "THEN edit_locks.since ELSE excluded.since END, "
            "heartbeat = excluded.heartbeat "
            "WHERE edit_locks.session = excluded.session OR edit_locks.heartbeat < :cutoff"),
        where)
        .bind(QStringLiteral(":id"), article.id)
        .bind(QStringLiteral(":holder"), m_user)
        .bind(QStringLiteral(":session"), m_session)
        .bind(QStringLiteral(":now"), isoTimestamp(now))
        .bind(QStringLiteral(":cutoff"), isoTimestamp(now.addSecs(-m_lockTimeout)))
        .run();
    if (auto lock = editLock(article.id))
        return *lock;
    return {article.id, m_user, now, now, true};
}

void ArticleStore::releaseLock(const QString &id)
{
    Statement(database(),
        QStringLiteral("DELETE FROM edit_locks WHERE article_id = :id AND session = :session"),
        m_dialect->describe(m_location))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":session"), m_session)
        .run();
}

void ArticleStore::releaseLocks()
{
    Statement(database(), QStringLiteral("DELETE FROM edit_locks WHERE session = :session"),
        m_dialect->describe(m_location))
        .bind(QStringLiteral(":session"), m_session)
        .run();
}

std::optional<EditLock> ArticleStore::editLock(const QString &id)
{
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT holder, session, since, heartbeat FROM edit_locks "
                       "WHERE article_id = :id AND heartbeat >= :cutoff"),
        m_dialect->describe(m_location))
                          .bind(QStringLiteral(":id"), id)
                          .bind(QStringLiteral(":cutoff"),
                              isoTimestamp(QDateTime::currentDateTimeUtc().addSecs(-m_lockTimeout)))
                          .run();
    if (!query.next())
        return std::nullopt;
    return EditLock {id, query.value(0).toString(), parseTimestamp(query.value(2).toString()),
        parseTimestamp(query.value(3).toString()), query.value(1).toString() == m_session};
}
