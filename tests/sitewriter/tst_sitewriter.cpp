// SPDX-License-Identifier: GPL-3.0-or-later
// The publisher's parts on their own: the manifest's format, the last manifest with its delta,
// the content hash, and the site writer's stage / keep / commit on a real site folder.
#include "publish/contenthash.h"
#include "publish/manifest.h"
#include "publish/sitewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(path.section(u'/', 0, -2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// One run of the writer over `files` (path → bytes, key "k:" + bytes), committed.
PublishReport run(
    const QString &root, SiteWriter::Mode mode, const QList<std::pair<QString, QByteArray>> &files)
{
    SiteFolder site(root);
    QStringList warnings;
    site.open(warnings);
    const LastManifest last(site);
    PublishReport report;
    SiteWriter writer(site, last, mode, report);
    for (const auto &[path, bytes] : files)
        writer.stage(path, bytes, "k:" + bytes);
    writer.commit({});
    return report;
}

} // namespace

class TestSiteWriter : public QObject
{
    Q_OBJECT

private slots:
    void contentHashTellsBytesApart();
    void manifestRoundTrip();
    void manifestIgnoresMalformedLines_data();
    void manifestIgnoresMalformedLines();
    void manifestNeedsItsHeader();
    void lastManifestDeltaOverrides();
    void writerStagesOnlyWhatChanged();
    void writerDeletesWhatAWholeRunLeavesOut();
    void writerRunOfChangesKeepsTheRest();
    void writerKeepsByInputKey();
    void writerRebuildRewritesEverything();
    void writerWithoutCommitLeavesTheSite();
    void writerRefusesPathsOutsideTheSite_data();
    void writerRefusesPathsOutsideTheSite();
};

void TestSiteWriter::contentHashTellsBytesApart()
{
    const QByteArray a = contentHash("<p>今天</p>");
    QCOMPARE(a, contentHash("<p>今天</p>"));
    QVERIFY(a != contentHash("<p>今天 </p>"));
    QVERIFY(contentHash({}) != contentHash(QByteArray(1, '\0')));
    // 128 bits as two hex halves.
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]+-[0-9a-f]+$"))
                 .match(QString::fromLatin1(a))
                 .hasMatch(),
        a.constData());
}

void TestSiteWriter::manifestRoundTrip()
{
    Manifest manifest;
    manifest.files.insert(
        QStringLiteral("news/2026/12/淮安-新闻/index.html"), {"h1-h2", "key one"});
    manifest.files.insert(QStringLiteral("feed.xml"), {"h3-h4", ""});
    manifest.slugs.insert(QStringLiteral("0190a1b2"), QStringLiteral("淮安-新闻"));

    const Manifest back = Manifest::parse(manifest.serialize());
    QCOMPARE(back.files.size(), 2);
    QCOMPARE(back.files.value(QStringLiteral("news/2026/12/淮安-新闻/index.html")).hash,
        QByteArray("h1-h2"));
    QCOMPARE(back.files.value(QStringLiteral("news/2026/12/淮安-新闻/index.html")).key,
        QByteArray("key one"));
    QCOMPARE(back.files.value(QStringLiteral("feed.xml")).key, QByteArray());
    QCOMPARE(back.slugs, manifest.slugs);
    QCOMPARE(back.serialize().size(), manifest.serialize().size());
}

void TestSiteWriter::manifestIgnoresMalformedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("too few fields") << QByteArray("F\ta.html\thash");
    QTest::newRow("too many fields") << QByteArray("F\ta.html\thash\tkey\textra");
    QTest::newRow("unknown kind") << QByteArray("X\ta.html\thash\tkey");
    QTest::newRow("address with a file's fields") << QByteArray("S\tid\tslug\textra");
    QTest::newRow("blank") << QByteArray();
}

void TestSiteWriter::manifestIgnoresMalformedLines()
{
    QFETCH(QByteArray, line);
    const QByteArray bytes =
        kManifestHeader + '\n' + "F\tgood.html\th-h\tk\n" + line + '\n' + "S\tid1\tslug-one\n";
    const Manifest manifest = Manifest::parse(bytes);
    QCOMPARE(manifest.files.keys(), QStringList {QStringLiteral("good.html")});
    QCOMPARE(manifest.slugs.value(QStringLiteral("id1")), QStringLiteral("slug-one"));
}

void TestSiteWriter::manifestNeedsItsHeader()
{
    Manifest manifest;
    manifest.files.insert(QStringLiteral("a.html"), {"h-h", "k"});
    QVERIFY(Manifest::parse(manifest.serialize(kManifestDeltaHeader)).files.isEmpty());
    QVERIFY(Manifest::parse(manifest.serialize(), kManifestDeltaHeader).files.isEmpty());
    QVERIFY(Manifest::parse("copydesk-manifest 2\nF\ta.html\th-h\tk\n").files.isEmpty());
    QCOMPARE(Manifest::parse(manifest.serialize(kManifestDeltaHeader), kManifestDeltaHeader)
                 .files.size(),
        1);
}

