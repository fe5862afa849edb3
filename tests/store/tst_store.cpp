// SPDX-License-Identifier: GPL-3.0-or-later
// The article store on both back ends, a real SQLite file and a real PostgreSQL server that
// the test starts itself: CRUD, revisions and conflicts, migrations, search, and (SQLite) what
// happens with files that are not stores.
#include "postgresserver.h"
#include "store/articlestore.h"
#include "store/demonewsroom.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Article draft(
    const QString &headline, const QString &body, const QString &language = QStringLiteral("en"))
{
    Article a;
    a.headline = headline;
    a.body = body;
    a.language = language;
    return a;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void createAndRead();
    void slugsAreUnique();
    void findByPrefixAndSlug();
    void saveWritesRevisions();
    void staleSaveIsConflict();
    void revertMakesNewRevision();
    void killAndPurge();
    void listFilters();
    void search_data();
    void search();
    void searchIsUpdatedOnEdit();
    void searchRanksWhereTermsOccur();
    void batchIsSearchable();
    void searchSnippetMarksMatch();
    void reopenKeepsEverything();
    void migratesOldSchema();
    void newerSchemaIsRefused();
    void notAStore_data();
    void notAStore();
    void anotherProgramsDatabase();
    void unwritableLocation();
    void largeBody();
    void demoNewsroom();
    void editLocks();

private:
    std::unique_ptr<ArticleStore> openStore();
    bool isSqlite() const { return m_backend == u"sqlite"; }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path; // the SQLite file
    QString m_location; // what the store is opened with: m_path or a postgresql:// URL
    QString m_backend;
    std::unique_ptr<PostgresServer> m_server; // started on first use, stopped at the end
    int m_databases = 0;
};

void TestStore::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_location = m_path;
    if (isSqlite())
        return;
    if (PostgresServer::binDir().isEmpty())
        QSKIP("PostgreSQL is not installed (no initdb/pg_ctl): the PostgreSQL back end is not "
              "tested");
    if (!m_server) {
        m_server = std::make_unique<PostgresServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    // Every test gets an empty store of its own, as with a new SQLite file.
    m_location = m_server->createDatabase(QStringLiteral("store_%1").arg(++m_databases));
    QVERIFY2(!m_location.isEmpty(), qPrintable(m_server->error()));
}

std::unique_ptr<ArticleStore> TestStore::openStore()
{
    return ArticleStore::open(m_location);
}

void TestStore::createAndRead()
{
    auto store = openStore();
    Article a = draft(
        QStringLiteral("Council votes on the new bridge"), QStringLiteral("The council voted."));
    a.bylines = {{QStringLiteral("Maria Santos"), QStringLiteral("Staff Writer"),
        QStringLiteral("Qinghe Daily")}};
    a.dateline = {
        QStringLiteral("QINGHE"), QStringLiteral("Nov 24"), QStringLiteral("Qinghe Daily")};
    a.tags = {QStringLiteral("transport")};
    a.section = QStringLiteral("Local");
    const Article created = store->create(a);

    QCOMPARE(created.revision, 1);
    QCOMPARE(created.slug, QStringLiteral("council-votes-on-the-new-bridge"));
    QVERIFY(!QUuid::fromString(created.id).isNull());
    QVERIFY(created.created.isValid());
    QCOMPARE(created.created, created.updated);

    const Article read = store->get(created.id);
    QCOMPARE(read, created);
    QCOMPARE(read.bylines.first().affiliation, QStringLiteral("Qinghe Daily"));
    QCOMPARE(store->history(created.id).size(), 1);
    QCOMPARE(store->history(created.id).first().savedBy, QStringLiteral("tester"));
}

