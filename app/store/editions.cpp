// SPDX-License-Identifier: GPL-3.0-or-later
// Linked editions in the store: a group is read through the edition_of index, and an edition
// is behind when its source's text changed since the revision it was made from.
#include "store/articlestore.h"

#include "model/editions.h"
#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QJsonObject>
#include <QSqlQuery>

QJsonObject EditionRef::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("language"), language}};
}

QList<EditionRef> ArticleStore::editions(const Article &article)
{
    const QString group = Copydesk::editionGroup(article);
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT id, language, status FROM articles WHERE (id = :group OR "
                       "edition_of = :group) AND id <> :self ORDER BY seq"),
        m_dialect->describe(m_location))
                          .bind(QStringLiteral(":group"), group)
                          .bind(QStringLiteral(":self"), article.id)
                          .run();
    QList<EditionRef> editions;
    while (query.next())
        editions.append({query.value(0).toString(), query.value(1).toString(),
            statusFromName(query.value(2).toString()).value_or(ArticleStatus::Draft)});
    return editions;
}

bool ArticleStore::editionBehind(const Article &edition)
{
    if (edition.editionOf.isEmpty())
        return false;
    const std::optional<Article> source = find(edition.editionOf);
    if (!source || source->id != edition.editionOf || source->revision <= edition.editionRevision)
        return false;
    // Made from a revision the history no longer has (or never had): behind, to be safe.
    if (edition.editionRevision <= 0)
        return true;
    try {
        return Copydesk::editionTextDiffers(
            revisionSnapshot(source->id, edition.editionRevision), *source);
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::NotFound)
            throw;
        return true;
    }
}

EditionRefusal ArticleStore::editionRefusal(const Article &source, const QString &language)
{
    if (!source.editionOf.isEmpty())
        return {EditionRefusal::IsAnEdition, source.editionOf};
    if (source.language == language)
        return {EditionRefusal::SameLanguage, {}};
    for (const EditionRef &other : editions(source)) {
        if (other.language == language)
            return {EditionRefusal::LanguageTaken, other.id};
    }
    return {};
}

QHash<QString, QString> ArticleStore::editionSources()
{
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT id, edition_of FROM articles WHERE edition_of IS NOT NULL"),
        m_dialect->describe(m_location))
                          .run();
    QHash<QString, QString> sources;
    while (query.next())
        sources.insert(query.value(0).toString(), query.value(1).toString());
    return sources;
}

void ArticleStore::checkEditionSource(const Article &edition)
{
    QSqlQuery query =
        Statement(database(), QStringLiteral("SELECT edition_of FROM articles WHERE id = :id"),
            m_dialect->describe(m_location))
            .bind(QStringLiteral(":id"), edition.editionOf)
            .run();
    if (!query.next())
        throw StoreError(StoreError::Invalid,
            QStringLiteral("there is no article %1 to be an edition of").arg(edition.editionOf));
    if (!query.value(0).isNull() && !query.value(0).toString().isEmpty())
        throw StoreError(StoreError::Invalid,
            QStringLiteral("%1 is itself an edition (of %2): editions are made from the source")
                .arg(edition.editionOf, query.value(0).toString()));
}
