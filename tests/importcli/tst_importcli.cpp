// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk import` and `copydesk convert` end to end: files in, `show --json` out.
#include "importing/textencoding.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using TestSupport::Run;
using TestSupport::runCli;

namespace {

// Compares an article as `show --json` prints it with an expected/*.json file, by the rules
// of the samples README (and `body_ends_with`, which our own fixtures use). Returns what
// differs, empty when all matches.
QString differences(const QJsonObject &article, const QJsonObject &expected)
{
    QStringList problems;
    const QString body = article.value(u"body").toString();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString key = it.key();
        const QJsonValue want = it.value();
        if (key == u"bylines") {
            const QJsonArray got = article.value(key).toArray();
            const QJsonArray wanted = want.toArray();
            bool same = got.size() == wanted.size();
            for (qsizetype i = 0; same && i < wanted.size(); ++i) {
                const QJsonObject w = wanted.at(i).toObject();
                for (auto field = w.begin(); field != w.end(); ++field)
                    same = same && got.at(i).toObject().value(field.key()) == field.value();
            }
            if (!same)
                problems << QStringLiteral("bylines: got %1")
                                .arg(QString::fromUtf8(
                                    QJsonDocument(got).toJson(QJsonDocument::Compact)));
        } else if (key == u"dateline") {
            const QJsonObject got = article.value(key).toObject();
            const QJsonObject w = want.toObject();
            for (auto field = w.begin(); field != w.end(); ++field) {
                if (got.value(field.key()) != field.value())
                    problems << QStringLiteral("dateline.%1: got \"%2\"")
                                    .arg(field.key(), got.value(field.key()).toString());
            }
        } else if (key == u"body_paragraphs") {
            qsizetype paragraphs = 0;
            for (const QString &block : body.split(QStringLiteral("\n\n")))
                paragraphs += block.trimmed().isEmpty() ? 0 : 1;
            if (paragraphs != want.toInt())
                problems << QStringLiteral("body has %1 paragraphs, not %2:\n%3")
                                .arg(paragraphs)
                                .arg(want.toInt())
                                .arg(body);
        } else if (key == u"body_starts_with") {
            if (!body.startsWith(want.toString()))
                problems << QStringLiteral("body starts \"%1\"").arg(body.left(60));
        } else if (key == u"body_ends_with") {
            // What must stay at the end of the story, where end marks and credits are taken off.
            if (!body.endsWith(want.toString()))
                problems << QStringLiteral("body ends \"%1\"").arg(body.right(60));
        } else if (key == u"body_must_not_contain") {
            for (const QJsonValue &text : want.toArray()) {
                if (body.contains(text.toString()))
                    problems << QStringLiteral("body contains \"%1\"").arg(text.toString());
            }
        } else if (article.value(key) != want) {
            problems << QStringLiteral("%1: got %2")
                            .arg(key,
                                QString::fromUtf8(QJsonDocument(QJsonArray {article.value(key)})
                                                      .toJson(QJsonDocument::Compact)));
        }
    }
    return problems.join(u'\n');
}

// Rows for every input with an expected/NAME.json in `dir`.
void addExpectationRows(const QString &dir)
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QDir folder(dir);
    for (const QFileInfo &expected : QDir(folder.filePath(QStringLiteral("expected")))
                                         .entryInfoList({QStringLiteral("*.json")})) {
        const QStringList inputs =
            folder.entryList({expected.completeBaseName() + QStringLiteral(".*")}, QDir::Files);
        if (!inputs.isEmpty())
            QTest::newRow(qPrintable(inputs.first()))
                << folder.filePath(inputs.first()) << expected.filePath();
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A .docx written the way Word lays one out, with the parts our reader looks at.
bool writeDocx(const QString &path, const QByteArray &documentXml, const QString &password = {},
    const QByteArray &padding = {}, const QList<std::pair<QString, QByteArray>> &parts = {},
    const QByteArray &moreRelationships = {})
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    auto add = [&](const QString &name, const QByteArray &data) {
        QuaZipFile file(&zip);
        const QuaZipNewInfo info(name);
        const bool opened = password.isEmpty()
            ? file.open(QIODevice::WriteOnly, info)
            : file.open(QIODevice::WriteOnly, info, password.toUtf8().constData());
        if (!opened)
            return false;
        file.write(data);
        file.close();
        return file.getZipError() == 0;
    };
    const QByteArray contentTypes =
        R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
    const QByteArray rels =
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/report" TargetMode="External"/>)"
        + moreRelationships + "</Relationships>";
    const QByteArray numbering =
        R"(<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>)";
    const bool ok = add(QStringLiteral("[Content_Types].xml"), contentTypes)
        && add(QStringLiteral("word/document.xml"), documentXml + padding)
        && add(QStringLiteral("word/_rels/document.xml.rels"), rels)
        && add(QStringLiteral("word/numbering.xml"), numbering)
        && std::all_of(parts.cbegin(), parts.cend(),
            [&](const auto &part) { return add(part.first, part.second); });
    zip.close();
    return ok && zip.getZipError() == 0;
}

