// SPDX-License-Identifier: GPL-3.0-or-later
// What only a shared PostgreSQL store does, on a real server the test starts itself:
// addresses and passwords, no lost update between two processes, NOTIFY reaching another
// connection, and a server that goes away mid-session and comes back.
#include "postgresserver.h"
#include "store/articlestore.h"
#include "store/articlestorewatcher.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

namespace {

Article draft(const QString &headline, const QString &body)
{
    Article a;
    a.headline = headline;
    a.body = body;
    return a;
}

// One reporter in a child process: `count` read-modify-write edits of one article, each
// appending a line of its own. Prints "landed LINE" or "conflict LINE" per edit.
int runEditWorker(const QString &location, const QString &id, const QString &name, int count)
{
    QTextStream out(stdout);
    try {
        auto store = ArticleStore::open(location);
        store->setUser(name);
        // What an editor does with a refused save: read the story again and redo the edit. Each
        // refused attempt is reported; a line that cannot land in 1,000 attempts is given up.
        for (int i = 0; i < count; ++i) {
            const QString line = QStringLiteral("%1-%2").arg(name).arg(i);
            bool landed = false;
            for (int attempt = 0; attempt < 1000 && !landed; ++attempt) {
                Article article = store->get(id);
                article.body += u'\n' + line;
                try {
                    store->save(article);
                    out << "landed " << line << Qt::endl;
                    landed = true;
                } catch (const StoreError &error) {
                    if (error.kind() != StoreError::Conflict)
                        throw;
                    out << "conflict " << line << Qt::endl;
                }
            }
            if (!landed)
                out << "gave up " << line << Qt::endl;
        }
    } catch (const StoreError &error) {
        QTextStream(stderr) << error.message() << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addresses_data();
    void addresses();
    void deadServerIsUnavailable();
    void passwordFromEnvironment();
    void firstOpensDoNotRace();
    void twoProcessesLoseNoUpdate();
    void staleCliEditIsConflict();
    void notifyReachesSecondConnection();
    void serverRestartMidSession();
    void migrateFromSqlite();
    void photosSharedThroughTheServer();
    void searchTextRecompressed();
    void shortWordsKeptBesideTheText();

private:
    std::unique_ptr<PostgresServer> m_server;
    QString m_location;
    int m_databases = 0;
};

void TestPgStore::initTestCase()
{
    if (PostgresServer::binDir().isEmpty())
        QSKIP("PostgreSQL is not installed (no initdb/pg_ctl): the shared store is not tested");
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestPgStore::init()
{
    m_location = m_server->createDatabase(QStringLiteral("pg_%1").arg(++m_databases));
    QVERIFY2(!m_location.isEmpty(), qPrintable(m_server->error()));
}

void TestPgStore::addresses_data()
{
    QTest::addColumn<QString>("suffix"); // after 127.0.0.1:PORT
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain") << QString() << true << QString();
    QTest::newRow("sslmode") << QStringLiteral("?sslmode=disable") << true << QString();
    QTest::newRow("timeout and name")
        << QStringLiteral("?connect_timeout=3&application_name=copydesk") << true << QString();
    QTest::newRow("unknown parameter") << QStringLiteral("?colour=blue") << false
                                       << QStringLiteral("unknown parameter \"colour\"");
    QTest::newRow("no such database")
        << QStringLiteral("/nonexistent") << false << QStringLiteral("nonexistent");
}

void TestPgStore::addresses()
{
    QFETCH(QString, suffix);
    QFETCH(bool, opens);
    QFETCH(QString, message);
    QString location = m_location;
    if (suffix.startsWith(u'/'))
        location = location.left(location.lastIndexOf(u'/')) + suffix;
    else
        location += suffix;
    try {
        auto store = ArticleStore::open(location);
        QVERIFY2(opens, "an address that should be refused opened");
        store->create(draft(QStringLiteral("Opened"), {}));
        QCOMPARE(store->count(), 1);
    } catch (const StoreError &error) {
        QVERIFY2(!opens, qPrintable(error.message()));
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
    // The other spelling of the scheme is the same store.
    if (suffix.isEmpty()) {
        QString other = m_location;
        other.replace(QStringLiteral("postgresql://"), QStringLiteral("postgres://"));
        QCOMPARE(ArticleStore::open(other)->count(), 1);
    }
}

void TestPgStore::deadServerIsUnavailable()
{
    const int port = PostgresServer::freePort(); // nothing listens there
    const QString location =
        QStringLiteral("postgresql://reporter@127.0.0.1:%1/newsroom").arg(port);
    try {
        ArticleStore::open(location);
        QFAIL("a store on a dead server opened");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(QStringLiteral("127.0.0.1:%1/newsroom").arg(port)),
            qPrintable(error.message()));
    }
    // The command line says the same, with the store error's exit code.
    const TestSupport::Run run = TestSupport::runCli(location, {QStringLiteral("list")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"newsroom"), qPrintable(run.errText()));
}

void TestPgStore::passwordFromEnvironment()
{
    // A reporter whose account needs a password, on a server that otherwise trusts 127.0.0.1.
    {
        auto admin = ArticleStore::open(m_location);
        QSqlQuery query(admin->database());
        QVERIFY(query.exec(QStringLiteral("CREATE ROLE reporter LOGIN PASSWORD 'deadline'")));
        QVERIFY(query.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO reporter")));
    }
    QVERIFY2(m_server->requireFirst(QStringLiteral("host all reporter 127.0.0.1/32 scram-sha-256")),
        qPrintable(m_server->error()));
    QString location = m_location;
    location.replace(QStringLiteral("postgres@"), QStringLiteral("reporter@"));

    qunsetenv("PGPASSWORD");
    // No ~/.pgpass of the machine's user gets in the way.
    qputenv("PGPASSFILE",
        QFile::encodeName(QDir::temp().filePath(QStringLiteral("copydesk-no-pgpass"))));
    try {
        ArticleStore::open(location);
        QFAIL("opened without a password");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Unavailable);
        QVERIFY2(error.message().contains(u"password"), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(u"deadline"), qPrintable(error.message()));
    }

    // PGPASSWORD, read by libpq itself.
    qputenv("PGPASSWORD", "deadline");
    {
        auto store = ArticleStore::open(location);
        QCOMPARE(store->create(draft(QStringLiteral("From PGPASSWORD"), {})).revision, 1);
    }
    qunsetenv("PGPASSWORD");

    // A password file (~/.pgpass, here through PGPASSFILE), also read by libpq.
    QTemporaryDir dir;
    const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
    {
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("127.0.0.1:%1:*:reporter:deadline\n").arg(m_server->port()).toUtf8());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    {
        auto store = ArticleStore::open(location);
        QCOMPARE(store->count(), 1);
    }
    // The command line too, and the address it prints never has a password in it.
    const TestSupport::Run run =
        TestSupport::runCli(location, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), 1);
    qunsetenv("PGPASSFILE");
}

void TestPgStore::firstOpensDoNotRace()
{
    // Several Copydesks opening a brand-new shared store at once: one creates the schema.
    QList<QProcess *> processes;
    for (int i = 0; i < 4; ++i) {
        auto *process = new QProcess(this);
        process->start(
            TestSupport::binary(), {QStringLiteral("--store"), m_location, QStringLiteral("list")});
        processes << process;
    }
    for (QProcess *process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        delete process;
    }
    QCOMPARE(ArticleStore::open(m_location)->schemaVersion(), ArticleStore::currentSchemaVersion());
}

void TestPgStore::twoProcessesLoseNoUpdate()
{
    const int edits = 200;
    QString id;
    {
        auto store = ArticleStore::open(m_location);
        id = store->create(draft(QStringLiteral("Shared story"), QStringLiteral("Start."))).id;
    }
    QProcess alice;
    QProcess bob;
    for (auto [process, name] : {std::pair {&alice, "alice"}, std::pair {&bob, "bob"}}) {
        process->start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--edit-worker"), m_location, id, QString::fromLatin1(name),
                QString::number(edits)});
        QVERIFY(process->waitForStarted());
    }
    QStringList landed;
    int conflicts = 0;
    for (QProcess *process : {&alice, &bob}) {
        QVERIFY(process->waitForFinished(300000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QStringList lines =
            QString::fromUtf8(process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        int mine = 0;
        for (const QString &line : lines) {
            if (line.startsWith(u"landed ")) {
                landed << line.mid(7);
                ++mine;
            } else if (line.startsWith(u"conflict ")) {
                ++conflicts;
            } else {
                QFAIL(qPrintable(line));
            }
        }
        QCOMPARE(mine, edits); // every edit landed in the end, after its refused attempts
    }
    qInfo() << landed.size() << "edits landed," << conflicts << "refused as conflicts";

    auto store = ArticleStore::open(m_location);
    const Article final = store->get(id);
    const QStringList bodyLines = final.body.split(u'\n');
    for (const QString &line : landed)
        QVERIFY2(bodyLines.count(line) == 1,
            qPrintable(line + QStringLiteral(" is not in the final text")));
    QCOMPARE(bodyLines.size(), 1 + landed.size()); // nothing else, nothing twice
    QCOMPARE(final.revision, 1 + int(landed.size()));
    const QList<RevisionInfo> history = store->history(id);
    QCOMPARE(history.size(), final.revision);
    QSet<QString> savers;
    for (const RevisionInfo &revision : history.mid(1))
        savers << revision.savedBy;
    QCOMPARE(savers, (QSet<QString> {QStringLiteral("alice"), QStringLiteral("bob")}));
}

void TestPgStore::staleCliEditIsConflict()
{
    const TestSupport::Run created = TestSupport::runCli(m_location,
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Council meets")});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.outText().trimmed();
    const QStringList edit = {QStringLiteral("edit"), id, QStringLiteral("--expect-revision"),
        QStringLiteral("1"), QStringLiteral("--set"),
        QStringLiteral("headline=Council meets today")};
    QCOMPARE(TestSupport::runCli(m_location, edit).exitCode, 0);
    const TestSupport::Run stale = TestSupport::runCli(m_location, edit);
    QCOMPARE(stale.exitCode, 3);
    QVERIFY2(stale.errText().contains(u"revision 2"), qPrintable(stale.errText()));
    const TestSupport::Run shown =
        TestSupport::runCli(m_location, {QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(shown.json().object().value(QStringLiteral("revision")).toInt(), 2);
}

void TestPgStore::notifyReachesSecondConnection()
{
    auto store = ArticleStore::open(m_location);
    ArticleStoreWatcher watcher(m_location);
    QVERIFY(watcher.isConnected());
    QSignalSpy changed(&watcher, &ArticleStoreWatcher::articleChanged);

    const Article a = store->create(draft(QStringLiteral("Breaking"), QStringLiteral("x")));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QCOMPARE(changed.takeFirst().at(0).toString(), a.id);

    // Every open article list follows within a second: ten saves, each timed to its announcement.
    Article edited = a;
    edited.status = ArticleStatus::Published;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer delivery;
        delivery.start();
        edited = store->save(edited);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QVERIFY2(delivery.elapsed() < 1000, qPrintable(QString::number(delivery.elapsed())));
        QCOMPARE(changed.takeFirst().at(0).toString(), a.id);
    }
    edited.revision = a.revision; // stale again, for the refused save below

    // Another process (the command line) killing it is seen too.
    QCOMPARE(TestSupport::runCli(m_location, {QStringLiteral("delete"), a.id}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QCOMPARE(changed.takeFirst().at(0).toString(), a.id);

    // A save that is refused announces nothing.
    try {
        store->save(edited);
        QFAIL("a stale save was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Conflict);
    }
    QTest::qWait(500);
    QCOMPARE(changed.size(), 0);
}

void TestPgStore::serverRestartMidSession()
{
    auto store = ArticleStore::open(m_location);
    ArticleStoreWatcher watcher(m_location);
    QSignalSpy connection(&watcher, &ArticleStoreWatcher::connectionChanged);
    Article article =
        store->create(draft(QStringLiteral("Storm warning"), QStringLiteral("First paragraph.")));

    // The server goes away while the reporter types.
    QVERIFY2(m_server->stop(), qPrintable(m_server->error()));
    article.body += QStringLiteral("\nTyped while the server was down.");
    try {
        store->save(article);
        QFAIL("a save to a stopped server succeeded");
    } catch (const StoreError &error) {
        QVERIFY2(error.kind() == StoreError::Unavailable || error.kind() == StoreError::Failed,
            qPrintable(error.message()));
        QVERIFY2(error.message().contains(QString::number(m_server->port())),
            qPrintable(error.message()));
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, store->list()); // still away: still an error
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isConnected(), 20000);

    // It comes back: the same store object saves the same edit, with the conflict check.
    QVERIFY2(m_server->startAgain(), qPrintable(m_server->error()));
    const Article saved = store->save(article);
    QCOMPARE(saved.revision, 2);
    QCOMPARE(store->get(article.id).body,
        QStringLiteral("First paragraph.\nTyped while the server was down."));
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isConnected(), 20000);
    QCOMPARE(connection.size(), 2); // lost, back

    // A restart while the store sits idle is not even noticed by the next save.
    QVERIFY(m_server->stop());
    QVERIFY(m_server->startAgain());
    Article again = saved;
    again.headline = QStringLiteral("Storm warning lifted");
    QCOMPARE(store->save(again).revision, 3);
}

void TestPgStore::migrateFromSqlite()
{
    QTemporaryDir dir;
    const QString local = dir.filePath(QStringLiteral("laptop.sqlite"));
    QString bridgeId;
    {
        auto store = ArticleStore::open(local);
        store->setUser(QStringLiteral("maria"));
        Article bridge = store->create(
            draft(QStringLiteral("River Road bridge reopens"), QStringLiteral("Crews finished.")));
        bridge.body += QStringLiteral(" Traffic resumes Monday.");
        bridge.status = ArticleStatus::Published;
        bridge.published = QDateTime::currentDateTimeUtc();
        bridgeId = store->save(bridge).id;
        store->create(draft(
            QStringLiteral("本市新能源公交线路增至42条"), QStringLiteral("新建充电桩八十个。")));
        store->addDictionaryWord(QStringLiteral("FieldEye"));
        StyleEntry taxi;
        taxi.text = QStringLiteral("的士");
        taxi.replacement = QStringLiteral("出租车");
        taxi.language = QStringLiteral("zh");
        store->addStyleEntry(taxi);
    }
    // A file imported on the laptop: after the move, importing it on the shared store is skipped.
    const QString wire = dir.filePath(QStringLiteral("wire.txt"));
    {
        QFile file(wire);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Harbour ferry timetable changes\n\nFerries leave every twenty minutes.\n");
    }
    const TestSupport::Run imported = TestSupport::runCli(local, {QStringLiteral("import"), wire});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    // The shared store already has work of its own, one article with a slug the laptop uses.
    {
        auto shared = ArticleStore::open(m_location);
        shared->create(
            draft(QStringLiteral("River Road bridge reopens"), QStringLiteral("Wire copy.")));
    }

    const QStringList migrate = {QStringLiteral("migrate"), QStringLiteral("--from"), local,
        QStringLiteral("--to"), m_location, QStringLiteral("--json")};
    const TestSupport::Run first = TestSupport::runCli({}, migrate);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject report = first.json().object();
    QCOMPARE(report.value(QStringLiteral("articles")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("revisions")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("imported_files")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("already_there")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("dictionary_words")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("style_entries")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("renamed_slugs")).toArray().size(), 1);

    // Everything arrived as it was: ids, revisions, who saved, times; and it is searchable.
    auto shared = ArticleStore::open(m_location);
    auto laptop = ArticleStore::open(local);
    const Article copied = shared->get(bridgeId);
    Article original = laptop->get(bridgeId);
    QCOMPARE(copied.slug, QStringLiteral("river-road-bridge-reopens-2"));
    original.slug = copied.slug;
    QCOMPARE(copied, original);
    QCOMPARE(shared->history(bridgeId).size(), 2);
    QCOMPARE(shared->history(bridgeId).last().savedBy, QStringLiteral("maria"));
    QCOMPARE(shared->revisionSnapshot(bridgeId, 1).body, QStringLiteral("Crews finished."));
    QCOMPARE(shared->search(QStringLiteral("充电桩")).size(), 1);
    QCOMPARE(shared->search(QStringLiteral("Traffic resumes")).size(), 1);
    QCOMPARE(shared->dictionaryWords(), QStringList {QStringLiteral("FieldEye")});
    QCOMPARE(shared->styleList().size(), 1);
    QCOMPARE(shared->styleList().first().replacement, QStringLiteral("出租车"));
    QCOMPARE(shared->styleList().first().addedBy, QStringLiteral("maria"));
    QCOMPARE(shared->count(), 4);
    const TestSupport::Run again =
        TestSupport::runCli(m_location, {QStringLiteral("import"), wire, QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(
        again.errText().contains(QStringLiteral("already imported as")), again.err.constData());
    QCOMPARE(shared->count(), 4);

    // Running it again changes nothing.
    const TestSupport::Run second = TestSupport::runCli({}, migrate);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(second.json().object().value(QStringLiteral("articles")).toInt(), 0);
    QCOMPARE(second.json().object().value(QStringLiteral("revisions")).toInt(), 0);
    QCOMPARE(second.json().object().value(QStringLiteral("already_there")).toInt(), 3);
    QCOMPARE(second.json().object().value(QStringLiteral("imported_files")).toInt(), 0);
    QCOMPARE(second.json().object().value(QStringLiteral("dictionary_words")).toInt(), 0);
    QCOMPARE(second.json().object().value(QStringLiteral("style_entries")).toInt(), 0);
    QCOMPARE(shared->count(), 4);
    QCOMPARE(shared->get(bridgeId), copied);
    QCOMPARE(shared->history(bridgeId).size(), 2);

    // A missing source is a user error, not an empty store created on the spot.
    const TestSupport::Run missing = TestSupport::runCli({},
        {QStringLiteral("migrate"), QStringLiteral("--from"),
            dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("--to"), m_location});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
}

// Photo originals on the server: bytes (NULs and all) back as stored, once per hash, copied
// from a local store with the articles that show them, kept through a revert and dropped with
// the last article that shows them.
void TestPgStore::photosSharedThroughTheServer()
{
    QTemporaryDir dir;
    const QString local = dir.filePath(QStringLiteral("local.sqlite"));
    QByteArray bytes(300000, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131) % 256);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QString id;
    {
        auto store = ArticleStore::open(local);
        QVERIFY(store->addPhoto({hash, QStringLiteral("image/jpeg"), 40, 30, bytes.size()}, bytes));
        QVERIFY(
            !store->addPhoto({hash, QStringLiteral("image/jpeg"), 40, 30, bytes.size()}, bytes));
        Article a = draft(QStringLiteral("Ferry"), QStringLiteral("Text."));
        Copydesk::Photo photo;
        photo.id = QStringLiteral("p1");
        photo.sha256 = hash;
        photo.caption = QStringLiteral("首班渡轮");
        photo.lead = true;
        a.media << photo;
        id = store->create(a).id;
    }
    {
        auto shared = ArticleStore::open(m_location);
        auto source = ArticleStore::open(local);
        QCOMPARE(shared->copyFrom(*source).articles, 1);
        QCOMPARE(shared->photoHashes(), QStringList {hash});
        QCOMPARE(shared->photoData(hash), bytes);
        QCOMPARE(shared->photoInfo(hash)->width, 40);
        QCOMPARE(shared->copyFrom(*source).articles, 0);
        QCOMPARE(shared->photoHashes().size(), 1);

        Article a = shared->get(id);
        QCOMPARE(a.media.size(), 1);
        QCOMPARE(a.media.first().caption, QStringLiteral("首班渡轮"));
        a.media.clear();
        shared->save(a);
        QCOMPARE(shared->revert(id, 1).media.size(), 1);
        // A photo the server does not hold cannot be named.
        Article other = draft(QStringLiteral("Other"), {});
        Copydesk::Photo missing;
        missing.id = QStringLiteral("p1");
        missing.sha256 = QString(64, u'a');
        other.media << missing;
        try {
            shared->create(other);
            QFAIL("an article naming a photo the store does not hold was stored");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Invalid);
        }
        shared->purge(id);
        QVERIFY(shared->photoHashes().isEmpty());
    }
}

void TestPgStore::searchTextRecompressed()
{
    // A store written before schema 9: the search text compressed with pglz and free to move
    // out of the row. Opening it again compresses the newest articles' text with lz4 in the row.
    QString id;
    {
        auto store = ArticleStore::open(m_location);
        id = store
                 ->create(draft(QStringLiteral("Tea exporters brace for higher shipping rates"),
                     QStringLiteral("Exporters in Hangzhou said freight rates doubled. ")
                         .repeated(80)))
                 .id;
        QSqlQuery query(store->database());
        QVERIFY(query.exec(
            QStringLiteral("ALTER TABLE articles ALTER COLUMN search_text SET STORAGE EXTENDED, "
                           "ALTER COLUMN search_text SET COMPRESSION pglz, "
                           "ALTER COLUMN body SET COMPRESSION pglz")));
        QVERIFY(query.exec(QStringLiteral("UPDATE articles SET body = body || ''")));
        QVERIFY(query.exec(QStringLiteral("UPDATE copydesk_schema SET version = 8")));
    }
    auto store = ArticleStore::open(m_location);
    QCOMPARE(store->schemaVersion(), ArticleStore::currentSchemaVersion());
    QSqlQuery query(store->database());
    // A server built without lz4 keeps pglz.
    QVERIFY(query.exec(QStringLiteral("SELECT 'lz4' = ANY (enumvals) FROM pg_settings "
                                      "WHERE name = 'default_toast_compression'")));
    const QString compression =
        query.next() && query.value(0).toBool() ? QStringLiteral("lz4") : QStringLiteral("pglz");
    QVERIFY(query.exec(
        QStringLiteral("SELECT pg_column_compression(search_text), "
                       "(SELECT attstorage FROM pg_attribute WHERE attrelid = 'articles'::regclass "
                       "AND attname = 'search_text') FROM articles")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), compression);
    QCOMPARE(query.value(1).toString(), QStringLiteral("m"));
    const QList<SearchHit> hits = store->search(QStringLiteral("freight exporters"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().article.id, id);
    QCOMPARE(store->get(id).body,
        QStringLiteral("Exporters in Hangzhou said freight rates doubled. ").repeated(80));
}

void TestPgStore::shortWordsKeptBesideTheText()
{
    // A search for a short word looks at the short words kept beside each article's text first;
    // an article saved before they were kept (none yet) is still found by its text.
    auto store = ArticleStore::open(m_location);
    Article byline =
        draft(QStringLiteral("Flood defences tested"), QStringLiteral("Gates closed at 6 am."));
    byline.bylines = {{QStringLiteral("Reporter 7"), QStringLiteral("Staff"), {}}};
    const QString withWord = store->create(byline).id;
    const QString older =
        store->create(
                 draft(QStringLiteral("Reporter notes, part 7"), QStringLiteral("Filed late.")))
            .id;
    store->create(draft(QStringLiteral("Reporter at gate 17"), QStringLiteral("Route 7a closed.")));
    QSqlQuery query(store->database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT short_words FROM articles WHERE id = '%1'").arg(withWord)));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString().contains(u" 7 "), qPrintable(query.value(0).toString()));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE articles SET short_words = NULL WHERE id = '%1'").arg(older)));

    QStringList found;
    for (const SearchHit &hit : store->search(QStringLiteral("reporter 7")))
        found << hit.article.id;
    found.sort();
    QStringList expected {withWord, older};
    expected.sort();
    QCOMPARE(found, expected); // "17" and "7a" are other words

    // Saving works the short words out again.
    Article again = store->get(older);
    again.body = QStringLiteral("Filed late, with 9 photos.");
    store->save(again);
    QVERIFY(
        query.exec(QStringLiteral("SELECT short_words FROM articles WHERE id = '%1'").arg(older)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString().split(u' ', Qt::SkipEmptyParts),
        QStringList({QStringLiteral("7"), QStringLiteral("9")}));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 6 && arguments.at(1) == u"--edit-worker")
        return runEditWorker(
            arguments.at(2), arguments.at(3), arguments.at(4), arguments.at(5).toInt());
    TestPgStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgstore.moc"