void TestStore::slugsAreUnique()
{
    auto store = openStore();
    const Article a = store->create(draft(QStringLiteral("Bridge reopens"), {}));
    const Article b = store->create(draft(QStringLiteral("Bridge reopens"), {}));
    const Article c = store->create(draft(QStringLiteral("Bridge reopens!"), {}));
    QCOMPARE(a.slug, QStringLiteral("bridge-reopens"));
    QCOMPARE(b.slug, QStringLiteral("bridge-reopens-2"));
    QCOMPARE(c.slug, QStringLiteral("bridge-reopens-3"));

    Article renamed = b;
    renamed.slug = a.slug;
    try {
        store->save(renamed);
        QFAIL("a taken slug was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Invalid);
    }
    // The slug stays when the headline changes: published URLs must not move.
    Article edited = store->get(a.id);
    edited.headline = QStringLiteral("Bridge reopens after repairs");
    QCOMPARE(store->save(edited).slug, QStringLiteral("bridge-reopens"));
}

void TestStore::findByPrefixAndSlug()
{
    auto store = openStore();
    const Article a = store->create(
        draft(QStringLiteral("本市新能源公交线路增至42条"), {}, QStringLiteral("zh-Hans")));
    QVERIFY(a.slug.startsWith(u"a-"));
    QCOMPARE(store->get(a.slug).id, a.id);
    QCOMPARE(store->get(a.id.left(8)).id, a.id);
    QCOMPARE(store->get(a.id.left(8).toUpper()).id, a.id);
    QVERIFY(!store->find(QStringLiteral("no-such-article")));
    QVERIFY(!store->find(a.id.left(4))); // too short to be a prefix
}

void TestStore::saveWritesRevisions()
{
    auto store = openStore();
    Article a = store->create(draft(QStringLiteral("Draft headline"), QStringLiteral("First.")));
    a.headline = QStringLiteral("Better headline");
    a = store->save(a);
    a.body = QStringLiteral("First. Second.");
    a.status = ArticleStatus::Edit;
    a = store->save(a);
    QCOMPARE(a.revision, 3);

    const QList<RevisionInfo> history = store->history(a.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).headline, QStringLiteral("Draft headline"));
    QCOMPARE(history.at(2).status, ArticleStatus::Edit);
    QCOMPARE(store->revisionSnapshot(a.id, 1).body, QStringLiteral("First."));
    QCOMPARE(store->revisionSnapshot(a.id, 3).body, QStringLiteral("First. Second."));
    QVERIFY(store->get(a.id).updated >= store->get(a.id).created);
}