void TestSiteWriter::lastManifestDeltaOverrides()
{
    QTemporaryDir dir;
    SiteFolder site(dir.path() + QStringLiteral("/site"));
    QStringList warnings;
    site.open(warnings);

    Manifest whole;
    whole.files.insert(QStringLiteral("a.html"), {"a-old", "ka"});
    whole.files.insert(QStringLiteral("b.html"), {"b-old", "kb"});
    whole.slugs.insert(QStringLiteral("id-a"), QStringLiteral("a"));
    Manifest delta;
    delta.files.insert(QStringLiteral("b.html"), {"b-new", "kb2"});
    delta.files.insert(QStringLiteral("c.html"), {"c-new", "kc"});
    writeBytes(site.state(QStringLiteral("manifest")), whole.serialize());
    writeBytes(site.state(QStringLiteral("manifest.delta")), delta.serialize(kManifestDeltaHeader));

    const LastManifest last(site);
    QCOMPARE(last.file(QStringLiteral("a.html"))->hash, QByteArray("a-old"));
    QCOMPARE(last.file(QStringLiteral("b.html"))->hash, QByteArray("b-new"));
    QCOMPARE(last.file(QStringLiteral("b.html"))->key, QByteArray("kb2"));
    QCOMPARE(last.file(QStringLiteral("c.html"))->hash, QByteArray("c-new"));
    QVERIFY(!last.file(QStringLiteral("d.html")));
    QCOMPARE(last.fileCount(), 3); // b counted once
    QCOMPARE(last.slug(QStringLiteral("id-a")), QStringLiteral("a"));
    QCOMPARE(last.slug(QStringLiteral("id-x")), QString());
    QCOMPARE(last.slugCount(), 1);

    const Manifest merged = last.whole();
    QCOMPARE(merged.files.size(), 3);
    QCOMPARE(merged.files.value(QStringLiteral("b.html")).hash, QByteArray("b-new"));
}

void TestSiteWriter::writerStagesOnlyWhatChanged()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/site");
    PublishReport first = run(root, SiteWriter::Mode::Site,
        {{QStringLiteral("index.html"), "home 1"}, {QStringLiteral("news/a/index.html"), "a 1"}});
    QCOMPARE(first.written, 2);
    QCOMPARE(first.unchanged, 0);
    QCOMPARE(fileBytes(root + QStringLiteral("/news/a/index.html")), QByteArray("a 1"));

    PublishReport second = run(root, SiteWriter::Mode::Site,
        {{QStringLiteral("index.html"), "home 2"}, {QStringLiteral("news/a/index.html"), "a 1"}});
    QCOMPARE(second.written, 1);
    QCOMPARE(second.unchanged, 1);
    QCOMPARE(second.removed, 0);
    QCOMPARE(fileBytes(root + QStringLiteral("/index.html")), QByteArray("home 2"));

    // The manifest on disk says what the site holds.
    SiteFolder site(root);
    QStringList warnings;
    site.open(warnings);
    const Manifest manifest = LastManifest(site).whole();
    QCOMPARE(manifest.files.size(), 2);
    QCOMPARE(manifest.files.value(QStringLiteral("index.html")).hash, contentHash("home 2"));
    QCOMPARE(manifest.files.value(QStringLiteral("index.html")).key, QByteArray("k:home 2"));
}

void TestSiteWriter::writerDeletesWhatAWholeRunLeavesOut()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/site");
    run(root, SiteWriter::Mode::Site,
        {{QStringLiteral("index.html"), "home"}, {QStringLiteral("news/gone/index.html"), "gone"}});
    // A file of the reporter's own at the top of DIR is not the site's to delete.
    writeBytes(root + QStringLiteral("/CNAME"), "news.example.org\n");

    PublishReport report =
        run(root, SiteWriter::Mode::Site, {{QStringLiteral("index.html"), "home"}});
    QCOMPARE(report.removed, 1);
    QVERIFY(!QFile::exists(root + QStringLiteral("/news/gone/index.html")));
    QCOMPARE(fileBytes(root + QStringLiteral("/index.html")), QByteArray("home"));
    QCOMPARE(fileBytes(root + QStringLiteral("/CNAME")), QByteArray("news.example.org\n"));
}

