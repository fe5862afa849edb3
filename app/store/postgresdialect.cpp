// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL back end's SQL in one file: its schema steps, search index and queries are kept
// together so that a schema step and the queries that rely on it are read side by side (and
// against sqlitedialect.cpp, step by step).
#include "store/sqldialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <algorithm>

namespace {

// How many matches are ranked (the newest): as SQLite's kRankingWindow.
constexpr int kRankingWindow = 300;
// How many of the newest articles a search reads one by one for a term found among the newest
// kRankingWindow, before it turns to the trigram index.
constexpr int kSearchWindow = 10 * kRankingWindow;

// Every searchable field in one text, the same expression in the trigram index and in the
// search's WHERE clause (PostgreSQL only uses an expression index for the identical expression).
const QString kSearchText = QStringLiteral(
    "(headline || ' ' || deck || ' ' || body || ' ' || byline_names || ' ' || tag_text)");

// libpq's own parameters that a URL may carry after "?"; anything else is refused rather
// than silently ignored. Passwords are not among them: they come from PGPASSWORD or ~/.pgpass,
// which libpq reads itself whenever no password is given.
const QStringList kConnectParameters = {
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives_idle"),
    QStringLiteral("passfile"),
    QStringLiteral("channel_binding"),
    QStringLiteral("host"),
};

struct Address
{
    QString user;
    QString password; // only when the URL itself carries one
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QStringList options; // key=value for libpq
};

Address parseAddress(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    const auto refuse = [&](const QString &why) {
        return StoreError(StoreError::Unavailable,
            QStringLiteral("%1 is not a PostgreSQL store address (%2); expected "
                           "postgresql://USER@HOST:PORT/DATABASE")
                .arg(describePostgresLocation(location), why));
    };
    if (!url.isValid())
        throw refuse(url.errorString());
    if (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
        throw refuse(QStringLiteral("unknown scheme \"%1\"").arg(url.scheme()));
    Address address;
    address.user = url.userName();
    address.password = url.password();
    if (!url.host().isEmpty())
        address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(u'/'))
        throw refuse(QStringLiteral("no database name"));

    bool hasTimeout = false;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!kConnectParameters.contains(key))
            throw refuse(QStringLiteral("unknown parameter \"%1\"").arg(key));
        if (key == u"host") { // a Unix socket folder cannot be written as a URL host
            address.host = value;
            continue;
        }
        if (value.contains(u' ') || value.contains(u';') || value.contains(u'\''))
            throw refuse(QStringLiteral("the value of %1 contains a space, ; or '").arg(key));
        hasTimeout = hasTimeout || key == u"connect_timeout";
        address.options << key + u'=' + value;
    }
    // A dead server should be reported in seconds, not after the system's TCP timeout.
    if (!hasTimeout)
        address.options << QStringLiteral("connect_timeout=5");
    return address;
}

class PostgresDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QPSQL"); }

    // The database is the store: it exists (an administrator created it) or the connection
    // fails; its tables are created on first use, by whichever command comes first.
    Access configure(
        QSqlDatabase &db, const QString &location, ArticleStore::OpenMode) const override
    {
        const Address address = parseAddress(location);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        if (!address.password.isEmpty())
            db.setPassword(address.password);
        db.setConnectOptions(address.options.join(u';'));
        return Access::ReadWrite;
    }

    QStringList sessionSetup() const override
    {
        // Timestamps are ISO text written by Copydesk; the session's settings only matter for
        // messages, which should not drown the reporter in NOTICEs.
        return {QStringLiteral("SET client_min_messages = warning")};
    }

    QStringList migrationLock() const override
    {
        // Two reporters opening a brand-new shared store at once: one migrates, the other waits.
        return {QStringLiteral("SELECT pg_advisory_lock(7157420)")};
    }
    QStringList migrationUnlock() const override
    {
        return {QStringLiteral("SELECT pg_advisory_unlock(7157420)")};
    }

    QList<QStringList> migrations() const override
    {
        return {
            // 1: articles and their revisions (the same columns as in SQLite)
            {
                QStringLiteral("CREATE TABLE copydesk_schema (version INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE articles ("
                               " seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                               " id TEXT NOT NULL UNIQUE,"
                               " slug TEXT NOT NULL UNIQUE,"
                               " revision INTEGER NOT NULL,"
                               " headline TEXT NOT NULL DEFAULT '',"
                               " deck TEXT NOT NULL DEFAULT '',"
                               " bylines TEXT NOT NULL DEFAULT '[]',"
                               " byline_names TEXT NOT NULL DEFAULT '',"
                               " dateline_place TEXT NOT NULL DEFAULT '',"
                               " dateline_date TEXT NOT NULL DEFAULT '',"
                               " dateline_source TEXT NOT NULL DEFAULT '',"
                               " body TEXT NOT NULL DEFAULT '',"
                               " language TEXT NOT NULL DEFAULT 'en',"
                               " section TEXT NOT NULL DEFAULT '',"
                               " tags TEXT NOT NULL DEFAULT '[]',"
                               " tag_text TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL DEFAULT 'draft',"
                               " editor TEXT NOT NULL DEFAULT '',"
                               " signoff TEXT NOT NULL DEFAULT '',"
                               " notes TEXT NOT NULL DEFAULT '',"
                               " target_length INTEGER NOT NULL DEFAULT 0,"
                               " created TEXT NOT NULL,"
                               " updated TEXT NOT NULL,"
                               " published TEXT,"
                               " words INTEGER NOT NULL DEFAULT 0,"
                               " cjk_chars INTEGER NOT NULL DEFAULT 0,"
                               " chars INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX articles_updated ON articles (updated)"),
                QStringLiteral("CREATE INDEX articles_status ON articles (status, updated)"),
                QStringLiteral("CREATE INDEX articles_section ON articles (section, updated)"),
                QStringLiteral(
                    "CREATE TABLE revisions ("
                    " article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
                    " revision INTEGER NOT NULL,"
                    " saved_at TEXT NOT NULL,"
                    " saved_by TEXT NOT NULL,"
                    " headline TEXT NOT NULL,"
                    " status TEXT NOT NULL,"
                    " snapshot TEXT NOT NULL,"
                    " PRIMARY KEY (article_id, revision))"),
            },
            // 2: full-text search: a trigram index, so that Chinese substrings match
            {
                QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                QStringLiteral(
                    "CREATE INDEX articles_search ON articles USING gin (%1 gin_trgm_ops)")
                    .arg(kSearchText),
            },
            // 3: SQLite's word index for 1–2 character queries; pg_trgm serves those here, so
            // the step only keeps the two back ends' schema versions in line.
            {},
            // 4: the newsroom dictionary, shared by everyone on the server (as in SQLite)
            {
                QStringLiteral("CREATE TABLE dictionary (word TEXT PRIMARY KEY, added_by TEXT, "
                               "added_at TEXT)"),
            },
            // 5: soft edit locks: who has an article open, kept alive by a heartbeat
            {
                QStringLiteral(
                    "CREATE TABLE edit_locks ("
                    " article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,"
                    " holder TEXT NOT NULL,"
                    " session TEXT NOT NULL,"
                    " since TEXT NOT NULL,"
                    " heartbeat TEXT NOT NULL)"),
            },
            // 6: the searchable text kept lower-cased beside the article, so that a search
            // checks candidates with a plain LIKE (ILIKE lower-cases every body it looks at)
            {
                QStringLiteral(
                    "ALTER TABLE articles ADD COLUMN search_text TEXT GENERATED ALWAYS AS "
                    "(lower(%1)) STORED")
                    .arg(kSearchText),
                QStringLiteral("DROP INDEX articles_search"),
                QStringLiteral("CREATE INDEX articles_search ON articles USING gin (search_text "
                               "gin_trgm_ops)"),
            },
            // 7: SQLite's trigram index is filled a batch at a time; nothing changes here, the
            // step keeps the two back ends' schema versions in line.
            {},
            // 8: which articles of a status changed since the last publish, from the index alone
            QStringList {QStringLiteral(
                "CREATE INDEX articles_status_revision ON articles (status, id, revision)")},
            // 9: the search text kept in the row (not moved out to the TOAST table while the body
            // can go instead), so that a search reading it for thousands of articles reads the
            // table alone; lz4 compression where the server has it (migrateData).
            {
                QStringLiteral("ALTER TABLE articles ALTER COLUMN search_text SET STORAGE MAIN"),
            },
            // 10: the 1–2 letter words of the search text (" ai 7 ev "), kept beside it by a
            // trigger, so that a search for "Reporter 7" finds the articles with the word "7"
            // without reading their text; the newest are filled in by migrateData, older ones
            // when next saved (a search treats a row without them as unknown).
            {
                QStringLiteral(
                    "CREATE OR REPLACE FUNCTION copydesk_short_words(t text) RETURNS text "
                    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ' ' || "
                    "btrim(regexp_replace(regexp_replace(t, '[[:alnum:]_]{3,}|[^[:alnum:]_]+', "
                    "' ', 'g'), ' +', ' ', 'g')) || ' ' $$"),
                QStringLiteral("ALTER TABLE articles ADD COLUMN IF NOT EXISTS short_words TEXT"),
                QStringLiteral(
                    "CREATE OR REPLACE FUNCTION copydesk_articles_short_words() RETURNS trigger "
                    "LANGUAGE plpgsql AS $$ BEGIN NEW.short_words := copydesk_short_words(lower("
                    "NEW.headline || ' ' || NEW.deck || ' ' || NEW.body || ' ' || "
                    "NEW.byline_names || ' ' || NEW.tag_text)); RETURN NEW; END $$"),
                QStringLiteral("DROP TRIGGER IF EXISTS articles_short_words ON articles"),
                QStringLiteral(
                    "CREATE TRIGGER articles_short_words BEFORE INSERT OR UPDATE ON articles "
                    "FOR EACH ROW EXECUTE FUNCTION copydesk_articles_short_words()"),
            },
            // 11: photos: an article's list of them, and their originals once per SHA-256
            // (TOASTed, not compressed: JPEG and WebP bytes do not shrink)
            {
                QStringLiteral("ALTER TABLE articles ADD COLUMN IF NOT EXISTS media TEXT NOT NULL "
                               "DEFAULT '[]'"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS photos ("
                               " sha256 TEXT PRIMARY KEY,"
                               " mime TEXT NOT NULL,"
                               " width INTEGER NOT NULL,"
                               " height INTEGER NOT NULL,"
                               " bytes BIGINT NOT NULL,"
                               " data BYTEA NOT NULL,"
                               " added_at TEXT NOT NULL,"
                               " added_by TEXT NOT NULL)"),
                QStringLiteral("ALTER TABLE photos ALTER COLUMN data SET STORAGE EXTERNAL"),
            },
            // 12: a story's life after "ready": schedule, embargo, corrections, kill notice
            {
                QStringLiteral("ALTER TABLE articles ADD COLUMN IF NOT EXISTS publish_at TEXT"),
                QStringLiteral("ALTER TABLE articles ADD COLUMN IF NOT EXISTS embargo_until TEXT"),
                QStringLiteral("ALTER TABLE articles ADD COLUMN IF NOT EXISTS corrections TEXT NOT "
                               "NULL DEFAULT '[]'"),
                QStringLiteral("ALTER TABLE articles ADD COLUMN IF NOT EXISTS kill_notice TEXT NOT "
                               "NULL DEFAULT ''"),
            },
            // 13: the copy desk: the newsroom's style list and settings shared by the store
            {
                QStringLiteral("CREATE TABLE IF NOT EXISTS style_list ("
                               " text TEXT PRIMARY KEY,"
                               " replacement TEXT NOT NULL DEFAULT '',"
                               " exception INTEGER NOT NULL DEFAULT 0,"
                               " severity TEXT NOT NULL DEFAULT 'warning',"
                               " language TEXT NOT NULL DEFAULT '',"
                               " note TEXT NOT NULL DEFAULT '',"
                               " added_by TEXT NOT NULL,"
                               " added_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value "
                               "TEXT NOT NULL)"),
            },
            // 14: the import ledger: which source file became which article, so that running an
            // interrupted import again skips what it already stored
            {
                QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS imported_files ("
                    " sha256 TEXT PRIMARY KEY,"
                    " article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
                    " imported_at TEXT NOT NULL)"),
            },
            // 15: the archive search's order: a story's date (published, else last saved), so
            // that its matches are ordered and counted from this index without reading a row
            {
                QStringLiteral("CREATE INDEX IF NOT EXISTS articles_story_date ON articles "
                               "((COALESCE(published, updated)), seq)"),
            },
            // 16: linked editions: the source an edition was made from, its revision then, and
            // how (a translator, or OpenCC); the index finds a source's editions
            {
                QStringLiteral("ALTER TABLE articles ADD COLUMN IF NOT EXISTS edition_of TEXT"),
                QStringLiteral("ALTER TABLE articles ADD COLUMN IF NOT EXISTS edition_revision "
                               "INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE articles ADD COLUMN IF NOT EXISTS edition_conversion "
                               "TEXT NOT NULL DEFAULT ''"),
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS articles_edition_of ON articles (edition_of)"),
            },
        };
    }

    void migrateData(const QSqlDatabase &db, int version) const override
    {
        const auto run = [&](const QString &sql) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                throw StoreError(StoreError::Failed,
                    QStringLiteral("%1: %2").arg(describe(db), query.lastError().text().trimmed()));
            return query;
        };
        if (version == 10) {
            // The newest articles, which a search reads, get their short words now (the trigger
            // works them out on any update).
            run(QStringLiteral("UPDATE articles SET body = body WHERE seq IN "
                               "(SELECT seq FROM articles ORDER BY updated DESC LIMIT %1)")
                    .arg(kSearchWindow));
            return;
        }
        if (version != 9)
            return;
        // A server built without lz4 lists only pglz (and one older than 14 has no such setting):
        // it keeps pglz, which decompresses at about half lz4's speed.
        QSqlQuery lz4 =
            run(QStringLiteral("SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' "
                               "AND 'lz4' = ANY (enumvals)"));
        if (!lz4.next())
            return;
        run(QStringLiteral("ALTER TABLE articles ALTER COLUMN search_text SET COMPRESSION lz4, "
                           "ALTER COLUMN body SET COMPRESSION lz4"));
        // Stored values keep their compression until they are written again. A search reads the
        // search text of the newest articles, so those are written again now (a few seconds
        // however large the archive; the text is worked out again on any update); older ones
        // follow when they are next saved. The whole table is not: its trigram index would
        // take every article's text again, minutes for a large archive.
        run(QStringLiteral("UPDATE articles SET body = body WHERE seq IN "
                           "(SELECT seq FROM articles ORDER BY updated DESC LIMIT %1)")
                .arg(kSearchWindow));
    }

    QList<SearchHit> search(
        QSqlDatabase &db, const QList<QStringList> &terms, int limit) const override
    {
        const TermSql parts = termSql(terms);
        const QStringList &spellings = parts.spellings;
        const QStringList &tests = parts.tests;
        const QStringList &shortWords = parts.shortWords;
        const QStringList &indexed = parts.indexed;
        const QStringList &scores = parts.scores;
        const auto bindTerms = [&](QSqlQuery &query, bool matching) {
            const QVariantMap values = parts.values(matching);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                query.bindValue(it.key(), it.value());
        };
        const auto run = [&](const QString &sql) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(sql);
            bindTerms(query, true);
            if (!query.exec())
                throw StoreError(StoreError::Failed,
                    QStringLiteral("%1: search failed: %2")
                        .arg(describe(db), query.lastError().text()));
            return query;
        };
        QString match = tests.join(QStringLiteral(" AND "));
        const auto matching = [&](const QString &sql) {
            QSqlQuery query = run(sql.arg(match).arg(kRankingWindow));
            QList<qint64> rows;
            while (query.next())
                rows << query.value(0).toLongLong();
            return rows;
        };
        // As in SQLite, only the newest 300 matches are ranked, so that a word found in half the
        // archive costs no more than a rare one. Checking a candidate means reading its text, so
        // the server is asked for as few as possible. A look at the newest 300 articles tells a
        // term found there from a rare one: the first is then looked for in the newest few
        // thousand, one by one until 300 match (its posting lists in the trigram index are long:
        // tens of milliseconds); a rare one, or one too thin there for a page of results, through
        // the index, which finds all of it at once (where reading thousands of articles would
        // find next to nothing).
        // The text is decompressed once in the subquery: a column's value would be decompressed
        // again by every condition that reads it.
        // With a short word, the articles without it are left out first, by their short words
        // alone (OFFSET 0 keeps that step first), and the text is read only for those with it.
        const auto newest = [&](int window) {
            if (!shortWords.isEmpty())
                return QStringLiteral(
                           "SELECT seq FROM (SELECT seq, updated, search_text FROM (SELECT "
                           "seq, updated, search_text, short_words FROM articles ORDER BY "
                           "updated DESC LIMIT ")
                    + QString::number(window) + QStringLiteral(") n WHERE ")
                    + shortWords.join(QStringLiteral(" AND "))
                    + QStringLiteral(" OFFSET 0) w WHERE %1 ORDER BY updated DESC LIMIT %2");
            return QStringLiteral(
                       "SELECT seq FROM (SELECT seq, updated, search_text || '' AS search_text "
                       "FROM articles ORDER BY updated DESC LIMIT ")
                + QString::number(window)
                + QStringLiteral(") w WHERE %1 ORDER BY updated DESC LIMIT %2");
        };
        // The look at the newest articles checks every term in each, which also tells how common
        // each one is: the newest few thousand are then checked for the rarest term first, so
        // that the others are looked for only where it occurs ("7" before "Reporter").
        QList<qint64> rows;
        QList<std::pair<int, int>> found; // (articles, term) per term
        for (int i = 0; i < terms.size(); ++i)
            found.append({0, i});
        {
            QSqlQuery probe =
                run(QStringLiteral("SELECT seq, %1 FROM (SELECT seq, updated, search_text || '' AS "
                                   "search_text FROM articles ORDER BY updated DESC LIMIT %2) w "
                                   "ORDER BY updated DESC")
                        .arg(tests.join(QStringLiteral(", ")))
                        .arg(kRankingWindow));
            while (probe.next()) {
                bool all = true;
                for (int i = 0; i < terms.size(); ++i) {
                    const bool has = probe.value(1 + i).toBool();
                    found[i].first += has ? 1 : 0;
                    all = all && has;
                }
                if (all)
                    rows << probe.value(0).toLongLong();
            }
        }
        std::stable_sort(found.begin(), found.end());
        QStringList rarestFirst;
        for (const auto &[count, term] : found)
            rarestFirst << tests.at(term);
        match = rarestFirst.join(QStringLiteral(" AND "));
        const bool recent = !rows.isEmpty();
        if (recent && rows.size() < kRankingWindow)
            rows = matching(newest(kSearchWindow));
        if (!recent || rows.size() < qMin(limit, kRankingWindow)) {
            // At most a few thousand of what the index leads to are read: a term found in every
            // article ("Reporter" of "Reporter 7") would otherwise have all of them read.
            const QList<qint64> anywhere = matching(indexed.isEmpty()
                    ? QStringLiteral("SELECT seq FROM articles WHERE %1 LIMIT %2")
                    : QStringLiteral(
                          "SELECT seq FROM (SELECT seq, search_text FROM articles WHERE ")
                        + indexed.join(QStringLiteral(" AND "))
                        + QStringLiteral(" LIMIT 3000) c WHERE %1 LIMIT %2"));
            for (qint64 row : anywhere) {
                if (rows.size() >= kRankingWindow)
                    break;
                if (!rows.contains(row))
                    rows << row;
            }
        }
        if (rows.isEmpty())
            return {};
        QStringList numbers;
        for (qint64 row : rows)
            numbers << QString::number(row);

        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT %1, a.deck, a.body, %2 AS score FROM articles a WHERE a.seq IN (%3) "
            "ORDER BY score DESC, a.updated DESC, a.seq DESC LIMIT :limit")
                          .arg(summaryColumns(QStringLiteral("a")),
                              scores.join(QStringLiteral(" + ")), numbers.join(u',')));
        bindTerms(query, false);
        query.bindValue(QStringLiteral(":limit"), limit);
        if (!query.exec())
            throw StoreError(StoreError::Failed,
                QStringLiteral("%1: search failed: %2")
                    .arg(describe(db), query.lastError().text()));
        QList<SearchHit> hits;
        while (query.next())
            hits.append(hitFromRecord(query.record(), spellings));
        return hits;
    }

    SearchSql searchSql(const QList<QStringList> &terms) const override
    {
        // The trigram index finds the candidates of terms of 3 characters or more at once; the
        // tests then hold exactly where every term occurs.
        const TermSql parts = termSql(terms);
        SearchSql sql;
        QStringList conditions = parts.indexed;
        conditions << parts.shortWords << parts.tests;
        sql.match = conditions.join(QStringLiteral(" AND "));
        sql.score = u'(' + parts.scores.join(QStringLiteral(" + ")) + u')';
        sql.values = parts.values(true);
        sql.values.insert(parts.values(false));
        return sql;
    }

    QString describe(const QString &location) const override
    {
        return describePostgresLocation(location);
    }

    bool sharesDatabase() const override { return true; }

    QString notifyStatement() const override
    {
        return QStringLiteral("SELECT pg_notify('%1', :id)")
            .arg(QLatin1StringView(kNotificationChannel));
    }

    bool connectionLost(const QSqlDatabase &db) const override
    {
        // libpq marks the connection bad once a call has failed on it (server stopped or
        // restarted, network gone); the store then opens a fresh one.
        PGconn *connection = libpqConnection(db);
        if (!connection)
            return false;
        // Reading what has arrived, without sending or waiting, notices a server that shut
        // down or restarted while this connection was idle: first its goodbye, then the end
        // of the stream (a read that finds nothing new returns at once).
        for (int read = 0;
             read < 3 && PQstatus(connection) == CONNECTION_OK && !PQisBusy(connection); ++read) {
            if (!PQconsumeInput(connection))
                break;
        }
        return PQstatus(connection) == CONNECTION_BAD;
    }

    QStringList takeNotifications(const QSqlDatabase &db) const override
    {
        // connectionLost() may have read a notification off the socket into libpq's queue,
        // where Qt's socket notifier never sees it.
        QStringList payloads;
        PGconn *connection = libpqConnection(db);
        if (!connection)
            return payloads;
        while (PGnotify *notification = PQnotifies(connection)) {
            if (qstrcmp(notification->relname, kNotificationChannel) == 0)
                payloads << QString::fromUtf8(notification->extra);
            PQfreemem(notification);
        }
        return payloads;
    }