QByteArray wordDocument(const QByteArray &paragraphs)
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>)"
        + paragraphs + "</w:body></w:document>";
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sharedSamples_data();
    void sharedSamples();
    void fixtures_data();
    void fixtures();
    void everyChangeIsAWarning_data();
    void everyChangeIsAWarning();
    void chineseEncodings_data();
    void chineseEncodings();
    void wordDocument();
    void wordDocumentPictures();
    void savedPagePictures();
    void rawImport();
    void badInput_data();
    void badInput();
    void convert();
    void importedFilesAreSkipped();
    void retryAfterAKillStoresNothingTwice();
    void importsAFolder();

private:
    QJsonObject importOne(const QString &path, QStringList *warnings = nullptr);
    int articleCount();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestImportCli::init()
{
    QVERIFY2(QFileInfo::exists(TestSupport::binary()), "COPYDESK_BINARY is not set");
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(QStringLiteral("import.sqlite"));
}

QJsonObject TestImportCli::importOne(const QString &path, QStringList *warnings)
{
    const Run run = runCli(m_store, {QStringLiteral("import"), QStringLiteral("--json"), path});
    if (run.exitCode != 0) {
        qWarning().noquote() << run.errText();
        return {};
    }
    const QJsonObject report = run.json().array().first().toObject();
    if (warnings) {
        for (const QJsonValue &w : report.value(u"warnings").toArray())
            *warnings << w.toString();
    }
    const Run show = runCli(m_store,
        {QStringLiteral("show"), report.value(u"id").toString(), QStringLiteral("--json")});
    return show.json().object();
}

int TestImportCli::articleCount()
{
    const Run list = runCli(m_store, {QStringLiteral("list"), QStringLiteral("--json")});
    return int(list.json().array().size());
}

void TestImportCli::sharedSamples_data()
{
    const QString shared = TestSupport::sharedDir();
    if (shared.isEmpty() || !QFileInfo::exists(shared + QStringLiteral("/samples")))
        QSKIP("COPYDESK_SHARED_DIR/samples is absent: the newsroom's shared samples were not "
              "checked");
    addExpectationRows(shared + QStringLiteral("/samples"));
}

void TestImportCli::sharedSamples()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QJsonObject article = importOne(input);
    QVERIFY2(!article.isEmpty(), qPrintable(input));
    const QString problems =
        differences(article, QJsonDocument::fromJson(readAll(expected)).object());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestImportCli::fixtures_data()
{
    addExpectationRows(TestSupport::dataDir() + QStringLiteral("/import"));
}

void TestImportCli::fixtures()
{
    sharedSamples();
}

void TestImportCli::everyChangeIsAWarning_data()
{
    // What the importer changed or left out, for an editor to review (import --json).
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("headline pinyin and punctuation")
        << u"zh-hant-pinyin.txt"_qs
        << QStringList {
               u"cleaned up the headline: “港(gǎng)區(qū)新建渡輪碼頭啟(qǐ)用” → “港區新建渡輪碼頭啟用”"_qs,
               u"pinyin syllables left after characters"_qs, u"full-width"_qs};
    QTest::newRow("end mark") << u"en-reuters-end.txt"_qs
                              << QStringList {u"removed the end mark \"(END)\" after the story"_qs,
                                     u"moved \"(Reporting by Natalia Ramos"_qs};
    QTest::newRow("contributor line kept")
        << u"en-ap-two-cities.txt"_qs
        << QStringList {u"as bylines contributing Kelvin Chan (Associated Press); the line stays "
                        u"in the story"_qs};
    QTest::newRow("closing credit")
        << u"zh-hans-closing-credit.txt"_qs
        << QStringList {u"read \"（本报记者 李青 通讯员 陈志远）\" after "
                        u"the last sentence as bylines"_qs};
    QTest::newRow("taiwan reporter line with its place")
        << u"zh-hant-taiwan-zonghe.txt"_qs
        << QStringList {u"read the news header \"記者張志豪／綜合報導\" as bylines 記者 張志豪"_qs};
    QTest::newRow("page furniture") << u"news-page.html"_qs
                                    << QStringList {u"blocks of page furniture"_qs, u"nav"_qs,
                                           u"div.ad-banner"_qs, u"aside.related"_qs, u"footer"_qs};
}