void TestStore::staleSaveIsConflict()
{
    auto store = openStore();
    const Article original =
        store->create(draft(QStringLiteral("Shared story"), QStringLiteral("Base.")));
    Article mine = original;
    Article theirs = original;
    theirs.body = QStringLiteral("Their change.");
    store->save(theirs);

    mine.body = QStringLiteral("My change.");
    try {
        store->save(mine);
        QFAIL("a stale save was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Conflict);
    }
    // Nothing was overwritten and no revision was added.
    QCOMPARE(store->get(original.id).body, QStringLiteral("Their change."));
    QCOMPARE(store->history(original.id).size(), 2);
}

void TestStore::revertMakesNewRevision()
{
    auto store = openStore();
    Article a = store->create(draft(QStringLiteral("Version one"), QStringLiteral("One.")));
    a.headline = QStringLiteral("Version two");
    a.body = QStringLiteral("Two.");
    a = store->save(a);
    const Article reverted = store->revert(a.id, 1);
    QCOMPARE(reverted.revision, 3);
    QCOMPARE(reverted.headline, QStringLiteral("Version one"));
    QCOMPARE(reverted.body, QStringLiteral("One."));
    QCOMPARE(store->history(a.id).size(), 3);
    QVERIFY_THROWS_EXCEPTION(StoreError, store->revert(a.id, 9));
}

void TestStore::killAndPurge()
{
    auto store = openStore();
    const Article a = store->create(draft(QStringLiteral("Story to kill"), QStringLiteral("x")));
    QCOMPARE(store->kill(a.id).status, ArticleStatus::Killed);
    QCOMPARE(store->get(a.id).status, ArticleStatus::Killed);
    store->purge(a.id);
    QVERIFY(!store->find(a.id));
    QCOMPARE(store->count(), 0);
    QSqlQuery revisions(store->database());
    QVERIFY(revisions.exec(QStringLiteral("SELECT COUNT(*) FROM revisions")));
    QVERIFY(revisions.next());
    QCOMPARE(revisions.value(0).toInt(), 0);
    QVERIFY(store->search(QStringLiteral("kill")).isEmpty());
}

void TestStore::listFilters()
{
    auto store = openStore();
    for (int i = 0; i < 6; ++i) {
        Article a = draft(QStringLiteral("Story %1").arg(i), {});
        a.section = i % 2 ? QStringLiteral("Sports") : QStringLiteral("Local");
        a.status = i < 2 ? ArticleStatus::Published : ArticleStatus::Draft;
        store->create(a);
    }
    QCOMPARE(store->list().size(), 6);
    QCOMPARE(store->list().first().headline, QStringLiteral("Story 5")); // newest first
    QCOMPARE(store->list({ArticleStatus::Published, {}, {}, -1, 0}).size(), 2);
    QCOMPARE(store->list({std::nullopt, QStringLiteral("Sports"), {}, -1, 0}).size(), 3);
    QCOMPARE(store->list({ArticleStatus::Draft, QStringLiteral("Local"), {}, -1, 0}).size(), 2);
    QCOMPARE(store->list({std::nullopt, {}, {}, 2, 1}).size(), 2);
    QCOMPARE(store->count({ArticleStatus::Draft, {}, {}, -1, 0}), 4);
    QCOMPARE(store->sections(), (QStringList {QStringLiteral("Local"), QStringLiteral("Sports")}));
}

void TestStore::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // headlines, any order

    const QString bus = QStringLiteral("本市新能源公交线路增至42条");
    const QString tea = QStringLiteral("Tea exporters brace for higher costs");
    const QString teahouse = QStringLiteral("老城區百年茶館重新開張");
    const QString bridge = QStringLiteral("River Road bridge reopens");
    QTest::newRow("english word") << QStringLiteral("bridge") << QStringList {bridge};
    QTest::newRow("english case") << QStringLiteral("BRIDGE") << QStringList {bridge};
    QTest::newRow("english two words") << QStringLiteral("shipping rates") << QStringList {tea};
    QTest::newRow("chinese 3+") << QStringLiteral("新能源") << QStringList {bus};
    QTest::newRow("chinese 4 in body") << QStringLiteral("充电桩") << QStringList {bus};
    QTest::newRow("chinese 2") << QStringLiteral("公交") << QStringList {bus};
    QTest::newRow("chinese 1") << QStringLiteral("館") << QStringList {teahouse};
    QTest::newRow("traditional 2") << QStringLiteral("茶館") << QStringList {teahouse};
    QTest::newRow("mixed") << QStringLiteral("FieldEye 农户")
                           << QStringList {QStringLiteral("AI 农业助手发布")};
    QTest::newRow("mixed short and long") << QStringLiteral("bridge 大桥") << QStringList {bridge};
    QTest::newRow("byline") << QStringLiteral("Santos") << QStringList {bridge};
    QTest::newRow("byline chinese 2") << QStringLiteral("陈明") << QStringList {bus};
    QTest::newRow("tag") << QStringLiteral("infrastructure") << QStringList {bridge};
    QTest::newRow("no match") << QStringLiteral("volcano") << QStringList {};
    QTest::newRow("quotes") << QStringLiteral("\"bridge") << QStringList {bridge};
    QTest::newRow("like wildcards") << QStringLiteral("%_") << QStringList {};
    QTest::newRow("chinese 2 across punctuation") << QStringLiteral("年新") << QStringList {};
    QTest::newRow("acronym 2") << QStringLiteral("ai")
                               << QStringList {QStringLiteral("AI 农业助手发布")};
    QTest::newRow("chinese 2 and english") << QStringLiteral("大桥 Friday") << QStringList {bridge};
    // A lone dash or ampersand narrows nothing; it must not empty the results either.
    QTest::newRow("word and dash") << QStringLiteral("bridge -") << QStringList {bridge};
    QTest::newRow("words and ampersand") << QStringLiteral("Tea & rates") << QStringList {tea};
    QTest::newRow("punctuation only") << QStringLiteral("- &") << QStringList {};
}

