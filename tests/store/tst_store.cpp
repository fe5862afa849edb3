// SPDX-License-Identifier: GPL-3.0-or-later
// The article store on both back ends, a real SQLite file and a real PostgreSQL server that
// the test starts itself: CRUD, revisions and conflicts, migrations, search, and (SQLite) what
// happens with files that are not stores.
#include "postgresserver.h"
#include "store/articlestore.h"
#include "store/demonewsroom.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <thread>

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
    void firstPublicationStampedAtOnce();
    void killAndPurge();
    void storyLifeFieldsRoundTrip();
    void correctionsOnlyGrow();
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
    void openModes();
    void impossibleSchemaVersion_data();
    void impossibleSchemaVersion();
    void failedUpgradeChangesNothing();
    void searchOfManyWords();
    void archiveSearch();
    void concurrentEditsQueue();
    void readersDoNotWaitForAWriter();

private:
    std::unique_ptr<ArticleStore> openStore();
    // Runs statements on a connection of the test's own, beside any store (for what Copydesk
    // itself would never write); false with a warning when one fails.
    bool runSql(const QStringList &statements);
    // What the store holds, to tell whether a refused open changed anything: the file's bytes
    // (SQLite), or the schema and version (PostgreSQL).
    QByteArray snapshot();
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

bool TestStore::runSql(const QStringList &statements)
{
    const QString name = QStringLiteral("test-sql");
    bool ok = true;
    {
        QSqlDatabase db;
        if (isSqlite()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
        } else {
            const QUrl url(m_location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        }
        ok = db.open();
        if (!ok)
            qWarning() << db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray TestStore::snapshot()
{
    if (isSqlite()) {
        const QByteArray hash = fileHash(m_path);
        return QFile::exists(m_path + QStringLiteral("-wal")) ? hash + "+wal" : hash;
    }
    const QUrl url(m_location);
    QByteArray state;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("snap"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            const bool ran = query.exec(QStringLiteral(
                "SELECT x FROM ("
                " SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type"
                "  FROM information_schema.columns WHERE table_schema = 'public'"
                " UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"
                " UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal"
                " UNION ALL SELECT 'function ' || p.proname || ' ' || pg_get_function_result(p.oid)"
                "  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                "  WHERE n.nspname = 'public'"
                " UNION ALL SELECT 'version ' || version FROM copydesk_schema"
                " UNION ALL SELECT 'article ' || id || ' ' || revision FROM articles"
                ") s (x) ORDER BY x"));
            if (!ran)
                qWarning() << query.lastError().text();
            while (query.next())
                state += query.value(0).toString().toUtf8() + '\n';
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snap"));
    return state;
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

// Issue 18: the publisher stamps every story going out for the first time in one
// transaction; each stamp is a revision whose snapshot is the story as it then was, although
// the store keeps only the change.
void TestStore::firstPublicationStampedAtOnce()
{
    auto store = openStore();
    QList<Article> going;
    for (int i = 0; i < 3; ++i) {
        Article a = store->create(
            draft(QStringLiteral("Story %1").arg(i), QStringLiteral("Body %1.").arg(i)));
        a.status = ArticleStatus::Published;
        going.append(store->save(a));
    }
    // Someone saves the third story after the publisher read it: its stamp is left out.
    Article meanwhile = going.at(2);
    meanwhile.deck = QStringLiteral("A deck added meanwhile");
    meanwhile = store->save(meanwhile);

    const QDateTime when(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
    const QList<Article> stamped = store->stampFirstPublication(going, when);
    QCOMPARE(stamped.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Article stored = store->get(going.at(i).id);
        QCOMPARE(stored.published, when);
        QCOMPARE(stored.revision, going.at(i).revision + 1);
        QCOMPARE(stamped.at(i).revision, stored.revision);
        QCOMPARE(store->history(stored.id).size(), 3);
        const Article snapshot = store->revisionSnapshot(stored.id, stored.revision);
        QCOMPARE(snapshot.published, when);
        QCOMPARE(snapshot.revision, stored.revision);
        QCOMPARE(snapshot.headline, going.at(i).headline);
        QCOMPARE(snapshot.body, going.at(i).body);
        QCOMPARE(snapshot.status, ArticleStatus::Published);
        QVERIFY(!store->revisionSnapshot(stored.id, stored.revision - 1).published.isValid());
    }
    QVERIFY(!store->get(meanwhile.id).published.isValid());
    QCOMPARE(store->get(meanwhile.id).deck, meanwhile.deck);
    // Stamped once only: a second run changes nothing.
    QCOMPARE(store->stampFirstPublication({store->get(going.at(0).id)}, when.addDays(1)).size(), 0);
    QCOMPARE(store->get(going.at(0).id).published, when);

    // Reverting to the stamp, and to the revision before it, both work from the history.
    Article edited = store->get(going.at(0).id);
    edited.body = QStringLiteral("Rewritten.");
    edited = store->save(edited);
    const Article back = store->revert(edited.id, edited.revision - 1);
    QCOMPARE(back.body, going.at(0).body);
    QCOMPARE(back.published, when);
}

void TestStore::storyLifeFieldsRoundTrip()
{
    auto store = openStore();
    Article a = store->create(draft(QStringLiteral("Ferry timetable"), QStringLiteral("Body.")));
    QVERIFY(!a.publishAt.isValid());
    QVERIFY(a.corrections.isEmpty());
    a.publishAt = QDateTime(QDate(2026, 12, 5), QTime(0, 0), Qt::UTC);
    a.embargoUntil = QDateTime(QDate(2026, 12, 4), QTime(1, 30), Qt::UTC);
    a.corrections.append(
        {Copydesk::Correction::Kind::Correction, QStringLiteral("渡轮时间应为8时。"),
            QDateTime(QDate(2026, 12, 5), QTime(6, 0), Qt::UTC), QStringLiteral("tester")});
    a.killNotice = QStringLiteral("Removed at the court's order.");
    a = store->save(a);

    store.reset();
    store = openStore();
    const Article back = store->get(a.id);
    QCOMPARE(back.publishAt, a.publishAt);
    QCOMPARE(back.embargoUntil, a.embargoUntil);
    QCOMPARE(back.corrections, a.corrections);
    QCOMPARE(back.killNotice, a.killNotice);
    // The revision keeps them too: history shows who added what.
    const Article snapshot = store->revisionSnapshot(a.id, back.revision);
    QCOMPARE(snapshot.corrections, a.corrections);
    QCOMPARE(snapshot.embargoUntil, a.embargoUntil);

    // Clearing a schedule stores a null, not an empty time.
    Article cleared = back;
    cleared.publishAt = {};
    QVERIFY(!store->save(cleared).publishAt.isValid());
    QVERIFY(!store->get(a.id).publishAt.isValid());

    // A kill with a notice keeps the notice; without one keeps the article's own.
    QCOMPARE(store->kill(a.id, QStringLiteral("  Legal.  ")).killNotice, QStringLiteral("Legal."));
    QCOMPARE(store->kill(a.id).killNotice, QStringLiteral("Legal."));
}

void TestStore::correctionsOnlyGrow()
{
    auto store = openStore();
    Article a = store->create(draft(QStringLiteral("Budget"), QStringLiteral("Body.")));
    const Copydesk::Correction first {Copydesk::Correction::Kind::Correction,
        QStringLiteral("The budget is $4 million, not $40 million."),
        QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC), QStringLiteral("tester")};
    a.corrections = {first};
    a = store->save(a);

    Article edited = a;
    edited.corrections.first().text = QStringLiteral("Quietly changed.");
    QVERIFY_THROWS_EXCEPTION(StoreError, store->save(edited));
    Article removed = a;
    removed.corrections.clear();
    QVERIFY_THROWS_EXCEPTION(StoreError, store->save(removed));
    QCOMPARE(store->get(a.id).corrections, QList<Copydesk::Correction> {first});

    // Reverting the text to before the correction keeps the correction.
    a.body = QStringLiteral("Body, revised.");
    a = store->save(a);
    const Article reverted = store->revert(a.id, 1);
    QCOMPARE(reverted.body, QStringLiteral("Body."));
    QCOMPARE(reverted.corrections, QList<Copydesk::Correction> {first});
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
    // Either script finds the story written in the other (OpenCC's conversions of the query).
    QTest::newRow("simplified finds traditional 2")
        << QStringLiteral("茶馆") << QStringList {teahouse};
    QTest::newRow("simplified finds traditional 1")
        << QStringLiteral("馆") << QStringList {teahouse};
    QTest::newRow("simplified finds traditional 4")
        << QStringLiteral("老城区百") << QStringList {teahouse};
    QTest::newRow("traditional finds simplified 3")
        << QStringLiteral("線路增") << QStringList {bus};
    QTest::newRow("traditional finds simplified 4") << QStringLiteral("公車線路") << QStringList {};
    QTest::newRow("traditional finds simplified, two terms")
        << QStringLiteral("線路 充電樁") << QStringList {bus};
    QTest::newRow("traditional and english")
        << QStringLiteral("大橋 Friday") << QStringList {bridge};
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
    // Too short to have a header, which SQLite takes for a new, empty database.
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("511 bytes") << QByteArray(511, '\0');
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

// Only a store opened to be created if missing comes into being; one that must exist is refused
// for a missing file, which stays missing (with its folder). A PostgreSQL store is its database,
// which exists or cannot be connected to: its tables are made on first use either way.
void TestStore::openModes()
{
    const QString missing = m_dir->filePath(QStringLiteral("typo/store.sqlite"));
    try {
        ArticleStore::open(missing, ArticleStore::OpenMode::ExistingOnly);
        QFAIL("a missing store was opened");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(QStringLiteral("no store at %1").arg(missing)),
            qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("typo"))));

    {
        auto created = ArticleStore::open(m_location,
            isSqlite() ? ArticleStore::OpenMode::CreateIfMissing
                       : ArticleStore::OpenMode::ExistingOnly);
        QVERIFY(created->isNew());
        QVERIFY(!created->isReadOnly());
        created->create(draft(QStringLiteral("Story"), {}));
    }
    for (const auto mode :
        {ArticleStore::OpenMode::ExistingOnly, ArticleStore::OpenMode::CreateIfMissing}) {
        auto store = ArticleStore::open(m_location, mode);
        QVERIFY(!store->isNew());
        QCOMPARE(store->count(), 1);
    }
}

void TestStore::impossibleSchemaVersion_data()
{
    QTest::addColumn<QString>("version"); // SQL for the version the store claims
    QTest::addColumn<QString>("message"); // part of what the refusal says
    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("-1");
    QTest::newRow("newer") << QStringLiteral("99") << QStringLiteral("newer");
    // Older than its tables: upgrade steps would run again over what is there already.
    QTest::newRow("older than its tables, 5") << QStringLiteral("5") << QStringLiteral("5");
    QTest::newRow("older than its tables, 6") << QStringLiteral("6") << QStringLiteral("6");
    QTest::newRow("older than its tables, 0") << QStringLiteral("0") << QStringLiteral("0");
}

// A store whose schema version cannot be right is refused with a message naming the version,
// and nothing in it changes: not the file's bytes, not the schema on a server. The command line
// says the same with exit code 2 (before: a crash for -1, and steps 6-7 committed for 5).
void TestStore::impossibleSchemaVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, message);
    QString id;
    {
        auto store = openStore();
        id = store->create(draft(QStringLiteral("Story"), QStringLiteral("Text."))).id;
    }
    QVERIFY(runSql({QStringLiteral("UPDATE copydesk_schema SET version = %1").arg(version)}));
    const QByteArray before = snapshot();
    QVERIFY(!before.isEmpty());
    try {
        openStore();
        QFAIL("a store with an impossible schema version was opened");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"not changed"), qPrintable(error.message()));
    }
    QCOMPARE(snapshot(), before);
    for (const QStringList &command :
        {QStringList {QStringLiteral("list")}, QStringList {QStringLiteral("show"), id},
            QStringList {
                QStringLiteral("edit"), id, QStringLiteral("--set"), QStringLiteral("deck=x")}}) {
        const TestSupport::Run run = TestSupport::runCli(m_location, command);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(u"schema"), qPrintable(run.errText()));
        QCOMPARE(snapshot(), before);
    }
}