void TestImportCli::everyChangeIsAWarning()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, warnings);
    QStringList reported;
    importOne(TestSupport::dataDir() + QStringLiteral("/import/") + fixture, &reported);
    const QString all = reported.join(u'\n');
    for (const QString &warning : warnings)
        QVERIFY2(
            all.contains(warning), qPrintable(QStringLiteral("%1 not in:\n%2").arg(warning, all)));
}

void TestImportCli::chineseEncodings_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("warning");
    QTest::newRow("gbk") << u"zh-hans-huaian"_qs << QByteArray("GBK") << u"GB18030"_qs;
    QTest::newRow("gb18030") << u"zh-hans-xinhua"_qs << QByteArray("GB18030") << u"GB18030"_qs;
    QTest::newRow("big5") << u"zh-hant-pinyin"_qs << QByteArray("Big5") << u"Big5"_qs;
    QTest::newRow("utf-16") << u"zh-hans-huaian"_qs << QByteArray("UTF-16") << u"UTF-16"_qs;
}

void TestImportCli::chineseEncodings()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, warning);
    const QString dir = TestSupport::dataDir() + QStringLiteral("/import/");
    const QString text = QString::fromUtf8(readAll(dir + fixture + QStringLiteral(".txt")));
    QVERIFY(!text.isEmpty());
    QByteArray bytes;
    if (encoding == "UTF-16") {
        bytes = QByteArray("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    } else {
        // Big5 lacks the pinyin letters with tone marks: the converter debris stays out.
        QString encodable = text;
        if (encoding == "Big5")
            encodable.remove(
                QRegularExpression(QStringLiteral("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\\)")));
        bytes = encodeText(encodable, encoding.constData());
    }
    QVERIFY(!bytes.isEmpty());
    const QString path = m_dir->filePath(fixture + QStringLiteral(".txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QStringList warnings;
    const QJsonObject article = importOne(path, &warnings);
    QVERIFY(!article.isEmpty());
    QVERIFY2(warnings.join(u'\n').contains(warning), qPrintable(warnings.join(u'\n')));
    const QString problems = differences(article,
        QJsonDocument::fromJson(
            readAll(dir + QStringLiteral("expected/") + fixture + QStringLiteral(".json")))
            .object());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestImportCli::wordDocument()
{
    const QByteArray xml = ::wordDocument(
        R"(<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Harbor tunnel reopens</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:t xml:space="preserve">By SAM ORTIZ</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:t xml:space="preserve">NEWPORT (AP) — The tunnel reopened with </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>two</w:t></w:r><w:r><w:t xml:space="preserve"> lanes and </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>no</w:t></w:r><w:r><w:t xml:space="preserve"> tolls, says the </w:t></w:r><w:hyperlink r:id="rId7"><w:r><w:t>report</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>)"
        R"(<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>What changes</w:t></w:r></w:p>)"
        R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Open at 6 a.m.</w:t></w:r></w:p>)"
        R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Close at midnight</w:t></w:r></w:p>)"
        R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>First step</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:t>Deleted</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> text kept.</w:t></w:r></w:p>)");
    const QString path = m_dir->filePath(QStringLiteral("story.docx"));
    QVERIFY(writeDocx(path, xml));
    const QJsonObject article = importOne(path);
    QCOMPARE(article.value(u"headline").toString(), u"Harbor tunnel reopens"_qs);
    QCOMPARE(article.value(u"bylines").toArray().first().toObject().value(u"name").toString(),
        u"Sam Ortiz"_qs);
    QCOMPARE(article.value(u"dateline").toObject().value(u"source").toString(), u"AP"_qs);
    QCOMPARE(article.value(u"body").toString(),
        u"The tunnel reopened with **two** lanes and *no* tolls, says the "
        u"[report](https://example.org/report).\n\n## What changes\n\n"
        u"- Open at 6 a.m.\n- Close at midnight\n1. First step\n\nDeleted text kept."_qs);
}

// A Word document's pictures come in as the story's photos, where they stood, with Word's alt
// text; a picture that is not a photo, or only linked, is left out and the reporter told.
void TestImportCli::wordDocumentPictures()
{
    QImage image(800, 600, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 255 / 800, y * 255 / 600, 128));
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "JPG", 85));
    }
    const auto drawing = [](const QByteArray &alt, const QByteArray &reference) {
        return R"(<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture" descr=")" + alt
            + R"("/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip )" + reference
            + R"(/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>)";
    };
    QByteArray document =
        ::wordDocument(R"(<w:p><w:r><w:t>渡轮今起恢复运行</w:t></w:r></w:p>)"
                       R"(<w:p><w:r><w:t>本报讯 停航三天的渡轮今天恢复运行。</w:t></w:r>)"
            + drawing("清晨的渡轮 [码头]", R"(r:embed="rId10")") + R"(</w:p><w:p>)"
            + drawing("a chart", R"(r:embed="rId11")") + R"(</w:p>)" + R"(<w:p>)"
            + drawing("on the web", R"(r:link="rId12")")
            + R"(<w:r><w:t>市民出行更便利。</w:t></w:r></w:p>)");
    document.replace("<w:document ",
        R"(<w:document xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" )");
    const QString path = m_dir->filePath(QStringLiteral("ferry.docx"));
    const QByteArray relationships =
        R"(<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.jpeg"/>)"
        R"(<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.png"/>)"
        R"(<Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="https://example.org/photo.jpg" TargetMode="External"/>)";
    const bool written = writeDocx(path, document, {}, {},
        {{QStringLiteral("word/media/image1.jpeg"), jpeg},
            {QStringLiteral("word/media/image2.png"), QByteArray("not a picture at all")}},
        relationships);
    QVERIFY(written);

    QStringList warnings;
    const QJsonObject report = importOne(path, &warnings);
    const QString id = report.value(u"id").toString();
    QVERIFY(!id.isEmpty());
    QVERIFY2(warnings.join(u'\n').contains(u"picture left out: image2.png"),
        qPrintable(warnings.join(u'\n')));
    QVERIFY2(warnings.join(u'\n').contains(u"linked to a file outside the document"),
        qPrintable(warnings.join(u'\n')));

    const QJsonObject article =
        runCli(m_store, {QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
    const QJsonArray media = article.value(u"media").toArray();
    QCOMPARE(media.size(), 1);
    const QJsonObject photo = media.first().toObject();
    QCOMPARE(photo.value(u"alt").toString(), QStringLiteral("清晨的渡轮 [码头]"));
    QCOMPARE(photo.value(u"filename").toString(), QStringLiteral("image1.jpeg"));
    QCOMPARE(photo.value(u"mime").toString(), QStringLiteral("image/jpeg"));
    QCOMPARE(photo.value(u"width").toInt(), 800);
    QCOMPARE(photo.value(u"height").toInt(), 600);
    QCOMPARE(photo.value(u"sha256").toString(),
        QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex()));
    // Where it stood: after its paragraph, before the next; nothing of the others is left.
    const QString body = article.value(u"body").toString();
    const QString reference =
        QStringLiteral("![清晨的渡轮 \\[码头\\]](media:%1)").arg(photo.value(u"id").toString());
    QVERIFY2(body.contains(QStringLiteral("恢复运行。\n\n") + reference + QStringLiteral("\n\n")),
        qPrintable(body));
    QVERIFY2(!body.contains(u"media:picture"), qPrintable(body));
    QVERIFY2(body.trimmed().endsWith(u"市民出行更便利。"), qPrintable(body));
    // The original is in the store: the site gets its renditions.
    const QString site = m_dir->filePath(QStringLiteral("site"));
    QCOMPARE(runCli(m_store,
                 {QStringLiteral("edit"), id, QStringLiteral("--set"),
                     QStringLiteral("status=published")})
                 .exitCode,
        0);
    const Run published = runCli(m_store,
        {QStringLiteral("publish"), QStringLiteral("--out"), site, QStringLiteral("--json")});
    QVERIFY2(published.exitCode == 0, qPrintable(published.errText()));
    QVERIFY(published.json().object().value(u"renditions").toInt() > 0);
    QVERIFY(!QDir(site + QStringLiteral("/media")).entryList(QDir::Files).isEmpty());
}