void TestStore::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    auto store = openStore();
    Article bus = draft(QStringLiteral("本市新能源公交线路增至42条"),
        QStringLiteral("全市新能源公交线路已增至42条。\n\n新建充电桩八十个。"),
        QStringLiteral("zh-Hans"));
    bus.bylines = {{QStringLiteral("陈明"), QStringLiteral("记者"), {}}};
    store->create(bus);
    store->create(draft(QStringLiteral("Tea exporters brace for higher costs"),
        QStringLiteral("Shipping rates to Europe have doubled."
                       " Exporters watch rates daily.")));
    store->create(draft(QStringLiteral("老城區百年茶館重新開張"), QStringLiteral("修繕歷時一年。"),
        QStringLiteral("zh-Hant")));
    Article bridge = draft(QStringLiteral("River Road bridge reopens"),
        QStringLiteral("The bridge 大桥 reopened on Friday."));
    bridge.bylines = {{QStringLiteral("Maria Santos"), QStringLiteral("Staff Writer"), {}}};
    bridge.tags = {QStringLiteral("infrastructure")};
    store->create(bridge);
    store->create(draft(QStringLiteral("AI 农业助手发布"),
        QStringLiteral("FieldEye 让农户拍照识别病害。"), QStringLiteral("zh-Hans")));

    QStringList found;
    for (const SearchHit &hit : store->search(query))
        found << hit.article.headline;
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestStore::searchRanksWhereTermsOccur()
{
    // A headline match outranks a deck match, which outranks a body match; newer first among
    // equals. Both back ends rank alike.
    auto store = openStore();
    Article headline = draft(QStringLiteral("Typhoon nears the coast"), QStringLiteral("Wind."));
    store->create(headline);
    Article deck = draft(QStringLiteral("Weather"), QStringLiteral("Rain."));
    deck.deck = QStringLiteral("The typhoon brings rain");
    store->create(deck);
    store->create(draft(QStringLiteral("Ferries stop"), QStringLiteral("A typhoon is coming.")));
    store->create(
        draft(QStringLiteral("Schools close"), QStringLiteral("Because of the typhoon.")));
    store->create(draft(
        QStringLiteral("台风临近"), QStringLiteral("台风今晚登陆。"), QStringLiteral("zh-Hans")));
    store->create(draft(
        QStringLiteral("渡轮停航"), QStringLiteral("受台风影响。"), QStringLiteral("zh-Hans")));

    QStringList found;
    for (const SearchHit &hit : store->search(QStringLiteral("TYPHOON")))
        found << hit.article.headline;
    QCOMPARE(found,
        (QStringList {QStringLiteral("Typhoon nears the coast"), QStringLiteral("Weather"),
            QStringLiteral("Schools close"), QStringLiteral("Ferries stop")}));
    found.clear();
    for (const SearchHit &hit : store->search(QStringLiteral("台风")))
        found << hit.article.headline;
    QCOMPARE(found, (QStringList {QStringLiteral("台风临近"), QStringLiteral("渡轮停航")}));
}

