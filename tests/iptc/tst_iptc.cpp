// SPDX-License-Identifier: GPL-3.0-or-later
// One story, many outputs (issue 17): the ICML a paginator places in InDesign, and a partner's
// ninjs and NITF read back — field by field through the exports and the importer, end to end
// through the command line into a real store, and hostile wire files refused with nothing
// stored.
#include "importing/importer.h"
#include "render/exports.h"
#include "render/markdown.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runCli;

namespace {

const QString kSha =
    QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

// A story with every field the exports carry, and a photo shown in the body.
Article sampleStory(bool chinese)
{
    Article a;
    a.id = QStringLiteral("3f2c9a9e-0000-4000-8000-000000000001");
    a.slug = chinese ? QStringLiteral("river-works") : QStringLiteral("bridge-reopens");
    a.revision = 3;
    a.created = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    a.updated = a.created.addSecs(3600);
    a.embargoUntil = QDateTime(QDate(2099, 1, 1), QTime(6, 30), Qt::UTC);
    Copydesk::Photo photo;
    photo.id = QStringLiteral("p1");
    photo.sha256 = kSha;
    photo.filename = QStringLiteral("dawn.jpg");
    photo.mime = QStringLiteral("image/jpeg");
    photo.width = 1200;
    photo.height = 800;
    photo.bytes = 1000;
    photo.lead = true;
    if (chinese) {
        a.language = QStringLiteral("zh-Hans");
        a.headline = QStringLiteral("河道治理工程完工");
        a.deck = QStringLiteral("两岸步道同步开放");
        a.bylines = {Byline {QStringLiteral("杨丹丹"), QStringLiteral("融媒体记者"), {}},
            Byline {QStringLiteral("王立"), QStringLiteral("通讯员"), {}}};
        a.dateline = {
            QStringLiteral("北京"), QStringLiteral("2026-11-24"), QStringLiteral("新华社")};
        a.body = QStringLiteral("市区河道治理工程昨日**全面**完工。\n\n## 步道开放\n\n"
                                "> 这是*好消息*，市民说。\n\n![晨光中的河道](media:p1)\n\n"
                                "两岸步道同步开放。");
        a.section = QStringLiteral("本地");
        a.tags = {QStringLiteral("河道"), QStringLiteral("城建")};
        a.editor = QStringLiteral("王五");
        a.signoff = QStringLiteral("（完）");
        photo.caption = QStringLiteral("晨光中的河道");
        photo.credit = QStringLiteral("张三");
        photo.alt = QStringLiteral("河道与步道");
    } else {
        a.language = QStringLiteral("en");
        a.headline = QStringLiteral("Bridge reopens");
        a.deck = QStringLiteral("Traffic returns after two years");
        a.bylines = {Byline {QStringLiteral("Jane Doe"), QStringLiteral("Staff Writer"),
                         QStringLiteral("Associated Press")},
            Byline {QStringLiteral("John Roe"), {}, QStringLiteral("Associated Press")}};
        a.dateline = {
            QStringLiteral("BEIJING"), QStringLiteral("2026-11-24"), QStringLiteral("Xinhua")};
        a.body =
            QStringLiteral("The bridge **reopened** on *Tuesday*, see "
                           "[the map](https://news.example/map).\n\n## Traffic\n\n"
                           "> It is a good day, a driver said.\n\n![The bridge at dawn](media:p1)"
                           "\n\nTraffic was light.");
        a.section = QStringLiteral("Local");
        a.tags = {QStringLiteral("bridges"), QStringLiteral("traffic")};
        a.editor = QStringLiteral("Sam Poe");
        a.signoff = QStringLiteral("Reporting by Jane Doe; Editing by Sam Poe");
        photo.caption = QStringLiteral("The bridge at dawn");
        photo.credit = QStringLiteral("Jane Doe/AP");
        photo.alt = QStringLiteral("A steel bridge over a river");
    }
    a.notes = QStringLiteral("Partners: check the embargo.");
    a.media = {photo};
    return a;
}

struct IcmlParagraph
{
    QString style;
    QString language;
    QString text;
    QList<std::pair<QString, QString>> runs; // character style, text
};

// The story's paragraphs as InDesign would read them: a <Br/> ends a paragraph.
QList<IcmlParagraph> readIcml(const QByteArray &icml, QString *error)
{
    QList<IcmlParagraph> paragraphs;
    QXmlStreamReader xml(icml);
    QString characterStyle;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"ParagraphStyleRange") {
            paragraphs.append(
                {xml.attributes().value(QStringLiteral("AppliedParagraphStyle")).toString(),
                    xml.attributes().value(QStringLiteral("AppliedLanguage")).toString(), {}, {}});
        } else if (xml.name() == u"CharacterStyleRange") {
            characterStyle =
                xml.attributes().value(QStringLiteral("AppliedCharacterStyle")).toString();
        } else if (xml.name() == u"Content" && !paragraphs.isEmpty()) {
            const QString text = xml.readElementText();
            paragraphs.last().text += text;
            paragraphs.last().runs.append({characterStyle, text});
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return paragraphs;
}

QString xmllintProblem(const QByteArray &bytes, const QString &dir)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return QStringLiteral("xmllint is not installed (libxml2-utils)");
    const QString path = dir + QStringLiteral("/lint.xml");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QStringLiteral("cannot write ") + path;
    file.close();
    QProcess lint;
    lint.start(xmllint, {QStringLiteral("--noout"), path});
    lint.waitForFinished();
    return lint.exitCode() == 0 ? QString() : QString::fromUtf8(lint.readAllStandardError());
}