// A page saved "complete" brings the pictures in its folder as photos; one on the web is never
// fetched, one outside the page's folder never read, each named in a warning.
void TestImportCli::savedPagePictures()
{
    const auto encoded = [](const QImage &image, const char *format) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        return bytes;
    };
    QImage dawn(640, 480, QImage::Format_RGB32);
    dawn.fill(QColor(30, 90, 160));
    QImage dot(32, 32, QImage::Format_ARGB32);
    dot.fill(QColor(200, 40, 40, 128));
    const QByteArray jpeg = encoded(dawn, "JPG");
    const QString folder = m_dir->filePath(QStringLiteral("saved"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/ferry_files")));
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(folder + QStringLiteral("/ferry_files/dawn.jpg"), jpeg));
    QVERIFY(write(m_dir->filePath(QStringLiteral("outside.jpg")), jpeg));
    const QByteArray page =
        "<!doctype html><html><head><title>Ferry - Daily</title></head><body>"
        "<nav><a href=\"/\">Home</a></nav><article><h1>Ferry service resumes</h1>"
        "<p>The harbour ferry runs again from Monday.</p>"
        "<figure><img src=\"ferry_files/dawn.jpg\" alt=\"The ferry at dawn\">"
        "<figcaption>The first crossing.</figcaption></figure>"
        "<p><img src=\"https://example.org/remote.jpg\" alt=\"remote\"></p>"
        "<p><img src=\"../outside.jpg\" alt=\"outside\"></p>"
        "<p><img src=\"ferry_files/missing.jpg\" alt=\"missing\"></p>"
        "<p>Tickets cost two dollars.</p><img alt=\"dot\" src=\"data:image/png;base64,"
        + encoded(dot, "PNG").toBase64() + "\"></article></body></html>";
    const QString path = folder + QStringLiteral("/ferry.html");
    QVERIFY(write(path, page));

    QStringList warnings;
    const QString id = importOne(path, &warnings).value(u"id").toString();
    QVERIFY(!id.isEmpty());
    const QString said = warnings.join(u'\n');
    QVERIFY2(
        said.contains(u"https://example.org/remote.jpg left out: on the web"), qPrintable(said));
    QVERIFY2(
        said.contains(u"../outside.jpg left out: outside the page's folder"), qPrintable(said));
    QVERIFY2(said.contains(u"ferry_files/missing.jpg left out: no such file"), qPrintable(said));

    const QJsonObject article =
        runCli(m_store, {QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
    const QJsonArray media = article.value(u"media").toArray();
    QCOMPARE(media.size(), 2);
    QCOMPARE(media.at(0).toObject().value(u"alt").toString(), QStringLiteral("The ferry at dawn"));
    QCOMPARE(media.at(0).toObject().value(u"filename").toString(), QStringLiteral("dawn.jpg"));
    QCOMPARE(media.at(0).toObject().value(u"width").toInt(), 640);
    QCOMPARE(media.at(1).toObject().value(u"mime").toString(), QStringLiteral("image/png"));
    QCOMPARE(media.at(1).toObject().value(u"alt").toString(), QStringLiteral("dot"));
    const QString body = article.value(u"body").toString();
    QVERIFY2(body.contains(QStringLiteral("![The ferry at dawn](media:%1)")
                               .arg(media.at(0).toObject().value(u"id").toString())),
        qPrintable(body));
    QVERIFY2(body.contains(
                 QStringLiteral("(media:%1)").arg(media.at(1).toObject().value(u"id").toString())),
        qPrintable(body));
    QVERIFY2(!body.contains(u"media:picture") && !body.contains(u"remote"), qPrintable(body));
    QVERIFY2(body.contains(u"Tickets cost two dollars."), qPrintable(body));
}

void TestImportCli::rawImport()
{
    const QString path = TestSupport::dataDir() + QStringLiteral("/import/zh-hant-pinyin.txt");
    const Run run = runCli(m_store, {QStringLiteral("import"), QStringLiteral("--raw"), path});
    QCOMPARE(run.exitCode, 0);
    const Run show = runCli(
        m_store, {QStringLiteral("show"), run.outText().trimmed(), QStringLiteral("--json")});
    const QJsonObject article = show.json().object();
    QCOMPARE(article.value(u"headline").toString(), u"港(gǎng)區(qū)新建渡輪碼頭啟(qǐ)用"_qs);
    QVERIFY(article.value(u"body").toString().startsWith(u"海港晚報訊(記者 林美華):"_qs));
    QVERIFY(article.value(u"body").toString().contains(u"相關新聞"_qs));
    QVERIFY(article.value(u"bylines").toArray().isEmpty());
    QCOMPARE(article.value(u"language").toString(), u"zh-Hant"_qs);
}

void TestImportCli::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("binary") << u"photo.txt"_qs
                            << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20)
                            << u"binary"_qs;
    QTest::newRow("empty") << u"empty.txt"_qs << QByteArray() << u"empty"_qs;
    QTest::newRow("blank") << u"blank.md"_qs << QByteArray("\n  \n") << u"empty"_qs;
    QTest::newRow("invalid utf-8")
        << u"latin1.txt"_qs << QByteArray("Caf\xE9 owners protest\nNa\xEFve r\xE9sum\xE9 \xFF")
        << u"not valid UTF-8"_qs;
    QTest::newRow("20 MB") << u"huge.txt"_qs << QByteArray(20 * 1024 * 1024, 'a')
                           << u"larger than"_qs;
    QTest::newRow("not a zip") << u"letter.docx"_qs << QByteArray("Dear editor, this is text.")
                               << u"not a Word document"_qs;
    QTest::newRow("zip without document")
        << u"other.docx"_qs << QByteArray("zip:none") << u"no word/document.xml"_qs;
    QTest::newRow("zip bomb") << u"bomb.docx"_qs << QByteArray("zip:bomb") << u"zip bomb"_qs;
    QTest::newRow("encrypted") << u"secret.docx"_qs << QByteArray("zip:encrypted")
                               << u"encrypted"_qs;
    QTest::newRow("bad yaml") << u"broken.md"_qs
                              << QByteArray("---\nheadline: [unclosed\n---\nBody\n")
                              << u"not valid YAML"_qs;
    QTest::newRow("bad front matter field")
        << u"status.md"_qs << QByteArray("---\nheadline: A\nstatus: nonsense\n---\nBody\n")
        << u"unknown status"_qs;
    QTest::newRow("bad json") << u"article.json"_qs << QByteArray("{\"headline\": ")
                              << u"not valid JSON"_qs;
}

