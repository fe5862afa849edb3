// SPDX-License-Identifier: GPL-3.0-or-later
// The copy desk through the command line: `check --style` on stories in a real store (the JSON
// a script reads, the exit code), relative dates against the day of the revision that added the
// words and the day the story is scheduled for (the clock is $COPYDESK_NOW), the dateline in
// AP's form, and the newsroom's style list and rule switches shared on SQLite and PostgreSQL.
#include "postgresserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runCli;

namespace {

// The style items of `check --json` output, as "rule|word|replacement".
QStringList styleItems(const Run &run, const QString &rule = {})
{
    QStringList items;
    for (const QJsonValue &value : run.json().array()) {
        const QJsonObject item = value.toObject();
        if (item.value(u"kind").toString() != u"style")
            continue;
        if (!rule.isEmpty() && item.value(u"rule").toString() != rule)
            continue;
        items << item.value(u"rule").toString() + u'|' + item.value(u"word").toString() + u'|'
                + item.value(u"replacement").toString();
    }
    return items;
}

} // namespace

class TestStyleCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void findingsAsJson();
    void withoutStyleCheckIsUnchanged();
    void relativeDatesFromTheHistory();
    void relativeDatesOfAScheduledStory();
    void apDateline();
    void styleListIsShared_data();
    void styleListIsShared();
    void ruleSwitches();
    void badArguments_data();
    void badArguments();

private:
    Run at(const char *now, const QStringList &arguments, const QByteArray &input = {});
    QString newStory(const char *now, const QString &language, const QString &body);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    std::unique_ptr<PostgresServer> m_server;
};

void TestStyleCli::initTestCase()
{
    // Days are the newsroom's: one time zone for us and the binary.
    qputenv("TZ", "UTC");
    qputenv("XDG_CONFIG_HOME", QByteArray("/nonexistent-config"));
}

void TestStyleCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(QStringLiteral("store.sqlite"));
}

void TestStyleCli::cleanup()
{
    qunsetenv("COPYDESK_NOW");
}

Run TestStyleCli::at(const char *now, const QStringList &arguments, const QByteArray &input)
{
    qputenv("COPYDESK_NOW", now);
    Run run = runCli(m_store, arguments, input);
    qunsetenv("COPYDESK_NOW");
    return run;
}

QString TestStyleCli::newStory(const char *now, const QString &language, const QString &body)
{
    const Run created = at(now,
        {u"new"_qs, u"--headline"_qs, u"测试 test"_qs, u"--language"_qs, language,
            u"--body-file"_qs, u"-"_qs},
        body.toUtf8());
    if (created.exitCode != 0)
        qWarning() << created.errText();
    return created.outText().trimmed();
}

