// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqldialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// What a human sees of matches too short for the trigram index (1–2 characters, common in
// Chinese: "新能", "市"): a scan of the content table, newest first, stopping at `limit`.
QList<SearchHit> likeSearch(QSqlDatabase &db, const QStringList &terms, const QStringList &ftsTerms,
                            int limit, const QString &where)
{
    QStringList conditions;
    for (int i = 0; i < terms.size(); ++i) {
        conditions << QStringLiteral("(a.headline LIKE :t%1 ESCAPE '\\' OR a.deck LIKE :t%1 ESCAPE '\\' "
                                     "OR a.body LIKE :t%1 ESCAPE '\\' OR a.byline_names LIKE :t%1 "
                                     "ESCAPE '\\' OR a.tag_text LIKE :t%1 ESCAPE '\\')")
                              .arg(i);
    }
    QString sql;
    if (ftsTerms.isEmpty()) {
        sql = QStringLiteral("SELECT %1, a.deck, a.body FROM articles a WHERE %2 "
                             "ORDER BY a.updated DESC LIMIT :limit")
                      .arg(summaryColumns(QStringLiteral("a")), conditions.join(QStringLiteral(" AND ")));
    } else {
        sql = QStringLiteral("SELECT %1, a.deck, a.body FROM articles_fts f JOIN articles a ON a.seq = "
                             "f.rowid WHERE articles_fts MATCH :match AND %2 ORDER BY f.rank LIMIT :limit")
                      .arg(summaryColumns(QStringLiteral("a")), conditions.join(QStringLiteral(" AND ")));
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < terms.size(); ++i)
        query.bindValue(QStringLiteral(":t%1").arg(i), likePattern(terms.at(i)));
    if (!ftsTerms.isEmpty())
        query.bindValue(QStringLiteral(":match"), ftsTerms.join(u' '));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        throw StoreError(StoreError::Failed, QStringLiteral("%1: search failed: %2")
                                                     .arg(where, query.lastError().text()));
    QList<SearchHit> hits;
    while (query.next())
        hits.append(hitFromRecord(query.record(), terms));
    return hits;
}

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    void configure(QSqlDatabase &db, const QString &location) const override
    {
        const QFileInfo file(location);
        if (file.exists()) {
            if (file.isDir())
                throw StoreError(StoreError::Unavailable,
                                 QStringLiteral("%1 is a folder, not a Copydesk store").arg(location));
            QFile probe(location);
            if (!probe.open(QIODevice::ReadOnly))
                throw StoreError(StoreError::Unavailable, QStringLiteral("cannot read %1: %2")
                                                                  .arg(location, probe.errorString()));
            // An empty file is a new store; anything else must start like an SQLite database.
            const QByteArray header = probe.read(16);
            if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
                throw StoreError(StoreError::Unavailable,
                                 QStringLiteral("%1 is not a Copydesk store (not an SQLite database); "
                                                "the file was not changed")
                                         .arg(location));
        } else {
            const QString folder = file.absolutePath();
            if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
                throw StoreError(StoreError::Unavailable,
                                 QStringLiteral("cannot create the store %1: the folder %2 cannot be created")
                                         .arg(location, folder));
            if (!QFileInfo(folder).isWritable())
                throw StoreError(StoreError::Unavailable,
                                 QStringLiteral("cannot create the store %1: the folder %2 is not writable")
                                         .arg(location, folder));
        }
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }

    QStringList sessionSetup() const override
    {
        return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA synchronous = NORMAL")};
    }

    QList<QStringList> migrations() const override
    {
        return {
            // 1: articles and their revisions
            {
                QStringLiteral("CREATE TABLE copydesk_schema (version INTEGER NOT NULL)"),
                QStringLiteral(
                        "CREATE TABLE articles ("
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
                QStringLiteral("CREATE TABLE revisions ("
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
                QStringLiteral("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                               "INSERT INTO articles_fts (rowid, headline, deck, body, byline_names, "
                               "tag_text) VALUES (new.seq, new.headline, new.deck, new.body, "
                               "new.byline_names, new.tag_text); END"),
                QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
                               "INSERT INTO articles_fts (articles_fts, rowid, headline, deck, body, "
                               "byline_names, tag_text) VALUES ('delete', old.seq, old.headline, "
                               "old.deck, old.body, old.byline_names, old.tag_text); END"),
                QStringLiteral("CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, deck, "
                               "body, byline_names, tag_text ON articles BEGIN "
                               "INSERT INTO articles_fts (articles_fts, rowid, headline, deck, body, "
                               "byline_names, tag_text) VALUES ('delete', old.seq, old.headline, "
                               "old.deck, old.body, old.byline_names, old.tag_text); "
                               "INSERT INTO articles_fts (rowid, headline, deck, body, byline_names, "
                               "tag_text) VALUES (new.seq, new.headline, new.deck, new.body, "
                               "new.byline_names, new.tag_text); END"),
                QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"),
            },
        };
    }

    QList<SearchHit> search(QSqlDatabase &db, const QStringList &terms, int limit) const override
    {
        const QString where = db.databaseName();
        // The trigram index needs 3 characters; shorter terms are matched on the content table.
        QStringList ftsTerms;
        QStringList shortTerms;
        for (const QString &term : terms) {
            if (term.toUcs4().size() >= 3)
                ftsTerms << u'"' + QString(term).replace(u'"', QStringLiteral("\"\"")) + u'"';
            else
                shortTerms << term;
        }
        if (!shortTerms.isEmpty())
            return likeSearch(db, terms, ftsTerms, limit, where);

        QSqlQuery query(db);
        query.setForwardOnly(true);
        // bm25 weights: headline, deck, body, bylines, tags.
        query.prepare(QStringLiteral("SELECT %1, snippet(articles_fts, -1, :open, :close, '…', 16) AS snip "
                                     "FROM articles_fts f JOIN articles a ON a.seq = f.rowid "
                                     "WHERE articles_fts MATCH :match "
                                     "ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0, 3.0, 3.0) LIMIT :limit")
                              .arg(summaryColumns(QStringLiteral("a"))));
        query.bindValue(QStringLiteral(":open"), QString(SnippetOpen));
        query.bindValue(QStringLiteral(":close"), QString(SnippetClose));
        query.bindValue(QStringLiteral(":match"), ftsTerms.join(u' '));
        query.bindValue(QStringLiteral(":limit"), limit);
        if (!query.exec())
            throw StoreError(StoreError::Failed, QStringLiteral("%1: search failed: %2")
                                                         .arg(where, query.lastError().text()));
        QList<SearchHit> hits;
        while (query.next()) {
            const QSqlRecord record = query.record();
            hits.append({summaryFromRecord(record),
                         snippetFromMarkedText(record.value(QStringLiteral("snip")).toString())});
        }
        return hits;
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
    for (const QString &field : {QStringLiteral("body"), QStringLiteral("deck"), QStringLiteral("headline")}) {
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
