// SPDX-License-Identifier: GPL-3.0-or-later
// The first publication's stamp, for a whole run at once: the publisher stamps every story
// going out for the first time, and an archive moved into Copydesk is tens of thousands of
// them (issue 18). A stamp touches no searched text and no photo, so it needs none of save()'s
// re-indexing; its revision records only what changed, which revisionSnapshot() resolves.
#include "store/articlestore.h"

#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QJsonDocument>
#include <QJsonObject>

QList<Article> ArticleStore::stampFirstPublication(
    const QList<Article> &articles, const QDateTime &when)
{
    QList<Article> stamped;
    if (articles.isEmpty())
        return stamped;
    const QString where = m_dialect->describe(m_location);
    const QString published = isoTimestamp(when);
    const QString savedAt = isoTimestamp(Copydesk::currentTime());
    const QString status = statusName(ArticleStatus::Published);
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    flushIndex();
    // The revision in the WHERE clause is save()'s no-lost-update check.
    Statement update(database(),
        QStringLiteral("UPDATE articles SET published = :published, updated = :updated, "
                       "revision = :revision WHERE id = :id AND revision = :base "
                       "AND status = :status AND published IS NULL"),
        where);
    Statement revision(database(),
        QStringLiteral("INSERT INTO revisions (article_id, revision, saved_at, saved_by, "
                       "headline, status, snapshot) VALUES (:id, :revision, :saved_at, "
                       ":saved_by, :headline, :status, :snapshot)"),
        where);
    for (const Article &given : articles) {
        const int base = given.revision;
        update.bind(QStringLiteral(":published"), published)
            .bind(QStringLiteral(":updated"), savedAt)
            .bind(QStringLiteral(":revision"), base + 1)
            .bind(QStringLiteral(":id"), given.id)
            .bind(QStringLiteral(":base"), base)
            .bind(QStringLiteral(":status"), status);
        if (update.runPrepared().numRowsAffected() != 1)
            continue;
        Article a = given;
        a.revision = base + 1;
        a.published = when;
        a.updated = parseTimestamp(savedAt);
        const QJsonObject change {{QStringLiteral("stamp_of"), base},
            {QStringLiteral("revision"), a.revision}, {QStringLiteral("updated"), savedAt},
            {QStringLiteral("published"), published}};
        revision.bind(QStringLiteral(":id"), a.id)
            .bind(QStringLiteral(":revision"), a.revision)
            .bind(QStringLiteral(":saved_at"), savedAt)
            .bind(QStringLiteral(":saved_by"), m_user)
            .bind(
                QStringLiteral(":headline"), a.headline.isNull() ? QStringLiteral("") : a.headline)
            .bind(QStringLiteral(":status"), status)
            .bind(QStringLiteral(":snapshot"),
                QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)))
            .runPrepared();
        announce(a.id);
        stamped.append(std::move(a));
    }
    transaction.commit();
    return stamped;
}