void TestStore::batchIsSearchable()
{
    // A batch (an import) is indexed at its end; searches inside it and after it find it all,
    // and a batch that fails leaves nothing behind in the index either.
    auto store = openStore();
    store->batch([&] {
        for (int i = 0; i < 30; ++i)
            store->create(
                draft(QStringLiteral("Harbour report %1").arg(i), QStringLiteral("渔船回港。")));
        QCOMPARE(store->search(QStringLiteral("Harbour")).size(), 30);
        Article edited = store->get(QStringLiteral("harbour-report-3"));
        edited.body = QStringLiteral("Storm warning.");
        store->save(edited);
    });
    QCOMPARE(store->search(QStringLiteral("harbour")).size(), 30);
    QCOMPARE(store->search(QStringLiteral("渔船")).size(), 29);
    QCOMPARE(store->search(QStringLiteral("storm")).size(), 1);

    try {
        store->batch([&] {
            store->create(draft(QStringLiteral("Phantom story"),
                QStringLiteral("Zeppelin sighted over 北湖. OK?")));
            throw StoreError(StoreError::Failed, QStringLiteral("the import was cancelled"));
        });
        QFAIL("the batch did not fail");
    } catch (const StoreError &) {
    }
    // The next article may take the failed one's row number: it must not inherit its words.
    store->create(draft(QStringLiteral("Real story"), QStringLiteral("Ferries run again.")));
    QVERIFY(store->search(QStringLiteral("zeppelin")).isEmpty());
    QVERIFY(store->search(QStringLiteral("Phantom")).isEmpty());
    QVERIFY(store->search(QStringLiteral("ok")).isEmpty()); // the word index, for 1–2 letters
    QVERIFY(store->search(QStringLiteral("北湖")).isEmpty());
    QCOMPARE(store->search(QStringLiteral("ferries")).size(), 1);
}

void TestStore::searchIsUpdatedOnEdit()
{
    auto store = openStore();
    Article a =
        store->create(draft(QStringLiteral("Budget debate"), QStringLiteral("The mayor spoke.")));
    QCOMPARE(store->search(QStringLiteral("mayor")).size(), 1);
    a.body = QStringLiteral("The governor spoke.");
    store->save(a);
    QCOMPARE(store->search(QStringLiteral("mayor")).size(), 0);
    QCOMPARE(store->search(QStringLiteral("governor")).size(), 1);
    store->purge(a.id);
    QCOMPARE(store->search(QStringLiteral("governor")).size(), 0);
}

void TestStore::searchSnippetMarksMatch()
{
    auto store = openStore();
    store->create(draft(QStringLiteral("Headline"),
        QStringLiteral("Crews replaced the deck and repaired corroded steel beams.")));
    store->create(draft(QStringLiteral("标题"), QStringLiteral("全市新能源公交线路已增至42条。"),
        QStringLiteral("zh-Hans")));
    for (const QString &query : {QStringLiteral("corroded"), QStringLiteral("公交")}) {
        const QList<SearchHit> hits = store->search(query);
        QCOMPARE(hits.size(), 1);
        const Snippet &s = hits.first().snippet;
        QVERIFY2(!s.highlights.isEmpty(), qPrintable(s.text));
        const auto [start, length] = s.highlights.first();
        QCOMPARE(s.text.mid(start, length).toLower(), query);
    }
}

void TestStore::reopenKeepsEverything()
{
    QString id;
    {
        auto store = openStore();
        Article a = draft(QStringLiteral("融媒体记者现场报道"), QStringLiteral("正文。"),
            QStringLiteral("zh-Hans"));
        a.tags = {QStringLiteral("新能源")};
        id = store->create(a).id;
        a = store->get(id);
        a.status = ArticleStatus::Published;
        a.published = QDateTime::currentDateTimeUtc();
        store->save(a);
    }
    auto store = openStore();
    const Article a = store->get(id);
    QCOMPARE(a.revision, 2);
    QCOMPARE(a.status, ArticleStatus::Published);
    QVERIFY(a.published.isValid());
    QCOMPARE(a.tags, QStringList {QStringLiteral("新能源")});
    QCOMPARE(store->tags(), QStringList {QStringLiteral("新能源")});
    QCOMPARE(store->schemaVersion(), ArticleStore::currentSchemaVersion());
}

