// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite back end's SQL in one file: its schema steps, full-text index and search are kept
// together so that a schema step and the queries that rely on it are read side by side.
#include "store/sqldialect.h"

#include "model/textcounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace {

// The trigram index finds any substring of 3+ characters. Shorter terms — common in Chinese
// ("公交", "市") and acronyms ("AI") — are looked up in a second index whose tokens are single
// CJK characters and whole Latin words, as a phrase: "公交" → "公 交". That keeps every query on
// an index instead of scanning the articles.
const QString kRunBreak = QStringLiteral("0x0"); // keeps CJK runs apart across punctuation

// "新能源 bus, 公交" → "新 能 源 bus 0x0 公 交"
QString wordTokens(QStringView text, bool breakRuns)
{
    QString out;
    QString word;
    bool lastWasCjk = false;
    bool brokenSinceCjk = false;
    auto flushWord = [&] {
        if (!word.isEmpty()) {
            out += word + u' ';
            word.clear();
            lastWasCjk = false;
        }
    };
    for (char32_t cp : text.toUcs4()) {
        if (isCjkCodePoint(cp)) {
            flushWord();
            if (breakRuns && !lastWasCjk && brokenSinceCjk)
                out += kRunBreak + u' ';
            out += QString::fromUcs4(&cp, 1) + u' ';
            lastWasCjk = true;
            brokenSinceCjk = false;
        } else if (QChar::isLetterOrNumber(cp) || QChar::category(cp) == QChar::Mark_NonSpacing) {
            word += QString::fromUcs4(&cp, 1);
            brokenSinceCjk = false;
        } else {
            flushWord();
            if (lastWasCjk) {
                lastWasCjk = false;
                brokenSinceCjk = true;
            }
        }
    }
    flushWord();
    return out.trimmed();
}

QString wordIndexText(const Article &a)
{
    return wordTokens(
        QStringList {a.headline, a.deck, a.body, a.bylineNames(), a.tags.join(u' ')}.join(u'\n'),
        true);
}

void runOrThrow(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StoreError(StoreError::Failed,
            QStringLiteral("%1: %2").arg(what, query.lastError().text().trimmed()));
}

// Other writers are waited for up to 5 s.
const QString kBusyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");

// The smallest SQLite database is one page of 512 bytes.
constexpr qint64 kSmallestDatabase = 512;

// Relevance is computed over the 300 newest matches only, so a word that occurs in every article
// costs the same as a rare one. Newsroom searches want recent copy first anyway.
constexpr int kRankingWindow = 300;

