// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleStore's opening, reading and writing of articles: the queries share the column list and
// the row reading and binding helpers, so they stay together. History, edit locks, search, the
// style list, photos and the import ledger are in files of their own.
#include "store/articlestore.h"

#include "model/slug.h"
#include "store/editsession.h"
#include "store/schemamigration.h"
#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

#include <limits>

namespace {

QString compactJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonValue parseJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

QString ArticleStore::defaultUser()
{
    const QString user = qEnvironmentVariable("COPYDESK_USER");
    return user.isEmpty() ? systemUser() : user;
}

QString ArticleStore::systemUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    // Services and containers often run without $USER; the home folder is named after the account.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

namespace {

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
QVariant nonNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QString textOrEmpty(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

const QString kArticleColumns = QStringLiteral(
    "id, slug, revision, headline, deck, bylines, byline_names, dateline_place, dateline_date, "
    "dateline_source, body, language, section, tags, tag_text, status, editor, signoff, notes, "
    "target_length, created, updated, published, words, cjk_chars, chars, media, publish_at, "
    "embargo_until, corrections, kill_notice, edition_of, edition_revision, edition_conversion");

Article articleFromRecord(const QSqlRecord &r)
{
    Article a;
    a.id = r.value(QStringLiteral("id")).toString();
    a.slug = r.value(QStringLiteral("slug")).toString();
    a.revision = r.value(QStringLiteral("revision")).toInt();
    a.headline = textOrEmpty(r.value(QStringLiteral("headline")));
    a.deck = textOrEmpty(r.value(QStringLiteral("deck")));
    for (const QJsonValue &byline :
        parseJson(r.value(QStringLiteral("bylines")).toString()).toArray())
        a.bylines.append(Byline::fromJson(byline.toObject()));
    a.dateline = {textOrEmpty(r.value(QStringLiteral("dateline_place"))),
        textOrEmpty(r.value(QStringLiteral("dateline_date"))),
        textOrEmpty(r.value(QStringLiteral("dateline_source")))};
    a.body = textOrEmpty(r.value(QStringLiteral("body")));
    a.language = r.value(QStringLiteral("language")).toString();
    a.section = textOrEmpty(r.value(QStringLiteral("section")));
    for (const QJsonValue &tag : parseJson(r.value(QStringLiteral("tags")).toString()).toArray())
        a.tags.append(tag.toString());
    a.status =
        statusFromName(r.value(QStringLiteral("status")).toString()).value_or(ArticleStatus::Draft);
    a.editor = textOrEmpty(r.value(QStringLiteral("editor")));
    a.signoff = textOrEmpty(r.value(QStringLiteral("signoff")));
    a.notes = textOrEmpty(r.value(QStringLiteral("notes")));
    a.targetLength = r.value(QStringLiteral("target_length")).toInt();
    a.created = parseTimestamp(r.value(QStringLiteral("created")).toString());
    a.updated = parseTimestamp(r.value(QStringLiteral("updated")).toString());
    a.published = parseTimestamp(textOrEmpty(r.value(QStringLiteral("published"))));
    a.media =
        Copydesk::mediaFromJson(parseJson(r.value(QStringLiteral("media")).toString()), nullptr);
    a.publishAt = parseTimestamp(textOrEmpty(r.value(QStringLiteral("publish_at"))));
    a.embargoUntil = parseTimestamp(textOrEmpty(r.value(QStringLiteral("embargo_until"))));
    a.corrections = Copydesk::correctionsFromJson(
        parseJson(r.value(QStringLiteral("corrections")).toString()), nullptr);
    a.killNotice = textOrEmpty(r.value(QStringLiteral("kill_notice")));
    a.editionOf = textOrEmpty(r.value(QStringLiteral("edition_of")));
    a.editionRevision = r.value(QStringLiteral("edition_revision")).toInt();
    a.editionConversion = textOrEmpty(r.value(QStringLiteral("edition_conversion")));
    return a;
}

// "a, b" → ":a, :b"
QString placeholdersFor(const QString &columns)
{
    QStringList names;
    for (const QString &column : columns.split(QStringLiteral(", ")))
        names << u':' + column;
    return names.join(QStringLiteral(", "));
}

QString whereClause(const ArticleQuery &query)
{
    QStringList conditions;
    if (query.status)
        conditions << QStringLiteral("status = :status");
    if (!query.section.isEmpty())
        conditions << QStringLiteral("section = :section");
    if (!query.language.isEmpty())
        conditions << QStringLiteral("language = :language");
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindFilter(Statement &statement, const ArticleQuery &query)
{
    if (query.status)
        statement.bind(QStringLiteral(":status"), statusName(*query.status));
    if (!query.section.isEmpty())
        statement.bind(QStringLiteral(":section"), query.section);
    if (!query.language.isEmpty())
        statement.bind(QStringLiteral(":language"), query.language);
}

QString orderClause(const ArticleQuery &query)
{
    QString key;
    switch (query.order) {
    case ArticleQuery::Order::Updated:
        key = QStringLiteral("updated");
        break;
    case ArticleQuery::Order::Headline:
        key = QStringLiteral("lower(headline)");
        break;
    case ArticleQuery::Order::Bylines:
        key = QStringLiteral("lower(byline_names)");
        break;
    case ArticleQuery::Order::Section:
        key = QStringLiteral("lower(section)");
        break;
    case ArticleQuery::Order::Status: // in the order an article goes through them
        key = QStringLiteral("CASE status WHEN 'draft' THEN 0 WHEN 'edit' THEN 1 WHEN 'ready' "
                             "THEN 2 WHEN 'published' THEN 3 ELSE 4 END");
        break;
    case ArticleQuery::Order::Length: // words for English, characters for Chinese
        key = QStringLiteral("CASE WHEN language LIKE 'zh%' THEN cjk_chars ELSE words END");
        break;
    case ArticleQuery::Order::Due: // ISO times in UTC: text order is time order; none first
        key = QStringLiteral(
            "COALESCE(CASE WHEN embargo_until IS NULL THEN publish_at WHEN publish_at IS NULL OR "
            "embargo_until > publish_at THEN embargo_until ELSE publish_at END, '')");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + key + direction
        + QStringLiteral(", updated DESC, seq DESC");
}

QString limitClause(const ArticleQuery &query)
{
    if (query.limit < 0 && query.offset == 0)
        return {};
    return QStringLiteral(" LIMIT %1 OFFSET %2")
        .arg(query.limit < 0 ? std::numeric_limits<int>::max() : query.limit)
        .arg(query.offset);
}

} // namespace

std::unique_ptr<SqlDialect> makeDialect(const QString &location)
{
    return isPostgresLocation(location) ? makePostgresDialect() : makeSqliteDialect();
}

QString summaryColumns(const QString &a)
{
    const QString p = a.isEmpty() ? QString() : a + u'.';
    return QStringList {p + QStringLiteral("id"), p + QStringLiteral("slug"),
        p + QStringLiteral("headline"), p + QStringLiteral("byline_names"),
        p + QStringLiteral("section"), p + QStringLiteral("language"), p + QStringLiteral("status"),
        p + QStringLiteral("revision"), p + QStringLiteral("updated"),
        p + QStringLiteral("published"), p + QStringLiteral("words"),
        p + QStringLiteral("cjk_chars"), p + QStringLiteral("chars"),
        p + QStringLiteral("publish_at"), p + QStringLiteral("embargo_until"),
        p + QStringLiteral("edition_of")}
        .join(QStringLiteral(", "));
}

ArticleSummary summaryFromRecord(const QSqlRecord &r)
{
    ArticleSummary s;
    s.id = r.value(QStringLiteral("id")).toString();
    s.slug = r.value(QStringLiteral("slug")).toString();
    s.headline = textOrEmpty(r.value(QStringLiteral("headline")));
    s.bylineNames = textOrEmpty(r.value(QStringLiteral("byline_names")));
    s.section = textOrEmpty(r.value(QStringLiteral("section")));
    s.language = r.value(QStringLiteral("language")).toString();
    s.status =
        statusFromName(r.value(QStringLiteral("status")).toString()).value_or(ArticleStatus::Draft);
    s.revision = r.value(QStringLiteral("revision")).toInt();
    s.updated = parseTimestamp(r.value(QStringLiteral("updated")).toString());
    s.published = parseTimestamp(textOrEmpty(r.value(QStringLiteral("published"))));
    s.publishAt = parseTimestamp(textOrEmpty(r.value(QStringLiteral("publish_at"))));
    s.embargoUntil = parseTimestamp(textOrEmpty(r.value(QStringLiteral("embargo_until"))));
    s.editionOf = textOrEmpty(r.value(QStringLiteral("edition_of")));
    s.counts = {r.value(QStringLiteral("words")).toInt(),
        r.value(QStringLiteral("cjk_chars")).toInt(), r.value(QStringLiteral("chars")).toInt()};
    return s;
}

QJsonObject ArticleSummary::toJson() const
{
    QJsonObject object {{QStringLiteral("id"), id}, {QStringLiteral("slug"), slug},
        {QStringLiteral("headline"), headline}, {QStringLiteral("bylines"), bylineNames},
        {QStringLiteral("section"), section}, {QStringLiteral("language"), language},
        {QStringLiteral("status"), statusName(status)}, {QStringLiteral("revision"), revision},
        {QStringLiteral("updated"), isoTimestamp(updated)},
        {QStringLiteral("published"),
            published.isValid() ? QJsonValue(isoTimestamp(published)) : QJsonValue()},
        {QStringLiteral("publish_at"),
            publishAt.isValid() ? QJsonValue(isoTimestamp(publishAt)) : QJsonValue()},
        {QStringLiteral("embargo_until"),
            embargoUntil.isValid() ? QJsonValue(isoTimestamp(embargoUntil)) : QJsonValue()},
        {QStringLiteral("counts"),
            QJsonObject {{QStringLiteral("words"), counts.words},
                {QStringLiteral("cjk_chars"), counts.cjkChars},
                {QStringLiteral("chars"), counts.chars}}},
        {QStringLiteral("edition_of"), editionOf.isEmpty() ? QJsonValue() : QJsonValue(editionOf)}};
    if (editionBehind)
        object.insert(QStringLiteral("edition_behind"), *editionBehind);
    return object;
}

QJsonObject SearchHit::toJson() const
{
    QJsonObject object = article.toJson();
    object.insert(QStringLiteral("snippet"), snippet.text);
    QJsonArray ranges;
    for (const auto &[start, length] : snippet.highlights)
        ranges.append(QJsonArray {start, length});
    object.insert(QStringLiteral("highlights"), ranges);
    return object;
}

// --- opening -------------------------------------------------------------------------------

ArticleStore::ArticleStore(const QString &location, std::unique_ptr<SqlDialect> dialect)
    : m_location(location), m_user(defaultUser()), m_dialect(std::move(dialect))
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("copydesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
    m_session = EditSession::create();
}

ArticleStore::~ArticleStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Quitting ends this editor's soft locks (best effort: a crash leaves them to time
            // out).
            if (m_migrated && m_tookLocks) {
                QSqlQuery release(db);
                release.prepare(QStringLiteral("DELETE FROM edit_locks WHERE session = :session"));
                release.bindValue(QStringLiteral(":session"), m_session);
                release.exec();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ArticleStore::defaultLocation()
{
    const QString fromEnvironment = qEnvironmentVariable("COPYDESK_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/copydesk.sqlite");
}

std::unique_ptr<ArticleStore> ArticleStore::open(const QString &requested, OpenMode mode)
{
    const QString location = requested.isEmpty() ? defaultLocation() : requested;
    std::unique_ptr<SqlDialect> dialect = makeDialect(location);

    std::unique_ptr<ArticleStore> store(new ArticleStore(location, std::move(dialect)));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(store->m_dialect->driverName(), store->m_connectionName);
    store->m_transaction.readOnly =
        store->m_dialect->configure(db, location, mode) == SqlDialect::Access::ReadOnly;
    if (!db.open())
        throw StoreError(StoreError::Unavailable,
            QStringLiteral("cannot open %1: %2")
                .arg(store->m_dialect->describe(location), db.lastError().text().trimmed()));
    try {
        store->migrate();
    } catch (const StoreError &error) {
        // Failing before the store is usable means it cannot be opened, whatever the cause.
        if (error.kind() != StoreError::Failed)
            throw;
        throw StoreError(StoreError::Unavailable,
            QStringLiteral("cannot open %1: %2")
                .arg(store->m_dialect->describe(location), error.message()));
    }
    return store;
}

int ArticleStore::currentSchemaVersion()
{
    return int(makeSqliteDialect()->migrations().size());
}

QSqlDatabase ArticleStore::database() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A shared store's server may have gone away and come back since the last call: start
    // afresh rather than fail every call from now on. (An open that failed left it closed.)
    if (db.isValid() && m_migrated && (!db.isOpen() || m_dialect->connectionLost(db))) {
        // A new connection would run the rest of a transaction's statements outside it.
        if (m_transaction.depth > 0)
            throw StoreError(StoreError::Unavailable,
                QStringLiteral("lost the connection to %1 during a write; none of it "
                               "was saved")
                    .arg(m_dialect->describe(m_location)));
        reconnect(db);
    }
    return db;
}

void ArticleStore::reconnect(QSqlDatabase &db) const
{
    const QString where = m_dialect->describe(m_location);
    db.close();
    if (!db.open())
        throw StoreError(StoreError::Unavailable,
            QStringLiteral("cannot reach %1: %2").arg(where, db.lastError().text().trimmed()));
    for (const QString &statement : m_dialect->sessionSetup())
        execute(db, statement, where);
}

int ArticleStore::schemaVersion() const
{
    return readSchemaVersion(database(), *m_dialect, m_dialect->describe(m_location));
}

void ArticleStore::migrate()
{
    QSqlDatabase db = database();
    m_new = prepareSchema(db, *m_dialect, m_dialect->describe(m_location), m_transaction) == 0;
    m_migrated = true;
}

void ArticleStore::announce(const QString &id)
{
    const QString sql = m_dialect->notifyStatement();
    if (sql.isEmpty())
        return;
    Statement(database(), sql, m_dialect->describe(m_location))
        .bind(QStringLiteral(":id"), id)
        .run();
}

// --- reading -------------------------------------------------------------------------------

QString ArticleStore::resolveId(const QString &idOrSlug)
{
    const QString key = idOrSlug.trimmed();
    if (key.isEmpty())
        return {};
    const QString where = m_dialect->describe(m_location);
    QSqlQuery exact = Statement(
        database(), QStringLiteral("SELECT id FROM articles WHERE id = :k OR slug = :k"), where)
                          .bind(QStringLiteral(":k"), key)
                          .run();
    if (exact.next())
        return exact.value(0).toString();

    // A unique prefix of the id, as a reporter copies it from a list.
    static const QRegularExpression hexPrefix(QStringLiteral("^[0-9a-fA-F-]{8,36}$"));
    if (!hexPrefix.match(key).hasMatch())
        return {};
    Statement prefix(
        database(), QStringLiteral("SELECT id FROM articles WHERE id LIKE :p LIMIT 2"), where);
    QSqlQuery matches = prefix.bind(QStringLiteral(":p"), key.toLower() + u'%').run();
    QStringList ids;
    while (matches.next())
        ids << matches.value(0).toString();
    return ids.size() == 1 ? ids.first() : QString();
}

std::optional<Article> ArticleStore::find(const QString &idOrSlug)
{
    const QString id = resolveId(idOrSlug);
    if (id.isEmpty())
        return std::nullopt;
    Statement statement(database(),
        QStringLiteral("SELECT %1 FROM articles WHERE id = :id").arg(kArticleColumns),
        m_dialect->describe(m_location));
    QSqlQuery query = statement.bind(QStringLiteral(":id"), id).run();
    if (!query.next())
        return std::nullopt;
    return articleFromRecord(query.record());
}

Article ArticleStore::get(const QString &idOrSlug)
{
    if (auto article = find(idOrSlug))
        return *article;
    throw StoreError(StoreError::NotFound,
        QStringLiteral("no article \"%1\" in %2").arg(idOrSlug, m_dialect->describe(m_location)));
}

QList<ArticleSummary> ArticleStore::list(const ArticleQuery &filter)
{
    Statement statement(database(),
        QStringLiteral("SELECT %1 FROM articles%2%3%4")
            .arg(summaryColumns({}), whereClause(filter), orderClause(filter), limitClause(filter)),
        m_dialect->describe(m_location));
    bindFilter(statement, filter);
    QSqlQuery query = statement.run();
    QList<ArticleSummary> rows;
    while (query.next())
        rows.append(summaryFromRecord(query.record()));
    // Editions are few: each is looked at by itself.
    for (ArticleSummary &row : rows) {
        if (row.editionOf.isEmpty())
            continue;
        if (const std::optional<Article> edition = find(row.id))
            row.editionBehind = editionBehind(*edition);
    }
    return rows;
}

QHash<QString, int> ArticleStore::revisions(const ArticleQuery &filter)
{
    Statement statement(database(),
        QStringLiteral("SELECT id, revision FROM articles%1%2")
            .arg(whereClause(filter), limitClause(filter)),
        m_dialect->describe(m_location));
    bindFilter(statement, filter);
    QSqlQuery query = statement.run();
    QHash<QString, int> revisions;
    while (query.next())
        revisions.insert(query.value(0).toString(), query.value(1).toInt());
    return revisions;
}

QList<ArticleStore::HeldStory> ArticleStore::heldBack(ArticleStatus status, const QDateTime &now)
{
    // Times are stored as "YYYY-MM-DDTHH:MM:SS.zzzZ", so text order is time order.
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT id, headline, publish_at, embargo_until FROM articles "
                       "WHERE status = :status AND (publish_at > :now OR embargo_until > :now)"),
        m_dialect->describe(m_location))
                          .bind(QStringLiteral(":status"), statusName(status))
                          .bind(QStringLiteral(":now"), isoTimestamp(now))
                          .run();
    QList<HeldStory> held;
    while (query.next()) {
        Article times;
        times.publishAt = parseTimestamp(textOrEmpty(query.value(2)));
        times.embargoUntil = parseTimestamp(textOrEmpty(query.value(3)));
        held.append({query.value(0).toString(), query.value(1).toString(), Copydesk::dueAt(times)});
    }
    std::sort(held.begin(), held.end(), [](const HeldStory &a, const HeldStory &b) {
        return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : a.id < b.id;
    });
    return held;
}

int ArticleStore::count(const ArticleQuery &filter)
{
    Statement statement(database(),
        QStringLiteral("SELECT COUNT(*) FROM articles%1").arg(whereClause(filter)),
        m_dialect->describe(m_location));
    bindFilter(statement, filter);
    QSqlQuery query = statement.run();
    return query.next() ? query.value(0).toInt() : 0;
}

QList<Article> ArticleStore::articles(const ArticleQuery &filter)
{
    Statement statement(database(),
        QStringLiteral("SELECT %1 FROM articles%2 ORDER BY updated DESC, seq DESC%3")
            .arg(kArticleColumns, whereClause(filter), limitClause(filter)),
        m_dialect->describe(m_location));
    bindFilter(statement, filter);
    QSqlQuery query = statement.run();
    QList<Article> rows;
    while (query.next())
        rows.append(articleFromRecord(query.record()));
    return rows;
}

QStringList ArticleStore::sections()
{
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT DISTINCT section FROM articles "
                       "WHERE section <> '' ORDER BY section"),
        m_dialect->describe(m_location))
                          .run();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QStringList ArticleStore::tags()
{
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT DISTINCT tags FROM articles WHERE tags <> '[]'"),
        m_dialect->describe(m_location))
                          .run();
    QStringList names;
    while (query.next()) {
        for (const QJsonValue &tag : parseJson(query.value(0).toString()).toArray()) {
            if (!names.contains(tag.toString()))
                names << tag.toString();
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QStringList ArticleStore::dictionaryWords()
{
    QSqlQuery query =
        Statement(database(), QStringLiteral("SELECT word FROM dictionary ORDER BY word"),
            m_dialect->describe(m_location))
            .run();
    QStringList words;
    while (query.next())
        words << query.value(0).toString();
    return words;
}

void ArticleStore::addDictionaryWord(const QString &text)
{
    const QString word = text.trimmed();
    if (word.isEmpty())
        throw StoreError(
            StoreError::Invalid, QStringLiteral("an empty word cannot be added to the dictionary"));
    const QString where = m_dialect->describe(m_location);
    // Look, then insert: plain SQL that both back ends speak (no INSERT OR IGNORE/ON CONFLICT).
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    QSqlQuery existing =
        Statement(database(), QStringLiteral("SELECT word FROM dictionary WHERE word = :w"), where)
            .bind(QStringLiteral(":w"), word)
            .run();
    if (!existing.next()) {
        Statement(database(),
            QStringLiteral("INSERT INTO dictionary (word, added_by, added_at) "
                           "VALUES (:w, :by, :at)"),
            where)
            .bind(QStringLiteral(":w"), word)
            .bind(QStringLiteral(":by"), m_user)
            .bind(QStringLiteral(":at"), isoTimestamp(QDateTime::currentDateTimeUtc()))
            .run();
    }
    transaction.commit();
}

QStringList ArticleStore::creditedNames()
{
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT DISTINCT byline_names, dateline_place, "
                       "dateline_source FROM articles"),
        m_dialect->describe(m_location))
                          .run();
    QStringList names;
    while (query.next()) {
        for (int column = 0; column < 3; ++column) {
            const QString text = textOrEmpty(query.value(column));
            if (!text.isEmpty() && !names.contains(text))
                names << text;
        }
    }
    return names;
}

// --- writing -------------------------------------------------------------------------------

qint64 ArticleStore::rowNumber(const QString &id)
{
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT seq FROM articles WHERE id = :id"), m_dialect->describe(m_location))
                          .bind(QStringLiteral(":id"), id)
                          .run();
    return query.next() ? query.value(0).toLongLong() : -1;
}

QString ArticleStore::uniqueSlug(const QString &wanted, const QString &exceptId)
{
    const QString where = m_dialect->describe(m_location);
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? wanted : QStringLiteral("%1-%2").arg(wanted).arg(n);
        QSqlQuery query = Statement(
            database(), QStringLiteral("SELECT id FROM articles WHERE slug = :slug"), where)
                              .bind(QStringLiteral(":slug"), candidate)
                              .run();
        if (!query.next() || query.value(0).toString() == exceptId)
            return candidate;
    }
}

