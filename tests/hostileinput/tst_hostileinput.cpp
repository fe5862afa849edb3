// SPDX-License-Identifier: GPL-3.0-or-later
// The command line given what careless users and attackers give it: slow pipes, oversized
// input, nested markup, YAML bombs, hostile slugs, wrong JSON types. Each case once lost text,
// crashed or stored what it should have refused; each is a clear error now, nothing lost.
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runCli;

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bodyFromASlowPipe();
    void bodyFromALargePipe();
    void pipeOverTheLimit();
    void checkReadsAllOfStandardInput();
    void deeplyNestedHtml_data();
    void deeplyNestedHtml();
    void yamlBombs_data();
    void yamlBombs();
    void importedSlugsAreValidated_data();
    void importedSlugsAreValidated();
    void oversizedFields_data();
    void oversizedFields();
    void numericOptions_data();
    void numericOptions();
    void wrongJsonTypes_data();
    void wrongJsonTypes();

private:
    QString newArticle();
    QString write(const QString &name, const QByteArray &bytes);
    int articleCount();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestHostileInput::init()
{
    QVERIFY2(QFileInfo::exists(TestSupport::binary()), "COPYDESK_BINARY is not set");
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(QStringLiteral("hostile.sqlite"));
}

QString TestHostileInput::newArticle()
{
    const Run run = runCli(m_store,
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Night shift")});
    return run.outText().trimmed();
}

QString TestHostileInput::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

int TestHostileInput::articleCount()
{
    const Run run = runCli(m_store, {QStringLiteral("list"), QStringLiteral("--json")});
    return run.exitCode == 0 ? int(run.json().array().size()) : -1;
}

QJsonObject showJson(const QString &store, const QString &id)
{
    return runCli(store, {QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
}

// A writer that pauses between parts: one read of the pipe returns the first part only.
void TestHostileInput::bodyFromASlowPipe()
{
    const QString id = newArticle();
    QProcess process;
    process.start(TestSupport::binary(),
        {QStringLiteral("--store"), m_store, QStringLiteral("edit"), id,
            QStringLiteral("--body-file"), QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    process.write("first part ");
    QVERIFY(process.waitForBytesWritten());
    QTest::qWait(1000);
    process.write("second part");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(
        showJson(m_store, id).value(u"body").toString(), QStringLiteral("first part second part"));
}

void TestHostileInput::bodyFromALargePipe()
{
    const QString id = newArticle();
    const QByteArray body(1000000, 'y');
    const Run run = runCli(m_store,
        {QStringLiteral("edit"), id, QStringLiteral("--body-file"), QStringLiteral("-")}, body);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(showJson(m_store, id).value(u"body").toString().size(), body.size());
}

void TestHostileInput::pipeOverTheLimit()
{
    const QString id = newArticle();
    const Run run = runCli(m_store,
        {QStringLiteral("edit"), id, QStringLiteral("--body-file"), QStringLiteral("-")},
        QByteArray(16 * 1024 * 1024 + 1, 'y'));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"standard input") && run.errText().contains(u"16 MB"),
        qPrintable(run.errText()));
    const QJsonObject article = showJson(m_store, id);
    QCOMPARE(article.value(u"revision").toInt(), 1);
    QCOMPARE(article.value(u"body").toString(), QString());

    // Exactly at the limit is an article still.
    QCOMPARE(runCli(m_store,
                 {QStringLiteral("edit"), id, QStringLiteral("--body-file"), QStringLiteral("-")},
                 QByteArray(16 * 1024 * 1024, 'y'))
                 .exitCode,
        0);
}

// `check -` over a text longer than one read of the pipe finds the misspelling at its end.
void TestHostileInput::checkReadsAllOfStandardInput()
{
    QByteArray text;
    while (text.size() < 200000)
        text += "The council met on Tuesday to vote on the bridge.\n";
    text += "They will recieve the report.\n";
    const Run run = runCli({},
        {QStringLiteral("check"), QStringLiteral("-"), QStringLiteral("--json"),
            QStringLiteral("--no-suggestions")},
        text);
    QCOMPARE(run.exitCode, 4);
    const QJsonArray found = run.json().array();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"word").toString(), QStringLiteral("recieve"));
    QCOMPARE(found.first().toObject().value(u"line").toInt(), int(text.count('\n')));
}

void TestHostileInput::deeplyNestedHtml_data()
{
    QTest::addColumn<QByteArray>("tag");
    for (const char *tag : {"i", "b", "a", "span", "div", "blockquote"})
        QTest::newRow(tag) << QByteArray(tag);
}

// 100,000 nested tags (10,000 inline ones on a smaller stack) once overflowed the Markdown writer's
// stack, and the other files of the same import were lost with it.
void TestHostileInput::deeplyNestedHtml()
{
    QFETCH(QByteArray, tag);
    QByteArray html = "<html><body><h1>Nested</h1><p>";
    for (int i = 0; i < 100000; ++i)
        html += '<' + tag + '>';
    html += "deep text";
    for (int i = 0; i < 100000; ++i)
        html += "</" + tag + '>';
    html += "</p><p>After the nesting.</p></body></html>";
    const QString nested = write(QStringLiteral("nested.html"), html);
    const QString plain = write(QStringLiteral("plain.txt"), "Bridge vote\n\nThe council met.\n");
    const Run run =
        runCli(m_store, {QStringLiteral("import"), QStringLiteral("--json"), nested, plain});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonArray report = run.json().array();
    QCOMPARE(report.size(), 2);
    const QJsonObject imported = showJson(m_store, report.at(0).toObject().value(u"id").toString());
    QCOMPARE(imported.value(u"headline").toString(), QStringLiteral("Nested"));
    QVERIFY2(imported.value(u"body").toString().contains(u"deep text"),
        qPrintable(imported.value(u"body").toString().left(300)));
    QVERIFY(imported.value(u"body").toString().contains(u"After the nesting."));
    const QString warnings =
        report.at(0).toObject().value(u"warnings").toVariant().toStringList().join(u'\n');
    QVERIFY2(warnings.contains(u"256 deep"), qPrintable(warnings));
}

void TestHostileInput::yamlBombs_data()
{
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::newRow("self-referencing alias") << QByteArray("headline: Bomb\na: &a [*a]\n");
    QByteArray laughs = "headline: Laughs\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 12; ++i) {
        laughs += QStringLiteral("l%1: &l%1 [").arg(i).toUtf8();
        for (int j = 0; j < 9; ++j)
            laughs += QStringLiteral("%1*l%2")
                          .arg(j ? QStringLiteral(", ") : QString())
                          .arg(i - 1)
                          .toUtf8();
        laughs += "]\n";
    }
    QTest::newRow("billion laughs") << laughs;
    QTest::newRow("alias of a headline") << QByteArray("title: &t Bridge\nheadline: *t\n");
}