QByteArray exported(const QString &format, const Article &a)
{
    Exports::Site site;
    site.baseUrl = QStringLiteral("https://news.example/");
    if (format == u"ninjs")
        return QJsonDocument(Exports::ninjs(a, site)).toJson();
    if (format == u"nitf")
        return Exports::nitf(a, site);
    return Exports::icml(a, site);
}

} // namespace

class TestIptc : public QObject
{
    Q_OBJECT

private slots:
    void icmlStyles_data();
    void icmlStyles();
    void icmlEscapes();
    void icmlFromTheCommandLine();
    void roundTrip_data();
    void roundTrip();
    void photosAreNamedNotFetched();
    void partnerFiles_data();
    void partnerFiles();
    void hostileFiles_data();
    void hostileFiles();
    void throughTheStore_data();
    void throughTheStore();
    void aRefusedFileStoresNothing();

private:
    QTemporaryDir m_dir;
};

void TestIptc::icmlStyles_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("styles");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QString>("reporterLine");
    QTest::addColumn<QString>("caption");
    QTest::newRow("zh-Hans") << true << u"$ID/Chinese: Simplified"_qs
                             << QStringList {u"headline"_qs, u"deck"_qs, u"dateline"_qs, u"body"_qs,
                                    u"subhead"_qs, u"quote"_qs, u"caption"_qs, u"body"_qs,
                                    u"reporter-line"_qs, u"reporter-line"_qs}
                             << u"新华社北京11月24日电"_qs << u"■融媒体记者 杨丹丹 通讯员 王立"_qs
                             << u"晨光中的河道 （张三 摄）"_qs;
    QTest::newRow("en") << false << u"$ID/English: USA"_qs
                        << QStringList {u"headline"_qs, u"deck"_qs, u"byline"_qs, u"byline"_qs,
                               u"dateline"_qs, u"body"_qs, u"subhead"_qs, u"quote"_qs,
                               u"caption"_qs, u"body"_qs, u"reporter-line"_qs}
                        << u"BEIJING, Nov. 24 (Xinhua) -"_qs
                        << u"Reporting by Jane Doe; Editing by Sam Poe"_qs
                        << u"The bridge at dawn Photo: Jane Doe/AP"_qs;
}