void ArticleStore::bindArticle(QSqlQuery &query, const Article &a)
{
    QJsonArray bylines;
    for (const Byline &byline : a.bylines)
        bylines.append(byline.toJson());
    const TextCounts counts = a.counts();
    query.bindValue(QStringLiteral(":id"), nonNull(a.id));
    query.bindValue(QStringLiteral(":slug"), nonNull(a.slug));
    query.bindValue(QStringLiteral(":revision"), a.revision);
    query.bindValue(QStringLiteral(":headline"), nonNull(a.headline));
    query.bindValue(QStringLiteral(":deck"), nonNull(a.deck));
    query.bindValue(QStringLiteral(":bylines"), compactJson(bylines));
    query.bindValue(QStringLiteral(":byline_names"), nonNull(a.bylineNames()));
    query.bindValue(QStringLiteral(":dateline_place"), nonNull(a.dateline.place));
    query.bindValue(QStringLiteral(":dateline_date"), nonNull(a.dateline.date));
    query.bindValue(QStringLiteral(":dateline_source"), nonNull(a.dateline.source));
    query.bindValue(QStringLiteral(":body"), nonNull(a.body));
    query.bindValue(QStringLiteral(":language"), nonNull(a.language));
    query.bindValue(QStringLiteral(":section"), nonNull(a.section));
    query.bindValue(QStringLiteral(":tags"), compactJson(QJsonArray::fromStringList(a.tags)));
    query.bindValue(QStringLiteral(":tag_text"), nonNull(a.tags.join(u' ')));
    query.bindValue(QStringLiteral(":status"), statusName(a.status));
    query.bindValue(QStringLiteral(":editor"), nonNull(a.editor));
    query.bindValue(QStringLiteral(":signoff"), nonNull(a.signoff));
    query.bindValue(QStringLiteral(":notes"), nonNull(a.notes));
    query.bindValue(QStringLiteral(":target_length"), a.targetLength);
    query.bindValue(QStringLiteral(":created"), isoTimestamp(a.created));
    query.bindValue(QStringLiteral(":updated"), isoTimestamp(a.updated));
    query.bindValue(QStringLiteral(":published"),
        a.published.isValid() ? QVariant(isoTimestamp(a.published))
                              : QVariant(QMetaType::fromType<QString>()));
    query.bindValue(QStringLiteral(":words"), counts.words);
    query.bindValue(QStringLiteral(":cjk_chars"), counts.cjkChars);
    query.bindValue(QStringLiteral(":chars"), counts.chars);
    query.bindValue(QStringLiteral(":media"), compactJson(Copydesk::mediaToJson(a.media)));
    const auto nullableTime = [](const QDateTime &time) {
        return time.isValid() ? QVariant(isoTimestamp(time))
                              : QVariant(QMetaType::fromType<QString>());
    };
    query.bindValue(QStringLiteral(":publish_at"), nullableTime(a.publishAt));
    query.bindValue(QStringLiteral(":embargo_until"), nullableTime(a.embargoUntil));
    query.bindValue(
        QStringLiteral(":corrections"), compactJson(Copydesk::correctionsToJson(a.corrections)));
    query.bindValue(QStringLiteral(":kill_notice"), nonNull(a.killNotice));
    query.bindValue(QStringLiteral(":edition_of"),
        a.editionOf.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.editionOf));
    query.bindValue(QStringLiteral(":edition_revision"), a.editionRevision);
    query.bindValue(QStringLiteral(":edition_conversion"), nonNull(a.editionConversion));
}