void TestHostileInput::yamlBombs()
{
    QFETCH(QByteArray, frontMatter);
    const QString bomb = write(QStringLiteral("bomb.md"), "---\n" + frontMatter + "---\n\nBody.\n");
    const QString plain = write(QStringLiteral("plain.md"), "# Bridge vote\n\nThe council met.\n");
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli(m_store, {QStringLiteral("import"), bomb, plain}, {}, 60000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(bomb) && run.errText().contains(u"alias"),
        qPrintable(run.errText()));
    QVERIFY2(timer.elapsed() < 30000, "the front matter was expanded before it was refused");
    QCOMPARE(run.outText().trimmed().split(u'\n').size(), 1); // the good file's id
    QCOMPARE(articleCount(), 1);
}

void TestHostileInput::importedSlugsAreValidated_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    const QList<QByteArray> slugs = {"../../../../tmp/x", "/etc/passwd", QByteArray(5000, 'a'),
        "Front-Matter-Slug", "two--hyphens", "-leading"};
    for (const QByteArray &slug : slugs) {
        const QByteArray name = slug.left(20);
        QTest::addRow("md %s", name.constData()) << QStringLiteral(
            "slug.md") << "---\nheadline: Bridge\nslug: \"" + slug + "\"\n---\n\nBody.\n";
        QTest::addRow("json %s", name.constData())
            << QStringLiteral("slug.json")
            << QJsonDocument(QJsonObject {{u"headline"_qs, u"Bridge"_qs},
                                 {u"slug"_qs, QString::fromUtf8(slug)}})
                   .toJson();
    }
}

