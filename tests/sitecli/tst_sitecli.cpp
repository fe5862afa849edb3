// SPDX-License-Identifier: GPL-3.0-or-later
// The site's settings through the command line: `site show [--json]`, `site set KEY=VALUE` on
// SQLite and on a real PostgreSQL (shared by everyone on the store), what a publish makes of
// them (the HTML a reader gets), the options that override them, and the errors that name
// what is wrong.
#include "postgresserver.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runCli;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The masthead's section links of a page, as "label→href".
QStringList menuOf(const QString &html)
{
    static const QRegularExpression nav(u"<nav class=\"section-nav\"[^>]*>(.*?)</nav>"_qs,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression link(u"<a href=\"([^\"]*)\"[^>]*>([^<]*)</a>"_qs);
    QStringList items;
    auto it = link.globalMatch(nav.match(html).captured(1));
    while (it.hasNext()) {
        const auto m = it.next();
        items << m.captured(2) + u"→"_qs + m.captured(1);
    }
    return items;
}

} // namespace

class TestSiteCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void settingsAreShared_data();
    void settingsAreShared();
    void publishOptionsOverride();
    void quoteStyleIsTheCopyDesks();
    void badSettings_data();
    void badSettings();

private:
    Run cli(const QStringList &arguments) { return runCli(m_store, arguments); }
    void addStory(const QString &headline, const QString &section, const QString &language);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    std::unique_ptr<PostgresServer> m_server;
};

void TestSiteCli::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QByteArray("/nonexistent-config"));
}

void TestSiteCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(u"store.sqlite"_qs);
    QCOMPARE(runCli(m_store, {u"new"_qs, u"--headline"_qs, u"First"_qs}).exitCode, 0);
}

void TestSiteCli::addStory(const QString &headline, const QString &section, const QString &language)
{
    const Run created = cli({u"new"_qs, u"--headline"_qs, headline, u"--section"_qs, section,
        u"--language"_qs, language});
    QVERIFY2(created.exitCode == 0, created.err);
    const Run edited =
        cli({u"edit"_qs, created.outText().trimmed(), u"--set"_qs, u"status=published"_qs});
    QVERIFY2(edited.exitCode == 0, edited.err);
}

// Nothing set: every key with the value a publish would use, none of them "set".
void TestSiteCli::defaults()
{
    const Run shown = cli({u"site"_qs, u"show"_qs, u"--json"_qs});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject settings = shown.json().object();
    QCOMPARE(settings.value(u"title").toString(), u"Copydesk News"_qs);
    QCOMPARE(settings.value(u"base_url").toString(), u"/"_qs);
    QCOMPARE(settings.value(u"sections").toArray(), QJsonArray());
    QCOMPARE(settings.value(u"per_page").toInt(), 20);
    QCOMPARE(settings.value(u"footer").toString(), QString());
    QCOMPARE(settings.value(u"quote_style").toString(), u"auto"_qs);
    QCOMPARE(settings.value(u"house_style").toString(), u"english-wire"_qs);
    QCOMPARE(settings.value(u"languages").toString(), u"separate"_qs);
    QCOMPARE(settings.value(u"set").toArray(), QJsonArray());

    const Run plain = cli({u"site"_qs, u"show"_qs});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.outText().startsWith(u"title = Copydesk News   (default)\n"_qs), plain.out);
    QVERIFY(plain.outText().contains(u"\nper_page = 20   (default)\n"_qs));
    QVERIFY(plain.outText().contains(u"\nlanguages = separate   (default)\n"_qs));
    QCOMPARE(plain.outText().count(u'\n'), 8);
}

void TestSiteCli::settingsAreShared_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