void ArticleStore::writeRevision(const Article &a)
{
    const QJsonObject snapshot = a.fieldsToJson();
    Statement(database(),
        QStringLiteral("INSERT INTO revisions (article_id, revision, saved_at, saved_by, "
                       "headline, status, snapshot) VALUES (:id, :revision, :saved_at, "
                       ":saved_by, :headline, :status, :snapshot)"),
        m_dialect->describe(m_location))
        .bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":revision"), a.revision)
        .bind(QStringLiteral(":saved_at"), isoTimestamp(a.updated))
        .bind(QStringLiteral(":saved_by"), m_user)
        .bind(QStringLiteral(":headline"), nonNull(a.headline))
        .bind(QStringLiteral(":status"), statusName(a.status))
        .bind(QStringLiteral(":snapshot"), compactJson(snapshot))
        .run();
}

Article ArticleStore::create(Article article)
{
    article.stripControlCharacters();
    if (QString error = article.validate(); !error.isEmpty())
        throw StoreError(StoreError::Invalid, error);
    const QString where = m_dialect->describe(m_location);
    if (article.id.isEmpty())
        article.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (find(article.id))
        throw StoreError(StoreError::Invalid,
            QStringLiteral("an article with id %1 already exists").arg(article.id));

    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    checkPhotosPresent(article);
    if (!article.editionOf.isEmpty())
        checkEditionSource(article);
    const QString wanted =
        article.slug.isEmpty() ? slugFromHeadline(article.headline, article.id) : article.slug;
    article.slug = uniqueSlug(wanted, article.id);
    article.revision = 1;
    const QDateTime now = Copydesk::currentTime();
    if (!article.created.isValid())
        article.created = now;
    article.updated = now;

    Statement insert(database(),
        QStringLiteral("INSERT INTO articles (%1) VALUES (%2)")
            .arg(kArticleColumns, placeholdersFor(kArticleColumns)),
        where);
    bindArticle(insert.query(), article);
    insert.run();
    indexCreated(article);
    writeRevision(article);
    announce(article.id);
    transaction.commit();
    return article;
}