void TestIptc::icmlStyles()
{
    QFETCH(bool, chinese);
    QFETCH(QString, language);
    QFETCH(QStringList, styles);
    QFETCH(QString, dateline);
    QFETCH(QString, reporterLine);
    QFETCH(QString, caption);
    const QByteArray icml = exported(u"icml"_qs, sampleStory(chinese));
    const QString lint = xmllintProblem(icml, m_dir.path());
    QVERIFY2(lint.isEmpty(), qPrintable(lint));
    const QString prolog = QString::fromUtf8(icml.left(400));
    QVERIFY2(prolog.contains(u"<?aid style=\"50\" type=\"snippet\" readerVersion=\"6.0\" "
                             u"featureSet=\"513\" product=\"8.0(370)\" ?>"_qs),
        qPrintable(prolog));
    QVERIFY(prolog.contains(u"<?aid SnippetType=\"InCopyInterchange\"?>"_qs));
    QVERIFY(prolog.contains(u"<Document DOMVersion=\"8.0\""_qs));

    QString error;
    const QList<IcmlParagraph> story = readIcml(icml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList used;
    for (const IcmlParagraph &p : story) {
        used << p.style.section(u'/', 1);
        QCOMPARE(p.language, language);
    }
    QCOMPARE(used, styles);
    // Every style the story applies is defined, with the language.
    const QString text = QString::fromUtf8(icml);
    for (const QString &style : std::as_const(styles))
        QVERIFY2(
            text.contains(u"<ParagraphStyle Self=\"ParagraphStyle/%1\" Name=\"%1\""_qs.arg(style)),
            qPrintable(style));
    QVERIFY(text.contains(u"AppliedLanguage=\"%1\""_qs.arg(language)));
    QVERIFY(text.contains(
        u"<CharacterStyle Self=\"CharacterStyle/bold\" Name=\"bold\" FontStyle=\"Bold\"/>"_qs));
    QVERIFY(text.contains(
        u"<CharacterStyle Self=\"CharacterStyle/italic\" Name=\"italic\" FontStyle=\"Italic\"/>"_qs));
    // One <Br/> between each two paragraphs, none after the last.
    QCOMPARE(text.count(u"<Br/>"_qs), story.size() - 1);

    const Article a = sampleStory(chinese);
    QCOMPARE(story.at(0).text, a.headline);
    QCOMPARE(story.at(1).text, a.deck);
    const qsizetype at = styles.indexOf(u"dateline"_qs);
    QCOMPARE(story.at(at).text, dateline);
    QCOMPARE(story.last().text, chinese ? u"责任编辑：王五"_qs : reporterLine);
    if (chinese)
        QCOMPARE(story.at(story.size() - 2).text, reporterLine);
    QCOMPARE(story.at(styles.indexOf(u"caption"_qs)).text, caption);
    if (!chinese) {
        QCOMPARE(story.at(2).text, u"By Jane Doe and John Roe"_qs);
        QCOMPARE(story.at(3).text, u"Associated Press"_qs);
    }

    // Bold and italic as character styles, the rest in none; a link is its text.
    const IcmlParagraph &lede = story.at(at + 1);
    const QString none = u"CharacterStyle/$ID/[No character style]"_qs;
    if (chinese) {
        QCOMPARE(lede.runs,
            (QList<std::pair<QString, QString>> {{none, u"市区河道治理工程昨日"_qs},
                {u"CharacterStyle/bold"_qs, u"全面"_qs}, {none, u"完工。"_qs}}));
        const IcmlParagraph &quote = story.at(at + 3);
        QCOMPARE(quote.runs,
            (QList<std::pair<QString, QString>> {{none, u"这是"_qs},
                {u"CharacterStyle/italic"_qs, u"好消息"_qs}, {none, u"，市民说。"_qs}}));
    } else {
        QCOMPARE(lede.runs,
            (QList<std::pair<QString, QString>> {{none, u"The bridge "_qs},
                {u"CharacterStyle/bold"_qs, u"reopened"_qs}, {none, u" on "_qs},
                {u"CharacterStyle/italic"_qs, u"Tuesday"_qs}, {none, u", see the map."_qs}}));
        QCOMPARE(story.at(at + 2).text, u"Traffic"_qs);
    }
}

void TestIptc::icmlEscapes()
{
    Article a = sampleStory(false);
    a.headline = QStringLiteral("Tom & \"Jerry\" <script>alert(1)</script>");
    a.body = QStringLiteral("A <b>not markup</b> & \"quoted\" line.");
    const QByteArray icml = exported(u"icml"_qs, a);
    const QString lint = xmllintProblem(icml, m_dir.path());
    QVERIFY2(lint.isEmpty(), qPrintable(lint));
    const QString text = QString::fromUtf8(icml);
    QVERIFY(!text.contains(u"<script>"_qs));
    QVERIFY(!text.contains(u"<b>"_qs));
    QVERIFY(text.contains(u"Tom &amp; "_qs));
    QVERIFY(text.contains(u"StoryTitle=\"Tom &amp; &quot;Jerry&quot; &lt;script&gt;"_qs));
    QString error;
    const QList<IcmlParagraph> story = readIcml(icml, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(story.first().text, a.headline);
    QCOMPARE(story.at(5).text, u"A <b>not markup</b> & \"quoted\" line."_qs);
}

void TestIptc::icmlFromTheCommandLine()
{
    const QString store = m_dir.filePath(u"icml.sqlite"_qs);
    QStringList ids;
    for (const QString &headline : {u"One & two"_qs, u"三"_qs})
        ids << runCli(store, {u"new"_qs, u"--headline"_qs, headline}).outText().trimmed();
    const QString dir = m_dir.filePath(u"icml"_qs);
    const Run run = runCli(
        store, {u"export"_qs, ids.at(0), ids.at(1), u"--format"_qs, u"icml"_qs, u"--out"_qs, dir});
    QCOMPARE(run.exitCode, 0);
    const QStringList paths = run.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(paths.size(), 2);
    for (const QString &path : paths) {
        QVERIFY2(path.endsWith(u".icml"_qs), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString lint = xmllintProblem(file.readAll(), m_dir.path());
        QVERIFY2(lint.isEmpty(), qPrintable(lint));
    }
    const Run single = runCli(store, {u"export"_qs, ids.at(0), u"--format"_qs, u"icml"_qs});
    QCOMPARE(single.exitCode, 0);
    QVERIFY(single.outText().contains(u"<Content>One &amp; two</Content>"_qs));
    const Run wrong = runCli(store, {u"export"_qs, ids.at(0), u"--format"_qs, u"pdf"_qs});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.errText().contains(u"text, ninjs, nitf, newsml or icml"_qs));
}

void TestIptc::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("field");
    // What each format carries; the rest is said in the README (ninjs: no sign-off, the
    // dateline's date only as the phrase's words; neither: the editor, internal notes).
    const QStringList both {u"headline"_qs, u"deck"_qs, u"bylines"_qs, u"dateline.place"_qs,
        u"body"_qs, u"language"_qs, u"section"_qs, u"tags"_qs, u"embargo_until"_qs};
    for (const bool chinese : {true, false}) {
        const char *lang = chinese ? "zh" : "en";
        for (const QString &field : both + QStringList {u"dateline.source"_qs})
            QTest::addRow("ninjs %s %s", lang, qPrintable(field))
                << u"ninjs"_qs << chinese << field;
        for (const QString &field : both + QStringList {u"dateline.date"_qs, u"signoff"_qs})
            QTest::addRow("nitf %s %s", lang, qPrintable(field)) << u"nitf"_qs << chinese << field;
    }
}

namespace {

QJsonValue fieldOf(const Article &a, const QString &field)
{
    const QJsonObject json = a.fieldsToJson();
    if (field.startsWith(u"dateline."))
        return json.value(u"dateline").toObject().value(field.mid(9));
    return json.value(field);
}

} // namespace

void TestIptc::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(bool, chinese);
    QFETCH(QString, field);
    const Article story = sampleStory(chinese);
    const QByteArray bytes = exported(format, story);
    const QString name = format == u"ninjs" ? u"wire.json"_qs : u"wire.nitf"_qs;
    ImportResult imported;
    try {
        imported = Importer::importData(bytes, name);
    } catch (const ImportError &error) {
        QFAIL(qPrintable(error.message()));
    }
    const Article &back = imported.article;
    if (field == u"body" && format == u"nitf") {
        // NITF's body is the paragraphs' text: what a reader reads comes back, the Markdown not.
        QCOMPARE(paragraphsText(back.body), paragraphsText(story.body));
        return;
    }
    if (field == u"body") {
        // The picture stays behind (see photosAreNamedNotFetched).
        QString expected = story.body;
        expected.remove(QRegularExpression(u"!\\[[^]]*\\]\\(media:p1\\)\n\n"_qs));
        QCOMPARE(back.body, expected);
        return;
    }
    const QJsonValue expected = fieldOf(story, field);
    // A field the story lacks would come back "equal" from any reader.
    QVERIFY2(!expected.isUndefined() && !expected.isNull() && expected != QJsonValue(QString())
            && expected != QJsonValue(QJsonArray()),
        "the sample story has the field");
    QCOMPARE(fieldOf(back, field), expected);
}