// An upgrade that fails at one step leaves the store as it was before the first step.
void TestStore::failedUpgradeChangesNothing()
{
    if (isSqlite()) {
        // A schema-1 store (tests/data/store-v1.sql; in WAL mode, as Copydesk has always left its
        // stores) that already has, by some accident, an index of the name that step 8 creates:
        // steps 2 to 7 succeed, 8 fails.
        QFile sql(QFINDTESTDATA("../data/store-v1.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        QStringList statements {QStringLiteral("PRAGMA journal_mode = WAL")};
        for (const QString &statement :
            QString::fromUtf8(sql.readAll()).split(u';', Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty())
                statements << statement;
        }
        statements << QStringLiteral("CREATE INDEX articles_status_revision ON articles (slug)");
        QVERIFY(runSql(statements));
    } else {
        // A store at schema 7 whose step 10 cannot run (a function of that name, returning
        // something else): steps 8 and 9 succeed, 10 fails.
        openStore();
        QVERIFY(runSql({QStringLiteral("DROP INDEX articles_status_revision"),
            QStringLiteral("DROP TRIGGER articles_short_words ON articles"),
            QStringLiteral("DROP FUNCTION copydesk_articles_short_words()"),
            QStringLiteral("DROP FUNCTION copydesk_short_words(text)"),
            QStringLiteral("ALTER TABLE articles DROP COLUMN short_words"),
            QStringLiteral("CREATE FUNCTION copydesk_short_words(t text) RETURNS integer "
                           "LANGUAGE sql AS $$ SELECT 1 $$"),
            QStringLiteral("UPDATE copydesk_schema SET version = 7")}));
    }
    const QByteArray before = snapshot();
    try {
        openStore();
        QFAIL("an upgrade that cannot finish was reported as done");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(u"not changed"), qPrintable(error.message()));
    }
    QCOMPARE(snapshot(), before);
}

// A pasted paragraph (hundreds of words, or a megabyte) is searched for by its first
// ArticleStore::kMaxSearchTerms words instead of failing ("Parameter count mismatch").
void TestStore::archiveSearch()
{
    // An archive larger than the window the quick search ranks: every match is found, filtered,
    // ordered and paged, and the order is the one worked out here from the stories themselves,
    // so that both back ends (this test runs on each) give the same hits in the same order.
    auto store = openStore();
    const QDateTime firstDay(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    const QStringList sections = {
        QStringLiteral("local"), QStringLiteral("business"), QStringLiteral("sport")};
    const QStringList authors = {QStringLiteral("Jane Doe"), QStringLiteral("李明"),
        QStringLiteral("Ann Lee"), QStringLiteral("Jane Doering")};
    store->batch([&] {
        for (int i = 0; i < 600; ++i) {
            const bool chinese = i % 6 == 1;
            Article a = draft(i % 7 == 0 ? QStringLiteral("Council report %1").arg(i)
                                         : QStringLiteral("Harbour news %1").arg(i),
                chinese ? QStringLiteral("市议会今天开会。第%1号。").arg(i)
                        : (i % 2 == 0 ? QStringLiteral("The council met; item %1.").arg(i)
                                      : QStringLiteral("Boats came in; item %1.").arg(i)),
                chinese ? QStringLiteral("zh-Hans") : QStringLiteral("en"));
            if (i % 5 == 0)
                a.deck = QStringLiteral("What the council decided");
            a.section = sections.at(i % 3);
            a.bylines = {Byline {authors.at(i % 4), {}, {}}};
            if (i % 11 == 0)
                a.tags = {QStringLiteral("council")};
            // Most went out on a day of their own, the rest are drafts dated by their last save.
            if (i % 4 != 3) {
                a.status = ArticleStatus::Published;
                a.published = firstDay.addDays(i);
            }
            store->create(a);
        }
    });

    // The expected order: the ranking's weights (headline 10, deck 4, bylines and tags 3,
    // body 1) then the story's date, newest first, then the row.
    const QList<Article> all = store->articles();
    QCOMPARE(all.size(), 600);
    struct Expected
    {
        int score;
        QString date;
        QString id;
        QString headline;
    };
    const auto expected = [&](const QStringList &terms,
                              const std::function<bool(const Article &)> &keep,
                              ArchiveSearch::Sort sort) {
        QList<Expected> rows;
        for (const Article &a : all) {
            if (!keep(a))
                continue;
            int score = 0;
            bool matches = true;
            for (const QString &term : terms) {
                const auto in = [&](const QString &field) {
                    return field.contains(term, Qt::CaseInsensitive);
                };
                const int s = (in(a.headline) ? 10 : 0) + (in(a.deck) ? 4 : 0)
                    + (in(a.bylineNames()) ? 3 : 0) + (in(a.tags.join(u' ')) ? 3 : 0)
                    + (in(a.body) ? 1 : 0);
                matches = matches && s > 0;
                score += s;
            }
            if (matches)
                rows.append({score, isoTimestamp(a.published.isValid() ? a.published : a.updated),
                    a.id, a.headline});
        }
        // all is newest saved first; the row number breaks ties: creation order here.
        QHash<QString, int> row;
        for (qsizetype i = 0; i < all.size(); ++i)
            row.insert(all.at(i).id, int(all.size() - i));
        std::sort(rows.begin(), rows.end(), [&](const Expected &x, const Expected &y) {
            if (sort == ArchiveSearch::Sort::Oldest)
                return std::tie(x.date, row[x.id]) < std::tie(y.date, row[y.id]);
            const int sx = sort == ArchiveSearch::Sort::Relevance ? x.score : 0;
            const int sy = sort == ArchiveSearch::Sort::Relevance ? y.score : 0;
            return std::tuple(sx, x.date, row[x.id]) > std::tuple(sy, y.date, row[y.id]);
        });
        QStringList headlines;
        for (const Expected &e : rows)
            headlines << e.headline;
        return headlines;
    };
    const auto headlines = [](const QList<SearchHit> &hits) {
        QStringList result;
        for (const SearchHit &hit : hits)
            result << hit.article.headline;
        return result;
    };
    const auto any = [](const Article &) { return true; };

    ArchiveSearch search;
    search.query = QStringLiteral("council");
    search.limit = 1000;
    search.countAll = true;
    ArchiveResult result = store->searchArchive(search);
    const QStringList council = expected({QStringLiteral("council")}, any, search.sort);
    QVERIFY(council.size() > 300); // past the window the quick search ranks
    QCOMPARE(result.total, council.size());
    QCOMPARE(headlines(result.hits), council);
    // The oldest stories are reached, which the quick search never does.
    QVERIFY(headlines(result.hits).contains(QStringLiteral("Council report 0")));
    QVERIFY(!headlines(store->search(QStringLiteral("council"), 1000))
                 .contains(QStringLiteral("Council report 0")));

    // Pages of 37 neither overlap nor skip, and a page past the last is empty.
    QStringList paged;
    search.limit = 37;
    for (search.page = 1;; ++search.page) {
        result = store->searchArchive(search);
        QCOMPARE(result.total, council.size());
        if (result.hits.isEmpty())
            break;
        QVERIFY(result.hits.size() <= 37);
        paged << headlines(result.hits);
    }
    QCOMPARE(search.page, int((council.size() + 36) / 37) + 1);
    QCOMPARE(paged, council);

    // Filters and orders.
    search = {};
    search.query = QStringLiteral("council");
    search.section = QStringLiteral("local");
    search.sort = ArchiveSearch::Sort::Oldest;
    search.limit = 1000;
    QCOMPARE(headlines(store->searchArchive(search).hits),
        expected(
            {QStringLiteral("council")}, [](const Article &a) { return a.section == u"local"; },
            search.sort));

    search = {};
    search.author = QStringLiteral("jane doe"); // not "Jane Doering"
    search.sort = ArchiveSearch::Sort::Newest;
    search.limit = 1000;
    search.countAll = true;
    result = store->searchArchive(search);
    const QStringList jane = expected(
        {}, [](const Article &a) { return a.bylineNames() == u"Jane Doe"; }, search.sort);
    QCOMPARE(result.total, 150);
    QCOMPARE(headlines(result.hits), jane);

    search = {};
    search.query = QStringLiteral("议会");
    search.author = QStringLiteral("李明");
    search.status = ArticleStatus::Published;
    search.limit = 1000;
    QCOMPARE(headlines(store->searchArchive(search).hits),
        expected(
            {QStringLiteral("议会")},
            [](const Article &a) {
                return a.bylineNames() == u"李明" && a.status == ArticleStatus::Published;
            },
            search.sort));

    // Dates are the local calendar's, each end included: the stories of 2024-02-01…2024-02-10.
    search = {};
    search.from = QDate(2024, 2, 1);
    search.to = QDate(2024, 2, 10);
    search.sort = ArchiveSearch::Sort::Oldest;
    search.limit = 1000;
    const QStringList february = expected(
        {},
        [&](const Article &a) {
            const QDate day = a.published.toLocalTime().date();
            return a.published.isValid() && day >= search.from && day <= search.to;
        },
        search.sort);
    QVERIFY(!february.isEmpty());
    QCOMPARE(headlines(store->searchArchive(search).hits), february);

    // Two terms: both must occur; a term that nothing holds finds nothing, and is counted so.
    search = {};
    search.query = QStringLiteral("council item");
    search.limit = 1000;
    QCOMPARE(headlines(store->searchArchive(search).hits),
        expected({QStringLiteral("council"), QStringLiteral("item")}, any, search.sort));
    search.query = QStringLiteral("zeppelin");
    search.countAll = true;
    result = store->searchArchive(search);
    QCOMPARE(result.total, 0);
    QVERIFY(result.hits.isEmpty());
}

void TestStore::searchOfManyWords()
{
    auto store = openStore();
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words << QStringLiteral("word%1").arg(i);
    store->create(draft(QStringLiteral("Many words"), words.join(u' ')));
    store->create(draft(QStringLiteral("Other story"), QStringLiteral("word1 word2 word3")));

    // All the words up to the limit count: the 32nd decides.
    QStringList query = words.mid(0, ArticleStore::kMaxSearchTerms);
    QCOMPARE(store->search(query.join(u' ')).size(), 1);
    query.last() = QStringLiteral("absent");
    QCOMPARE(store->search(query.join(u' ')).size(), 0);

    QStringList paragraph = words;
    for (int i = 0; i < 200; ++i)
        paragraph << QStringLiteral("filler%1").arg(i);
    QCOMPARE(ArticleStore::searchTerms(paragraph.join(u' ')).terms,
        words.mid(0, ArticleStore::kMaxSearchTerms));
    QVERIFY(ArticleStore::searchTerms(paragraph.join(u' ')).cut);
    const QList<SearchHit> hits = store->search(paragraph.join(u' '));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().article.headline, QStringLiteral("Many words"));

    // A megabyte: of words, and of one word with no space in it.
    QString megabyte;
    while (megabyte.size() < 1024 * 1024)
        megabyte += words.join(u' ') + u' ';
    QCOMPARE(store->search(megabyte).size(), 1);
    const QString oneWord(1024 * 1024, u'x');
    QCOMPARE(ArticleStore::searchTerms(oneWord).terms.join(QString()).size(),
        ArticleStore::kMaxSearchCharacters);
    QCOMPARE(store->search(oneWord).size(), 0);
    QCOMPARE(store->search(QString(1024 * 1024, u'字')).size(), 0);
}

// Two processes editing one article at once, each a read-modify-write (show, then edit
// --expect-revision): every edit is saved (0) or refused as a conflict (3); none fails with
// "database is locked" (before: 2 when a deferred transaction could not upgrade to a write).
void TestStore::concurrentEditsQueue()
{
    QString id;
    {
        auto store = openStore();
        id = store->create(draft(QStringLiteral("Breaking"), QStringLiteral("Text."))).id;
    }
    constexpr int kEdits = 100;
    struct Tally
    {
        int saved = 0;
        int conflicts = 0;
        QStringList failures;
    };
    Tally tallies[2];
    const auto work =
        [&](int worker) {
            Tally &tally = tallies[worker];
            for (int i = 0; i < kEdits; ++i) {
                const TestSupport::Run shown = TestSupport::runCli(
                    m_location, {QStringLiteral("show"), id, QStringLiteral("--json")});
                if (shown.exitCode != 0) {
                    tally.failures
                        << QStringLiteral("show: %1 %2").arg(shown.exitCode).arg(shown.errText());
                    continue;
                }
                const int revision = shown.json().object().value(u"revision").toInt();
                const TestSupport::Run edited = TestSupport::runCli(m_location,
                    {QStringLiteral("edit"), id, QStringLiteral("--set"),
                        QStringLiteral("deck=worker %1 edit %2").arg(worker).arg(i),
                        QStringLiteral("--expect-revision"), QString::number(revision)});
                if (edited.exitCode == 0)
                    ++tally.saved;
                else if (edited.exitCode == 3)
                    ++tally.conflicts;
                else
                    tally.failures
                        << QStringLiteral("edit: %1 %2").arg(edited.exitCode).arg(edited.errText());
            }
        };
    QElapsedTimer timer;
    timer.start();
    std::thread first(work, 0);
    std::thread second(work, 1);
    first.join();
    second.join();
    const int saved = tallies[0].saved + tallies[1].saved;
    const int conflicts = tallies[0].conflicts + tallies[1].conflicts;
    qInfo("%d saved, %d conflicts, %lld failed in %lld ms", saved, conflicts,
        static_cast<long long>(tallies[0].failures.size() + tallies[1].failures.size()),
        static_cast<long long>(timer.elapsed()));
    QVERIFY2(tallies[0].failures.isEmpty() && tallies[1].failures.isEmpty(),
        qPrintable((tallies[0].failures + tallies[1].failures).join(u'\n')));
    QCOMPARE(saved + conflicts, 2 * kEdits);
    // Every save is a revision of its own: none was lost or doubled.
    QCOMPARE(openStore()->get(id).revision, 1 + saved);
}

// While another connection holds the store's write lock (a long import, a save under way),
// reading commands answer at once instead of waiting for it (before: up to the 5 s busy timeout
// on the way out).
void TestStore::readersDoNotWaitForAWriter()
{
    auto store = openStore();
    const QString id =
        store->create(draft(QStringLiteral("Harbour report"), QStringLiteral("Boats."))).id;
    auto writer = openStore();
    Article edited = writer->get(id);
    edited.body = QStringLiteral("Uncommitted.");
    writer->batch([&] {
        writer->save(edited);
        for (const QStringList &command :
            {QStringList {QStringLiteral("list")}, QStringList {QStringLiteral("show"), id},
                QStringList {QStringLiteral("search"), QStringLiteral("harbour")},
                QStringList {QStringLiteral("history"), id}}) {
            QElapsedTimer timer;
            timer.start();
            const TestSupport::Run run = TestSupport::runCli(m_location, command);
            QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
            QVERIFY2(timer.elapsed() < 2500,
                qPrintable(
                    QStringLiteral("%1 took %2 ms").arg(command.first()).arg(timer.elapsed())));
            QVERIFY(!run.outText().contains(u"Uncommitted"));
        }
    });
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
