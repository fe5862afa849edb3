// SPDX-License-Identifier: GPL-3.0-or-later
// The published site in a real browser: headless Chromium loads pages served over HTTP on
// 127.0.0.1, and the test reads the DOM it ends up with and the console messages it logged.
#include "store/articlestore.h"

#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

Article story(const QString &headline, const QString &language, const QString &section,
    const QStringList &tags, const QString &body, int daysAgo)
{
    Article a;
    a.headline = headline;
    a.language = language;
    a.section = section;
    a.tags = tags;
    a.body = body;
    a.status = ArticleStatus::Published;
    a.published = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    return a;
}

struct Page
{
    QString dom;
    QStringList console; // console messages and uncaught errors the page produced
};

} // namespace

class TestSiteView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void articlePageHasNoConsoleErrors();
    void search_data();
    void search();
    void recommendedLinkLeadsToTheArticle();
    void photosLoadWithoutAFailedRequest();
    void sectionsAndPagesByLinksAlone();

private:
    Page load(const QString &path);

    QTemporaryDir m_dir;
    QString m_chromium;
    QProcess m_server;
    QByteArray m_requests; // the server's log: a line per request, with its status
    QString m_bridge; // the story with photos
    int m_port = 0;
};

void TestSiteView::initTestCase()
{
    m_chromium = QStandardPaths::findExecutable(S("chromium"));
    if (m_chromium.isEmpty())
        QSKIP("chromium is not installed (Debian package \"chromium\"): the site is not checked in "
              "a browser");
    const QString python = QStandardPaths::findExecutable(S("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed: nothing to serve the site with");

    const QString store = m_dir.filePath(S("store.sqlite"));
    {
        auto s = ArticleStore::open(store);
        // Stories from three months: the search index comes in monthly parts.
        s->create(story(S("我市新能源汽车产量突破十万辆"), S("zh-Hans"), S("经济"),
            {S("新能源"), S("汽车")},
            S("记者从市工业和信息化局获悉，今年前十个月新能源汽车产量达10.2万辆。\n"), 1));
        s->create(story(S("新能源公交线路增至42条"), S("zh-Hans"), S("经济"), {S("新能源")},
            S("本市新能源公交线路增至42条，覆盖主要城区。\n"), 2));
        // In Traditional characters: a search in Simplified finds it too.
        s->create(story(S("老城區百年茶館重新開張"), S("zh-Hant"), S("文化"), {S("老城")},
            S("位於老城區南門大街的百年茶館重新開張。\n"), 40));
        m_bridge =
            s->create(story(S("Council approves new bridge"), S("en"), S("Local"), {S("Transport")},
                          S("The city council voted 9-2 for the bridge over the river.\n"), 1))
                .id;
        s->create(story(S("Tea exporters brace for costs"), S("en"), S("Business"), {S("Trade")},
            S("Exporters expect higher shipping costs next year.\n"), 75));
        // Four English stories to three Chinese: an English site with Chinese sections.
        s->create(story(S("Library extends opening hours"), S("en"), S("Culture"), {S("Libraries")},
            S("The central library opens until ten from Monday.\n"), 3));
        s->create(story(S("Harbour ferry timetable changes"), S("en"), S("Local"), {S("Ferries")},
            S("Ferries leave every twenty minutes in the summer.\n"), 4));
    }
    // The bridge story gets a lead photo and one in its body (made here with ImageMagick).
    const QString lead = m_dir.filePath(S("bridge.jpg"));
    const QString chart = m_dir.filePath(S("votes.png"));
    QProcess convert;
    convert.start(S("convert"), {S("-size"), S("2000x1200"), S("gradient:#335577-#ccddee"), lead});
    QVERIFY2(convert.waitForFinished(60000) && convert.exitCode() == 0,
        "ImageMagick's convert makes the test photos");
    convert.start(S("convert"), {S("-size"), S("600x400"), S("xc:#b3000c"), chart});
    QVERIFY(convert.waitForFinished(60000) && convert.exitCode() == 0);
    const auto attached = TestSupport::runCli(store,
        {S("attach"), m_bridge, lead, S("--lead"), S("--alt"),
            S("The river where the bridge will stand"), S("--caption"), S("The crossing today."),
            S("--credit"), S("Jane Doe/AP")});
    QVERIFY2(attached.exitCode == 0, attached.err.constData());
    const auto second =
        TestSupport::runCli(store, {S("attach"), m_bridge, chart, S("--alt"), S("The vote, 9-2")});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const auto edited = TestSupport::runCli(store, {S("edit"), m_bridge, S("--body-file"), S("-")},
        S("The city council voted 9-2 for the bridge over the river.\n\n![The vote, "
          "9-2](media:%1)\n")
            .arg(second.outText().trimmed())
            .toUtf8());
    QVERIFY2(edited.exitCode == 0, edited.err.constData());

    const QString site = m_dir.filePath(S("site"));
    // Three a page: the front page in three pages.
    const auto run =
        TestSupport::runCli(store, {S("publish"), S("--out"), site, S("--per-page"), S("3")});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // A static file server on a port the system picks, bound to loopback only; it names the
    // port once it is listening.
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(python,
        {S("-u"), S("-m"), S("http.server"), S("0"), S("--bind"), S("127.0.0.1"), S("--directory"),
            site});
    QVERIFY(m_server.waitForStarted());
    static const QRegularExpression serving(S("port (\\d+)"));
    QByteArray banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += m_server.readAllStandardOutput(),
                                 serving.match(QString::fromUtf8(banner)).hasMatch()),
        30000);
    m_port = serving.match(QString::fromUtf8(banner)).captured(1).toInt();
    QVERIFY(m_port > 0);
}