void TestHostileInput::importedSlugsAreValidated()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = write(fileName, content);
    const Run run = runCli(m_store, {QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.errText().contains(path) && run.errText().contains(u"slug"), qPrintable(run.errText()));
    QCOMPARE(articleCount(), 0);
}

void TestHostileInput::oversizedFields_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    auto tags = [](int n) {
        QJsonArray array;
        for (int i = 0; i < n; ++i)
            array.append(QStringLiteral("tag%1").arg(i));
        return array;
    };
    auto bylines = [](int n) {
        QJsonArray array;
        for (int i = 0; i < n; ++i)
            array.append(QJsonObject {{u"name"_qs, QStringLiteral("Reporter %1").arg(i)}});
        return array;
    };
    auto article = [](const QString &key, const QJsonValue &value) {
        return QJsonDocument(QJsonObject {{u"headline"_qs, u"Bridge"_qs}, {key, value}}).toJson();
    };
    QTest::newRow("100,000 tags") << u"tags.json"_qs << article(u"tags"_qs, tags(100000))
                                  << u"\"tags\" holds 100000 entries; at most 1000"_qs;
    QTest::newRow("100,000 bylines")
        << u"bylines.json"_qs << article(u"bylines"_qs, bylines(100000))
        << u"\"bylines\" holds 100000 entries; at most 200"_qs;
    QTest::newRow("a 2,000,000-character headline")
        << u"line.txt"_qs << QByteArray(2000000, 'x') << u"headline is 2000000 characters"_qs;
}

// Refused with the sizes named, in linear time (100,000 tags once took 14 s), never cut short.
void TestHostileInput::oversizedFields()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = write(fileName, content);
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli(m_store, {QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.errText().contains(path) && run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY2(timer.elapsed() < 30000, "refusing took longer than reading");
    QCOMPARE(articleCount(), 0);
}

void TestHostileInput::numericOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("search --limit abc")
        << QStringList {u"search"_qs, u"Night"_qs, u"--limit"_qs, u"abc"_qs} << 1;
    QTest::newRow("search --limit -1")
        << QStringList {u"search"_qs, u"Night"_qs, u"--limit"_qs, u"-1"_qs} << 1;
    QTest::newRow("search --limit 0")
        << QStringList {u"search"_qs, u"Night"_qs, u"--limit"_qs, u"0"_qs} << 1;
    QTest::newRow("search --limit 5")
        << QStringList {u"search"_qs, u"Night"_qs, u"--limit"_qs, u"5"_qs} << 0;
    QTest::newRow("list --limit x") << QStringList {u"list"_qs, u"--limit"_qs, u"x"_qs} << 1;
    QTest::newRow("list --limit 2") << QStringList {u"list"_qs, u"--limit"_qs, u"2"_qs} << 0;
}

void TestHostileInput::numericOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    newArticle();
    const Run run = runCli(m_store, arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 1)
        QVERIFY2(
            run.errText().contains(u"--limit takes a whole number"), qPrintable(run.errText()));
}

void TestHostileInput::wrongJsonTypes_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("message");
    QTest::newRow("dateline place a number")
        << u"dateline={\"place\":5}"_qs << u"dateline.place"_qs;
    QTest::newRow("dateline source a list")
        << u"dateline={\"source\":[\"x\"]}"_qs << u"dateline.source"_qs;
    QTest::newRow("byline name a number") << u"bylines=[{\"name\":5}]"_qs << u"bylines.name"_qs;
    QTest::newRow("byline role an object")
        << u"bylines=[{\"name\":\"A\",\"role\":{}}]"_qs << u"bylines.role"_qs;
    QTest::newRow("tags a number") << u"tags=[1]"_qs << u"tags"_qs;
}

// A value of the wrong type is an error naming the key, never a value silently dropped.
void TestHostileInput::wrongJsonTypes()
{
    QFETCH(QString, assignment);
    QFETCH(QString, message);
    const QString id = newArticle();
    const Run run =
        runCli(m_store, {QStringLiteral("edit"), id, QStringLiteral("--set"), assignment});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QCOMPARE(showJson(m_store, id).value(u"revision").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