void TestSiteWriter::writerRunOfChangesKeepsTheRest()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/site");
    run(root, SiteWriter::Mode::Site,
        {{QStringLiteral("index.html"), "home"}, {QStringLiteral("news/a/index.html"), "a 1"},
            {QStringLiteral("news/b/index.html"), "b 1"}});

    PublishReport report =
        run(root, SiteWriter::Mode::Changes, {{QStringLiteral("news/a/index.html"), "a 2"}});
    QCOMPARE(report.written, 1);
    QCOMPARE(report.removed, 0);
    QCOMPARE(report.unchanged, 2);
    QCOMPARE(fileBytes(root + QStringLiteral("/news/a/index.html")), QByteArray("a 2"));
    QCOMPARE(fileBytes(root + QStringLiteral("/news/b/index.html")), QByteArray("b 1"));

    SiteFolder site(root);
    QStringList warnings;
    site.open(warnings);
    const LastManifest last(site);
    // The run of changes wrote a delta, not the whole manifest.
    QCOMPARE(last.delta().files.keys(), QStringList {QStringLiteral("news/a/index.html")});
    QCOMPARE(last.file(QStringLiteral("news/a/index.html"))->hash, contentHash("a 2"));
    QCOMPARE(last.fileCount(), 3);
}

void TestSiteWriter::writerKeepsByInputKey()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/site");
    run(root, SiteWriter::Mode::Site, {{QStringLiteral("news/a/index.html"), "a 1"}});

    SiteFolder site(root);
    QStringList warnings;
    site.open(warnings);
    const LastManifest last(site);
    PublishReport report;
    {
        SiteWriter writer(site, last, SiteWriter::Mode::Site, report);
        QVERIFY(!writer.keep(QStringLiteral("news/a/index.html"), "another key"));
        QVERIFY(!writer.keep(QStringLiteral("news/new/index.html"), "k:a 1"));
        QVERIFY(writer.keep(QStringLiteral("news/a/index.html"), "k:a 1"));
        writer.commit({});
    }
    QCOMPARE(report.written, 0);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.removed, 0); // kept is not left out
    QCOMPARE(fileBytes(root + QStringLiteral("/news/a/index.html")), QByteArray("a 1"));
}

void TestSiteWriter::writerRebuildRewritesEverything()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/site");
    run(root, SiteWriter::Mode::Site,
        {{QStringLiteral("index.html"), "home"}, {QStringLiteral("news/a/index.html"), "a"}});

    SiteFolder site(root);
    QStringList warnings;
    site.open(warnings);
    const LastManifest last(site);
    PublishReport report;
    {
        SiteWriter writer(site, last, SiteWriter::Mode::Rebuild, report);
        QVERIFY(!writer.keep(QStringLiteral("index.html"), "k:home"));
        writer.stage(QStringLiteral("index.html"), "home", "k:home");
        writer.stage(QStringLiteral("news/a/index.html"), "a", "k:a");
        writer.commit({});
    }
    QCOMPARE(report.written, 2);
    QCOMPARE(report.unchanged, 0);
}

void TestSiteWriter::writerWithoutCommitLeavesTheSite()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/site");
    run(root, SiteWriter::Mode::Site, {{QStringLiteral("index.html"), "home 1"}});

    {
        SiteFolder site(root);
        QStringList warnings;
        site.open(warnings);
        const LastManifest last(site);
        PublishReport report;
        SiteWriter writer(site, last, SiteWriter::Mode::Site, report);
        writer.stage(QStringLiteral("index.html"), "home 2", "k:home 2");
        writer.stage(QStringLiteral("news/b/index.html"), "b", "k:b");
        QVERIFY(QFile::exists(site.staged(QStringLiteral("index.html"))));
        // A failure or a cancel: the writer goes without commit().
    }
    QCOMPARE(fileBytes(root + QStringLiteral("/index.html")), QByteArray("home 1"));
    QVERIFY(!QFile::exists(root + QStringLiteral("/news/b/index.html")));

    // The next run finds the site as the first run left it and nothing half-staged.
    PublishReport next =
        run(root, SiteWriter::Mode::Site, {{QStringLiteral("index.html"), "home 1"}});
    QCOMPARE(next.written, 0);
    QCOMPARE(next.unchanged, 1);
    SiteFolder site(root);
    QStringList warnings;
    site.open(warnings);
    QVERIFY(!QFile::exists(site.staged(QStringLiteral("news/b/index.html"))));
}

void TestSiteWriter::writerRefusesPathsOutsideTheSite_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << QStringLiteral("../escape.html");
    QTest::newRow("nested parent") << QStringLiteral("news/../../escape.html");
    QTest::newRow("absolute") << QStringLiteral("/tmp/escape.html");
    QTest::newRow("empty") << QString();
}

void TestSiteWriter::writerRefusesPathsOutsideTheSite()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/site");
    SiteFolder site(root);
    QStringList warnings;
    site.open(warnings);
    const LastManifest last(site);
    PublishReport report;
    SiteWriter writer(site, last, SiteWriter::Mode::Site, report);
    QVERIFY_THROWS_EXCEPTION(PublishError, writer.stage(path, "x", "k"));
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/escape.html")));
}

QTEST_GUILESS_MAIN(TestSiteWriter)
#include "tst_sitewriter.moc"
