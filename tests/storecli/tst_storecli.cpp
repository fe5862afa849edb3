// SPDX-License-Identifier: GPL-3.0-or-later
// The command line against stores that are not there, not databases, read-only or busy, and
// searches pasted from a page: what a reporter sees, through the built binary.
#include "store/articlestore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using TestSupport::Run;
using TestSupport::runCli;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStoreCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readingCommandsNeedAStore_data();
    void readingCommandsNeedAStore();
    void writingCommandsCreateOne_data();
    void writingCommandsCreateOne();
    void firstSavesAtOnce();
    void tooSmallToBeAStore_data();
    void tooSmallToBeAStore();
    void readOnlyStore();
    void busyStoreSaysSo();
    void searchOfAParagraph();
    void searchTheArchive();

private:
    // Runs the command as a user who may not write to the store's folder: as root (who may
    // write anywhere) as user nobody, else as oneself after chmod.
    Run runAsReader(const QStringList &arguments);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestStoreCli::init()
{
    QVERIFY2(QFileInfo::exists(TestSupport::binary()), "COPYDESK_BINARY is not set");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("newsroom.sqlite"));
}

void TestStoreCli::cleanup()
{
    // A read-only folder must become writable again to be removed.
    QFile::setPermissions(
        m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStoreCli::readingCommandsNeedAStore_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("list") << QStringList {QStringLiteral("list")};
    QTest::newRow("list --json") << QStringList {QStringLiteral("list"), QStringLiteral("--json")};
    QTest::newRow("show") << QStringList {QStringLiteral("show"), QStringLiteral("some-story")};
    QTest::newRow("search") << QStringList {QStringLiteral("search"), QStringLiteral("bridge")};
    QTest::newRow("history") << QStringList {
        QStringLiteral("history"), QStringLiteral("some-story")};
    QTest::newRow("edit") << QStringList {QStringLiteral("edit"), QStringLiteral("some-story"),
        QStringLiteral("--set"), QStringLiteral("deck=x")};
    QTest::newRow("delete") << QStringList {QStringLiteral("delete"), QStringLiteral("some-story")};
    QTest::newRow("publish") << QStringList {
        QStringLiteral("publish"), QStringLiteral("--out"), QStringLiteral("site")};
}

// A command that only reads or changes what is there, given a path with no store, says so and
// creates nothing (before: an empty store, and its folder, appeared, and `list` printed nothing).
void TestStoreCli::readingCommandsNeedAStore()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("site"), m_dir->filePath(QStringLiteral("site")));
    const QString missing = m_dir->filePath(QStringLiteral("typo/newsrom.sqlite"));
    const Run run = runCli(missing, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("no store at %1").arg(missing)),
        qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("typo"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("site"))));
}

void TestStoreCli::writingCommandsCreateOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("new") << QStringList {
        QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("First story")};
    QTest::newRow("demo") << QStringList {QStringLiteral("demo")};
    QTest::newRow("import") << QStringList {QStringLiteral("import"), QStringLiteral("story.txt")};
}

// new, import and demo create a missing store, and say so on stderr (stdout stays what scripts
// read); the second time there is nothing to say.
void TestStoreCli::writingCommandsCreateOne()
{
    QFETCH(QStringList, arguments);
    for (QString &argument : arguments) {
        if (argument == u"story.txt") {
            argument = m_dir->filePath(argument);
            QFile file(argument);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Harbour reopens\n\nThe harbour reopened on Monday.\n");
        }
    }
    const QString fresh = m_dir->filePath(QStringLiteral("new folder/newsroom.sqlite"));
    const Run first = runCli(fresh, arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.errText()));
    QVERIFY2(first.errText().contains(QStringLiteral("created a new store at %1").arg(fresh)),
        qPrintable(first.errText()));
    QVERIFY(!first.outText().contains(u"created"));
    QVERIFY(QFileInfo(fresh).size() > 0);
    const Run listed = runCli(fresh, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(!listed.json().array().isEmpty());
    QVERIFY2(!listed.errText().contains(u"created"), qPrintable(listed.errText()));
    const Run second = runCli(fresh, arguments);
    QVERIFY2(!second.errText().contains(u"created a new store"), qPrintable(second.errText()));
}

