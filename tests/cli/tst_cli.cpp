// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end, through the built binary: what a script sees.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndHelp();
    void needsNoDisplay();
    void loadsNoGuiLibraries();
    void withoutCommandOpensTheEditor();
    void newAndShowJson();
    void showPlain();
    void editFields();
    void editErrors_data();
    void editErrors();
    void expectRevisionConflict();
    void listFilters();
    void searchJson();
    void historyAndRevert();
    void deleteAndPurge();
    void unknownArticle();
    void storeFromEnvironmentAndDefault();
    void corruptStore();
    void invalidUtf8BodyFile();
    void hugeBodyFile();
    void bodyFromStdin();
    void unknownCommand();

private:
    QString newArticle(const QStringList &extra = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestCli::init()
{
    QVERIFY2(QFileInfo::exists(TestSupport::binary()), "COPYDESK_BINARY is not set");
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(QStringLiteral("cli.sqlite"));
}

void TestCli::needsNoDisplay()
{
    // On a server or over ssh: no X, no Wayland, no platform chosen. Commands still run.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1StringView(name));
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(
            TestSupport::binary(), QStringList {QStringLiteral("--store"), m_store} + arguments);
        process.waitForFinished(120000);
        return std::pair {process.exitCode(), process.readAllStandardOutput()};
    };
    const auto [created, id] =
        run({QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Night shift")});
    QCOMPARE(created, 0);
    const auto [shown, json] =
        run({QStringLiteral("show"), QString::fromUtf8(id.trimmed()), QStringLiteral("--json")});
    QCOMPARE(shown, 0);
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"headline").toString(),
        QStringLiteral("Night shift"));
    const auto [searched, hits] =
        run({QStringLiteral("search"), QStringLiteral("Night"), QStringLiteral("--json")});
    QCOMPARE(searched, 0);
    QCOMPARE(QJsonDocument::fromJson(hits).array().size(), 1);
}

// The command line starts without the widget and web engine libraries: they alone cost about
// 0.1 s of dynamic linking before main(), on every command a script runs.
void TestCli::loadsNoGuiLibraries()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {TestSupport::binary()});
    QVERIFY(ldd.waitForFinished(30000));
    const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(u"libQt6Core"), qPrintable(libraries));
    for (const char *gui : {"libQt6Gui", "libQt6Widgets", "libQt6WebEngine"})
        QVERIFY2(!libraries.contains(QLatin1StringView(gui)), gui);
}