Article ArticleStore::save(const Article &edited)
{
    Article article = edited;
    article.stripControlCharacters();
    if (QString error = article.validate(); !error.isEmpty())
        throw StoreError(StoreError::Invalid, error);
    const QString where = m_dialect->describe(m_location);
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    flushIndex(); // an article created earlier in the same batch is indexed before it changes
    checkPhotosPresent(article);

    const std::optional<Article> stored = article.id.isEmpty() ? std::nullopt : find(article.id);
    if (!stored)
        throw StoreError(
            StoreError::NotFound, QStringLiteral("no article \"%1\" in %2").arg(article.id, where));
    // Corrections are the record in the open: a save adds to them and never edits one.
    if (!Copydesk::onlyAppends(stored->corrections, article.corrections))
        throw StoreError(StoreError::Invalid,
            QStringLiteral("corrections are never edited or removed; add a new entry that "
                           "corrects the mistaken one"));
    const QString storedSlug = stored->slug;
    if (article.slug.isEmpty())
        article.slug = storedSlug;
    if (article.slug != storedSlug && uniqueSlug(article.slug, article.id) != article.slug)
        throw StoreError(StoreError::Invalid,
            QStringLiteral("the slug \"%1\" is taken by another article").arg(article.slug));

    // The revision in the WHERE clause is the no-lost-update check: if anyone saved since this
    // copy was read, no row matches and nothing is written.
    const int base = article.revision;
    article.revision = base + 1;
    article.updated = Copydesk::currentTime();
    QString assignments;
    for (const QString &column : kArticleColumns.split(QStringLiteral(", "))) {
        if (column == u"id" || column == u"created")
            continue;
        assignments += (assignments.isEmpty() ? QString() : QStringLiteral(", ")) + column
            + QStringLiteral(" = :") + column;
    }
    Statement update(database(),
        QStringLiteral("UPDATE articles SET %1 WHERE id = :id AND revision = :base")
            .arg(assignments),
        where);
    bindArticle(update.query(), article);
    update.bind(QStringLiteral(":base"), base);
    if (update.run().numRowsAffected() != 1) {
        const int current = get(article.id).revision;
        throw StoreError(StoreError::Conflict,
            QStringLiteral("\"%1\" was saved by someone else meanwhile (revision %2; "
                           "this copy is revision %3). Nothing was overwritten.")
                .arg(article.headline)
                .arg(current)
                .arg(base));
    }
    article.created = stored->created;
    m_dialect->indexArticle(database(), rowNumber(article.id), &*stored, &article);
    writeRevision(article);
    announce(article.id);
    transaction.commit();
    return article;
}