// Four reporters' scripts saving into a store that does not exist yet, at the same moment: one
// creates it (and says so), all four articles land. The file appears whole, so nobody finds it
// empty half-way (which would be refused as not a store).
void TestStoreCli::firstSavesAtOnce()
{
    for (int round = 0; round < 5; ++round) {
        const QString fresh = m_dir->filePath(QStringLiteral("round%1/newsroom.sqlite").arg(round));
        QList<QProcess *> processes;
        for (int i = 0; i < 4; ++i) {
            auto *process = new QProcess(this);
            process->start(TestSupport::binary(),
                {QStringLiteral("--store"), fresh, QStringLiteral("new"),
                    QStringLiteral("--headline"), QStringLiteral("Story %1").arg(i)});
            processes << process;
        }
        int created = 0;
        for (QProcess *process : std::as_const(processes)) {
            QVERIFY(process->waitForFinished(120000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            QVERIFY2(process->exitCode() == 0, qPrintable(err));
            created += err.contains(u"created a new store") ? 1 : 0;
            delete process;
        }
        QCOMPARE(created, 1);
        const Run listed = runCli(fresh, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.json().array().size(), 4);
        QCOMPARE(QDir(QFileInfo(fresh).path()).entryList(QDir::Files),
            QStringList {QStringLiteral("newsroom.sqlite")});
    }
}

void TestStoreCli::tooSmallToBeAStore_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("arguments");
    const QStringList list {QStringLiteral("list")};
    const QStringList create {
        QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Story")};
    QTest::newRow("empty, list") << QByteArray() << list;
    QTest::newRow("empty, new") << QByteArray() << create;
    QTest::newRow("one byte, list") << QByteArray("x") << list;
    QTest::newRow("one byte, new") << QByteArray("x") << create;
    QTest::newRow("newline, demo") << QByteArray("\n") << QStringList {QStringLiteral("demo")};
}

// An empty or one-byte file (a failed copy, a touch by mistake) is not a store: refused, and left
// as it was (before: SQLite took it for an empty database and Copydesk made a store of it).
void TestStoreCli::tooSmallToBeAStore()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, arguments);
    {
        QFile file(m_store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Run run = runCli(m_store, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(m_store), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(u"not a Copydesk store"), qPrintable(run.errText()));
    QCOMPARE(fileBytes(m_store), content);
    QCOMPARE(QFileInfo(m_store).size(), content.size());
    QVERIFY(!QFile::exists(m_store + QStringLiteral("-wal")));
}

Run TestStoreCli::runAsReader(const QStringList &arguments)
{
    QStringList command {TestSupport::binary(), QStringLiteral("--store"), m_store};
    command += arguments;
    QProcess process;
    if (geteuid() == 0) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("runuser"),
            QStringList {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")}
                + command);
    } else {
        process.start(command.takeFirst(), command);
    }
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

// A store on a read-only share (a folder and file one may read but not write): list, show and
// search work; a change is refused with a message that says why, and the file stays as it was
// (before: "attempt to write a readonly database" for every command, reads included).
void TestStoreCli::readOnlyStore()
{
    const Run created = runCli(m_store,
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Harbour reopens")});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.outText().trimmed();
    if (geteuid() == 0) {
        // root may write anywhere: the commands run as nobody, who must reach the folder.
        if (QProcess::execute(QStringLiteral("runuser"),
                {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                    QStringLiteral("true")})
            != 0)
            QSKIP("running as root without runuser or a user nobody: cannot test a reader "
                  "without write permission");
        for (QString dir = m_dir->path(); dir != u"/"; dir = QFileInfo(dir).path()) {
            if (!(QFile::permissions(dir) & QFileDevice::ExeOther))
                QVERIFY(
                    QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ExeOther));
        }
    }
    QVERIFY(!QFile::exists(m_store + QStringLiteral("-wal")));
    const auto readOnly = [&](bool on) {
        const auto w = on ? QFileDevice::Permissions() : QFileDevice::WriteOwner;
        const auto r = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto x = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        return QFile::setPermissions(m_store, r | w)
            && QFile::setPermissions(m_dir->path(), r | x | w);
    };
    QVERIFY(readOnly(true));
    const QByteArray before = fileBytes(m_store);

    const Run list = runAsReader({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.errText()));
    QCOMPARE(list.json().array().size(), 1);
    const Run show = runAsReader({QStringLiteral("show"), id, QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.errText()));
    QCOMPARE(show.json().object().value(u"headline").toString(), QStringLiteral("Harbour reopens"));
    const Run search = runAsReader({QStringLiteral("search"), QStringLiteral("harbour")});
    QVERIFY2(search.exitCode == 0, qPrintable(search.errText()));
    QVERIFY(search.outText().contains(u"Harbour reopens"));
    const Run edit = runAsReader(
        {QStringLiteral("edit"), id, QStringLiteral("--set"), QStringLiteral("deck=x")});
    QCOMPARE(edit.exitCode, 2);
    QVERIFY2(edit.errText().contains(u"read-only"), qPrintable(edit.errText()));
    QVERIFY2(edit.errText().contains(m_store), qPrintable(edit.errText()));
    QCOMPARE(fileBytes(m_store), before);
    QVERIFY(!QFile::exists(m_store + QStringLiteral("-wal")));

    // With a writer at work beside it (one who may write: its -wal and -shm files there), a
    // reader sees what the writer committed.
    QVERIFY(readOnly(false));
    auto writer = ArticleStore::open(m_store);
    QVERIFY(!writer->isReadOnly());
    Article article = writer->get(id);
    article.deck = QStringLiteral("Committed by the writer");
    writer->save(article);
    QVERIFY(QFile::exists(m_store + QStringLiteral("-wal")));
    QVERIFY(readOnly(true));
    const Run fresh = runAsReader({QStringLiteral("show"), id, QStringLiteral("--json")});
    QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.errText()));
    QCOMPARE(
        fresh.json().object().value(u"deck").toString(), QStringLiteral("Committed by the writer"));
}