// With no command, `copydesk` becomes the editor (copydesk-editor), with its arguments.
void TestCli::withoutCommandOpensTheEditor()
{
    const QString id =
        newArticle({QStringLiteral("--headline"), QStringLiteral("Evening edition")});
    QVERIFY(!id.isEmpty());
    const QString shot = m_dir->filePath(QStringLiteral("editor.png"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("COPYDESK_SCREENSHOT"), shot);
    env.insert(QStringLiteral("COPYDESK_OPEN"), id);
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    QProcess editor;
    editor.setProcessEnvironment(env);
    editor.start(TestSupport::binary(), {QStringLiteral("--store"), m_store});
    QVERIFY(editor.waitForFinished(120000));
    QVERIFY2(editor.exitCode() == 0, editor.readAllStandardError().constData());
    QFile png(shot);
    QVERIFY2(png.open(QIODevice::ReadOnly), "the editor saved no screenshot");
    const QByteArray header = png.read(24); // signature, then the IHDR chunk: width, height
    QCOMPARE(header.left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    QVERIFY(qFromBigEndian<quint32>(header.constData() + 16) > 400);
    QVERIFY(qFromBigEndian<quint32>(header.constData() + 20) > 300);
}

QString TestCli::newArticle(const QStringList &extra)
{
    const Run run = runCli(m_store, QStringList {QStringLiteral("new")} + extra);
    if (run.exitCode != 0)
        qWarning() << run.errText();
    return run.outText().trimmed();
}

void TestCli::versionAndHelp()
{
    const Run version = runCli({}, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText().trimmed(), QStringLiteral("copydesk " COPYDESK_VERSION));
    const Run help = runCli({}, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command :
        {"new", "list", "show", "edit", "history", "revert", "search", "delete"})
        QVERIFY2(
            help.outText().contains(QStringLiteral("copydesk %1").arg(QLatin1StringView(command))),
            command);
    const Run editHelp = runCli({}, {QStringLiteral("edit"), QStringLiteral("--help")});
    QCOMPARE(editHelp.exitCode, 0);
    QVERIFY(editHelp.outText().contains(u"--expect-revision"));
}

void TestCli::newAndShowJson()
{
    const QString id = newArticle({QStringLiteral("--headline"),
        QStringLiteral("本市新能源公交线路增至42条"), QStringLiteral("--language"),
        QStringLiteral("zh-Hans"), QStringLiteral("--section"), QStringLiteral("经济")});
    QVERIFY(!QUuid::fromString(id).isNull());

    const Run show = runCli(m_store, {QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject a = show.json().object();
    QStringList keys = a.keys();
    keys.sort();
    QCOMPARE(keys.join(u','),
        QStringLiteral(
            "body,bylines,corrections,counts,created,dateline,deck,edition_behind,"
            "edition_conversion,edition_of,edition_revision,editions,editor,embargo_until,headline,"
            "id,kill_notice,language,media,notes,publish_at,published,revision,section,signoff,"
            "slug,status,tags,target_length,updated"));
    QCOMPARE(a.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(a.value(QStringLiteral("headline")).toString(),
        QStringLiteral("本市新能源公交线路增至42条"));
    QCOMPARE(a.value(QStringLiteral("language")).toString(), QStringLiteral("zh-Hans"));
    QCOMPARE(a.value(QStringLiteral("section")).toString(), QStringLiteral("经济"));
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(a.value(QStringLiteral("revision")).toInt(), 1);
    QCOMPARE(a.value(QStringLiteral("published")).type(), QJsonValue::Null);
    QVERIFY(a.value(QStringLiteral("slug")).toString().startsWith(u"a-"));
    QCOMPARE(a.value(QStringLiteral("dateline")).toObject().keys(),
        (QStringList {QStringLiteral("date"), QStringLiteral("place"), QStringLiteral("source")}));
    QVERIFY(a.value(QStringLiteral("created")).toString().endsWith(u'Z'));

    // The slug finds the same article.
    const Run bySlug = runCli(m_store,
        {QStringLiteral("show"), a.value(QStringLiteral("slug")).toString(),
            QStringLiteral("--json")});
    QCOMPARE(bySlug.json().object().value(QStringLiteral("id")).toString(), id);
}

void TestCli::showPlain()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Bridge reopens")});
    runCli(m_store,
        {QStringLiteral("edit"), id, QStringLiteral("--set"),
            QStringLiteral("bylines=[{\"name\":\"Maria Santos\",\"role\":\"Staff Writer\"}]"),
            QStringLiteral("--set"), QStringLiteral("body=The bridge reopened on Friday.")});
    const Run show = runCli(m_store, {QStringLiteral("show"), QStringLiteral("bridge-reopens")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.outText().startsWith(u"Bridge reopens\n"));
    QVERIFY(show.outText().contains(u"Maria Santos, Staff Writer"));
    QVERIFY(show.outText().contains(u"The bridge reopened on Friday."));
    QVERIFY(show.outText().contains(u"5 words"));
}

void TestCli::editFields()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("淮安日报讯")});
    const Run edit = runCli(m_store,
        {QStringLiteral("edit"), id, QStringLiteral("--set"),
            QStringLiteral(
                "bylines=[{\"name\":\"杨丹丹\",\"role\":\"融媒体记者\",\"affiliation\":\"\"}]"),
            QStringLiteral("--set"),
            QStringLiteral("dateline={\"place\":\"\",\"date\":\"\",\"source\":\"淮安日报\"}"),
            QStringLiteral("--set"), QStringLiteral("tags=[\"新能源\"]"), QStringLiteral("--set"),
            QStringLiteral("language=zh-Hans"), QStringLiteral("--set"),
            QStringLiteral("status=ready"), QStringLiteral("--set"),
            QStringLiteral("target_length=800"), QStringLiteral("--set"),
            QStringLiteral("notes=check the figures"), QStringLiteral("--set"),
            QStringLiteral("body=市领导现场督办 and the council voted.")});
    QCOMPARE(edit.exitCode, 0);
    QVERIFY(edit.outText().contains(u"revision 2"));

    const QJsonObject a =
        runCli(m_store, {QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
    QCOMPARE(a.value(QStringLiteral("revision")).toInt(), 2);
    const QJsonObject byline = a.value(QStringLiteral("bylines")).toArray().first().toObject();
    QCOMPARE(byline.value(QStringLiteral("name")).toString(), QStringLiteral("杨丹丹"));
    QCOMPARE(byline.value(QStringLiteral("role")).toString(), QStringLiteral("融媒体记者"));
    QCOMPARE(
        a.value(QStringLiteral("dateline")).toObject().value(QStringLiteral("source")).toString(),
        QStringLiteral("淮安日报"));
    QCOMPARE(a.value(QStringLiteral("tags")).toArray(), QJsonArray {QStringLiteral("新能源")});
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QCOMPARE(a.value(QStringLiteral("target_length")).toInt(), 800);
    QCOMPARE(a.value(QStringLiteral("notes")).toString(), QStringLiteral("check the figures"));
    const QJsonObject counts = a.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("cjk_chars")).toInt(), 7);
    QCOMPARE(counts.value(QStringLiteral("words")).toInt(), 4);
}

void TestCli::editErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad status") << QStringList {QStringLiteral("--set"),
        QStringLiteral("status=printed")}
                                << "printed";
    QTest::newRow("bad json") << QStringList {QStringLiteral("--set"), QStringLiteral("bylines=[{")}
                              << "bylines";
    QTest::newRow("no equals") << QStringList {QStringLiteral("--set"), QStringLiteral("headline")}
                               << "FIELD=VALUE";
    QTest::newRow("read-only") << QStringList {QStringLiteral("--set"),
        QStringLiteral("revision=9")}
                               << "revision";
    QTest::newRow("unknown field")
        << QStringList {QStringLiteral("--set"), QStringLiteral("colour=red")} << "colour";
    QTest::newRow("nothing") << QStringList {} << "nothing to change";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")} << "frobnicate";
}