void TestIptc::photosAreNamedNotFetched()
{
    const Article story = sampleStory(false);
    // The export names the photo with its caption, alt text, credit and renditions on the site.
    const QJsonArray associations = QJsonDocument::fromJson(exported(u"ninjs"_qs, story))
                                        .object()
                                        .value(u"associations")
                                        .toArray();
    QCOMPARE(associations.size(), 1);
    const QJsonObject picture = associations.first().toObject();
    QCOMPARE(picture.value(u"type").toString(), u"picture"_qs);
    QCOMPARE(picture.value(u"headlines").toArray().first().toObject().value(u"value").toString(),
        u"The bridge at dawn"_qs);
    QCOMPARE(picture.value(u"descriptions").toArray().first().toObject().value(u"value").toString(),
        u"A steel bridge over a river"_qs);
    QCOMPARE(picture.value(u"copyrightholder").toString(), u"Jane Doe/AP"_qs);
    const QJsonArray renditions = picture.value(u"renditions").toArray();
    QVERIFY(!renditions.isEmpty());
    for (const QJsonValue &r : renditions) {
        QVERIFY2(
            r.toObject().value(u"href").toString().startsWith(u"https://news.example/media/"_qs),
            qPrintable(r.toObject().value(u"href").toString()));
        QVERIFY(r.toObject().value(u"width").toInt() > 0);
    }
    const ImportResult imported =
        Importer::importData(exported(u"ninjs"_qs, story), u"wire.json"_qs);
    QVERIFY(imported.article.media.isEmpty());
    QVERIFY(imported.originals.isEmpty());
    const QString expected = u"photo p1 not imported: the wire carries only its address (caption "
                             u"“The bridge at dawn”, credit “Jane Doe/AP”)"_qs;
    QVERIFY2(imported.warnings.contains(expected), qPrintable(imported.warnings.join(u'\n')));
}

