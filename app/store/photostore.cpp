// SPDX-License-Identifier: GPL-3.0-or-later
// Photo originals in the store: content-addressed by SHA-256, stored once, shared by every
// article and revision that shows them, and dropped when the last of those is purged.
#include "store/articlestore.h"

#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace {

StoredPhoto photoFromRow(const QSqlQuery &row)
{
    return {row.value(0).toString(), row.value(1).toString(), row.value(2).toInt(),
        row.value(3).toInt(), row.value(4).toLongLong()};
}

// The hashes a snapshot's (or row's) media list names.
void collectHashes(const QString &mediaJson, QSet<QString> &into)
{
    const QJsonValue media = QJsonDocument::fromJson(mediaJson.toUtf8()).isArray()
        ? QJsonValue(QJsonDocument::fromJson(mediaJson.toUtf8()).array())
        : QJsonDocument::fromJson(mediaJson.toUtf8()).object().value(QStringLiteral("media"));
    for (const QJsonValue &photo : media.toArray()) {
        const QString hash = photo.toObject().value(QStringLiteral("sha256")).toString();
        if (!hash.isEmpty())
            into.insert(hash);
    }
}

} // namespace

bool ArticleStore::addPhoto(const StoredPhoto &photo, const QByteArray &data)
{
    if (hasPhoto(photo.sha256))
        return false;
    const QString where = m_dialect->describe(m_location);
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    // Another writer may have stored the same photo since: the same bytes, nothing to add.
    const QSqlQuery insert = Statement(database(),
        QStringLiteral("INSERT INTO photos (sha256, mime, width, height, bytes, data, added_at, "
                       "added_by) VALUES (:sha256, :mime, :width, :height, :bytes, :data, "
                       ":added_at, :added_by) ON CONFLICT (sha256) DO NOTHING"),
        where)
                                 .bind(QStringLiteral(":sha256"), photo.sha256)
                                 .bind(QStringLiteral(":mime"), photo.mime)
                                 .bind(QStringLiteral(":width"), photo.width)
                                 .bind(QStringLiteral(":height"), photo.height)
                                 .bind(QStringLiteral(":bytes"), qint64(data.size()))
                                 .bind(QStringLiteral(":data"), data)
                                 .bind(QStringLiteral(":added_at"),
                                     isoTimestamp(QDateTime::currentDateTimeUtc()))
                                 .bind(QStringLiteral(":added_by"), m_user)
                                 .run();
    transaction.commit();
    return insert.numRowsAffected() > 0;
}

bool ArticleStore::hasPhoto(const QString &sha256)
{
    return Statement(database(), QStringLiteral("SELECT 1 FROM photos WHERE sha256 = :sha256"),
        m_dialect->describe(m_location))
        .bind(QStringLiteral(":sha256"), sha256)
        .run()
        .next();
}

std::optional<StoredPhoto> ArticleStore::photoInfo(const QString &sha256)
{
    QSqlQuery row = Statement(database(),
        QStringLiteral("SELECT sha256, mime, width, height, bytes FROM photos "
                       "WHERE sha256 = :sha256"),
        m_dialect->describe(m_location))
                        .bind(QStringLiteral(":sha256"), sha256)
                        .run();
    if (!row.next())
        return std::nullopt;
    return photoFromRow(row);
}

QByteArray ArticleStore::photoData(const QString &sha256)
{
    QSqlQuery row =
        Statement(database(), QStringLiteral("SELECT data FROM photos WHERE sha256 = :sha256"),
            m_dialect->describe(m_location))
            .bind(QStringLiteral(":sha256"), sha256)
            .run();
    if (!row.next())
        throw StoreError(StoreError::NotFound,
            QStringLiteral("%1 holds no photo %2").arg(m_dialect->describe(m_location), sha256));
    return row.value(0).toByteArray();
}

QStringList ArticleStore::photoHashes()
{
    QSqlQuery rows =
        Statement(database(), QStringLiteral("SELECT sha256 FROM photos ORDER BY sha256"),
            m_dialect->describe(m_location))
            .run();
    QStringList hashes;
    while (rows.next())
        hashes << rows.value(0).toString();
    return hashes;
}

void ArticleStore::checkPhotosPresent(const Article &article)
{
    for (const Copydesk::Photo &photo : article.media) {
        if (!hasPhoto(photo.sha256))
            throw StoreError(StoreError::Invalid,
                QStringLiteral("photo %1 (%2) is not in the store: attach the file with "
                               "`copydesk attach`")
                    .arg(photo.id, photo.filename.isEmpty() ? photo.sha256 : photo.filename));
    }
}

QSet<QString> ArticleStore::photosOfRevisions(const QString &id, ArticleStore &from)
{
    QSet<QString> hashes;
    QSqlQuery rows = Statement(from.database(),
        QStringLiteral("SELECT snapshot FROM revisions WHERE article_id = :id"),
        from.dialect().describe(from.location()))
                         .bind(QStringLiteral(":id"), id)
                         .run();
    while (rows.next())
        collectHashes(rows.value(0).toString(), hashes);
    QSqlQuery row =
        Statement(from.database(), QStringLiteral("SELECT media FROM articles WHERE id = :id"),
            from.dialect().describe(from.location()))
            .bind(QStringLiteral(":id"), id)
            .run();
    if (row.next())
        collectHashes(row.value(0).toString(), hashes);
    return hashes;
}

void ArticleStore::dropUnusedPhotos(const QSet<QString> &hashes)
{
    const QString where = m_dialect->describe(m_location);
    for (const QString &hash : hashes) {
        // A hash is 64 hex digits: as a substring of the JSON it names that photo alone.
        const QString pattern = u'%' + hash + u'%';
        const bool used = Statement(database(),
            QStringLiteral("SELECT 1 FROM articles WHERE media LIKE :p UNION ALL "
                           "SELECT 1 FROM revisions WHERE snapshot LIKE :q LIMIT 1"),
            where)
                              .bind(QStringLiteral(":p"), pattern)
                              .bind(QStringLiteral(":q"), pattern)
                              .run()
                              .next();
        if (!used)
            Statement(
                database(), QStringLiteral("DELETE FROM photos WHERE sha256 = :sha256"), where)
                .bind(QStringLiteral(":sha256"), hash)
                .run();
    }
}

void ArticleStore::copyPhotos(ArticleStore &source, const QSet<QString> &hashes)
{
    for (const QString &hash : hashes) {
        if (hasPhoto(hash))
            continue;
        const std::optional<StoredPhoto> info = source.photoInfo(hash);
        if (!info)
            continue; // the source names a photo it lost; the copy is no worse than the source
        addPhoto(*info, source.photoData(hash));
    }
}