// What one reporter sets, the next publish anywhere on the store uses: the title, the address,
// the menu in the newsroom's order and words, the stories per page and the footer line.
void TestSiteCli::settingsAreShared()
{
    QFETCH(QString, backend);
    if (backend == u"postgresql") {
        if (PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (no initdb/pg_ctl)");
        if (!m_server) {
            m_server = std::make_unique<PostgresServer>();
            QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        }
        m_store = m_server->createDatabase(u"site"_qs);
        QVERIFY2(!m_store.isEmpty(), qPrintable(m_server->error()));
    }
    addStory(u"本地新闻一"_qs, u"本地"_qs, u"zh-Hans"_qs);
    addStory(u"本地新闻二"_qs, u"本地"_qs, u"zh-Hans"_qs);
    addStory(u"经济新闻"_qs, u"经济"_qs, u"zh-Hans"_qs);
    addStory(u"Sports story"_qs, u"Sport"_qs, u"en"_qs);

    const Run set =
        cli({u"site"_qs, u"set"_qs, u"title=淮安日报"_qs, u"base_url=https://news.example.org/"_qs,
            uR"(sections=["经济",{"section":"本地","label":"淮安"},"文化"])"_qs, u"per_page=2"_qs,
            u"footer=© 2026 淮安日报社 <版权所有>"_qs, u"house_style=chinese-newspaper"_qs});
    QVERIFY2(set.exitCode == 0, set.err);
    QVERIFY(set.out.isEmpty());

    const QJsonObject settings = cli({u"site"_qs, u"show"_qs, u"--json"_qs}).json().object();
    QCOMPARE(settings.value(u"title").toString(), u"淮安日报"_qs);
    QCOMPARE(settings.value(u"base_url").toString(), u"https://news.example.org/"_qs);
    QCOMPARE(settings.value(u"per_page").toInt(), 2);
    QCOMPARE(settings.value(u"house_style").toString(), u"chinese-newspaper"_qs);
    const QJsonArray menu = settings.value(u"sections").toArray();
    QCOMPARE(menu.size(), 3);
    QCOMPARE(menu.at(1).toObject(),
        (QJsonObject {{u"section"_qs, u"本地"_qs}, {u"label"_qs, u"淮安"_qs}}));
    QCOMPARE(menu.at(0).toObject(),
        (QJsonObject {{u"section"_qs, u"经济"_qs}, {u"label"_qs, u"经济"_qs}}));
    QCOMPARE(settings.value(u"set").toArray().size(), 6);
    QVERIFY(cli({u"site"_qs, u"show"_qs})
                .outText()
                .contains(uR"(sections = ["经济",{"label":"淮安","section":"本地"},"文化"])"_qs));

    const QString site = m_dir->filePath(u"site"_qs);
    const Run published = cli({u"publish"_qs, u"--out"_qs, site});
    QVERIFY2(published.exitCode == 0, published.err);
    const QString front = readText(site + u"/index.html"_qs);
    QVERIFY2(
        front.contains(u"<title>最新新闻 - 淮安日报</title>"_qs), qPrintable(front.left(1500)));
    QVERIFY(front.contains(u"<link rel=\"canonical\" href=\"https://news.example.org/\">"_qs));
    // The menu's own sections first, in its order and words (文化 has no page: left out), then
    // the rest; the section's page keeps its own name.
    QCOMPARE(menuOf(front),
        (QStringList {u"首页→https://news.example.org/"_qs,
            u"经济→https://news.example.org/section/经济/"_qs,
            u"淮安→https://news.example.org/section/本地/"_qs,
            u"Sport→https://news.example.org/section/sport/"_qs}));
    QVERIFY(readText(site + u"/section/本地/index.html"_qs).contains(u"<h1>本地</h1>"_qs));
    // Two stories a page: four stories, two pages.
    QVERIFY(QFile::exists(site + u"/page/2/index.html"_qs));
    QVERIFY(!QFile::exists(site + u"/page/3/index.html"_qs));
    // The footer line as text, on every kind of page.
    for (const char *page :
        {"index.html", "section/经济/index.html", "search/index.html", "404.html"})
        QVERIFY2(readText(site + u'/' + QString::fromUtf8(page))
                     .contains(u"<p class=\"site-note\">© 2026 淮安日报社 &lt;版权所有&gt;</p>"_qs),
            page);

    // An empty value goes back to the default; the next publish follows.
    QCOMPARE(cli({u"site"_qs, u"set"_qs, u"footer="_qs, u"sections="_qs}).exitCode, 0);
    const QJsonObject after = cli({u"site"_qs, u"show"_qs, u"--json"_qs}).json().object();
    QCOMPARE(after.value(u"footer").toString(), QString());
    QCOMPARE(after.value(u"set").toArray().size(), 4);
    QVERIFY(cli({u"publish"_qs, u"--out"_qs, site}).exitCode == 0);
    const QString again = readText(site + u"/index.html"_qs);
    QVERIFY(!again.contains(u"site-note"_qs));
    QCOMPARE(menuOf(again).at(1), u"本地→https://news.example.org/section/本地/"_qs);
}

// publish's own options win over the settings.
void TestSiteCli::publishOptionsOverride()
{
    addStory(u"One"_qs, u"Local"_qs, u"en"_qs);
    addStory(u"Two"_qs, u"Local"_qs, u"en"_qs);
    addStory(u"Three"_qs, u"Local"_qs, u"en"_qs);
    QCOMPARE(cli({u"site"_qs, u"set"_qs, u"base_url=https://news.example.org/"_qs, u"per_page=1"_qs,
                     u"title=The Daily"_qs})
                 .exitCode,
        0);
    const QString site = m_dir->filePath(u"site"_qs);
    const Run published = cli({u"publish"_qs, u"--out"_qs, site, u"--base-url"_qs,
        u"https://other.example.org/"_qs, u"--per-page"_qs, u"2"_qs});
    QVERIFY2(published.exitCode == 0, published.err);
    const QString front = readText(site + u"/index.html"_qs);
    QVERIFY(front.contains(u"<link rel=\"canonical\" href=\"https://other.example.org/\">"_qs));
    QVERIFY(front.contains(u"<title>Latest news - The Daily</title>"_qs));
    QVERIFY(QFile::exists(site + u"/page/2/index.html"_qs));
    QVERIFY(!QFile::exists(site + u"/page/3/index.html"_qs));
}

// One setting for the quotes, whichever command sets it.
void TestSiteCli::quoteStyleIsTheCopyDesks()
{
    QCOMPARE(cli({u"style"_qs, u"quotes"_qs, u"corner"_qs}).exitCode, 0);
    QCOMPARE(cli({u"site"_qs, u"show"_qs, u"--json"_qs}).json()[u"quote_style"].toString(),
        u"corner"_qs);
    QCOMPARE(cli({u"site"_qs, u"set"_qs, u"quote_style=auto"_qs}).exitCode, 0);
    const QJsonObject settings = cli({u"site"_qs, u"show"_qs, u"--json"_qs}).json().object();
    QCOMPARE(settings.value(u"quote_style").toString(), u"auto"_qs);
    QVERIFY(!settings.value(u"set").toArray().contains(u"quote_style"_qs));
}

void TestSiteCli::badSettings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // in the message

    QTest::newRow("unknown key") << QStringList {u"set"_qs, u"colour=red"_qs} << u"colour"_qs;
    QTest::newRow("no value") << QStringList {u"set"_qs, u"title"_qs} << u"KEY=VALUE"_qs;
    QTest::newRow("nothing to set") << QStringList {u"set"_qs} << u"KEY=VALUE"_qs;
    QTest::newRow("per_page word")
        << QStringList {u"set"_qs, u"per_page=many"_qs} << u"per_page"_qs;
    QTest::newRow("per_page zero") << QStringList {u"set"_qs, u"per_page=0"_qs} << u"per_page"_qs;
    QTest::newRow("base_url scheme")
        << QStringList {u"set"_qs, u"base_url=ftp://example.org/"_qs} << u"base_url"_qs;
    QTest::newRow("sections not JSON")
        << QStringList {u"set"_qs, u"sections=本地,经济"_qs} << u"sections"_qs;
    QTest::newRow("sections of numbers")
        << QStringList {u"set"_qs, u"sections=[1,2]"_qs} << u"sections"_qs;
    QTest::newRow("sections twice")
        << QStringList {u"set"_qs, u"sections=[\"Local\",\"local\"]"_qs} << u"local"_qs;
    QTest::newRow("section key") << QStringList {u"set"_qs, uR"(sections=[{"name":"Local"}])"_qs}
                                 << u"name"_qs;
    QTest::newRow("quote_style") << QStringList {u"set"_qs, u"quote_style=fancy"_qs} << u"fancy"_qs;
    QTest::newRow("house_style") << QStringList {u"set"_qs, u"house_style=tabloid"_qs}
                                 << u"tabloid"_qs;
    QTest::newRow("footer lines") << QStringList {u"set"_qs, u"footer=one\ntwo"_qs} << u"footer"_qs;
    // One bad value and nothing is written, not even the good ones before it.
    QTest::newRow("good then bad")
        << QStringList {u"set"_qs, u"title=Written"_qs, u"per_page=-3"_qs} << u"per_page"_qs;
    QTest::newRow("unknown action") << QStringList {u"get"_qs} << u"get"_qs;
}

void TestSiteCli::badSettings()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run run = cli(QStringList {u"site"_qs} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(named), run.err);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(cli({u"site"_qs, u"show"_qs, u"--json"_qs}).json()[u"set"].toArray(), QJsonArray());
}

QTEST_GUILESS_MAIN(TestSiteCli)
#include "tst_sitecli.moc"