void TestIptc::partnerFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("warning");
    QTest::newRow("ninjs 1.x names")
        << u"wire.json"_qs << QByteArray(R"({"uri":"urn:x:1","type":"text","headline":"Old wire",
        "byline":"By JANE DOE","body_text":"One.\n\nTwo.","urgency":2,"ednote":"Kill at 5"})")
        << u"Old wire"_qs << u"One.\n\nTwo."_qs
        << u"the wire's urgency (2) is not kept: an article has none"_qs;
    QTest::newRow("nitf with namespace and media")
        << u"wire.xml"_qs << QByteArray(R"(<?xml version="1.0"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" xml:lang="en">
 <head><title>T</title><docdata><urgency ed-urg="3"/><date.release norm="20991231T235900+0800"/>
  <ed-msg info="Advisory">Hold for release</ed-msg></docdata></head>
 <body><body.head><hedline><hl1>Storm nears coast</hl1></hedline>
  <byline>By JOHN ROE</byline><dateline>MIAMI (AP) —</dateline></body.head>
  <body.content><p>The <em>storm</em> is <b>near</b>.</p><hl2>Evacuations</hl2>
  <media media-type="image"><media-reference source="https://wire.example/p.jpg"/>
  <media-caption>Waves</media-caption><media-producer>AP</media-producer></media>
  <bq><p>Leave now, the mayor said.</p></bq></body.content></body></nitf>)")
        << u"Storm nears coast"_qs
        << u"The *storm* is **near**.\n\n## Evacuations\n\n> Leave now, the mayor said."_qs
        << u"photo https://wire.example/p.jpg not imported: the wire carries only its address "
           u"(caption “Waves”, credit “AP”)"_qs;
    // As partners send it: the DTD named (and never fetched), no declarations of its own.
    QTest::newRow("nitf naming its dtd")
        << u"wire.nitf"_qs << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.6/specification/dtd/nitf-3-6.dtd">