void TestImportCli::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(name);
    const QByteArray minimal = ::wordDocument("<w:p><w:r><w:t>Headline</w:t></w:r></w:p>");
    if (content == "zip:bomb") {
        // 40 MB of spaces squeeze into a few dozen kilobytes.
        QVERIFY(writeDocx(path, minimal, {}, QByteArray(40 * 1024 * 1024, ' ')));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
    } else if (content == "zip:encrypted") {
        QVERIFY(writeDocx(path, minimal, QStringLiteral("secret")));
    } else if (content == "zip:none") {
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("notes.txt"))));
        file.write("hello");
        file.close();
        zip.close();
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    // A good file alongside is still imported; the bad one leaves nothing behind.
    const QString good = TestSupport::dataDir() + QStringLiteral("/import/en-ap-two.txt");
    const Run run = runCli(m_store, {QStringLiteral("import"), path, good});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(path), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(reason), qPrintable(run.errText()));
    QCOMPARE(run.outText().trimmed().split(u'\n').size(), 1);
    QCOMPARE(articleCount(), 1);
}

void TestImportCli::convert()
{
    const QString dir = TestSupport::dataDir() + QStringLiteral("/import/");
    const QJsonObject simplified = importOne(dir + QStringLiteral("zh-hans-huaian.txt"));
    const QString id = simplified.value(u"id").toString();
    QVERIFY(!id.isEmpty());

    Run run = runCli(m_store,
        {QStringLiteral("convert"), id, QStringLiteral("--to"), QStringLiteral("zh-Hant"),
            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonObject traditional = run.json().object();
    QCOMPARE(traditional.value(u"revision").toInt(), 2);
    QCOMPARE(traditional.value(u"language").toString(), u"zh-Hant"_qs);
    QCOMPARE(traditional.value(u"headline").toString(), u"淮安新能源公交線路增至42條"_qs);
    QCOMPARE(traditional.value(u"editor").toString(), u"王強"_qs);
    QCOMPARE(traditional.value(u"dateline").toObject().value(u"source").toString(), u"淮安日報"_qs);
    QCOMPARE(traditional.value(u"bylines").toArray().at(0).toObject().value(u"role").toString(),
        u"融媒體記者"_qs);
    QVERIFY(traditional.value(u"body").toString().startsWith(u"今年以來，我市新開通"_qs));

    // Someone saved meanwhile: a convert from the stale revision is refused and saves nothing.
    run = runCli(m_store,
        {QStringLiteral("convert"), id, QStringLiteral("--to"), QStringLiteral("zh-Hans"),
            QStringLiteral("--expect-revision"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 3);

    run = runCli(m_store,
        {QStringLiteral("convert"), id, QStringLiteral("--to"), QStringLiteral("zh-Hans"),
            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().object().value(u"headline").toString(),
        simplified.value(u"headline").toString());
    QCOMPARE(run.json().object().value(u"body").toString(), simplified.value(u"body").toString());
    QCOMPARE(run.json().object().value(u"revision").toInt(), 3);

    run = runCli(m_store,
        {QStringLiteral("convert"), id, QStringLiteral("--to"), QStringLiteral("zh-TW"),
            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().object().value(u"language").toString(), u"zh-TW"_qs);

    run = runCli(m_store,
        {QStringLiteral("convert"), id, QStringLiteral("--to"), QStringLiteral("klingon")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(u"zh-Hant"));

    const QString english =
        importOne(dir + QStringLiteral("en-ap-two.txt")).value(u"id").toString();
    run = runCli(m_store,
        {QStringLiteral("convert"), english, QStringLiteral("--to"), QStringLiteral("zh-Hant")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(u"not Chinese"));
    const Run history =
        runCli(m_store, {QStringLiteral("history"), english, QStringLiteral("--json")});
    QCOMPARE(history.json().array().size(), 1);
}

// Issue 20, item 13: a file imported before (the same bytes) is skipped with a note, so that
// running an import again never stores a story twice; --again imports a second copy.
void TestImportCli::importedFilesAreSkipped()
{
    const QString ap = TestSupport::dataDir() + QStringLiteral("/import/en-ap-two.txt");
    const QString copy = m_dir->filePath(QStringLiteral("same-bytes.txt"));
    QVERIFY(QFile::copy(ap, copy));
    const QString other = m_dir->filePath(QStringLiteral("other.txt"));
    {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Council approves budget\n\nThe council approved the budget on Tuesday.\n");
    }

    const Run first = runCli(m_store, {QStringLiteral("import"), ap});
    QCOMPARE(first.exitCode, 0);
    const QString id = first.outText().trimmed();
    QCOMPARE(id.size() > 0, true);

    // The same file again, a copy of it under another name, and a new file: only the new one.
    const Run second =
        runCli(m_store, {QStringLiteral("import"), QStringLiteral("--json"), ap, copy, other});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.errText().contains(ap + QStringLiteral(": already imported as ") + id),
        qPrintable(second.errText()));
    QVERIFY2(second.errText().contains(copy), qPrintable(second.errText()));
    const QJsonArray report = second.json().array();
    QCOMPARE(report.size(), 3);
    for (const QJsonValue &entry : report) {
        const QJsonObject item = entry.toObject();
        const bool isNew = item.value(u"file").toString() == other;
        QCOMPARE(item.value(u"skipped").toBool(), !isNew);
        if (!isNew)
            QCOMPARE(item.value(u"id").toString(), id);
    }
    QCOMPARE(articleCount(), 2);

    // Plain output lists new ids only.
    const Run third = runCli(m_store, {QStringLiteral("import"), ap, other});
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(third.outText(), QString());
    QCOMPARE(articleCount(), 2);

    // A killed story's file brings it back as a new article.
    QCOMPARE(runCli(m_store, {QStringLiteral("delete"), id}).exitCode, 0);
    const Run revived = runCli(m_store, {QStringLiteral("import"), ap});
    QCOMPARE(revived.exitCode, 0);
    const QString revivedId = revived.outText().trimmed();
    QVERIFY(!revivedId.isEmpty() && revivedId != id);
    QCOMPARE(articleCount(), 3);

    const Run again = runCli(m_store, {QStringLiteral("import"), QStringLiteral("--again"), ap});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.outText().trimmed().isEmpty());
    QVERIFY(again.outText().trimmed() != revivedId);
    QCOMPARE(articleCount(), 4);
}

// Issue 20, item 13: an import killed part-way, run again, leaves each file stored exactly
// once however far the first run got.
void TestImportCli::retryAfterAKillStoresNothingTwice()
{
    QDir().mkpath(m_dir->filePath(QStringLiteral("wire")));
    QStringList files;
    for (int i = 0; i < 700; ++i) {
        const QString path =
            m_dir->filePath(QStringLiteral("wire/%1.txt").arg(i, 4, 10, QChar(u'0')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("Story number %1\n\nBody of story %1 from the wire.\n").arg(i).toUtf8());
        files << path;
    }
    QProcess first;
    first.start(TestSupport::binary(),
        QStringList {QStringLiteral("--store"), m_store, QStringLiteral("import")} + files);
    QVERIFY(first.waitForStarted());
    // Killed once the first batch is stored (its ids are printed), the rest not yet.
    QTRY_VERIFY_WITH_TIMEOUT(
        first.bytesAvailable() > 0 || first.state() == QProcess::NotRunning, 60000);
    first.kill();
    first.waitForFinished();
    const QStringList printed =
        QString::fromUtf8(first.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const int storedFirst = articleCount();
    QVERIFY2(storedFirst >= printed.size(), qPrintable(QString::number(storedFirst)));

    const Run retry = runCli(m_store, QStringList {QStringLiteral("import")} + files);
    QCOMPARE(retry.exitCode, 0);
    const QStringList printedAgain = retry.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(articleCount(), 700);
    QCOMPARE(printedAgain.size(), 700 - storedFirst);
}

// Issue 18: `import DIR` takes the story files under DIR at any depth, reports the ones it
// cannot read and goes on, and says how far it got on stderr.
void TestImportCli::importsAFolder()
{
    const QDir root(m_dir->filePath(QStringLiteral("archive")));
    QVERIFY(root.mkpath(QStringLiteral("2025/12/01")));
    QVERIFY(root.mkpath(QStringLiteral("empty")));
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(root.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("front.md"), "---\nheadline: Front page story\n---\nBody.\n"));
    QVERIFY(write(QStringLiteral("2025/wire.txt"), "Wire story\n\nFrom the wire.\n"));
    QVERIFY(write(QStringLiteral("2025/12/01/page.html"),
        "<html><body><h1>Saved page story</h1><p>Text.</p></body></html>"));
    QVERIFY(write(QStringLiteral("2025/12/01/broken.docx"), "not a zip at all"));
    QVERIFY(write(QStringLiteral("2025/photo.jpg"), "\xff\xd8\xff"));
    QVERIFY(write(QStringLiteral(".hidden.md"), "---\nheadline: Hidden\n---\n"));

    const Run run = runCli(m_store, {QStringLiteral("import"), root.path()});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.outText().split(u'\n', Qt::SkipEmptyParts).size(), 3);
    QVERIFY2(run.errText().contains(QStringLiteral("broken.docx")), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QStringLiteral("left out 1 file of other kinds")),
        qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QStringLiteral("4 of 4 files")), qPrintable(run.errText()));
    QCOMPARE(articleCount(), 3);
    QStringList headlines;
    for (const QJsonValue &item :
        runCli(m_store, {QStringLiteral("list"), QStringLiteral("--json")}).json().array())
        headlines << item.toObject().value(u"headline").toString();
    headlines.sort();
    QCOMPARE(headlines,
        QStringList({QStringLiteral("Front page story"), QStringLiteral("Saved page story"),
            QStringLiteral("Wire story")}));

    // A folder with nothing to import says so.
    const Run empty =
        runCli(m_store, {QStringLiteral("import"), root.filePath(QStringLiteral("empty"))});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(
        empty.errText().contains(QStringLiteral("no story files")), qPrintable(empty.errText()));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
