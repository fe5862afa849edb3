// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk export` end to end (issue 17): the print desk's text in each house style and in
// GB18030, and the IPTC formats a partner reads — ninjs JSON, NITF and NewsML-G2 well-formed
// (xmllint), escaped, in the article's language.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runCli;

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void printTextInTheHouseStyles();
    void gb18030();
    void ninjs();
    void xmlFormats_data();
    void xmlFormats();
    void badArguments();
    void correctionsAndKills();

private:
    QString story(const QStringList &sets, const QByteArray &body);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestExportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(QStringLiteral("store.sqlite"));
}

QString TestExportCli::story(const QStringList &sets, const QByteArray &body)
{
    const Run created = runCli(m_store, {u"new"_qs, u"--headline"_qs, u"x"_qs});
    const QString id = created.outText().trimmed();
    QStringList args {u"edit"_qs, id, u"--body-file"_qs, u"-"_qs};
    for (const QString &set : sets)
        args << u"--set"_qs << set;
    const Run edited = runCli(m_store, args, body);
    if (edited.exitCode != 0)
        qWarning() << edited.errText();
    return id;
}

void TestExportCli::printTextInTheHouseStyles()
{
    const QString zh =
        story({u"headline=河道治理工程完工"_qs, u"language=zh-Hans"_qs, u"deck=两岸步道同步开放"_qs,
                  uR"(bylines=[{"name":"杨丹丹","role":"融媒体记者","affiliation":""}])"_qs,
                  u"dateline.source=淮安日报"_qs, u"editor=王五"_qs},
            "市区河道治理工程昨日完工。\n\n**两岸**步道同步开放。\n");
    const Run text = runCli(m_store, {u"export"_qs, zh, u"--format"_qs, u"text"_qs});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.outText(),
        u"河道治理工程完工\n两岸步道同步开放\n\n　　淮安日报讯：市区河道治理工程昨日完工。\n"
        u"　　两岸步道同步开放。\n■融媒体记者 杨丹丹\n责任编辑：王五\n\n字数：22\n"_qs);

    const QString en =
        story({u"headline=Bridge reopens"_qs, u"language=en"_qs,
                  uR"(bylines=[{"name":"Jane Doe","role":"","affiliation":"Associated Press"}])"_qs,
                  uR"(dateline={"place":"SPRINGFIELD, Ill.","date":"","source":"AP"})"_qs},
            "The bridge reopened on Tuesday.\n\nTraffic was light.\n");
    const Run wire = runCli(m_store, {u"export"_qs, en, u"--format"_qs, u"text"_qs});
    QCOMPARE(wire.exitCode, 0);
    QVERIFY2(wire.outText().startsWith(u"Bridge reopens\nBy Jane Doe\nAssociated Press\n\n"
                                       u"SPRINGFIELD, Ill. (AP) — The bridge reopened on Tuesday.\n"
                                       u"Traffic was light.\n"_qs),
        qPrintable(wire.outText()));
    QVERIFY(wire.outText().endsWith(u"\nWords: 8\n"_qs));
}