<nitf><head><docdata><date.release norm="20991231T235900+0800"/>
  <ed-msg info="Advisory">Hold for release</ed-msg></docdata></head>
 <body><body.head><hedline><hl1>Storm nears coast</hl1></hedline>
  <byline>By JOHN ROE</byline><dateline>MIAMI (AP) —</dateline></body.head>
  <body.content><p>The storm is near.</p></body.content></body></nitf>)")
        << u"Storm nears coast"_qs << u"The storm is near."_qs << QString();
}

void TestIptc::partnerFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, headline);
    QFETCH(QString, body);
    QFETCH(QString, warning);
    const ImportResult result = Importer::importData(bytes, name);
    QCOMPARE(result.article.headline, headline);
    QCOMPARE(result.article.body, body);
    if (!warning.isEmpty())
        QVERIFY2(result.warnings.contains(warning), qPrintable(result.warnings.join(u'\n')));
    if (!name.endsWith(u".json")) {
        QCOMPARE(result.article.bylines, (QList<Byline> {{u"John Roe"_qs, {}, {}}}));
        QCOMPARE(result.article.dateline.place, u"MIAMI"_qs);
        QCOMPARE(result.article.dateline.source, u"AP"_qs);
        QCOMPARE(isoTimestamp(result.article.embargoUntil), u"2099-12-31T15:59:00.000Z"_qs);
        QCOMPARE(result.article.notes, u"Advisory Hold for release"_qs);
    } else {
        QCOMPARE(result.article.bylines, (QList<Byline> {{u"Jane Doe"_qs, {}, {}}}));
        QCOMPARE(result.article.notes, u"Kill at 5"_qs);
    }
}