private:
    // What each term asks of an article, with placeholders of its own for every spelling of
    // every term (:t0, :s0, :l0, … in order): a term's test is that any of its spellings occurs.
    struct TermSql
    {
        QStringList spellings;
        QStringList tests; // per term, on the lower-cased search text
        // Short words looked up first among the article's short words, where it has them: no
        // text is read for an article without the word.
        QStringList shortWords;
        QStringList indexed; // what the trigram index can answer: terms of 3 characters or more
        QStringList scores; // per term, where it occurs
        // The placeholders' values: those of the tests (`matching`) or of the scores.
        QVariantMap values(bool matching) const
        {
            QVariantMap values;
            for (qsizetype i = 0; i < spellings.size(); ++i) {
                if (!matching) {
                    values.insert(QStringLiteral(":l%1").arg(i), spellings.at(i).toLower());
                    continue;
                }
                // (A value for a placeholder that the statement does not have is left out.)
                values.insert(QStringLiteral(":t%1").arg(i), likePattern(spellings.at(i)));
                values.insert(QStringLiteral(":s%1").arg(i), spellings.at(i));
                if (isShortLatinWord(spellings.at(i))) {
                    // Word edges spelled out: the regex word-edge escapes cost several times more.
                    values.insert(QStringLiteral(":w%1").arg(i),
                        QStringLiteral("(^|[^[:alnum:]_])%1($|[^[:alnum:]_])")
                            .arg(spellings.at(i).toLower()));
                    values.insert(QStringLiteral(":v%1").arg(i),
                        QStringLiteral(" %1 ").arg(spellings.at(i).toLower()));
                }
            }
            return values;
        }
    };
    // A 1–2 letter Latin term is a word ("AI", "EV"), as in SQLite's word index, not a
    // substring of every word that happens to contain it.
    static bool isShortLatinWord(const QString &term)
    {
        const QList<uint> codePoints = term.toUcs4();
        return codePoints.size() < 3
            && std::all_of(codePoints.begin(), codePoints.end(),
                [](uint cp) { return cp < 0x80 && QChar::isLetterOrNumber(cp); });
    }
    static TermSql termSql(const QList<QStringList> &terms)
    {
        // Every spelling of every term gets placeholders of its own (:t0, :s0, :l0, … in order):
        // a term's test is that any of its spellings occurs.
        TermSql sql;
        QStringList &spellings = sql.spellings;
        for (const QStringList &term : terms)
            spellings << term;
        // Every term must occur somewhere (LIKE on the lower-cased search text, which the
        // trigram index serves for 3+ characters and which stays correct for 1–2); hits rank
        // by where the terms occur, as on SQLite (headline 10, deck 4, bylines and tags 3,
        // body 1), newest first among equals.
        // What a term asks of an article's search text. The search text is lower-cased already:
        // a case-sensitive regular expression over it costs a fraction of ~*, and it comes after
        // the plain substring test (conditions of equal cost are checked in the order written),
        // several times cheaper and enough to rule out most articles. LIKE compares from every
        // byte that equals the term's first; in Chinese text, where most characters start with
        // the same byte, strpos (which skips ahead) takes two thirds of the time.
        const auto isAscii = [](QChar c) { return c.unicode() < 0x80; };
        QStringList &tests = sql.tests;
        QStringList &shortWords = sql.shortWords;
        QStringList &indexed = sql.indexed;
        QStringList &scores = sql.scores;
        qsizetype first = 0; // the placeholder number of the term's first spelling
        for (const QStringList &term : terms) {
            const auto anyOf = [&](const auto &testOf) {
                QStringList any;
                for (qsizetype k = first; k < first + term.size(); ++k)
                    any << testOf(k);
                return any.size() == 1 ? any.front()
                                       : u'(' + any.join(QStringLiteral(" OR ")) + u')';
            };
            if (term.front().toUcs4().size() >= 3)
                indexed << anyOf([](qsizetype k) {
                    return QStringLiteral("search_text LIKE lower(:t%1)").arg(k);
                });
            tests << anyOf([&](qsizetype k) {
                QString test = isAscii(spellings.at(k).front())
                    ? QStringLiteral("search_text LIKE lower(:t%1)")
                    : QStringLiteral("strpos(search_text, lower(:s%1)) > 0");
                if (isShortLatinWord(spellings.at(k))) {
                    test += QStringLiteral(" AND search_text ~ :w%1");
                    shortWords << QStringLiteral(
                        "(short_words IS NULL OR strpos(short_words, :v%1) > 0)")
                                      .arg(k);
                }
                return QStringLiteral("(%1)").arg(test.arg(k));
            });
            // The fields are lower-cased (a good part of the ranking's time) only where that can
            // matter: not for a term without cased letters (Chinese, digits), and for none of the
            // fields where the term is in none of the short ones: it is then in the body exactly
            // when it is in the search text (the fields lower-cased with a space between them,
            // and a term has no space).
            const QList<uint> codePoints = term.front().toUcs4();
            const bool caseless = std::all_of(codePoints.begin(), codePoints.end(), [](uint cp) {
                return QChar::category(cp) == QChar::Letter_Other
                    || QChar::category(cp) == QChar::Number_DecimalDigit;
            });
            const auto has = [&](const QString &field) {
                return anyOf([&](qsizetype k) {
                    return QStringLiteral("strpos(%1, :l%2) > 0")
                        .arg(caseless ? field : QStringLiteral("lower(%1)").arg(field))
                        .arg(k);
                });
            };
            const QString shortFields = QStringLiteral(
                "(a.headline || ' ' || a.deck || ' ' || a.byline_names || ' ' || a.tag_text)");
            const QString score = QStringLiteral(
                "(CASE WHEN NOT %1"
                " THEN (CASE WHEN %2 THEN 1 ELSE 0 END)"
                " ELSE (CASE WHEN %3 THEN 10 ELSE 0 END + CASE WHEN %4 THEN 4 ELSE 0 END"
                " + CASE WHEN %5 THEN 3 ELSE 0 END + CASE WHEN %6 THEN 3 ELSE 0 END"
                " + CASE WHEN %7 THEN 1 ELSE 0 END) END)");
            scores << score.arg(has(shortFields), anyOf([](qsizetype k) {
                return QStringLiteral("strpos(a.search_text, :l%1) > 0").arg(k);
            }),
                has(QStringLiteral("a.headline")), has(QStringLiteral("a.deck")),
                has(QStringLiteral("a.byline_names")), has(QStringLiteral("a.tag_text")),
                has(QStringLiteral("a.body")));
            first += term.size();
        }
        return sql;
    }
    static PGconn *libpqConnection(const QSqlDatabase &db)
    {
        if (!db.isOpen() || !db.driver())
            return nullptr;
        const QVariant handle = db.driver()->handle();
        // Qt names the type after libpq's struct (pg_conn*); older builds said PGconn*.
        if (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0)
            return nullptr;
        return *static_cast<PGconn *const *>(handle.data());
    }

    QString describe(const QSqlDatabase &db) const
    {
        return QStringLiteral("%1:%2/%3").arg(db.hostName()).arg(db.port()).arg(db.databaseName());
    }
};

} // namespace

QString describePostgresLocation(const QString &location)
{
    // The address without any password, as it may appear in messages and settings.
    QUrl url(location);
    if (!url.isValid())
        return location;
    url.setPassword({});
    return url.toString(QUrl::RemovePassword);
}

bool isPostgresLocation(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

std::unique_ptr<SqlDialect> makePostgresDialect()
{
    return std::make_unique<PostgresDialect>();
}
