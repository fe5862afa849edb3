// SPDX-License-Identifier: GPL-3.0-or-later
// Photos end to end, through the command line as a newsroom's scripts use it: attach, list and
// change them; what the store keeps (once per file, through revert, purge and migrate); and
// what a reader gets: figures, renditions on disk, share images, and no location metadata.
#include "store/articlestore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runCli;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

// Runs a tool the tests make photos with; an absent tool is a failed test (a declared
// dependency, packaging/install-deps.sh), not a skipped one.
bool tool(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000))
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        qWarning().noquote() << program << arguments.join(u' ') << process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPhotos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void attachListAndChange();
    void embeddedCaptionAndCreditFillEmptyFields();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void attachFromAStaleRevisionIsAConflict();
    void storedOnceThroughRevertPurgeAndMigrate();
    void publishedPageShowsFiguresAndRenditions();

private:
    QString store() const { return m_dir->filePath(S("store.sqlite")); }
    QString newArticle(const QString &headline, const QString &language = S("en"));
    QString attach(const QString &id, const QString &file, const QStringList &extra = {});

    QTemporaryDir m_photos;
    QString m_jpeg; // 2400×1600, IPTC caption and by-line, GPS and a camera serial
    QString m_png; // 700×500 with alpha
    QString m_small; // 300×200 JPEG
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPhotos::initTestCase()
{
    QVERIFY(m_photos.isValid());
    m_jpeg = m_photos.filePath(S("ferry-dawn.jpg"));
    m_png = m_photos.filePath(S("chart.png"));
    m_small = m_photos.filePath(S("small.jpg"));
    QVERIFY2(tool(S("convert"),
                 {S("-size"), S("2400x1600"), S("gradient:#1e5799-#f3c623"), S("-font"),
                     S("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), S("-fill"), S("white"),
                     S("-pointsize"), S("120"), S("-annotate"), S("+200+800"), S("Ferry at dawn"),
                     m_jpeg}),
        "ImageMagick's convert is needed to make the test photos");
    QVERIFY2(tool(S("exiftool"),
                 {S("-q"), S("-overwrite_original"),
                     S("-IPTC:Caption-Abstract=The first ferry leaves Huai'an at dawn."),
                     S("-IPTC:By-line=Li Wei"), S("-GPSLatitude=33.61"), S("-GPSLatitudeRef=N"),
                     S("-GPSLongitude=119.02"), S("-GPSLongitudeRef=E"),
                     S("-SerialNumber=CAM-SECRET-0042"), m_jpeg}),
        "exiftool (libimage-exiftool-perl) is needed to write the test photos' metadata");
    QVERIFY(tool(S("convert"),
        {S("-size"), S("700x500"), S("xc:none"), S("-fill"), S("#b3000c"), S("-draw"),
            S("circle 350,250 350,50"), m_png}));
    QVERIFY(tool(S("convert"), {S("-size"), S("300x200"), S("plasma:"), m_small}));
}

void TestPhotos::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestPhotos::newArticle(const QString &headline, const QString &language)
{
    const Run run = runCli(store(),
        {S("new"), S("--headline"), headline, S("--language"), language, S("--section"),
            S("Local")});
    if (run.exitCode != 0)
        qWarning() << run.errText();
    return run.outText().trimmed();
}

QString TestPhotos::attach(const QString &id, const QString &file, const QStringList &extra)
{
    const Run run = runCli(store(), QStringList {S("attach"), id, file} + extra);
    if (run.exitCode != 0)
        qWarning() << run.errText();
    return run.exitCode == 0 ? run.outText().trimmed() : QString();
}

void TestPhotos::attachListAndChange()
{
    const QString id = newArticle(S("Ferry service resumes"));
    const QString photo = attach(id, m_jpeg,
        {S("--caption"), S("The 6:10 ferry."), S("--credit"), S("Li Wei/AP"), S("--alt"),
            S("A ferry on a calm river"), S("--lead")});
    QVERIFY(!photo.isEmpty());

    Run show = runCli(store(), {S("show"), id, S("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject article = show.json().object();
    QCOMPARE(article.value(u"revision").toInt(), 2);
    const QJsonArray media = article.value(u"media").toArray();
    QCOMPARE(media.size(), 1);
    const QJsonObject p = media.first().toObject();
    QCOMPARE(p.value(u"id").toString(), photo);
    QCOMPARE(p.value(u"sha256").toString(),
        QString::fromLatin1(
            QCryptographicHash::hash(readBytes(m_jpeg), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(p.value(u"filename").toString(), S("ferry-dawn.jpg"));
    QCOMPARE(p.value(u"mime").toString(), S("image/jpeg"));
    QCOMPARE(p.value(u"width").toInt(), 2400);
    QCOMPARE(p.value(u"height").toInt(), 1600);
    QCOMPARE(p.value(u"bytes").toInteger(), QFileInfo(m_jpeg).size());
    QCOMPARE(p.value(u"caption").toString(), S("The 6:10 ferry."));
    QCOMPARE(p.value(u"credit").toString(), S("Li Wei/AP"));
    QCOMPARE(p.value(u"alt").toString(), S("A ferry on a calm river"));
    QCOMPARE(p.value(u"lead").toBool(), true);

    // A second photo made the lead takes the mark from the first.
    const QString second = attach(id, m_png, {S("--lead")});
    QVERIFY(!second.isEmpty());
    Run list = runCli(store(), {S("media"), id, S("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().size(), 2);
    QCOMPARE(list.json().array().at(0).toObject().value(u"lead").toBool(), false);
    QCOMPARE(list.json().array().at(1).toObject().value(u"lead").toBool(), true);
    // The plain list marks the photo without alt text.
    list = runCli(store(), {S("media"), id});
    QVERIFY2(list.outText().contains(second) && list.outText().contains(u"[no alt text]"),
        qPrintable(list.outText()));

    Run change = runCli(store(),
        {S("media"), id, second, S("--set"), S("caption=Ridership, 2020–2026"), S("--set"),
            S("alt=A red circle"), S("--json")});
    QCOMPARE(change.exitCode, 0);
    QCOMPARE(change.json().array().at(1).toObject().value(u"caption").toString(),
        S("Ridership, 2020–2026"));
    change = runCli(store(), {S("media"), id, second, S("--set"), S("colour=red")});
    QCOMPARE(change.exitCode, 1);
    QVERIFY(change.errText().contains(u"caption, credit and alt"));
    change = runCli(store(), {S("media"), id, S("nosuch"), S("--remove")});
    QCOMPARE(change.exitCode, 1);
    QVERIFY(change.errText().contains(u"nosuch"));

    change = runCli(store(), {S("media"), id, photo, S("--remove")});
    QCOMPARE(change.exitCode, 0);
    show = runCli(store(), {S("show"), id, S("--json")});
    QCOMPARE(show.json().object().value(u"media").toArray().size(), 1);
    // Attached twice, captioned, removed: a revision each; the refused changes made none.
    QCOMPARE(show.json().object().value(u"revision").toInt(), 5);
}

void TestPhotos::embeddedCaptionAndCreditFillEmptyFields()
{
    const QString id = newArticle(S("First ferry"));
    QVERIFY(!attach(id, m_jpeg).isEmpty());
    QVERIFY(!attach(id, m_jpeg, {S("--caption"), S("Typed by the reporter")}).isEmpty());
    const QJsonArray media = runCli(store(), {S("media"), id, S("--json")}).json().array();
    QCOMPARE(media.size(), 2);
    QCOMPARE(media.at(0).toObject().value(u"caption").toString(),
        S("The first ferry leaves Huai'an at dawn."));
    QCOMPARE(media.at(0).toObject().value(u"credit").toString(), S("Li Wei"));
    QCOMPARE(media.at(1).toObject().value(u"caption").toString(), S("Typed by the reporter"));
    QCOMPARE(media.at(1).toObject().value(u"credit").toString(), S("Li Wei"));
}

void TestPhotos::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QByteArray("The council met on Tuesday.\n") << S("notes.jpg")
                          << S("not a photo");
    QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                                       "height=\"10\"><script>alert(1)</script></svg>")
                         << S("logo.svg") << S("SVG");
    QTest::newRow("empty") << QByteArray() << S("empty.png") << S("empty");
    QTest::newRow("truncated") << QByteArray("truncated") << S("cut.jpg") << S("truncated");
}

void TestPhotos::badFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    if (bytes == "truncated") {
        const QByteArray whole = readBytes(m_jpeg);
        bytes = whole.left(whole.size() / 2);
    }
    const QString path = m_dir->filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString id = newArticle(S("Ferry service resumes"));
    const Run run = runCli(store(), {S("attach"), id, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(name) && run.errText().contains(reason, Qt::CaseInsensitive),
        qPrintable(run.errText()));
    // Nothing stored: no revision, no original.
    const Run show = runCli(store(), {S("show"), id, S("--json")});
    QCOMPARE(show.json().object().value(u"revision").toInt(), 1);
    QVERIFY(ArticleStore::open(store())->photoHashes().isEmpty());
}

void TestPhotos::attachFromAStaleRevisionIsAConflict()
{
    const QString id = newArticle(S("Ferry service resumes"));
    QCOMPARE(runCli(store(), {S("edit"), id, S("--set"), S("deck=Two boats a day")}).exitCode, 0);
    const Run run = runCli(store(), {S("attach"), id, m_small, S("--expect-revision"), S("1")});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(runCli(store(), {S("show"), id, S("--json")})
                 .json()
                 .object()
                 .value(u"media")
                 .toArray()
                 .size(),
        0);
    // The original did not land without the revision that shows it.
    QVERIFY(ArticleStore::open(store())->photoHashes().isEmpty());
}

void TestPhotos::storedOnceThroughRevertPurgeAndMigrate()
{
    const QString first = newArticle(S("Ferry service resumes"));
    const QString second = newArticle(S("Ferry timetable"));
    const QString photo = attach(first, m_jpeg);
    QVERIFY(!attach(second, m_jpeg).isEmpty());
    QVERIFY(!attach(second, m_small).isEmpty());
    QCOMPARE(ArticleStore::open(store())->photoHashes().size(), 2); // the ferry once

    // Removed, then brought back by reverting to the revision that had it, caption and all.
    QCOMPARE(
        runCli(store(), {S("media"), first, photo, S("--set"), S("caption=At dawn")}).exitCode, 0);
    QCOMPARE(runCli(store(), {S("media"), first, photo, S("--remove")}).exitCode, 0);
    QCOMPARE(runCli(store(), {S("revert"), first, S("3")}).exitCode, 0);
    const QJsonArray back = runCli(store(), {S("media"), first, S("--json")}).json().array();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().toObject().value(u"caption").toString(), S("At dawn"));

    // Migrated with the articles, once; a second run copies nothing.
    const QString copy = m_dir->filePath(S("copy.sqlite"));
    QCOMPARE(runCli({}, {S("migrate"), S("--from"), store(), S("--to"), copy}).exitCode, 0);
    QCOMPARE(ArticleStore::open(copy)->photoHashes(), ArticleStore::open(store())->photoHashes());
    {
        auto target = ArticleStore::open(copy);
        for (const QString &hash : target->photoHashes())
            QCOMPARE(target->photoData(hash), ArticleStore::open(store())->photoData(hash));
    }
    QCOMPARE(runCli({}, {S("migrate"), S("--from"), store(), S("--to"), copy}).exitCode, 0);
    QCOMPARE(ArticleStore::open(copy)->photoHashes().size(), 2);

    // Purging the second article keeps the ferry (the first shows it) and drops the other.
    QCOMPARE(runCli(store(), {S("delete"), second, S("--purge")}).exitCode, 0);
    const QString ferry = QString::fromLatin1(
        QCryptographicHash::hash(readBytes(m_jpeg), QCryptographicHash::Sha256).toHex());
    QCOMPARE(ArticleStore::open(store())->photoHashes(), QStringList {ferry});
    QCOMPARE(runCli(store(), {S("delete"), first, S("--purge")}).exitCode, 0);
    QVERIFY(ArticleStore::open(store())->photoHashes().isEmpty());
}

void TestPhotos::publishedPageShowsFiguresAndRenditions()
{
    const QString id = newArticle(S("渡轮恢复运营"), S("zh-Hans"));
    const QString lead = attach(id, m_jpeg,
        {S("--lead"), S("--caption"), S("首班渡轮清晨出发。"), S("--credit"), S("记者 李伟"),
            S("--alt"), S("平静河面上的渡轮")});
    const QString inline_ = attach(id, m_png, {S("--alt"), S("客流量图表")});
    QVERIFY(!lead.isEmpty() && !inline_.isEmpty());
    const QString body = S("记者从市交通局获悉，渡轮今日恢复运营。\n\n![客流量图表](media:%1)\n\n"
                           "![旧照片](images/old-ferry.jpg)\n\n乘客表示欢迎。\n")
                             .arg(inline_);
    QCOMPARE(runCli(store(),
                 {S("edit"), id, S("--set"), S("status=published"), S("--body-file"), S("-")},
                 body.toUtf8())
                 .exitCode,
        0);
    const QString site = m_dir->filePath(S("site"));
    Run published = runCli(store(),
        {S("publish"), S("--out"), site, S("--base-url"), S("https://news.example.org/"),
            S("--json")});
    QVERIFY2(published.exitCode == 0, qPrintable(published.errText()));
    const QJsonObject report = published.json().object();
    // 2400 px: 480, 960, 1600; 700 px: 480, 700; each as JPEG and WebP.
    QCOMPARE(report.value(u"renditions").toInt(), 10);
    const QString warnings =
        QString::fromUtf8(QJsonDocument(report.value(u"warnings").toArray()).toJson());
    QVERIFY2(warnings.contains(u"images/old-ferry.jpg"), qPrintable(warnings));

    const QString slug =
        runCli(store(), {S("show"), id, S("--json")}).json().object().value(u"slug").toString();
    const QString html = readText(site + S("/news/") + slug + S("/index.html"));
    QVERIFY(!html.isEmpty());
    // The lead photo under the headline, not lazy; its caption and the credit in house style.
    QVERIFY2(html.contains(u"<figure class=\"photo lead-photo\">"), qPrintable(html));
    QVERIFY(html.contains(u"首班渡轮清晨出发。 <span class=\"credit\">（记者 李伟 摄）</span>"));
    QVERIFY(html.contains(u"alt=\"平静河面上的渡轮\" fetchpriority=\"high\""));
    // The inline photo replaces its paragraph; the broken image is left out, its alt text kept.
    QVERIFY(html.contains(u"<figure class=\"photo\"><picture>"));
    QVERIFY(!html.contains(u"<p><figure"));
    QVERIFY(html.contains(u"alt=\"客流量图表\" loading=\"lazy\""));
    QVERIFY(!html.contains(u"old-ferry.jpg"));
    QVERIFY(html.contains(u"<p>旧照片</p>"));

    // Every address in a srcset is a file of the site, as wide as it says; width and height
    // give the widest rendition's shape.
    static const QRegularExpression entry(
        QStringLiteral("https://news\\.example\\.org/(media/[^ \"]+) (\\d+)w"));
    int checked = 0;
    for (auto it = entry.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QByteArray size;
        QVERIFY2(
            tool(S("identify"), {S("-format"), S("%w %h"), site + u'/' + m.captured(1)}, &size),
            qPrintable(m.captured(1)));
        QCOMPARE(size.split(' ').first().toInt(), m.captured(2).toInt());
        ++checked;
    }
    QCOMPARE(checked, 6 + 4); // the lead's three widths and the chart's two, in WebP and JPEG
    QVERIFY(html.contains(u"width=\"1600\" height=\"1067\""));
    QVERIFY(html.contains(u"width=\"700\" height=\"500\""));

    // The share image: absolute, with its size; JSON-LD lists every rendition.
    QVERIFY(
        html.contains(u"<meta property=\"og:image\" content=\"https://news.example.org/media/"));
    QVERIFY(html.contains(u"<meta property=\"og:image:width\" content=\"1600\">"));
    QVERIFY(html.contains(u"<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    QVERIFY(html.contains(u"\"@type\":\"ImageObject\""));

    // Lists show the lead photo's smallest rendition; feeds carry the widest.
    const QString ferry480 = S("https://news.example.org/media/v1-%1-480.jpg")
                                 .arg(QString::fromLatin1(QCryptographicHash::hash(
                                     readBytes(m_jpeg), QCryptographicHash::Sha256)
                                                              .toHex()
                                                              .left(20)));
    QVERIFY(readText(site + S("/index.html"))
                .contains(S("<img class=\"thumb\" src=\"%1\" width=\"480\" height=\"320\" alt=\"\"")
                              .arg(ferry480)));
    const QString ferry1600 = QString(ferry480).replace(S("-480.jpg"), S("-1600.jpg"));
    QVERIFY2(readText(site + S("/feed.xml"))
                 .contains(S("<media:content url=\"%1\" medium=\"image\" type=\"image/jpeg\" "
                             "width=\"1600\" height=\"1067\"/>")
                               .arg(ferry1600)),
        qPrintable(readText(site + S("/feed.xml"))));
    QVERIFY(readText(site + S("/atom.xml"))
                .contains(
                    S("<link rel=\"enclosure\" type=\"image/jpeg\" href=\"%1\"/>").arg(ferry1600)));

    // No location or camera serial in anything a reader can fetch.
    QByteArray tags;
    QVERIFY(tool(S("exiftool"), {S("-json"), S("-G"), S("-r"), site + S("/media")}, &tags));
    QVERIFY(!tags.isEmpty());
    QVERIFY2(!tags.contains("GPS") && !tags.contains("CAM-SECRET") && !tags.contains("Li Wei"),
        tags.constData());
    for (QDirIterator it(site, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        QVERIFY2(!readBytes(it.next()).contains("CAM-SECRET-0042"), qPrintable(it.filePath()));

    // A caption edit re-renders the page and encodes nothing.
    QCOMPARE(
        runCli(store(), {S("media"), id, lead, S("--set"), S("caption=清晨六点的渡轮。")}).exitCode,
        0);
    published = runCli(store(),
        {S("publish"), S("--out"), site, S("--base-url"), S("https://news.example.org/"),
            S("--json")});
    QCOMPARE(published.exitCode, 0);
    QCOMPARE(published.json().object().value(u"renditions").toInt(), 0);
    QVERIFY(readText(site + S("/news/") + slug + S("/index.html")).contains(u"清晨六点的渡轮。"));
    // That run redid only what the edit touched; a whole rebuild makes the same site.
    const QString rebuilt = m_dir->filePath(S("rebuilt"));
    QCOMPARE(runCli(store(),
                 {S("publish"), S("--out"), rebuilt, S("--base-url"),
                     S("https://news.example.org/"), S("--full")})
                 .exitCode,
        0);
    int compared = 0;
    for (QDirIterator it(rebuilt, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString relative = QDir(rebuilt).relativeFilePath(it.next());
        if (relative.startsWith(u".copydesk"))
            continue;
        QVERIFY2(
            readBytes(site + u'/' + relative) == readBytes(it.filePath()), qPrintable(relative));
        ++compared;
    }
    QVERIFY(compared > 20);

    // A photo taken off the article leaves /media/ at the next publish.
    QCOMPARE(runCli(store(), {S("media"), id, inline_, S("--remove")}).exitCode, 0);
    published = runCli(store(),
        {S("publish"), S("--out"), site, S("--base-url"), S("https://news.example.org/"),
            S("--json")});
    QCOMPARE(published.exitCode, 0);
    const QStringList left = QDir(site + S("/media")).entryList(QDir::Files);
    QCOMPARE(left.size(), 6);
    const QString pngHash = QString::fromLatin1(
        QCryptographicHash::hash(readBytes(m_png), QCryptographicHash::Sha256).toHex().left(20));
    for (const QString &file : left)
        QVERIFY2(!file.contains(pngHash), qPrintable(file));
}

QTEST_GUILESS_MAIN(TestPhotos)
#include "tst_photos.moc"