// A save that waits longer than the busy timeout (5 s) for another writer says what is going on
// and what to do, with exit code 2 (before: "database is locked").
void TestStoreCli::busyStoreSaysSo()
{
    const Run created = runCli(
        m_store, {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Story")});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.outText().trimmed();
    auto writer = ArticleStore::open(m_store);
    writer->batch([&] {
        Article article = writer->get(id);
        article.deck = QStringLiteral("A long import holds the store");
        writer->save(article);
        QElapsedTimer timer;
        timer.start();
        const Run edit = runCli(m_store,
            {QStringLiteral("edit"), id, QStringLiteral("--set"), QStringLiteral("deck=x")});
        QCOMPARE(edit.exitCode, 2);
        QVERIFY2(
            edit.errText().contains(u"the store is busy (another Copydesk is writing) — try again"),
            qPrintable(edit.errText()));
        QVERIFY2(timer.elapsed() >= 4500, qPrintable(QString::number(timer.elapsed())));
    });
    QCOMPARE(writer->get(id).revision, 2);
}

// A paragraph pasted into search is searched for by its first 32 words, and the reporter is
// told (before: "Parameter count mismatch", exit 2, from 200 words on).
void TestStoreCli::searchOfAParagraph()
{
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words << QStringLiteral("word%1").arg(i);
    const Run created = runCli(m_store,
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Pasted"),
            QStringLiteral("--set"), QStringLiteral("body=") + words.join(u' ')});
    QCOMPARE(created.exitCode, 0);
    QStringList paragraph = words;
    for (int i = 0; i < 200; ++i)
        paragraph << QStringLiteral("more%1").arg(i);
    const Run run =
        runCli(m_store, {QStringLiteral("search"), paragraph.join(u' '), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(run.json().array().size(), 1);
    QVERIFY2(run.errText().contains(u"first 32 words"), qPrintable(run.errText()));
    // A megabyte, in 16 arguments of 64 KB (one argument may not exceed 128 KB).
    QStringList arguments {QStringLiteral("search")};
    for (int i = 0; i < 16; ++i) {
        QString part;
        while (part.size() < 64 * 1024)
            part += words.join(u' ') + u' ';
        arguments << part;
    }
    const Run huge = runCli(m_store, arguments);
    QVERIFY2(huge.exitCode == 0, qPrintable(huge.errText()));
    QVERIFY(huge.outText().contains(u"Pasted"));
    QVERIFY2(huge.errText().contains(u"first 32 words"), qPrintable(huge.errText()));
    // A short search says nothing.
    const Run plain = runCli(m_store, {QStringLiteral("search"), QStringLiteral("word1")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.err.isEmpty(), qPrintable(plain.errText()));
}

// The archive's options: every match reached, pages that neither overlap nor skip, filters, the
// total under --with-total, and today's array left as it was.
void TestStoreCli::searchTheArchive()
{
    {
        const std::unique_ptr<ArticleStore> store = ArticleStore::open(m_store);
        const QDateTime firstDay(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
        store->batch([&] {
            for (int i = 0; i < 360; ++i) {
                Article a;
                a.headline = QStringLiteral("Story %1").arg(i);
                a.body = QStringLiteral("The council met again.");
                a.section = i % 2 == 0 ? QStringLiteral("local") : QStringLiteral("business");
                a.bylines = {Byline {
                    i % 3 == 0 ? QStringLiteral("Jane Doe") : QStringLiteral("Li Ming"), {}, {}}};
                a.status = ArticleStatus::Published;
                a.published = firstDay.addDays(i);
                store->create(a);
            }
        });
    }
    const auto search = [&](QStringList arguments) {
        arguments.prepend(QStringLiteral("search"));
        return runCli(m_store, arguments);
    };

    // Today's search: an array, the newest 50 of the newest ranked.
    Run run = search({QStringLiteral("council"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(run.json().array().size(), 50);
    // A --limit that is honoured.
    run = search({QStringLiteral("council"), QStringLiteral("--limit"), QStringLiteral("100000"),
        QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(run.json().array().size(), 360);
    QCOMPARE(run.json().array().last().toObject().value(u"headline").toString(),
        QStringLiteral("Story 0"));

    // Pages of 50: eight, the last one short, then nothing; the total every time.
    QStringList seen;
    for (int page = 1; page <= 9; ++page) {
        run = search({QStringLiteral("council"), QStringLiteral("--limit"), QStringLiteral("50"),
            QStringLiteral("--page"), QString::number(page), QStringLiteral("--with-total"),
            QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QJsonObject object = run.json().object();
        QCOMPARE(object.value(u"total").toInt(), 360);
        QCOMPARE(object.value(u"page").toInt(), page);
        QCOMPARE(object.value(u"limit").toInt(), 50);
        QCOMPARE(object.value(u"pages").toInt(), 8);
        const QJsonArray hits = object.value(u"hits").toArray();
        QCOMPARE(hits.size(), page < 8 ? 50 : page == 8 ? 10 : 0);
        for (const QJsonValue &hit : hits) {
            const QString id = hit.toObject().value(u"id").toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen << id;
        }
    }
    QCOMPARE(seen.size(), 360);

    // Filters: Jane Doe's local stories of 2024-01-05…2024-01-20, oldest first.
    run = search({QStringLiteral("--author"), QStringLiteral("Jane Doe"),
        QStringLiteral("--section"), QStringLiteral("local"), QStringLiteral("--status"),
        QStringLiteral("published"), QStringLiteral("--from"), QStringLiteral("2024-01-05"),
        QStringLiteral("--to"), QStringLiteral("2024-01-20"), QStringLiteral("--sort"),
        QStringLiteral("oldest"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QStringList headlines;
    for (const QJsonValue &hit : run.json().array())
        headlines << hit.toObject().value(u"headline").toString();
    // Days 4…19 (0 is 2024-01-01); Jane Doe every third, local every second: 6, 12, 18.
    QCOMPARE(headlines,
        (QStringList {
            QStringLiteral("Story 6"), QStringLiteral("Story 12"), QStringLiteral("Story 18")}));

    // The text output ends with the count.
    run = search({QStringLiteral("council"), QStringLiteral("--author"), QStringLiteral("Jane Doe"),
        QStringLiteral("--limit"), QStringLiteral("7"), QStringLiteral("--with-total")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(
        run.outText().trimmed().endsWith(u"120 matches, page 1 of 18"), qPrintable(run.outText()));

    // What is wrong is named, exit 1.
    const QList<std::pair<QStringList, QString>> wrong = {
        {{}, QStringLiteral("give a QUERY")},
        {{QStringLiteral("council"), QStringLiteral("--sort"), QStringLiteral("best")},
            QStringLiteral("--sort takes relevance, newest or oldest")},
        {{QStringLiteral("council"), QStringLiteral("--from"), QStringLiteral("2024-13-01")},
            QStringLiteral("--from takes a date")},
        {{QStringLiteral("council"), QStringLiteral("--from"), QStringLiteral("2024-02-01"),
             QStringLiteral("--to"), QStringLiteral("2024-01-01")},
            QStringLiteral("is after --to")},
        {{QStringLiteral("council"), QStringLiteral("--page"), QStringLiteral("0")},
            QStringLiteral("--page")},
        {{QStringLiteral("council"), QStringLiteral("--status"), QStringLiteral("printed")},
            QStringLiteral("printed")},
    };
    for (const auto &[arguments, message] : wrong) {
        run = search(arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(u' ')));
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
        QVERIFY(run.out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