void TestIptc::hostileFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("malformed") << u"bad.nitf"_qs << QByteArray("<nitf><head><title>x</head></nitf>")
                               << u"is not well-formed XML"_qs;
    QTest::newRow("truncated") << u"cut.xml"_qs << QByteArray("<?xml version=\"1.0\"?><nitf><body>")
                               << u"is not well-formed XML"_qs;
    QTest::newRow("doctype with a subset")
        << u"dtd.nitf"_qs
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"nitf.dtd\" [\n"
                      "<!ATTLIST p lang CDATA \"xx\">\n]>\n<nitf/>")
        << u"has a document type declaration with declarations of its own"_qs;
    QTest::newRow("billion laughs")
        << u"lol.xml"_qs
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n<!ENTITY lol \"lol\">\n"
                      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n]>\n"
                      "<nitf><body><body.content><p>&lol3;</p></body.content></body></nitf>")
        << u"declares XML entities"_qs;
    QTest::newRow("external entity")
        << u"xxe.xml"_qs
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY x SYSTEM "
                      "\"file:///etc/passwd\">]>\n<nitf><head><title>&x;</title></head></nitf>")
        << u"declares XML entities"_qs;
    QTest::newRow("undeclared entity")
        << u"ent.nitf"_qs << QByteArray("<nitf><head><title>&x;</title></head></nitf>")
        << u"is not well-formed XML"_qs;
    QTest::newRow("newsml") << u"item.xml"_qs
                            << QByteArray("<?xml version=\"1.0\"?><newsItem "
                                          "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>")
                            << u"is NewsML-G2"_qs;
    QTest::newRow("other xml") << u"feed.xml"_qs << QByteArray("<?xml version=\"1.0\"?><rss/>")
                               << u"neither NITF nor NewsML-G2 (its root element is <rss>)"_qs;
    QTest::newRow("headline a number")
        << u"n.json"_qs << QByteArray(R"({"uri":"u","type":"text","headlines":[{"value":5}]})")
        << u"is ninjs with headlines[0].value that is not text"_qs;
    QTest::newRow("bodies not a list")
        << u"b.json"_qs << QByteArray(R"({"uri":"u","version":"1","bodies":"text"})")
        << u"is ninjs with bodies that is not a list of objects"_qs;
    QTest::newRow("bylines of strings")
        << u"by.json"_qs << QByteArray(R"({"uri":"u","type":"text","bylines":["Jane"]})")
        << u"is ninjs with bylines[0] that is not an object"_qs;
    QTest::newRow("language a list")
        << u"l.json"_qs << QByteArray(R"({"uri":"u","type":"text","language":["en"]})")
        << u"is ninjs with language that is not text"_qs;
    QTest::newRow("a picture item") << u"p.json"_qs << QByteArray(R"({"uri":"u","type":"picture"})")
                                    << u"is a ninjs item of type \"picture\", not a story"_qs;
    QByteArray huge = R"({"uri":"u","type":"text","headlines":[{"value":")";
    huge += QByteArray(Importer::kMaxFileBytes, 'a') + R"("}]})";
    QTest::newRow("over size") << u"big.json"_qs << huge << u"is larger than"_qs;
}

void TestIptc::hostileFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    try {
        Importer::importData(bytes, name);
        QFAIL("imported");
    } catch (const ImportError &error) {
        QVERIFY2(error.message().startsWith(name + u' '), qPrintable(error.message()));
        QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
    }
}

void TestIptc::throughTheStore_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("extension");
    QTest::newRow("ninjs") << u"ninjs"_qs << u"json"_qs;
    QTest::newRow("nitf") << u"nitf"_qs << u"xml"_qs;
}