void TestSiteView::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }
}

Page TestSiteView::load(const QString &path)
{
    QTemporaryDir profile;
    QProcess chromium;
    chromium.start(m_chromium,
        {S("--headless"), S("--no-sandbox"), S("--disable-gpu"), S("--no-first-run"),
            S("--disable-background-networking"), S("--disable-component-update"),
            S("--user-data-dir=") + profile.path(), S("--enable-logging=stderr"), S("--v=0"),
            S("--virtual-time-budget=10000"), S("--dump-dom"),
            S("http://127.0.0.1:%1%2").arg(m_port).arg(path)});
    if (!chromium.waitForStarted() || !chromium.waitForFinished(180000)) {
        chromium.kill();
        chromium.waitForFinished();
        qWarning() << "chromium did not finish loading" << path;
        return {};
    }
    Page page;
    page.dom = QString::fromUtf8(chromium.readAllStandardOutput());
    const QStringList log = QString::fromUtf8(chromium.readAllStandardError()).split(u'\n');
    for (const QString &line : log) {
        if (line.contains(u":CONSOLE"))
            page.console << line;
    }
    return page;
}

void TestSiteView::articlePageHasNoConsoleErrors()
{
    const Page page = load(S("/"));
    static const QRegularExpression link(
        S("href=\"(/news/[^\"]+/)\"[^>]*>Council approves new bridge<"));
    const auto match = link.match(page.dom);
    QVERIFY2(match.hasMatch(), qPrintable(page.dom.left(2000)));
    const Page article = load(match.captured(1));
    QVERIFY(article.dom.contains(u"<h1>Council approves new bridge</h1>"));
    QVERIFY2(article.console.isEmpty(), qPrintable(article.console.join(u'\n')));
    const Page chinese = load(S("/search/"));
    QVERIFY2(chinese.console.isEmpty(), qPrintable(chinese.console.join(u'\n')));
}

void TestSiteView::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    QTest::addColumn<QString>("status");
    QTest::newRow("Simplified query, Traditional story")
        << S("茶馆") << QStringList {S("老城區百年茶館重新開張")}
        << QStringList {S("新能源公交线路增至42条"), S("Council approves new bridge")}
        << S("1 result");
    QTest::newRow("Traditional query, Traditional story")
        << S("茶館") << QStringList {S("老城區百年茶館重新開張")}
        << QStringList {S("新能源公交线路增至42条")} << S("1 result");
    QTest::newRow("Traditional query, Simplified story")
        << S("線路") << QStringList {S("新能源公交线路增至42条")}
        << QStringList {S("老城區百年茶館重新開張"), S("我市新能源汽车产量突破十万辆")}
        << S("1 result");
    QTest::newRow("Chinese word in two stories")
        << S("新能") << QStringList {S("我市新能源汽车产量突破十万辆"), S("新能源公交线路增至42条")}
        << QStringList {S("老城區百年茶館重新開張")} << S("2 results");
    QTest::newRow("English word") << S("bridge") << QStringList {S("Council approves new bridge")}
                                  << QStringList {S("Tea exporters brace for costs")}
                                  << S("1 result");
    QTest::newRow("English word, other case, in the body")
        << S("SHIPPING") << QStringList {S("Tea exporters brace for costs")}
        << QStringList {S("Council approves new bridge")} << S("1 result");
    QTest::newRow("nothing") << S("zzzz") << QStringList() << QStringList()
                             << S("No articles found");
}

void TestSiteView::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    QFETCH(QString, status);
    const Page page = load(S("/search/?q=") + QString::fromLatin1(QUrl::toPercentEncoding(query)));
    QVERIFY2(page.console.isEmpty(), qPrintable(page.console.join(u'\n')));
    const qsizetype start = page.dom.indexOf(u"id=\"search-results\"");
    QVERIFY(start >= 0);
    const QString results = page.dom.mid(start, page.dom.indexOf(u"</ol>", start) - start);
    for (const QString &headline : expected)
        QVERIFY2(results.contains(u'>' + headline + S("</a>")), qPrintable(results));
    for (const QString &headline : unexpected)
        QVERIFY2(!results.contains(headline), qPrintable(results));
    QVERIFY2(page.dom.contains(u'>' + status + S("</p>")), qPrintable(page.dom));
    // Chinese headlines on the English search page say they are Chinese.
    if (query == u"新能")
        QVERIFY2(results.contains(S(" lang=\"zh-Hans\">我市新能源汽车产量突破十万辆</a>")),
            qPrintable(results));
}