// Makes an empty WAL database at `location` unless one appears there meanwhile. It is made under
// a name of its own and renamed into place whole (a rename that never replaces a file): SQLite
// would create the file empty and write its first page only later, and another Copydesk opening
// the same path in between would find an empty file, which is not a store.
void createDatabase(const QString &location)
{
    const auto refuse = [&](const QString &why) {
        return StoreError(StoreError::Unavailable,
            QStringLiteral("cannot create the store %1: %2").arg(location, why));
    };
    QString path;
    {
        QTemporaryFile file(location + QStringLiteral(".new-XXXXXX"));
        file.setAutoRemove(false);
        if (!file.open())
            throw refuse(file.errorString());
        path = file.fileName();
    } // closed before SQLite opens it (closing a descriptor drops this process's locks on it)
    const auto removeTemporary = qScopeGuard([&] { QFile::remove(path); });
    const QString connection = QStringLiteral("copydesk-create-%1")
                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QSqlQuery wal(db);
        if (!db.open())
            error = db.lastError().text().trimmed();
        else if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            error = wal.lastError().text().trimmed();
        wal.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        throw refuse(error);
    // Another Copydesk may have made it first: theirs is the store, this one goes.
    if (!QFile::rename(path, location) && !QFileInfo::exists(location))
        throw refuse(QStringLiteral("the new file cannot be renamed into place"));
}

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    Access configure(
        QSqlDatabase &db, const QString &location, ArticleStore::OpenMode mode) const override
    {
        const QFileInfo file(location);
        if (!file.exists()) {
            if (mode == ArticleStore::OpenMode::ExistingOnly)
                throw StoreError(StoreError::Unavailable,
                    QStringLiteral("no store at %1 (new, import and demo create one)")
                        .arg(location));
            const QString folder = file.absolutePath();
            if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
                throw StoreError(StoreError::Unavailable,
                    QStringLiteral("cannot create the store %1: the folder %2 cannot be created")
                        .arg(location, folder));
            if (!QFileInfo(folder).isWritable())
                throw StoreError(StoreError::Unavailable,
                    QStringLiteral("cannot create the store %1: the folder %2 is not writable")
                        .arg(location, folder));
            createDatabase(location);
            db.setDatabaseName(location);
            db.setConnectOptions(kBusyTimeout);
            return Access::ReadWrite;
        }
        if (file.isDir())
            throw StoreError(StoreError::Unavailable,
                QStringLiteral("%1 is a folder, not a Copydesk store").arg(location));
        // The file is not opened here to look at its header: closing any descriptor of a
        // database file drops every POSIX lock this process holds on it, including those of
        // stores already open on it (SQLite only guards its own descriptors). Another
        // process could then think itself the last user and delete the WAL under them.
        // SQLite itself refuses a file that is not a database, before anything is written,
        // except one too short to have a header, which it takes for a new, empty database.
        if (!file.isReadable())
            throw StoreError(StoreError::Unavailable,
                QStringLiteral("cannot read %1: permission denied").arg(location));
        const bool hasLog = QFileInfo::exists(location + QStringLiteral("-wal"))
            || QFileInfo::exists(location + QStringLiteral("-journal"));
        if (file.size() < kSmallestDatabase && !hasLog)
            throw StoreError(StoreError::Unavailable,
                QStringLiteral("%1 is not a Copydesk store (%2, too short to be a database); "
                               "the file was not changed")
                    .arg(location,
                        file.size() == 0 ? QStringLiteral("an empty file")
                                         : QStringLiteral("%1 bytes").arg(file.size())));
        if (file.isWritable() && QFileInfo(file.absolutePath()).isWritable()) {
            db.setDatabaseName(location);
            db.setConnectOptions(kBusyTimeout);
            return Access::ReadWrite;
        }
        // Read-only (a shared folder one may only read): SQLite reads a WAL store without
        // writing only through the -wal and -shm files of a writer at work; with none there
        // (nobody is writing), as an immutable file, without locks or those files. (A writer who
        // starts later is not seen by this connection: reading commands are short.)
        QString uri = QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded);
        if (!QFileInfo::exists(location + QStringLiteral("-wal")))
            uri += QStringLiteral("?immutable=1");
        db.setDatabaseName(uri);
        db.setConnectOptions(
            kBusyTimeout + QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        return Access::ReadOnly;
    }

    QSqlError beginWrite(QSqlDatabase &db) const override
    {
        // QSqlDatabase::transaction() says BEGIN, a deferred transaction: it reads first and
        // asks for the write lock on its first write, when waiting is no longer allowed if
        // another writer committed meanwhile ("database is locked" at once, whatever the busy
        // timeout). BEGIN IMMEDIATE takes the lock first, waiting up to the busy timeout.
        // (commit() and rollback() say COMMIT and ROLLBACK, which end it.)
        QSqlQuery begin(db);
        return begin.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QSqlError() : begin.lastError();
    }

    bool isBusy(const QSqlError &error) const override
    {
        // SQLITE_BUSY, and its extended codes (the low byte is the primary code).
        return (error.nativeErrorCode().toInt() & 0xff) == 5;
    }

    QStringList sessionSetup() const override
    {
        return {QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA synchronous = NORMAL")};
    }

    QList<QStringList> migrations() const override
    {
        return {
            // 1: articles and their revisions
            {
                QStringLiteral("CREATE TABLE copydesk_schema (version INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE articles ("
                               " seq INTEGER PRIMARY KEY,"
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
            // 2: full-text search, trigram-tokenised so that Chinese substrings match
            {
                QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5(headline, deck, body, "
                               "byline_names, tag_text, content='articles', content_rowid='seq', "
                               "tokenize='trigram')"),
                QStringLiteral(
                    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                    "INSERT INTO articles_fts (rowid, headline, deck, body, byline_names, "
                    "tag_text) VALUES (new.seq, new.headline, new.deck, new.body, "
                    "new.byline_names, new.tag_text); END"),
                QStringLiteral(
                    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
                    "INSERT INTO articles_fts (articles_fts, rowid, headline, deck, body, "
                    "byline_names, tag_text) VALUES ('delete', old.seq, old.headline, "
                    "old.deck, old.body, old.byline_names, old.tag_text); END"),
                QStringLiteral(
                    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, deck, "
                    "body, byline_names, tag_text ON articles BEGIN "
                    "INSERT INTO articles_fts (articles_fts, rowid, headline, deck, body, "
                    "byline_names, tag_text) VALUES ('delete', old.seq, old.headline, "
                    "old.deck, old.body, old.byline_names, old.tag_text); "
                    "INSERT INTO articles_fts (rowid, headline, deck, body, byline_names, "
                    "tag_text) VALUES (new.seq, new.headline, new.deck, new.body, "
                    "new.byline_names, new.tag_text); END"),
                QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"),
            },
            // 3: an index of single CJK characters and whole words, for 1–2 character queries
            // (filled by migrateData and indexArticle)
            {
                QStringLiteral("CREATE VIRTUAL TABLE articles_words USING fts5(words, content='', "
                               "tokenize='unicode61')"),
            },
            // 4: the newsroom dictionary, words the spelling checker accepts for everyone
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
            // 6: PostgreSQL's lower-cased search text; nothing changes here, the step keeps
            // the two back ends' schema versions in line.
            {},
            // 7: new articles are indexed by indexNewArticles (a batch at a time), not by a
            // trigger (a statement, and so an FTS5 segment, per article)
            {
                QStringLiteral("DROP TRIGGER IF EXISTS articles_fts_insert"),
            },
            // 8: which articles of a status changed since the last publish, from the index alone
            QStringList {QStringLiteral(
                "CREATE INDEX articles_status_revision ON articles (status, id, revision)")},
            // 9: PostgreSQL's storage and compression of the search text; nothing changes here, the
            // step keeps the two back ends' schema versions in line.
            {},
            // 10: PostgreSQL's short words beside the search text; here the word index (schema 3)
            // does that already.
            {},
            // 11: photos: an article's list of them, and their originals once per SHA-256
            {
                QStringLiteral("ALTER TABLE articles ADD COLUMN media TEXT NOT NULL DEFAULT '[]'"),
                QStringLiteral("CREATE TABLE photos ("
                               " sha256 TEXT PRIMARY KEY,"
                               " mime TEXT NOT NULL,"
                               " width INTEGER NOT NULL,"
                               " height INTEGER NOT NULL,"
                               " bytes INTEGER NOT NULL,"
                               " data BLOB NOT NULL,"
                               " added_at TEXT NOT NULL,"
                               " added_by TEXT NOT NULL)"),
            },
            // 12: a story's life after "ready": schedule, embargo, corrections, kill notice
            {
                QStringLiteral("ALTER TABLE articles ADD COLUMN publish_at TEXT"),
                QStringLiteral("ALTER TABLE articles ADD COLUMN embargo_until TEXT"),
                QStringLiteral(
                    "ALTER TABLE articles ADD COLUMN corrections TEXT NOT NULL DEFAULT '[]'"),
                QStringLiteral(
                    "ALTER TABLE articles ADD COLUMN kill_notice TEXT NOT NULL DEFAULT ''"),
            },
            // 13: the copy desk: the newsroom's style list and settings shared by the store
            {
                QStringLiteral("CREATE TABLE style_list ("
                               " text TEXT PRIMARY KEY,"
                               " replacement TEXT NOT NULL DEFAULT '',"
                               " exception INTEGER NOT NULL DEFAULT 0,"
                               " severity TEXT NOT NULL DEFAULT 'warning',"
                               " language TEXT NOT NULL DEFAULT '',"
                               " note TEXT NOT NULL DEFAULT '',"
                               " added_by TEXT NOT NULL,"
                               " added_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            },
            // 14: the import ledger: which source file became which article, so that running an
            // interrupted import again skips what it already stored
            {
                QStringLiteral(
                    "CREATE TABLE imported_files ("
                    " sha256 TEXT PRIMARY KEY,"
                    " article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
                    " imported_at TEXT NOT NULL)"),
            },
            // 15: the archive search's order: a story's date (published, else last saved), so
            // that its matches are ordered and counted from this index without reading a row
            {
                QStringLiteral("CREATE INDEX articles_story_date ON articles "
                               "(COALESCE(published, updated), seq)"),
            },
            // 16: linked editions: the source an edition was made from, its revision then, and
            // how (a translator, or OpenCC); the index finds a source's editions
            {
                QStringLiteral("ALTER TABLE articles ADD COLUMN edition_of TEXT"),
                QStringLiteral(
                    "ALTER TABLE articles ADD COLUMN edition_revision INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral(
                    "ALTER TABLE articles ADD COLUMN edition_conversion TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX articles_edition_of ON articles (edition_of)"),
            },
        };
    }

    void migrateData(const QSqlDatabase &db, int version) const override
    {
        if (version != 3)
            return;
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral(
            "SELECT seq, headline, deck, body, byline_names, tag_text FROM articles"));
        runOrThrow(rows, db.databaseName());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO articles_words (rowid, words) VALUES (?, ?)"));
        while (rows.next()) {
            const QString text = wordTokens(
                QStringList {rows.value(1).toString(), rows.value(2).toString(),
                    rows.value(3).toString(), rows.value(4).toString(), rows.value(5).toString()}
                    .join(u'\n'),
                true);
            insert.bindValue(0, rows.value(0));
            insert.bindValue(1, text);
            runOrThrow(insert, db.databaseName());
        }
    }

    void indexArticle(const QSqlDatabase &db, qint64 seq, const Article *before,
        const Article *after) const override
    {
        QSqlQuery query(db);
        if (before) {
            // A contentless index forgets a row by being told what it held.
            query.prepare(
                QStringLiteral("INSERT INTO articles_words (articles_words, rowid, words) "
                               "VALUES ('delete', ?, ?)"));
            query.addBindValue(seq);
            query.addBindValue(wordIndexText(*before));
            runOrThrow(query, db.databaseName());
        }
        if (after && !before) {
            indexNewArticles(db, {{seq, *after}});
        } else if (after) {
            // The trigram index follows updates through its trigger.
            query.prepare(
                QStringLiteral("INSERT INTO articles_words (rowid, words) VALUES (?, ?)"));
            query.addBindValue(seq);
            query.addBindValue(wordIndexText(*after));
            runOrThrow(query, db.databaseName());
        }
    }

    void indexNewArticles(
        const QSqlDatabase &db, const QList<std::pair<qint64, Article>> &created) const override
    {
        // A statement for all: FTS5 writes what a statement added as a segment of its own
        // when the statement ends, and merging a segment per article costs half an import.
        QStringList rows;
        for (const auto &[seq, article] : created)
            rows << QString::number(seq);
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("INSERT INTO articles_fts (rowid, headline, deck, body, byline_names, "
                           "tag_text) SELECT seq, headline, deck, body, byline_names, tag_text "
                           "FROM articles WHERE seq IN (%1) ORDER BY seq")
                .arg(rows.join(u',')));
        runOrThrow(query, db.databaseName());
        constexpr qsizetype kRowsPerStatement = 250;
        for (qsizetype from = 0; from < created.size(); from += kRowsPerStatement) {
            const qsizetype count = qMin(kRowsPerStatement, created.size() - from);
            QStringList values(count, QStringLiteral("(?, ?)"));
            query.prepare(QStringLiteral("INSERT INTO articles_words (rowid, words) VALUES %1")
                              .arg(values.join(QStringLiteral(", "))));
            for (qsizetype i = from; i < from + count; ++i) {
                query.addBindValue(created.at(i).first);
                query.addBindValue(wordIndexText(created.at(i).second));
            }
            runOrThrow(query, db.databaseName());
        }
    }

    QList<SearchHit> search(
        QSqlDatabase &db, const QList<QStringList> &terms, int limit) const override
    {
        const std::optional<IndexPhrases> phrases = indexPhrases(terms);
        if (!phrases)
            return {};
        // Only the newest kRankingWindow matches are ranked (so that a word found in half the
        // archive costs no more than a rare one), by where the terms occur, newest first among
        // equals. Not bm25: its weights need every match counted, tens of milliseconds for a
        // common word.
        QString candidates;
        if (!phrases->trigram.isEmpty()) {
            candidates =
                QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :trigrams");
            // "+rowid": the word index's rows are a filter on the trigram matches, read once.
            // Offered to the trigram index as a rowid constraint instead, they had it evaluate
            // its match again for each of them: 3.5 s for "council on" in 10,000 articles, 80 s
            // for a pasted paragraph; now milliseconds.
            if (!phrases->word.isEmpty())
                candidates += QStringLiteral(" AND +rowid IN (SELECT rowid FROM articles_words "
                                             "WHERE articles_words MATCH :words)");
        } else {
            candidates = QStringLiteral(
                "SELECT rowid FROM articles_words WHERE articles_words MATCH :words");
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT %1, a.deck, a.body FROM (%2 ORDER BY rowid DESC LIMIT %3) c "
                           "JOIN articles a ON a.seq = c.rowid ORDER BY %4 DESC, a.seq DESC "
                           "LIMIT :limit")
                .arg(summaryColumns(QStringLiteral("a")), candidates)
                .arg(kRankingWindow)
                .arg(scoreOf(terms)));
        bindPhrases(query, *phrases);
        const QStringList spellings = allSpellings(terms);
        for (qsizetype i = 0; i < spellings.size(); ++i)
            query.bindValue(QStringLiteral(":t%1").arg(i), spellings.at(i).toLower());
        query.bindValue(QStringLiteral(":limit"), limit);
        runOrThrow(query, QStringLiteral("%1: search failed").arg(db.databaseName()));

        QList<SearchHit> hits;
        while (query.next())
            hits.append(hitFromRecord(query.record(), spellings));
        return hits;
    }

    SearchSql searchSql(const QList<QStringList> &terms) const override
    {
        SearchSql sql;
        const std::optional<IndexPhrases> phrases = indexPhrases(terms);
        if (!phrases) {
            sql.match = QStringLiteral("0 = 1");
            sql.score = QStringLiteral("0");
            return sql;
        }
        // Each index is asked once: SQLite makes the list of its matches and looks rows up in it.
        QStringList conditions;
        if (!phrases->trigram.isEmpty()) {
            conditions << QStringLiteral("a.seq IN (SELECT rowid FROM articles_fts WHERE "
                                         "articles_fts MATCH :trigrams)");
            sql.values.insert(QStringLiteral(":trigrams"), phrases->trigram.join(u' '));
        }
        if (!phrases->word.isEmpty()) {
            conditions << QStringLiteral("a.seq IN (SELECT rowid FROM articles_words WHERE "
                                         "articles_words MATCH :words)");
            sql.values.insert(QStringLiteral(":words"), phrases->word.join(u' '));
        }
        sql.match = conditions.join(QStringLiteral(" AND "));
        // The matches are ordered and counted along the story-date index, which holds the row
        // number: no article's row (its body among its columns) is read but the page's.
        sql.from = QStringLiteral("articles a INDEXED BY articles_story_date");
        // The ranking as search()'s, from the index: the trigram index answers which field holds
        // a term of 3 characters or more (a column filter), so that no body is read for it.
        const QStringList spellings = allSpellings(terms);
        QStringList scores;
        qsizetype first = 0;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            const QStringList &term = terms.at(i);
            QStringList parts;
            const auto weights = {std::pair {"headline", 10}, std::pair {"deck", 4},
                std::pair {"byline_names", 3}, std::pair {"tag_text", 3}, std::pair {"body", 1}};
            if (term.front().toUcs4().size() >= 3) {
                QStringList quoted;
                for (const QString &spelling : term)
                    quoted << u'"' + QString(spelling).replace(u'"', QStringLiteral("\"\"")) + u'"';
                for (const auto &[field, weight] : weights) {
                    const QString name = QStringLiteral(":c%1%2").arg(i).arg(QLatin1String(field));
                    parts << QStringLiteral("CASE WHEN a.seq IN (SELECT rowid FROM articles_fts "
                                            "WHERE articles_fts MATCH %1) THEN %2 ELSE 0 END")
                                 .arg(name)
                                 .arg(weight);
                    sql.values.insert(name,
                        QStringLiteral("{%1} : (%2)")
                            .arg(QLatin1String(field), quoted.join(QStringLiteral(" OR "))));
                }
            } else {
                for (const auto &[field, weight] : weights) {
                    QStringList tests;
                    for (qsizetype j = 0; j < term.size(); ++j)
                        tests << QStringLiteral("instr(lower(a.%1), :t%2)")
                                     .arg(QLatin1String(field))
                                     .arg(first + j);
                    parts << QStringLiteral("CASE WHEN %1 THEN %2 ELSE 0 END")
                                 .arg(tests.join(QStringLiteral(" OR ")))
                                 .arg(weight);
                }
                for (qsizetype j = 0; j < term.size(); ++j)
                    sql.values.insert(
                        QStringLiteral(":t%1").arg(first + j), spellings.at(first + j).toLower());
            }
            scores << parts.join(QStringLiteral(" + "));
            first += term.size();
        }
        sql.score = u'(' + scores.join(QStringLiteral(" + ")) + u')';
        return sql;
    }

private:
    // The phrases each index is asked for: every term of 3 characters or more in the trigram
    // index, shorter ones (words: "AI", "7") in the word index; a term's phrase is any of its
    // spellings ("茶馆" OR "茶館"). None when a term is punctuation only: nothing can match it.
    struct IndexPhrases
    {
        QStringList trigram;
        QStringList word;
    };
    static std::optional<IndexPhrases> indexPhrases(const QList<QStringList> &terms)
    {
        const auto anyOf = [](const QStringList &phrases) {
            return phrases.size() == 1 ? phrases.front()
                                       : u'(' + phrases.join(QStringLiteral(" OR ")) + u')';
        };
        IndexPhrases result;
        for (const QStringList &spellings : terms) {
            QStringList phrases;
            if (spellings.front().toUcs4().size() >= 3) {
                for (const QString &spelling : spellings)
                    phrases << u'"' + QString(spelling).replace(u'"', QStringLiteral("\"\""))
                            + u'"';
                result.trigram << anyOf(phrases);
            } else {
                for (const QString &spelling : spellings) {
                    const QString tokens = wordTokens(spelling, false);
                    if (tokens.isEmpty())
                        return std::nullopt;
                    phrases << u'"' + tokens + u'"';
                }
                result.word << anyOf(phrases);
            }
        }
        return result;
    }
    static void bindPhrases(QSqlQuery &query, const IndexPhrases &phrases)
    {
        if (!phrases.trigram.isEmpty())
            query.bindValue(QStringLiteral(":trigrams"), phrases.trigram.join(u' '));
        if (!phrases.word.isEmpty())
            query.bindValue(QStringLiteral(":words"), phrases.word.join(u' '));
    }
    static QStringList allSpellings(const QList<QStringList> &terms)
    {
        QStringList spellings;
        for (const QStringList &term : terms)
            spellings << term;
        return spellings;
    }
    // Where the terms occur, weighted as on PostgreSQL: headline 10, deck 4, bylines and tags
    // 3, body 1. Every spelling of every term is a placeholder, :t0, :t1, … in order, holding
    // it lower-cased.
    static QString scoreOf(const QList<QStringList> &terms)
    {
        QStringList scores;
        qsizetype first = 0;
        for (const QStringList &term : terms) {
            const auto in = [&](const char *field) {
                QStringList tests;
                for (qsizetype j = 0; j < term.size(); ++j)
                    tests << QStringLiteral("instr(lower(a.%1), :t%2)")
                                 .arg(QLatin1String(field))
                                 .arg(first + j);
                return tests.join(QStringLiteral(" OR "));
            };
            scores << QStringLiteral("CASE WHEN %1 THEN 10 ELSE 0 END"
                                     " + CASE WHEN %2 THEN 4 ELSE 0 END"
                                     " + CASE WHEN %3 THEN 3 ELSE 0 END"
                                     " + CASE WHEN %4 THEN 3 ELSE 0 END"
                                     " + CASE WHEN %5 THEN 1 ELSE 0 END")
                          .arg(in("headline"), in("deck"), in("byline_names"), in("tag_text"),
                              in("body"));
            first += term.size();
        }
        return u'(' + scores.join(QStringLiteral(" + ")) + u')';
    }
};

} // namespace

QString likePattern(QString term)
{
    term.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + term + u'%';
}

SearchHit hitFromRecord(const QSqlRecord &record, const QStringList &terms)
{
    const ArticleSummary article = summaryFromRecord(record);
    // The snippet comes from the first field that holds a match, the body by preference.
    for (const QString &field :
        {QStringLiteral("body"), QStringLiteral("deck"), QStringLiteral("headline")}) {
        const QString text = record.value(field).toString();
        for (const QString &term : terms) {
            if (text.contains(term, Qt::CaseInsensitive))
                return {article, makeSnippet(text, terms)};
        }
    }
    return {article, makeSnippet(article.headline, terms)};
}

std::unique_ptr<SqlDialect> makeSqliteDialect()
{
    return std::make_unique<SqliteDialect>();
}