void TestExportCli::gb18030()
{
    const QString zh =
        story({u"headline=茶馆开业"_qs, u"language=zh-Hans"_qs}, "老街茶馆今日开业。\n");
    const QString file = m_dir->filePath(u"out.txt"_qs);
    QCOMPARE(runCli(m_store,
                 {u"export"_qs, zh, u"--format"_qs, u"text"_qs, u"--encoding"_qs, u"gb18030"_qs,
                     u"--out"_qs, file})
                 .exitCode,
        0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(!bytes.contains("\xe8\x8c\xb6")); // not UTF-8 (茶)
    QVERIFY(bytes.contains("\xb2\xe8")); // 茶 in GB18030
    const Run utf8 = runCli(m_store, {u"export"_qs, zh, u"--format"_qs, u"text"_qs});
    QCOMPARE(utf8.outText().toUtf8().size() > 0, true);
    // Decoded back by the importer's reader, it is the same text.
    QProcess iconv;
    iconv.start(u"iconv"_qs, {u"-f"_qs, u"GB18030"_qs, u"-t"_qs, u"UTF-8"_qs, file});
    QVERIFY(iconv.waitForFinished());
    QCOMPARE(QString::fromUtf8(iconv.readAllStandardOutput()), utf8.outText());
}

void TestExportCli::ninjs()
{
    const QString id = story({u"headline=<script>alert(1)</script> Budget"_qs, u"language=en"_qs,
                                 u"section=Local"_qs, uR"(tags=["council"])"_qs, u"deck=A deck"_qs},
        "Paragraph one.\n");
    QCOMPARE(
        runCli(m_store, {u"embargo"_qs, id, u"--until"_qs, u"2099-01-01T00:00:00Z"_qs}).exitCode,
        0);
    const Run run = runCli(m_store,
        {u"export"_qs, id, u"--format"_qs, u"ninjs"_qs, u"--base-url"_qs,
            u"https://news.example/"_qs});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject item = run.json().object();
    QVERIFY(item.value(u"uri").toString().startsWith(u"https://news.example/article/"_qs));
    QCOMPARE(item.value(u"type").toString(), u"text"_qs);
    QCOMPARE(item.value(u"pubstatus").toString(), u"withheld"_qs);
    QCOMPARE(item.value(u"embargoed").toString(), u"2099-01-01T00:00:00Z"_qs);
    QCOMPARE(item.value(u"language").toString(), u"en"_qs);
    QCOMPARE(item.value(u"headlines").toArray().first().toObject().value(u"value").toString(),
        u"<script>alert(1)</script> Budget"_qs);
    QCOMPARE(item.value(u"descriptions").toArray().first().toObject().value(u"value").toString(),
        u"A deck"_qs);
    QCOMPARE(item.value(u"subjects").toArray().size(), 2);
    const QJsonArray bodies = item.value(u"bodies").toArray();
    QCOMPARE(bodies.size(), 2);
    QVERIFY(
        bodies.at(0).toObject().value(u"value").toString().contains(u"<p>Paragraph one.</p>"_qs));
    QCOMPARE(bodies.at(1).toObject().value(u"value").toString(), u"Paragraph one."_qs);
    QCOMPARE(item.value(u"altids").toArray().first().toObject().value(u"value").toString(), id);
    // Killed: canceled.
    QCOMPARE(runCli(m_store, {u"delete"_qs, id}).exitCode, 0);
    QCOMPARE(runCli(m_store, {u"export"_qs, id, u"--format"_qs, u"ninjs"_qs})
                 .json()
                 .object()
                 .value(u"pubstatus")
                 .toString(),
        u"canceled"_qs);
}

void TestExportCli::xmlFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("root");
    QTest::newRow("nitf") << u"nitf"_qs << u"<nitf "_qs;
    QTest::newRow("newsml") << u"newsml"_qs << u"<newsItem "_qs;
}

