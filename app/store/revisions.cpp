// SPDX-License-Identifier: GPL-3.0-or-later
// An article's history in the store: the list of its revisions, the text of one of them (a
// first-publication stamp laid over the revision it was made on) and going back to it.
// Revisions are written by ArticleStore::writeRevision, with the save they record.
#include "store/articlestore.h"

#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

QJsonObject RevisionInfo::toJson() const
{
    return {{QStringLiteral("revision"), revision},
        {QStringLiteral("saved_at"), isoTimestamp(savedAt)}, {QStringLiteral("saved_by"), savedBy},
        {QStringLiteral("headline"), headline}, {QStringLiteral("status"), statusName(status)}};
}

QList<RevisionInfo> ArticleStore::history(const QString &idOrSlug)
{
    const Article article = get(idOrSlug);
    Statement statement(database(),
        QStringLiteral("SELECT revision, saved_at, saved_by, headline, status "
                       "FROM revisions WHERE article_id = :id ORDER BY revision"),
        m_dialect->describe(m_location));
    QSqlQuery query = statement.bind(QStringLiteral(":id"), article.id).run();
    QList<RevisionInfo> revisions;
    while (query.next()) {
        revisions.append({query.value(0).toInt(), parseTimestamp(query.value(1).toString()),
            query.value(2).toString(), query.value(3).toString(),
            statusFromName(query.value(4).toString()).value_or(ArticleStatus::Draft)});
    }
    return revisions;
}

Article ArticleStore::revisionSnapshot(const QString &idOrSlug, int revision)
{
    const Article current = get(idOrSlug);
    const auto fieldsOf = [&](int wanted) -> std::optional<QJsonObject> {
        QSqlQuery query = Statement(database(),
            QStringLiteral("SELECT snapshot FROM revisions "
                           "WHERE article_id = :id AND revision = :revision"),
            m_dialect->describe(m_location))
                              .bind(QStringLiteral(":id"), current.id)
                              .bind(QStringLiteral(":revision"), wanted)
                              .run();
        if (!query.next())
            return std::nullopt;
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    };
    std::optional<QJsonObject> fields = fieldsOf(revision);
    if (!fields)
        throw StoreError(StoreError::NotFound,
            QStringLiteral("article %1 has no revision %2").arg(current.slug).arg(revision));
    // A first-publication stamp records only what it changed (stampFirstPublication): its
    // fields are laid over those of the revision it was made on.
    QList<QJsonObject> changes;
    while (fields && fields->contains(u"stamp_of")) {
        const int base = fields->value(u"stamp_of").toInt();
        changes.prepend(*fields);
        fields = base > 0 && base < changes.first().value(u"revision").toInt() ? fieldsOf(base)
                                                                               : std::nullopt;
    }
    QJsonObject resolved = fields.value_or(QJsonObject());
    for (const QJsonObject &change : std::as_const(changes)) {
        for (auto it = change.begin(); it != change.end(); ++it) {
            if (it.key() != u"stamp_of")
                resolved.insert(it.key(), it.value());
        }
    }
    QString error;
    const auto snapshot = Article::fromJson(resolved, &error);
    if (!snapshot)
        throw StoreError(StoreError::Failed,
            QStringLiteral("revision %1 of %2 is unreadable: %3")
                .arg(revision)
                .arg(current.slug, error));
    return *snapshot;
}

Article ArticleStore::revert(const QString &idOrSlug, int revision)
{
    const Article current = get(idOrSlug);
    Article old = revisionSnapshot(current.id, revision);
    old.id = current.id;
    old.revision = current.revision;
    old.created = current.created;
    // Going back to an earlier text does not take back what was said in the open.
    old.corrections = current.corrections;
    return save(old);
}