void TestSiteView::recommendedLinkLeadsToTheArticle()
{
    const Page front = load(S("/"));
    static const QRegularExpression link(
        S("href=\"(/news/[^\"]+/)\"[^>]*>我市新能源汽车产量突破十万辆<"));
    const auto match = link.match(front.dom);
    QVERIFY(match.hasMatch());
    const Page article = load(match.captured(1));
    const qsizetype aside = article.dom.indexOf(u"class=\"recommended\"");
    QVERIFY(aside >= 0);
    // Best recommendation: the other story sharing the 新能源 tag and the section.
    static const QRegularExpression first(S("<li><a href=\"(/news/[^\"]+/)\">([^<]+)</a>"));
    const auto recommended = first.match(article.dom, aside);
    QVERIFY(recommended.hasMatch());
    QCOMPARE(recommended.captured(2), S("新能源公交线路增至42条"));
    const Page target = load(recommended.captured(1));
    QVERIFY2(target.dom.contains(S("<h1>新能源公交线路增至42条</h1>")),
        qPrintable(target.dom.left(3000)));
    QVERIFY(target.console.isEmpty());
}

// The photos of an article page, as a browser fetches them: every request the page makes is
// answered (the server's log has no 404), and the lead photo is among them.
void TestSiteView::photosLoadWithoutAFailedRequest()
{
    const Page front = load(S("/"));
    static const QRegularExpression link(
        S("href=\"(/news/[^\"]+/)\"[^>]*>Council approves new bridge<"));
    const auto match = link.match(front.dom);
    QVERIFY(match.hasMatch());
    QVERIFY2(front.dom.contains(u"class=\"thumb\""), qPrintable(front.dom.left(3000)));
    m_requests += m_server.readAllStandardError();
    const qsizetype before = m_requests.size();
    const Page article = load(match.captured(1));
    QTRY_VERIFY_WITH_TIMEOUT((m_requests += m_server.readAllStandardError(),
                                 m_requests.mid(before).contains("GET /media/")),
        10000);
    QVERIFY(article.dom.contains(u"<figure class=\"photo lead-photo\">"));
    QVERIFY(article.dom.contains(
        u"The crossing today. <span class=\"credit\">Photo: Jane Doe/AP</span>"));
    QVERIFY2(article.console.isEmpty(), qPrintable(article.console.join(u'\n')));
    const QList<QByteArray> lines = m_requests.split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains("\"GET "))
            QVERIFY2(line.contains("\" 200 ") || line.contains("\" 304 "), line.constData());
    }
}

// A reader without script gets around by the masthead's sections and the page numbers: the
// links are there in the page as loaded, each leads to a page that says where it is.
void TestSiteView::sectionsAndPagesByLinksAlone()
{
    const Page front = load(S("/"));
    static const QRegularExpression nav(S("<nav class=\"section-nav\"[^>]*>(.*?)</nav>"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString sections = nav.match(front.dom).captured(1);
    QVERIFY2(sections.contains(u"<a href=\"/\" aria-current=\"page\">Front page</a>"),
        qPrintable(sections));
    QVERIFY(sections.contains(u"<a href=\"/section/%E7%BB%8F%E6%B5%8E/\" lang=\"zh-Hans\">经济</a>")
        || sections.contains(u"<a href=\"/section/经济/\" lang=\"zh-Hans\">经济</a>"));
    const Page economy = load(S("/section/%E7%BB%8F%E6%B5%8E/"));
    QVERIFY2(economy.dom.contains(u"<html lang=\"zh-Hans\">"), qPrintable(economy.dom.left(300)));
    QVERIFY(economy.dom.contains(u"aria-current=\"page\">经济</a>"));
    QVERIFY(economy.console.isEmpty());

    // Seven stories, three a page.
    QVERIFY(front.dom.contains(u"<link rel=\"next\" href=\"/page/2/\">"));
    static const QRegularExpression next(S("<a href=\"(/page/\\d+/)\" rel=\"next\">"));
    const QString second = next.match(front.dom).captured(1);
    QCOMPARE(second, S("/page/2/"));
    const Page page2 = load(second);
    QVERIFY2(page2.dom.contains(u"aria-current=\"page\">2</a>"), qPrintable(page2.dom));
    QVERIFY(page2.dom.contains(u">Library extends opening hours</a>"));
    QVERIFY(page2.dom.contains(u"<a href=\"/\" rel=\"prev\">"));
    const Page page3 = load(next.match(page2.dom).captured(1));
    QVERIFY(page3.dom.contains(u">Tea exporters brace for costs</a>"));
    QVERIFY(!page3.dom.contains(u"rel=\"next\""));
    QVERIFY(page3.console.isEmpty());
}

QTEST_GUILESS_MAIN(TestSiteView)
#include "tst_siteview.moc"