void TestStyleCli::findingsAsJson()
{
    const QString id = newStory("2026-11-24T03:00:00Z", u"zh-Hans"_qs,
        u"本报讯（记者 赵雨桐）市民说,楊树下的广场...很热闹！！"_qs);
    const Run run = at("2026-11-24T05:00:00Z",
        {u"check"_qs, id, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(styleItems(run),
        (QStringList {u"zh-halfwidth-punctuation|,|，"_qs, u"script-consistency|楊|杨"_qs,
            u"zh-ellipsis|...|……"_qs, u"zh-repeated-punctuation|！！|！"_qs}));
    // Every key a script reads, with positions in characters of the field.
    const QJsonObject first = run.json().array().at(0).toObject();
    QCOMPARE(first.value(u"field").toString(), u"body"_qs);
    QCOMPARE(first.value(u"severity").toString(), u"warning"_qs);
    QCOMPARE(first.value(u"line").toInt(), 1);
    QCOMPARE(first.value(u"column").toInt(), 15);
    QCOMPARE(first.value(u"offset").toInt(), 14);
    QVERIFY(!first.value(u"message").toString().isEmpty());
    const QJsonObject script = run.json().array().at(1).toObject();
    QCOMPARE(script.value(u"severity").toString(), u"error"_qs);

    // Plain output names the rule and the fix; a clean story exits 0.
    const Run plain =
        at("2026-11-24T05:00:00Z", {u"check"_qs, id, u"--style"_qs, u"--no-suggestions"_qs});
    QCOMPARE(plain.exitCode, 4);
    QVERIFY2(plain.outText().contains(u"[script-consistency]"_qs), plain.out);
    QVERIFY2(plain.outText().contains(u"→ 杨"_qs), plain.out);
    const QString clean = newStory(
        "2026-11-24T03:00:00Z", u"zh-Hans"_qs, u"本报讯（记者 赵雨桐）市民说，广场很热闹。"_qs);
    const Run cleanRun = at("2026-11-24T05:00:00Z",
        {u"check"_qs, clean, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(cleanRun.exitCode, 0);
    QCOMPARE(cleanRun.json().array().size(), 0);
}

void TestStyleCli::withoutStyleCheckIsUnchanged()
{
    const QString id =
        newStory("2026-11-24T03:00:00Z", u"en"_qs, u"The goverment said,  yesterday."_qs);
    const Run run =
        at("2026-11-26T05:00:00Z", {u"check"_qs, id, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(run.exitCode, 4);
    const QJsonArray items = run.json().array();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().keys(),
        (QStringList {
            u"column"_qs, u"field"_qs, u"line"_qs, u"offset"_qs, u"suggestions"_qs, u"word"_qs}));
    // With --style the spelling item says what kind it is, beside the style items.
    const Run styled = at("2026-11-26T05:00:00Z",
        {u"check"_qs, id, u"--json"_qs, u"--no-suggestions"_qs, u"--style"_qs});
    QCOMPARE(styled.json().array().at(0).toObject().value(u"kind").toString(), u"spelling"_qs);
    QCOMPARE(styleItems(styled),
        (QStringList {u"en-double-space|  | "_qs, u"relative-date|yesterday|Nov. 23"_qs}));
}

void TestStyleCli::relativeDatesFromTheHistory()
{
    // 昨日 written on the 24th, 今天 added on the 26th: checked on the 26th, only 昨日 is stale.
    const QString id =
        newStory("2026-11-24T03:00:00Z", u"zh-Hans"_qs, u"昨日，市政府宣布新规。"_qs);
    const Run edited = at("2026-11-26T03:00:00Z", {u"edit"_qs, id, u"--body-file"_qs, u"-"_qs},
        u"昨日，市政府宣布新规。\n\n今天，新规实施。"_qs.toUtf8());
    QCOMPARE(edited.exitCode, 0);
    const Run run = at("2026-11-26T05:00:00Z",
        {u"check"_qs, id, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(styleItems(run), QStringList {u"relative-date|昨日|11月23日"_qs});
    const QString message = run.json().array().at(0).toObject().value(u"message").toString();
    QVERIFY2(message.contains(u"11月24日") && message.contains(u"11月26日"), qPrintable(message));

    // A dateline with a date says when it was written, whatever the history.
    QCOMPARE(
        at("2026-11-26T05:00:00Z",
            {u"edit"_qs, id, u"--set"_qs, uR"(dateline={"place":"淮安","date":"2026-11-25"})"_qs})
            .exitCode,
        0);
    const Run dated = at("2026-11-26T05:00:00Z",
        {u"check"_qs, id, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(styleItems(dated),
        (QStringList {u"relative-date|昨日|11月24日"_qs, u"relative-date|今天|11月25日"_qs}));
}

void TestStyleCli::relativeDatesOfAScheduledStory()
{
    const QString id = newStory("2026-11-26T03:00:00Z", u"zh-Hans"_qs, u"今天，新规实施。"_qs);
    QCOMPARE(at("2026-11-26T03:00:00Z", {u"check"_qs, id, u"--style"_qs, u"--no-suggestions"_qs})
                 .exitCode,
        0);
    QCOMPARE(
        at("2026-11-26T04:00:00Z", {u"schedule"_qs, id, u"--at"_qs, u"2026-11-28T08:00:00Z"_qs})
            .exitCode,
        0);
    const Run run = at("2026-11-26T05:00:00Z",
        {u"check"_qs, id, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(styleItems(run), QStringList {u"relative-date|今天|11月26日"_qs});
}

void TestStyleCli::apDateline()
{
    const QString id = newStory("2026-11-24T03:00:00Z", u"en"_qs, u"Lawmakers met."_qs);
    QCOMPARE(at("2026-11-24T03:00:00Z",
                 {u"edit"_qs, id, u"--set"_qs,
                     uR"(dateline={"place":"Springfield, Illinois","source":"AP"})"_qs})
                 .exitCode,
        0);
    const Run run = at("2026-11-24T05:00:00Z",
        {u"check"_qs, id, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(run.exitCode, 4);
    const QJsonObject item = run.json().array().last().toObject();
    QCOMPARE(item.value(u"field").toString(), u"dateline"_qs);
    QCOMPARE(item.value(u"rule").toString(), u"ap-dateline"_qs);
    QCOMPARE(item.value(u"replacement").toString(), u"Springfield, Ill."_qs);
    QVERIFY2(item.value(u"message").toString().contains(u"SPRINGFIELD, Ill."),
        qPrintable(item.value(u"message").toString()));
}

void TestStyleCli::styleListIsShared_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

void TestStyleCli::styleListIsShared()
{
    QFETCH(QString, backend);
    if (backend == u"postgresql") {
        if (PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (no initdb/pg_ctl): the shared style list is not "
                  "tested on it");
        if (!m_server) {
            m_server = std::make_unique<PostgresServer>();
            QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        }
        m_store = m_server->createDatabase(u"style"_qs);
        QVERIFY2(!m_store.isEmpty(), qPrintable(m_server->error()));
    }
    const QString id =
        newStory("2026-11-24T03:00:00Z", u"zh-Hans"_qs, u"他坐的士回家，用了utilize一词。"_qs);
    QVERIFY(!id.isEmpty());
    const char *now = "2026-11-24T04:00:00Z";
    QCOMPARE(at(now,
                 {u"style"_qs, u"add"_qs, u"的士"_qs, u"--prefer"_qs, u"出租车"_qs,
                     u"--language"_qs, u"zh"_qs, u"--note"_qs, u"通用规范"_qs})
                 .exitCode,
        0);
    QCOMPARE(at(now,
                 {u"style"_qs, u"add"_qs, u"utilize"_qs, u"--prefer"_qs, u"use"_qs,
                     u"--language"_qs, u"en"_qs})
                 .exitCode,
        0);
    Run list = at(now, {u"style"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(list.exitCode, 0);
    QJsonArray entries = list.json().array();
    QCOMPARE(entries.size(), 2);
    const QJsonObject taxi = entries.at(1).toObject(); // by text: utilize, 的士
    QCOMPARE(taxi.value(u"text").toString(), u"的士"_qs);
    QCOMPARE(taxi.value(u"kind").toString(), u"preferred"_qs);
    QCOMPARE(taxi.value(u"replacement").toString(), u"出租车"_qs);
    QCOMPARE(taxi.value(u"language").toString(), u"zh"_qs);
    QCOMPARE(taxi.value(u"note").toString(), u"通用规范"_qs);
    QCOMPARE(taxi.value(u"added_by").toString(), u"tester"_qs);

    // Another reporter's check reads the same list: the English entry is not for this story.
    Run checked = at(now, {u"check"_qs, id, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(styleItems(checked, u"style-list"_qs), QStringList {u"style-list|的士|出租车"_qs});
    QVERIFY(
        checked.json().array().at(0).toObject().value(u"message").toString().contains(u"通用规范"));

    // Adding again replaces; a banned word has no replacement; removing takes it away.
    QCOMPARE(
        at(now, {u"style"_qs, u"add"_qs, u"的士"_qs, u"--severity"_qs, u"error"_qs}).exitCode, 0);
    entries = at(now, {u"style"_qs, u"list"_qs, u"--json"_qs}).json().array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).toObject().value(u"kind").toString(), u"banned"_qs);
    checked = at(now, {u"check"_qs, id, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(styleItems(checked, u"style-list"_qs), QStringList {u"style-list|的士|"_qs});
    QCOMPARE(checked.json().array().at(0).toObject().value(u"severity").toString(), u"error"_qs);
    QCOMPARE(at(now, {u"style"_qs, u"remove"_qs, u"的士"_qs}).exitCode, 0);
    checked = at(now, {u"check"_qs, id, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(styleItems(checked, u"style-list"_qs), QStringList());
    const Run again = at(now, {u"style"_qs, u"remove"_qs, u"的士"_qs});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(u"的士"_qs), again.err);

    // An exception keeps a name in its own script.
    const QString name = newStory(now, u"zh-Hans"_qs, u"楊振寧教授来访。"_qs);
    QCOMPARE(styleItems(
                 at(now, {u"check"_qs, name, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs}),
                 u"script-consistency"_qs)
                 .size(),
        2);
    QCOMPARE(at(now, {u"style"_qs, u"add"_qs, u"楊振寧"_qs, u"--exception"_qs}).exitCode, 0);
    const Run kept =
        at(now, {u"check"_qs, name, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(kept.exitCode, 0);
}

void TestStyleCli::ruleSwitches()
{
    const QString id = newStory("2026-11-24T03:00:00Z", u"zh-Hans"_qs, u"他说,好。"_qs);
    const char *now = "2026-11-24T04:00:00Z";
    QCOMPARE(at(now, {u"check"_qs, id, u"--style"_qs, u"--no-suggestions"_qs}).exitCode, 4);
    QCOMPARE(at(now, {u"style"_qs, u"disable"_qs, u"zh-halfwidth-punctuation"_qs}).exitCode, 0);
    QCOMPARE(at(now, {u"check"_qs, id, u"--style"_qs, u"--no-suggestions"_qs}).exitCode, 0);
    const Run rules = at(now, {u"style"_qs, u"rules"_qs, u"--json"_qs});
    bool seen = false;
    for (const QJsonValue &value : rules.json().array()) {
        const QJsonObject rule = value.toObject();
        if (rule.value(u"rule").toString() == u"zh-halfwidth-punctuation") {
            QCOMPARE(rule.value(u"enabled").toBool(), false);
            seen = true;
        }
        if (rule.value(u"rule").toString() == u"en-straight-quotes")
            QCOMPARE(rule.value(u"enabled").toBool(), false); // off until the house asks
    }
    QVERIFY(seen);
    QCOMPARE(at(now, {u"style"_qs, u"enable"_qs, u"zh-halfwidth-punctuation"_qs}).exitCode, 0);
    QCOMPARE(at(now, {u"check"_qs, id, u"--style"_qs, u"--no-suggestions"_qs}).exitCode, 4);

    // The quotes Chinese copy wants, for the newsroom.
    const QString quoted = newStory(now, u"zh-Hans"_qs, u"他说“好”。"_qs);
    QCOMPARE(at(now, {u"check"_qs, quoted, u"--style"_qs, u"--no-suggestions"_qs}).exitCode, 0);
    QCOMPARE(at(now, {u"style"_qs, u"quotes"_qs, u"corner"_qs}).exitCode, 0);
    const Run corner =
        at(now, {u"check"_qs, quoted, u"--style"_qs, u"--json"_qs, u"--no-suggestions"_qs});
    QCOMPARE(styleItems(corner), (QStringList {u"zh-quotes|“|「"_qs, u"zh-quotes|”|」"_qs}));
}

void TestStyleCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    QTest::newRow("unknown rule") << QStringList {u"style"_qs, u"disable"_qs, u"zh-comma"_qs}
                                  << u"zh-comma"_qs;
    QTest::newRow("unknown severity") << QStringList {u"style"_qs, u"add"_qs, u"x"_qs,
        u"--severity"_qs, u"fatal"_qs} << u"fatal"_qs;
    QTest::newRow("preferred to itself")
        << QStringList {u"style"_qs, u"add"_qs, u"use"_qs, u"--prefer"_qs, u"use"_qs} << u"use"_qs;
    QTest::newRow("exception with a form") << QStringList {u"style"_qs, u"add"_qs, u"楊"_qs,
        u"--prefer"_qs, u"杨"_qs, u"--exception"_qs}
                                           << u"exception"_qs;
    QTest::newRow("empty text") << QStringList {u"style"_qs, u"add"_qs, u"  "_qs} << u"empty"_qs;
    QTest::newRow("unknown action") << QStringList {u"style"_qs, u"purge"_qs} << u"purge"_qs;
}

void TestStyleCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    newStory("2026-11-24T03:00:00Z", u"en"_qs, u"x"_qs); // the store exists
    const Run run = at("2026-11-24T03:00:00Z", arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(said), run.err);
    QCOMPARE(
        at("2026-11-24T03:00:00Z", {u"style"_qs, u"list"_qs, u"--json"_qs}).json().array().size(),
        0);
}

QTEST_GUILESS_MAIN(TestStyleCli)
#include "tst_stylecli.moc"