void TestCli::editErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Story")});
    const Run run = runCli(m_store, QStringList {QStringLiteral("edit"), id} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QCOMPARE(runCli(m_store, {QStringLiteral("show"), id, QStringLiteral("--json")})
                 .json()
                 .object()
                 .value(QStringLiteral("revision"))
                 .toInt(),
        1);
}

void TestCli::expectRevisionConflict()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Story")});
    QCOMPARE(runCli(m_store,
                 {QStringLiteral("edit"), id, QStringLiteral("--expect-revision"),
                     QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("deck=First")})
                 .exitCode,
        0);
    const Run stale = runCli(m_store,
        {QStringLiteral("edit"), id, QStringLiteral("--expect-revision"), QStringLiteral("1"),
            QStringLiteral("--set"), QStringLiteral("deck=Second")});
    QCOMPARE(stale.exitCode, 3);
    QVERIFY2(stale.errText().contains(u"revision 2"), qPrintable(stale.errText()));
    const QJsonObject a =
        runCli(m_store, {QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
    QCOMPARE(a.value(QStringLiteral("deck")).toString(), QStringLiteral("First"));
    QCOMPARE(a.value(QStringLiteral("revision")).toInt(), 2);
}

void TestCli::listFilters()
{
    const QString a = newArticle({QStringLiteral("--headline"), QStringLiteral("Local story"),
        QStringLiteral("--section"), QStringLiteral("Local")});
    newArticle({QStringLiteral("--headline"), QStringLiteral("Sports story"),
        QStringLiteral("--section"), QStringLiteral("Sports")});
    runCli(m_store,
        {QStringLiteral("edit"), a, QStringLiteral("--set"), QStringLiteral("status=published")});

    const QJsonArray all =
        runCli(m_store, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    QCOMPARE(all.size(), 2);
    for (const QJsonValue &row : all) {
        for (const char *key : {"id", "slug", "headline", "status", "updated"})
            QVERIFY2(row.toObject().contains(QLatin1StringView(key)), key);
    }
    const QJsonArray published = runCli(m_store,
        {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("published"),
            QStringLiteral("--json")})
                                     .json()
                                     .array();
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.first().toObject().value(QStringLiteral("id")).toString(), a);
    const QJsonArray sports = runCli(m_store,
        {QStringLiteral("list"), QStringLiteral("--section"), QStringLiteral("Sports"),
            QStringLiteral("--json")})
                                  .json()
                                  .array();
    QCOMPARE(sports.size(), 1);
    QCOMPARE(sports.first().toObject().value(QStringLiteral("headline")).toString(),
        QStringLiteral("Sports story"));
    const Run plain = runCli(m_store, {QStringLiteral("list")});
    QCOMPARE(plain.outText().count(u'\n'), 2);
    QCOMPARE(
        runCli(m_store, {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("x")})
            .exitCode,
        1);
}

void TestCli::searchJson()
{
    const QString zh = newArticle({QStringLiteral("--headline"), QStringLiteral("公交线路"),
        QStringLiteral("--language"), QStringLiteral("zh-Hans"), QStringLiteral("--set"),
        QStringLiteral("body=全市新能源公交线路已增至42条。")});
    const QString en = newArticle({QStringLiteral("--headline"), QStringLiteral("Bridge reopens"),
        QStringLiteral("--set"), QStringLiteral("body=Crews replaced the deck.")});
    struct Case
    {
        QString query;
        QString id;
    };
    for (const Case &c : {Case {QStringLiteral("新能源"), zh}, Case {QStringLiteral("能源"), zh},
             Case {QStringLiteral("deck"), en}}) {
        const Run run =
            runCli(m_store, {QStringLiteral("search"), c.query, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = run.json().array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value(QStringLiteral("id")).toString(), c.id);
        QVERIFY2(
            hit.value(QStringLiteral("snippet")).toString().contains(c.query), qPrintable(c.query));
        for (const char *key : {"id", "slug", "headline", "status", "updated", "snippet"})
            QVERIFY2(hit.contains(QLatin1StringView(key)), key);
    }
    const Run plain = runCli(m_store, {QStringLiteral("search"), QStringLiteral("deck")});
    QVERIFY2(plain.outText().contains(u"[deck]"), qPrintable(plain.outText()));
    QCOMPARE(runCli(m_store,
                 {QStringLiteral("search"), QStringLiteral("volcano"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
        0);
}

void TestCli::historyAndRevert()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("First headline")});
    runCli(m_store,
        {QStringLiteral("edit"), id, QStringLiteral("--set"),
            QStringLiteral("headline=Second headline")});
    const QJsonArray history =
        runCli(m_store, {QStringLiteral("history"), id, QStringLiteral("--json")}).json().array();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("revision")).toInt(), 1);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("saved_by")).toString(),
        QStringLiteral("tester"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("headline")).toString(),
        QStringLiteral("Second headline"));

    const Run revert = runCli(m_store, {QStringLiteral("revert"), id, QStringLiteral("1")});
    QCOMPARE(revert.exitCode, 0);
    const QJsonObject a =
        runCli(m_store, {QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
    QCOMPARE(a.value(QStringLiteral("headline")).toString(), QStringLiteral("First headline"));
    QCOMPARE(a.value(QStringLiteral("revision")).toInt(), 3);
    QCOMPARE(runCli(m_store, {QStringLiteral("revert"), id, QStringLiteral("7")}).exitCode, 1);
    QCOMPARE(runCli(m_store, {QStringLiteral("revert"), id, QStringLiteral("one")}).exitCode, 1);
}

void TestCli::deleteAndPurge()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Doomed")});
    QCOMPARE(runCli(m_store, {QStringLiteral("delete"), id}).exitCode, 0);
    QCOMPARE(runCli(m_store, {QStringLiteral("show"), id, QStringLiteral("--json")})
                 .json()
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("killed"));
    QCOMPARE(
        runCli(m_store, {QStringLiteral("delete"), id, QStringLiteral("--purge")}).exitCode, 0);
    const Run gone = runCli(m_store, {QStringLiteral("show"), id});
    QCOMPARE(gone.exitCode, 1);
    QCOMPARE(
        runCli(m_store, {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(),
        0);
}

void TestCli::unknownArticle()
{
    newArticle({QStringLiteral("--headline"), QStringLiteral("Story")});
    for (const char *command : {"show", "edit", "history", "delete"}) {
        QStringList args {QLatin1StringView(command), QStringLiteral("no-such-story")};
        if (QByteArray(command) == "edit")
            args << QStringLiteral("--set") << QStringLiteral("deck=x");
        const Run run = runCli(m_store, args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"no-such-story"), qPrintable(run.errText()));
    }
}

void TestCli::storeFromEnvironmentAndDefault()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString fromEnv = m_dir->filePath(QStringLiteral("env.sqlite"));
    env.insert(QStringLiteral("COPYDESK_STORE"), fromEnv);
    process.setProcessEnvironment(env);
    process.start(TestSupport::binary(),
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Env")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFileInfo(fromEnv).size() > 0);

    // No --store and no $COPYDESK_STORE: the per-user data folder.
    env.remove(QStringLiteral("COPYDESK_STORE"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(TestSupport::binary(),
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Default")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("data/copydesk/copydesk.sqlite"))));
}

void TestCli::corruptStore()
{
    QFile file(m_store);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    const Run run = runCli(m_store, {QStringLiteral("list")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(m_store), qPrintable(run.errText()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("this is not a database"));
}

void TestCli::invalidUtf8BodyFile()
{
    const QString path = m_dir->filePath(QStringLiteral("gbk.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ok text then \xc4\xe3\xba\xc3 in GBK\n");
    file.close();
    const Run run = runCli(m_store,
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("x"),
            QStringLiteral("--body-file"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(path) && run.errText().contains(u"UTF-8"),
        qPrintable(run.errText()));
    // Refused before the store was opened: none was created (`list` would say "no store").
    QVERIFY(!QFileInfo::exists(m_store));
    const Run missing = runCli(m_store,
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("x"),
            QStringLiteral("--body-file"), m_dir->filePath(QStringLiteral("nope.md"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.errText().contains(u"nope.md"));
}

void TestCli::hugeBodyFile()
{
    const QString id = newArticle({QStringLiteral("--headline"), QStringLiteral("Huge")});
    const QString path = m_dir->filePath(QStringLiteral("huge.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line = QByteArray("新能源公交线路 and the council voted again and again.\n");
    for (qint64 written = 0; written < 50 * 1024 * 1024; written += line.size())
        file.write(line);
    file.close();

    const Run run =
        runCli(m_store, {QStringLiteral("edit"), id, QStringLiteral("--body-file"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.errText().contains(path) && run.errText().contains(u"MB"), qPrintable(run.errText()));
    const QJsonObject a =
        runCli(m_store, {QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
    QCOMPARE(a.value(QStringLiteral("revision")).toInt(), 1);
    QCOMPARE(a.value(QStringLiteral("body")).toString(), QString());
}

void TestCli::bodyFromStdin()
{
    const Run run = runCli(m_store,
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Piped"),
            QStringLiteral("--body-file"), QStringLiteral("-")},
        QByteArray("Body from a pipe.\r\n"));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject a =
        runCli(m_store, {QStringLiteral("show"), run.outText().trimmed(), QStringLiteral("--json")})
            .json()
            .object();
    QCOMPARE(a.value(QStringLiteral("body")).toString(), QStringLiteral("Body from a pipe.\n"));
}

void TestCli::unknownCommand()
{
    const Run run = runCli(m_store, {QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(u"frobnicate"));
    QCOMPARE(runCli(m_store, {QStringLiteral("new")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