void ArticleStore::batch(const std::function<void()> &work)
{
    Transaction transaction(
        database(), *m_dialect, m_dialect->describe(m_location), &m_transaction);
    // What a failed batch created is rolled back with it, so it is never indexed.
    const auto forget = qScopeGuard([this] { m_unindexed.clear(); });
    work();
    flushIndex();
    transaction.commit();
}

void ArticleStore::indexCreated(const Article &article)
{
    m_unindexed.append({rowNumber(article.id), article});
    // Inside a batch, the whole batch is indexed at its end: one statement for many articles
    // instead of one each (SQLite's FTS5 writes a segment at the end of every statement).
    if (m_transaction.depth <= 1)
        flushIndex();
}

void ArticleStore::flushIndex()
{
    if (m_unindexed.isEmpty())
        return;
    const QList<std::pair<qint64, Article>> created = std::exchange(m_unindexed, {});
    m_dialect->indexNewArticles(database(), created);
}

Article ArticleStore::kill(const QString &idOrSlug, const std::optional<QString> &notice)
{
    Article article = get(idOrSlug);
    article.status = ArticleStatus::Killed;
    if (notice)
        article.killNotice = notice->trimmed();
    return save(article);
}

ArticleStore::CopyReport ArticleStore::copyFrom(ArticleStore &source)
{
    const QString where = m_dialect->describe(m_location);
    const QString from = source.dialect().describe(source.location());
    CopyReport report;

    QSet<QString> present;
    {
        QSqlQuery ids =
            Statement(database(), QStringLiteral("SELECT id FROM articles"), where).run();
        while (ids.next())
            present.insert(ids.value(0).toString());
    }
    QSqlQuery rows = Statement(source.database(),
        QStringLiteral("SELECT %1 FROM articles ORDER BY seq").arg(kArticleColumns), from)
                         .run();
    while (rows.next()) {
        Article article = articleFromRecord(rows.record());
        article.stripControlCharacters(); // what an older store may hold; PostgreSQL holds no NUL
        if (present.contains(article.id)) {
            ++report.alreadyThere;
            continue;
        }
        QSqlQuery revisions = Statement(source.database(),
            QStringLiteral("SELECT revision, saved_at, saved_by, headline, status, "
                           "snapshot FROM revisions WHERE article_id = :id "
                           "ORDER BY revision"),
            from)
                                  .bind(QStringLiteral(":id"), article.id)
                                  .run();
        Transaction transaction(database(), *m_dialect, where, &m_transaction);
        copyPhotos(source, photosOfRevisions(article.id, source));
        const QString slug = uniqueSlug(article.slug, article.id);
        if (slug != article.slug) {
            report.renamedSlugs << article.slug + QStringLiteral(" → ") + slug;
            article.slug = slug;
        }
        Statement insert(database(),
            QStringLiteral("INSERT INTO articles (%1) VALUES (%2)")
                .arg(kArticleColumns, placeholdersFor(kArticleColumns)),
            where);
        bindArticle(insert.query(), article);
        insert.run();
        indexCreated(article);
        while (revisions.next()) {
            Statement(database(),
                QStringLiteral("INSERT INTO revisions (article_id, revision, saved_at, saved_by, "
                               "headline, status, snapshot) VALUES (:id, :revision, :saved_at, "
                               ":saved_by, :headline, :status, :snapshot)"),
                where)
                .bind(QStringLiteral(":id"), article.id)
                .bind(QStringLiteral(":revision"), revisions.value(0))
                .bind(QStringLiteral(":saved_at"), revisions.value(1))
                .bind(QStringLiteral(":saved_by"), revisions.value(2))
                .bind(QStringLiteral(":headline"), revisions.value(3))
                .bind(QStringLiteral(":status"), revisions.value(4))
                .bind(QStringLiteral(":snapshot"), revisions.value(5))
                .run();
            ++report.revisions;
        }
        announce(article.id);
        transaction.commit();
        ++report.articles;
    }

    // The newsroom dictionary, where both stores have one.
    const QString dictionary = QStringLiteral("dictionary");
    if (!source.database().tables().contains(dictionary)
        || !database().tables().contains(dictionary))
        return report;
    QSet<QString> known;
    {
        QSqlQuery words =
            Statement(database(), QStringLiteral("SELECT word FROM dictionary"), where).run();
        while (words.next())
            known.insert(words.value(0).toString());
    }
    QSqlQuery words = Statement(source.database(),
        QStringLiteral("SELECT word, added_by, added_at FROM dictionary ORDER BY word"), from)
                          .run();
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    while (words.next()) {
        if (known.contains(words.value(0).toString()))
            continue;
        Statement(database(),
            QStringLiteral("INSERT INTO dictionary (word, added_by, added_at) "
                           "VALUES (:word, :added_by, :added_at)"),
            where)
            .bind(QStringLiteral(":word"), words.value(0))
            .bind(QStringLiteral(":added_by"), words.value(1))
            .bind(QStringLiteral(":added_at"), words.value(2))
            .run();
        ++report.words;
    }
    transaction.commit();
    report.styleEntries = copyStyleListFrom(source);
    report.importedFiles = copyImportLedgerFrom(source);
    return report;
}

void ArticleStore::purge(const QString &idOrSlug)
{
    const Article article = get(idOrSlug);
    const QString where = m_dialect->describe(m_location);
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    flushIndex();
    const QSet<QString> photos = photosOfRevisions(article.id, *this);
    m_dialect->indexArticle(database(), rowNumber(article.id), &article, nullptr);
    Statement(database(), QStringLiteral("DELETE FROM revisions WHERE article_id = :id"), where)
        .bind(QStringLiteral(":id"), article.id)
        .run();
    Statement(database(), QStringLiteral("DELETE FROM articles WHERE id = :id"), where)
        .bind(QStringLiteral(":id"), article.id)
        .run();
    dropUnusedPhotos(photos);
    announce(article.id);
    transaction.commit();
}