void TestIptc::throughTheStore()
{
    QFETCH(QString, format);
    QFETCH(QString, extension);
    const QString store = m_dir.filePath(format + u".sqlite"_qs);
    const QString id = runCli(store, {u"new"_qs, u"--headline"_qs, u"x"_qs}).outText().trimmed();
    const QStringList sets {u"headline=河道 & <治理> 完工"_qs, u"language=zh-Hans"_qs,
        u"deck=两岸步道同步开放"_qs, u"section=本地"_qs, uR"(tags=["河道","城建"])"_qs,
        uR"(bylines=[{"name":"杨丹丹","role":"融媒体记者","affiliation":""}])"_qs,
        uR"(dateline={"place":"北京","date":"2026-11-24","source":"新华社"})"_qs};
    QStringList args {u"edit"_qs, id, u"--body-file"_qs, u"-"_qs};
    for (const QString &set : sets)
        args << u"--set"_qs << set;
    const Run edited = runCli(store, args, "市区河道治理工程昨日完工。\n\n两岸步道同步开放。\n");
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.errText()));
    QCOMPARE(
        runCli(store, {u"embargo"_qs, id, u"--until"_qs, u"2099-01-01T00:00:00Z"_qs}).exitCode, 0);
    const QString file = m_dir.filePath(format + u"-wire."_qs + extension);
    const Run out = runCli(store, {u"export"_qs, id, u"--format"_qs, format, u"--out"_qs, file});
    QVERIFY2(out.exitCode == 0, qPrintable(out.errText()));
    const Run imported = runCli(store, {u"import"_qs, file, u"--json"_qs});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
    const QJsonObject report = imported.json().array().first().toObject();
    const QString copy = report.value(u"id").toString();
    QVERIFY(!copy.isEmpty() && copy != id);
    const QJsonObject original = runCli(store, {u"show"_qs, id, u"--json"_qs}).json().object();
    const QJsonObject back = runCli(store, {u"show"_qs, copy, u"--json"_qs}).json().object();
    for (const char *field :
        {"headline", "deck", "language", "section", "tags", "bylines", "embargo_until"}) {
        const QJsonValue expected = original.value(QLatin1StringView(field));
        const QJsonValue actual = back.value(QLatin1StringView(field));
        QVERIFY2(!expected.isUndefined() && !expected.isNull(), field);
        QVERIFY2(actual == expected,
            qPrintable(QString::fromUtf8(field) + u": "_qs
                + QString::fromUtf8(
                    QJsonDocument(QJsonArray {actual, expected}).toJson(QJsonDocument::Compact))));
    }
    // The body file's last line break is the one difference.
    QCOMPARE(back.value(u"body").toString(), original.value(u"body").toString().trimmed());
    QCOMPARE(back.value(u"dateline").toObject().value(u"place"),
        original.value(u"dateline").toObject().value(u"place"));
    const QJsonArray warnings = report.value(u"warnings").toArray();
    QVERIFY(
        warnings.contains(u"under embargo until 2099-01-01T00:00:00.000Z, as the wire says"_qs));
}

void TestIptc::aRefusedFileStoresNothing()
{
    const QString store = m_dir.filePath(u"batch.sqlite"_qs);
    QCOMPARE(runCli(store, {u"new"_qs, u"--headline"_qs, u"Existing"_qs}).exitCode, 0);
    const QString good = m_dir.filePath(u"good.nitf"_qs);
    const QString bomb = m_dir.filePath(u"bomb.nitf"_qs);
    const QString json = m_dir.filePath(u"bad.json"_qs);
    const QList<std::pair<QString, QByteArray>> files {
        {good, exported(u"nitf"_qs, sampleStory(false))},
        {bomb,
            "<!DOCTYPE nitf [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
            "<nitf><head><title>&b;</title></head></nitf>"},
        {json, R"({"uri":"u","type":"text","headlines":{"value":"x"}})"},
    };
    for (const auto &[path, bytes] : files) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const Run run = runCli(store, {u"import"_qs, bomb, good, json});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.errText().contains(bomb + u" declares XML entities"_qs), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(json + u" is ninjs with headlines that is not a list"_qs),
        qPrintable(run.errText()));
    // The good file is stored (each file is all or nothing, not the whole command line);
    // nothing of the refused ones.
    const QJsonArray list = runCli(store, {u"list"_qs, u"--json"_qs}).json().array();
    QCOMPARE(list.size(), 2);
    QStringList headlines;
    for (const QJsonValue &v : list)
        headlines << v.toObject().value(u"headline").toString();
    headlines.sort();
    QCOMPARE(headlines, (QStringList {u"Bridge reopens"_qs, u"Existing"_qs}));
}

QTEST_GUILESS_MAIN(TestIptc)
#include "tst_iptc.moc"