void TestStore::migratesOldSchema()
{
    if (!isSqlite())
        QSKIP("SQLite only: a schema-1 SQLite file");
    // A store as schema version 1 wrote it (no full-text index yet), with an article in it.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QFile sql(QFINDTESTDATA("../data/store-v1.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        for (const QString &statement :
            QString::fromUtf8(sql.readAll()).split(u';', Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto store = openStore();
    QCOMPARE(store->schemaVersion(), ArticleStore::currentSchemaVersion());
    const Article a = store->get(QStringLiteral("old-story"));
    QCOMPARE(a.headline, QStringLiteral("旧版本的稿件"));
    // Migration 2 indexed what was already there.
    QCOMPARE(store->search(QStringLiteral("迁移测试")).size(), 1);
    QCOMPARE(store->search(QStringLiteral("迁移")).size(), 1); // the word index, migration 3
    QCOMPARE(store->search(QStringLiteral("移用")).size(), 0); // not adjacent in the text
    Article edited = a;
    edited.body += QStringLiteral(" Edited.");
    QCOMPARE(store->save(edited).revision, 2);
}

void TestStore::newerSchemaIsRefused()
{
    {
        auto store = openStore();
        store->create(draft(QStringLiteral("Story"), QStringLiteral("x")));
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE copydesk_schema SET version = 99")));
    }
    const QByteArray before = fileHash(m_path);
    try {
        openStore();
        QFAIL("a newer store was opened");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(u"newer"), qPrintable(error.message()));
        QVERIFY2(error.message().contains(m_location), qPrintable(error.message()));
    }
    if (isSqlite())
        QCOMPARE(fileHash(m_path), before);
}

void TestStore::notAStore_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("These are my notes, not a database.\n");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QByteArray corrupt("SQLite format 3\0", 16);
    corrupt.append(QByteArray(4080, '\xff'));
    QTest::newRow("corrupt sqlite") << corrupt;
}