void TestExportCli::xmlFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, root);
    const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_qs);
    if (xmllint.isEmpty())
        QSKIP("xmllint is not installed (libxml2-utils): well-formedness is not checked");
    const QString zh =
        story({u"headline=河道 & <治理>"_qs, u"language=zh-Hant"_qs,
                  uR"(bylines=[{"name":"陳大文","role":"記者","affiliation":""}])"_qs,
                  uR"(dateline={"place":"台北","date":"2026-12-01","source":""})"_qs},
            "第一段 <b>不是標記</b> & 符號。\n\n第二段。\n");
    const QString dir = m_dir->filePath(u"out"_qs);
    const Run run =
        runCli(m_store, {u"export"_qs, zh, zh, u"--format"_qs, format, u"--out"_qs, dir});
    QCOMPARE(run.exitCode, 0);
    const QString path = run.outText().split(u'\n', Qt::SkipEmptyParts).first();
    QVERIFY(path.endsWith(u".xml"_qs));
    QProcess lint;
    lint.start(xmllint, {u"--noout"_qs, path});
    QVERIFY(lint.waitForFinished());
    QCOMPARE(lint.exitCode(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    QVERIFY(xml.contains(root));
    QVERIFY(xml.contains(u"xml:lang=\"zh-Hant\""_qs));
    QVERIFY(xml.contains(u"河道 &amp; &lt;治理&gt;"_qs));
    QVERIFY(xml.contains(u"第一段 &lt;b&gt;不是標記&lt;/b&gt; &amp; 符號。"_qs));
    QVERIFY(!xml.contains(u"<b>"_qs));
    if (format == u"nitf") {
        QVERIFY(xml.contains(u"<person>陳大文</person>"_qs));
        QVERIFY(xml.contains(u"<location>台北</location>"_qs));
    } else {
        QVERIFY(xml.contains(u"<by>記者 陳大文</by>"_qs));
        QVERIFY(xml.contains(u"<pubStatus qcode=\"stat:usable\"/>"_qs));
    }
}

void TestExportCli::badArguments()
{
    const QString id = story({u"headline=One"_qs}, "Body.\n");
    QCOMPARE(runCli(m_store, {u"export"_qs, id, u"--format"_qs, u"pdf"_qs}).exitCode, 1);
    QCOMPARE(runCli(m_store, {u"export"_qs, id}).exitCode, 1);
    QCOMPARE(runCli(m_store, {u"export"_qs, id, id, u"--format"_qs, u"text"_qs}).exitCode, 1);
    QCOMPARE(runCli(m_store,
                 {u"export"_qs, id, u"--format"_qs, u"ninjs"_qs, u"--encoding"_qs, u"gb18030"_qs})
                 .exitCode,
        1);
    // A wrong id among several writes nothing.
    const QString dir = m_dir->filePath(u"none"_qs);
    QCOMPARE(
        runCli(m_store,
            {u"export"_qs, id, u"no-such-story"_qs, u"--format"_qs, u"text"_qs, u"--out"_qs, dir})
                .exitCode
            != 0,
        true);
    QVERIFY(!QFileInfo::exists(dir));
}

// A correction and a kill in each format's own terms: ninjs version and pubstatus, NITF
// du-key version and ed-msg, NewsML-G2 version, signal and pubStatus.
void TestExportCli::correctionsAndKills()
{
    const QString id =
        story({u"headline=渡轮恢复运营"_qs, u"language=zh-Hans"_qs, u"status=published"_qs},
            "港口渡轮今天恢复运营。\n");
    const auto exported = [&](const QString &format) {
        return runCli(m_store, {u"export"_qs, id, u"--format"_qs, format}).outText();
    };
    const QString before = exported(u"newsml"_qs);
    QVERIFY(!before.contains(u"sig:correction"_qs));
    const int revision =
        runCli(m_store, {u"show"_qs, id, u"--json"_qs}).json().object().value(u"revision").toInt();
    QCOMPARE(runCli(m_store,
                 {u"correct"_qs, id, u"--kind"_qs, u"correction"_qs, u"--text"_qs,
                     u"渡轮恢复运营的日期是周一，不是周日。"_qs})
                 .exitCode,
        0);
    const QString corrected = QString::number(revision + 1);

    const QJsonObject item = QJsonDocument::fromJson(exported(u"ninjs"_qs).toUtf8()).object();
    QCOMPARE(item.value(u"version").toString(), corrected);
    QCOMPARE(item.value(u"pubstatus").toString(), u"usable"_qs);
    const QString nitf = exported(u"nitf"_qs);
    QVERIFY2(nitf.contains(u"<du-key version=\"%1\" "_qs.arg(corrected)), qPrintable(nitf));
    QVERIFY2(nitf.contains(u"渡轮恢复运营的日期是周一，不是周日。"_qs), qPrintable(nitf));
    const QString newsml = exported(u"newsml"_qs);
    QVERIFY2(newsml.contains(u"<signal qcode=\"sig:correction\"/>"_qs), qPrintable(newsml));
    QVERIFY(newsml.contains(u"version=\"%1\""_qs.arg(corrected)));
    QVERIFY(newsml.contains(u"<pubStatus qcode=\"stat:usable\"/>"_qs));

    QCOMPARE(
        runCli(m_store, {u"delete"_qs, id, u"--notice"_qs, u"报道有误，已撤回。"_qs}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(exported(u"ninjs"_qs).toUtf8())
                 .object()
                 .value(u"pubstatus")
                 .toString(),
        u"canceled"_qs);
    QVERIFY(exported(u"nitf"_qs).contains(u"Kill: 报道有误，已撤回。"_qs));
    QVERIFY(exported(u"newsml"_qs).contains(u"<pubStatus qcode=\"stat:canceled\"/>"_qs));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