void TestStore::notAStore()
{
    if (!isSqlite())
        QSKIP("SQLite only: files that are not SQLite databases");
    QFETCH(QByteArray, content);
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    try {
        openStore();
        QFAIL("a file that is not a store was opened");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(m_path), qPrintable(error.message()));
    }
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void TestStore::anotherProgramsDatabase()
{
    if (!isSqlite())
        QSKIP("SQLite only: a server database may hold other programs' tables beside ours");
    // A real SQLite database of some other program: Copydesk must not add its tables to it.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts VALUES ('Li Wei', '555-0100')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QFile before(m_path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    try {
        openStore();
        QFAIL("another program's database was opened as a store");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(m_path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"contacts"), qPrintable(error.message()));
    }
    QFile after(m_path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void TestStore::unwritableLocation()
{
    if (!isSqlite())
        QSKIP("SQLite only: a file path that cannot be created");
    // A path below a plain file can never be created, even by root.
    const QString blocker = m_dir->filePath(QStringLiteral("plain-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/store.sqlite");
    try {
        ArticleStore::open(path);
        QFAIL("an impossible location was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
}

void TestStore::largeBody()
{
    auto store = openStore();
    Article a = draft(
        QStringLiteral("Long read"), QString(4 * 1024 * 1024, u'字'), QStringLiteral("zh-Hans"));
    const Article created = store->create(a);
    QCOMPARE(store->get(created.id).body.size(), 4 * 1024 * 1024);
    QCOMPARE(store->get(created.id).counts().cjkChars, 4 * 1024 * 1024);
}

void TestStore::demoNewsroom()
{
    auto store = openStore();
    const int added = loadDemoNewsroom(*store);
    QVERIFY(added >= 6);
    QCOMPARE(store->count(), added);
    QVERIFY(store->count({ArticleStatus::Published, {}, {}, -1, 0}) >= 3);
    QVERIFY(store->count({std::nullopt, {}, QStringLiteral("en"), -1, 0}) >= 2);
    QVERIFY(store->count({std::nullopt, {}, QStringLiteral("zh-Hans"), -1, 0}) >= 2);
    QVERIFY(store->count({std::nullopt, {}, QStringLiteral("zh-Hant"), -1, 0}) >= 1);
    QVERIFY(store->sections().size() >= 4);
    QCOMPARE(loadDemoNewsroom(*store), 0); // never twice
}

void TestStore::editLocks()
{
    auto alice = openStore();
    alice->setUser(QStringLiteral("alice"));
    auto bob = openStore();
    bob->setUser(QStringLiteral("bob"));
    const Article a =
        alice->create(draft(QStringLiteral("Budget vote tonight"), QStringLiteral("x")));
    QVERIFY(!bob->editLock(a.id));

    const EditLock mine = alice->lockForEditing(a.id);
    QVERIFY(mine.mine);
    QCOMPARE(mine.holder, QStringLiteral("alice"));
    // Bob opening it is told who is at it, and does not take it over.
    const EditLock theirs = bob->lockForEditing(a.id);
    QVERIFY(!theirs.mine);
    QCOMPARE(theirs.holder, QStringLiteral("alice"));
    QCOMPARE(theirs.since, mine.since);
    QVERIFY2(theirs.description().startsWith(u"being edited by alice since "),
        qPrintable(theirs.description()));
    // The command line shows it too.
    const TestSupport::Run shown =
        TestSupport::runCli(m_location, {QStringLiteral("show"), a.id, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json()
                 .object()
                 .value(QStringLiteral("lock"))
                 .toObject()
                 .value(QStringLiteral("holder"))
                 .toString(),
        QStringLiteral("alice"));
    // A heartbeat keeps the start time; the lock is still Alice's.
    QCOMPARE(alice->lockForEditing(a.id).since, mine.since);
    QCOMPARE(bob->editLock(a.id)->holder, QStringLiteral("alice"));
    // Soft: Bob may still save (the revision check protects the text).
    Article edited = bob->get(a.id);
    edited.body = QStringLiteral("Bob's line.");
    QCOMPARE(bob->save(edited).revision, 2);

    // Closing ends it; Bob takes it.
    alice->releaseLock(a.id);
    QVERIFY(!bob->editLock(a.id));
    QVERIFY(bob->lockForEditing(a.id).mine);
    QVERIFY(
        TestSupport::runCli(m_location, {QStringLiteral("show"), a.id, QStringLiteral("--json")})
            .json()
            .object()
            .value(QStringLiteral("lock"))
            .isObject());

    // Going idle ends it: a lock whose heartbeat is older than the timeout is nobody's.
    {
        QSqlQuery age(bob->database());
        QVERIFY(age.exec(
            QStringLiteral("UPDATE edit_locks SET heartbeat = '2000-01-01T00:00:00.000Z'")));
    }
    QVERIFY(!alice->editLock(a.id));
    const EditLock retaken = alice->lockForEditing(a.id);
    QVERIFY(retaken.mine);
    QVERIFY(retaken.since > QDateTime::currentDateTimeUtc().addSecs(-60));

    // Quitting ends every lock of that editor.
    bob.reset();
    auto carol = openStore();
    QCOMPARE(carol->editLock(a.id)->holder, QStringLiteral("alice"));
    alice.reset();
    QVERIFY(!carol->editLock(a.id));
    const TestSupport::Run free =
        TestSupport::runCli(m_location, {QStringLiteral("show"), a.id, QStringLiteral("--json")});
    QVERIFY(!free.json().object().contains(QStringLiteral("lock")));
    // Purging the article takes its lock with it.
    carol->lockForEditing(a.id);
    carol->purge(a.id);
    QSqlQuery left(carol->database());
    QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM edit_locks")) && left.next());
    QCOMPARE(left.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
