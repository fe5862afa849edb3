// SPDX-License-Identifier: GPL-3.0-or-later
// The renderer: house-style conventions, Markdown safety, escaping in every context, the
// article page's metadata and golden pages for each house style.
#include "render/housestyle.h"
#include "render/htmlescape.h"
#include "render/markdown.h"
#include "render/pagerenderer.h"
#include "render/recommender.h"

#include "testsupport.h"
#include "xsscorpus.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1StringView(iso), Qt::ISODate);
}

Article chineseArticle()
{
    Article a;
    a.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    a.slug = QStringLiteral("a-0f8fad5b");
    a.revision = 3;
    a.headline = QStringLiteral("我市新能源汽车产量突破十万辆");
    a.deck = QStringLiteral("同比增长百分之四十二，配套产业链加速集聚");
    a.bylines = {{QStringLiteral("杨丹丹"), QStringLiteral("融媒体记者"), {}},
        {QStringLiteral("王立"), QStringLiteral("通讯员"), {}}};
    a.dateline = {{}, {}, QStringLiteral("淮安日报")};
    a.body = QStringLiteral(
        "记者从市工业和信息化局获悉，今年前十个月，我市新能源汽车产量达10.2万辆。\n\n"
        "## 产业链加速集聚\n\n"
        "| 指标 | 数值 |\n|---|---|\n| 产量 | 10.2万辆 |\n\n"
        "详情见[市政府网站](https://www.example.gov.cn/news)。\n");
    a.language = QStringLiteral("zh-Hans");
    a.section = QStringLiteral("经济");
    a.tags = {QStringLiteral("新能源"), QStringLiteral("汽车")};
    a.status = ArticleStatus::Published;
    a.editor = QStringLiteral("李娜");
    a.notes = QStringLiteral("SECRET-NOTE: 不要发表");
    a.created = at("2026-11-24T01:00:00Z");
    a.updated = at("2026-11-24T03:30:00Z");
    a.published = at("2026-11-24T02:00:00Z");
    return a;
}

Article traditionalArticle()
{
    Article a = chineseArticle();
    a.id = QStringLiteral("1c6b1b4e-2f3a-4d5e-9f60-7a8b9c0d1e2f");
    a.slug = QStringLiteral("a-1c6b1b4e");
    a.headline = QStringLiteral("新北市捷運環狀線通車一週年");
    a.deck.clear();
    a.bylines = {{QStringLiteral("陳美玲"), QStringLiteral("記者"), {}}};
    a.dateline = {QStringLiteral("臺北"), QStringLiteral("2026-11-24"), QStringLiteral("中央社")};
    a.body = QStringLiteral("捷運環狀線通車滿一年，\n累計運量突破三千萬人次。\n");
    a.language = QStringLiteral("zh-Hant");
    a.section = QStringLiteral("交通");
    a.tags = {QStringLiteral("捷運")};
    a.editor = QStringLiteral("林志明");
    return a;
}

Article englishArticle()
{
    Article a;
    a.id = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    a.slug = QStringLiteral("council-approves-new-bridge");
    a.revision = 5;
    a.headline = QStringLiteral("Council approves new bridge over the Huai River");
    a.bylines = {{QStringLiteral("Jane Doe"), QStringLiteral("Staff Writer"),
                     QStringLiteral("Associated Press")},
        {QStringLiteral("John Roe"), {}, QStringLiteral("Associated Press")}};
    a.dateline = {QStringLiteral("Huai'an"), QStringLiteral("2026-11-24"), QStringLiteral("AP")};
    a.body =
        QStringLiteral("The city council voted 9-2 on Tuesday to build a *second* bridge.\n\n"
                       "> \"It is long overdue,\" the mayor said.\n\n"
                       "Construction starts in ~~March~~ April. See www.example.org for plans.\n");
    a.language = QStringLiteral("en");
    a.section = QStringLiteral("Local");
    a.tags = {QStringLiteral("Transport"), QStringLiteral("Council")};
    a.status = ArticleStatus::Published;
    a.editor = QStringLiteral("Sam Editor");
    a.notes = QStringLiteral("SECRET-NOTE: check the vote count");
    a.created = at("2026-11-24T01:00:00Z");
    a.updated = at("2026-11-24T05:00:00Z");
    a.published = at("2026-11-24T04:00:00Z");
    return a;
}

SiteContext fixedSite()
{
    SiteContext site;
    site.baseUrl = QStringLiteral("https://news.example.org/");
    site.siteName = QStringLiteral("Huai'an Daily");
    site.recommended = {{QStringLiteral("Older story"), QStringLiteral("news/older-story/"),
        at("2026-11-20T08:00:00Z"), {}, QStringLiteral("en"), {}}};
    return site;
}

// Everything inside <script …>…</script> elements of a page.
QList<std::pair<QString, QString>> scripts(const QString &html)
{
    QList<std::pair<QString, QString>> found;
    static const QRegularExpression re(QStringLiteral("<script([^>]*)>(.*?)</script"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        found.append({m.captured(1), m.captured(2)});
    }
    return found;
}

QJsonObject jsonLd(const QString &html)
{
    for (const auto &[attributes, body] : scripts(html)) {
        if (attributes.contains(u"application/ld+json"))
            return QJsonDocument::fromJson(body.toUtf8()).object();
    }
    return {};
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private slots:
    void chineseNewsHeader_data();
    void chineseNewsHeader();
    void chineseReporterLine_data();
    void chineseReporterLine();
    void englishByline_data();
    void englishByline();
    void englishDateline_data();
    void englishDateline();
    void styleForLanguage_data();
    void styleForLanguage();
    void safeUrl_data();
    void safeUrl();
    void markdownLinks_data();
    void markdownLinks();
    void markdownExtensions();
    void firstParagraph();
    void blockLines();
    void jsonForScript();
    void safeFolderName_data();
    void safeFolderName();
    void articleMetadata();
    void searchLandmarksAreNamedApart();
    void linksStandOutFromTheirText();
    void notesNeverPublished();
    void recommendedRanking();
    void previewHookIsTheOnlyDifference();
    void inlineJsonLdAgreesWithCsp();
    void frontPageDescription_data();
    void frontPageDescription();
    void golden_data();
    void golden();
    void xssCorpus_data();
    void xssCorpus();
};

void TestRender::chineseNewsHeader_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("traditional");
    QTest::addColumn<QString>("expected");
    QTest::newRow("source only") << S("") << S("") << S("淮安日报") << false << S("淮安日报讯：");
    QTest::newRow("source only, traditional")
        << S("") << S("") << S("中央社") << true << S("中央社訊：");
    QTest::newRow("wire with place and date")
        << S("北京") << S("11月24日") << S("新华社") << false << S("新华社北京11月24日电 ");
    QTest::newRow("ISO date") << S("北京") << S("2026-11-24") << S("新华社") << false
                              << S("新华社北京11月24日电 ");
    QTest::newRow("traditional dispatch")
        << S("臺北") << S("2026-11-24") << S("中央社") << true << S("中央社臺北11月24日電 ");
    QTest::newRow("place without date")
        << S("北京") << S("") << S("本报") << false << S("本报北京讯：");
    QTest::newRow("empty") << S("") << S("") << S("") << false << S("");
}

void TestRender::chineseNewsHeader()
{
    QFETCH(QString, place);
    QFETCH(QString, date);
    QFETCH(QString, source);
    QFETCH(bool, traditional);
    QFETCH(QString, expected);
    QCOMPARE(::chineseNewsHeader({place, date, source}, traditional), expected);
}

void TestRender::chineseReporterLine_data()
{
    QTest::addColumn<QList<Byline>>("bylines");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << QList<Byline> {{S("杨丹丹"), S("融媒体记者"), S("")}}
                         << S("■融媒体记者 杨丹丹");
    QTest::newRow("reporter and correspondent")
        << QList<Byline> {{S("杨丹丹"), S("融媒体记者"), S("")}, {S("王立"), S("通讯员"), S("")}}
        << S("■融媒体记者 杨丹丹 通讯员 王立");
    QTest::newRow("same role shared") << QList<Byline> {{S("张三"), S("记者"), S("")},
        {S("李四"), S("记者"), S("")}, {S("王五"), S("通讯员"), S("")}}
                                      << S("■记者 张三 李四 通讯员 王五");
    QTest::newRow("no role") << QList<Byline> {{S("张三"), S(""), S("")}} << S("■张三");
    QTest::newRow("none") << QList<Byline> {} << S("");
}

void TestRender::chineseReporterLine()
{
    QFETCH(QList<Byline>, bylines);
    QFETCH(QString, expected);
    QCOMPARE(::chineseReporterLine(bylines), expected);
    QCOMPARE(chineseEditorLine(u"李娜", false), QStringLiteral("责任编辑：李娜"));
    QCOMPARE(chineseEditorLine(u"李娜", true), QStringLiteral("責任編輯：李娜"));
    QCOMPARE(chineseEditorLine(u" ", false), QString());
}

void TestRender::englishByline_data()
{
    QTest::addColumn<QList<Byline>>("bylines");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("affiliation");
    QTest::newRow("one") << QList<Byline> {{S("Jane Doe"), S(""), S("Associated Press")}}
                         << S("By Jane Doe") << S("Associated Press");
    QTest::newRow("two") << QList<Byline> {{S("Jane Doe"), S(""), S("AP")},
        {S("John Roe"), S(""), S("AP")}}
                         << S("By Jane Doe and John Roe") << S("AP");
    QTest::newRow("three") << QList<Byline> {{S("A. Smith"), S(""), S("Reuters")},
        {S("B. Jones"), S(""), S("")}, {S("C. Wu"), S(""), S("AP")}}
                           << S("By A. Smith, B. Jones and C. Wu") << S("Reuters and AP");
    QTest::newRow("none") << QList<Byline> {} << S("") << S("");
}

void TestRender::englishByline()
{
    QFETCH(QList<Byline>, bylines);
    QFETCH(QString, byline);
    QFETCH(QString, affiliation);
    QCOMPARE(::englishByline(bylines), byline);
    QCOMPARE(englishAffiliation(bylines), affiliation);
}

void TestRender::englishDateline_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("place and source")
        << S("Beijing") << S("") << S("Xinhua") << S("BEIJING (Xinhua) — ");
    QTest::newRow("with date") << S("Beijing") << S("2026-11-24") << S("Xinhua")
                               << S("BEIJING, Nov. 24 (Xinhua) - ");
    QTest::newRow("September") << S("Washington") << S("2026-09-03") << S("AP")
                               << S("WASHINGTON, Sept. 3 (AP) - ");
    QTest::newRow("March spelled out")
        << S("London") << S("2026-03-14") << S("Reuters") << S("LONDON, March 14 (Reuters) - ");
    QTest::newRow("free-text date")
        << S("Paris") << S("Nov 24") << S("AFP") << S("PARIS, Nov 24 (AFP) - ");
    QTest::newRow("place only") << S("Huai'an") << S("") << S("") << S("HUAI'AN — ");
    QTest::newRow("empty") << S("") << S("") << S("") << S("");
}

void TestRender::englishDateline()
{
    QFETCH(QString, place);
    QFETCH(QString, date);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(::englishDateline({place, date, source}), expected);
}

void TestRender::styleForLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("siteDefault");
    QTest::addColumn<int>("expected");
    const int zh = int(HouseStyle::ChineseNewspaper);
    const int en = int(HouseStyle::EnglishWire);
    QTest::newRow("zh-Hans") << S("zh-Hans") << en << zh;
    QTest::newRow("zh-TW") << S("zh-TW") << en << zh;
    QTest::newRow("en-GB") << S("en-GB") << zh << en;
    QTest::newRow("fr follows the site") << S("fr") << zh << zh;
}

void TestRender::styleForLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, siteDefault);
    QFETCH(int, expected);
    QCOMPARE(int(houseStyleFor(language, HouseStyle(siteDefault))), expected);
}

void TestRender::safeUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << S("https://example.org/a?b=c#d") << true;
    QTest::newRow("http upper") << S("HTTP://example.org") << true;
    QTest::newRow("mailto") << S("mailto:desk@example.org") << true;
    QTest::newRow("tel") << S("tel:+86-517-12345") << true;
    QTest::newRow("tel look-alike") << S("telnet://example.org") << false;
    QTest::newRow("relative") << S("../photos/a.jpg") << true;
    QTest::newRow("fragment") << S("#top") << true;
    QTest::newRow("query with colon") << S("/search/?q=a:b") << true;
    QTest::newRow("javascript") << S("javascript:alert(1)") << false;
    QTest::newRow("JavaScript mixed case") << S("JaVaScRiPt:alert(1)") << false;
    QTest::newRow("tab inside") << S("java\tscript:alert(1)") << false;
    QTest::newRow("newline inside") << S("java\nscript:alert(1)") << false;
    QTest::newRow("leading space") << S("  javascript:alert(1)") << false;
    QTest::newRow("decimal entity") << S("&#106;avascript:alert(1)") << false;
    QTest::newRow("hex entity no semicolon") << S("&#x6A;avascript&colon;alert(1)") << false;
    QTest::newRow("percent") << S("%6Aavascript:alert(1)") << false;
    QTest::newRow("data") << S("data:text/html;base64,PHNjcmlwdD4=") << false;
    QTest::newRow("vbscript") << S("vbscript:msgbox(1)") << false;
    QTest::newRow("file") << S("file:///etc/passwd") << false;
    QTest::newRow("zero-width") << S("java\u200Bscript:alert(1)") << false;
}

void TestRender::safeUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QCOMPARE(Html::isSafeUrl(url), safe);
}

void TestRender::markdownLinks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("https link") << S("[a](https://example.org/)")
                                << S("<a href=\"https://example.org/\">a</a>") << S("");
    // A refused target leaves the words, never an <a> without href.
    QTest::newRow("javascript link") << S("[a](javascript:alert(1))") << S("<p>a</p>") << S("<a");
    QTest::newRow("entity javascript")
        << S("[a](&#106;avascript:alert(1))") << S("<p>a</p>") << S("avascript");
    QTest::newRow("autolink javascript")
        << S("<javascript:alert(1)>") << S("<p>javascript:alert(1)</p>") << S("<a");
    QTest::newRow("refused link with a title, then a good one")
        << S("[a](data:x \"t\") and [b](https://example.org/)")
        << S("<p>a and <a href=\"https://example.org/\">b</a></p>") << S("title");
    QTest::newRow("phone number") << S("[12345](tel:12345)") << S("<a href=\"tel:12345\">12345</a>")
                                  << S("");
    QTest::newRow("data image") << S("![x](data:image/svg+xml;base64,PHN2Zz4=)")
                                << S("<img alt=\"x\">") << S("data:");
    QTest::newRow("vbscript reference")
        << S("[a][r]\n\n[r]: vbscript:msgbox(1)") << S("<p>a</p>") << S("vbscript");
    QTest::newRow("relative image")
        << S("![photo](images/a.jpg)") << S("<img src=\"images/a.jpg\" alt=\"photo\">") << S("");
    QTest::newRow("raw html is text")
        << S("<script>alert(1)</script>") << S("&lt;script&gt;") << S("<script");
    QTest::newRow("raw html inline")
        << S("a <img src=x onerror=alert(1)> b") << S("&lt;img") << S("<img");
    QTest::newRow("quote in url") << S("[a](https://x.org/\"onmouseover=alert(1))")
                                  << S("<a href=\"https://x.org/%22onmouseover=alert(1)\">")
                                  << S("\"onmouseover");
}

void TestRender::markdownLinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, mustContain);
    QFETCH(QString, mustNotContain);
    const QString html = markdownToHtml(markdown);
    QVERIFY2(html.contains(mustContain), qPrintable(html));
    if (!mustNotContain.isEmpty())
        QVERIFY2(!html.contains(mustNotContain, Qt::CaseInsensitive), qPrintable(html));
}

void TestRender::markdownExtensions()
{
    const QString html =
        markdownToHtml(QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ new\n\nsee "
                                      "https://example.org and www.example.com\n"));
    QVERIFY(html.contains(u"<table>"));
    QVERIFY(html.contains(u"<del>old</del>"));
    QVERIFY(html.contains(u"<a href=\"https://example.org\">"));
    QVERIFY(html.contains(u"<a href=\"http://www.example.com\">"));

    // Column alignment as a class the style sheet honours, not the obsolete align="…".
    const QString aligned = markdownToHtml(
        QStringLiteral("| 指标 | 数值 | 备注 |\n|:---|---:|:---:|\n| 产量 | 10.2万辆 | 新高 |\n"));
    QVERIFY2(!aligned.contains(u"align="), qPrintable(aligned));
    QVERIFY(aligned.contains(u"<th class=\"align-left\">指标</th>"));
    QVERIFY(aligned.contains(u"<td class=\"align-right\">10.2万辆</td>"));
    QVERIFY(aligned.contains(u"<td class=\"align-center\">新高</td>"));
    QString css;
    for (const auto &[name, bytes] : PageRenderer::siteAssets()) {
        if (name == u"site.css")
            css = QString::fromUtf8(bytes);
    }
    // More specific than the cells' own left alignment, so numbers do end up on the right.
    static const QRegularExpression right(
        QStringLiteral("\\.article-body \\.align-right \\{[^}]*text-align: right"));
    QVERIFY(right.match(css).hasMatch());
}

void TestRender::firstParagraph()
{
    QCOMPARE(firstParagraphText(
                 QStringLiteral("# Title\n\nThe *first*\nparagraph &amp; more.\n\nSecond.")),
        QStringLiteral("The first paragraph & more."));
    QCOMPARE(firstParagraphText(QStringLiteral("第一段\n继续。\n\n第二段")),
        QStringLiteral("第一段继续。"));
}

void TestRender::blockLines()
{
    QCOMPARE(
        topLevelBlockLines(QStringLiteral("# Title\n\nPara one\nstill one\n\n- a\n- b\n\nLast")),
        (QList<int> {0, 2, 5, 8}));
}

void TestRender::jsonForScript()
{
    const QByteArray json = Html::jsonForScript(
        QJsonObject {{QStringLiteral("h"), QStringLiteral("</script><!-- & \u2028\u2029")}});
    QVERIFY(!json.contains("</"));
    QVERIFY(!json.contains("<!--"));
    QVERIFY(!json.contains("\xE2\x80\xA8"));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"h").toString(),
        QStringLiteral("</script><!-- & \u2028\u2029"));
}

void TestRender::safeFolderName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("english") << S("Local News") << S("local-news");
    QTest::newRow("chinese") << S("新能源") << S("新能源");
    QTest::newRow("dots") << S("../../etc") << S("etc-[0-9a-f]{6}");
    QTest::newRow("only dots") << S("..") << S("t-[0-9a-f]{6}");
    QTest::newRow("absolute") << S("/etc/passwd") << S("etc-passwd-[0-9a-f]{6}");
    QTest::newRow("reserved") << S("CON") << S("con-[0-9a-f]{6}");
    QTest::newRow("reserved com1") << S("com1") << S("com1-[0-9a-f]{6}");
    QTest::newRow("nul byte") << QString::fromUtf16(u"a\0b", 3) << S("a-b-[0-9a-f]{6}");
    QTest::newRow("long") << QString(300, u'x') << S("x{60}-[0-9a-f]{6}");
    QTest::newRow("backslash") << S("a\\..\\b") << S("a-b-[0-9a-f]{6}");
}

void TestRender::safeFolderName()
{
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    const QString folder = ::safeFolderName(name);
    QVERIFY2(
        QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(folder).hasMatch(),
        qPrintable(folder));
    QVERIFY(::safeFolderName(S("C")) != ::safeFolderName(S("C++")));
    QVERIFY(::safeFolderName(S("!!!")) != ::safeFolderName(S("???")));
}

void TestRender::articleMetadata()
{
    PageRenderer renderer;
    const SiteContext site = fixedSite();
    const QString html = renderer.articlePage(chineseArticle(), site);
    QVERIFY(html.contains(u"<html lang=\"zh-Hans\">"));
    QVERIFY(html.contains(u"<title>我市新能源汽车产量突破十万辆 - Huai&apos;an Daily</title>"));
    QVERIFY(html.contains(
        u"<meta name=\"description\" content=\"同比增长百分之四十二，配套产业链加速集聚\">"));
    QVERIFY(html.contains(
        u"<link rel=\"canonical\" href=\"https://news.example.org/news/a-0f8fad5b/\">"));
    QVERIFY(
        html.contains(u"<meta property=\"og:title\" content=\"我市新能源汽车产量突破十万辆\">"));
    QVERIFY(html.contains(
        u"<meta property=\"og:url\" content=\"https://news.example.org/news/a-0f8fad5b/\">"));
    QVERIFY(html.contains(
        u"<p><span class=\"dateline\">淮安日报讯：</span>记者从市工业和信息化局获悉"));
    QVERIFY(html.contains(u"■融媒体记者 杨丹丹 通讯员 王立"));
    QVERIFY(html.contains(u"责任编辑：李娜"));
    QVERIFY(html.contains(u"新闻搜索"));
    QVERIFY(html.contains(u"推荐新闻"));
    QVERIFY(html.contains(u"action=\"https://news.example.org/search/\""));
    QVERIFY(html.contains(
        u"<a href=\"https://news.example.org/news/older-story/\" lang=\"en\">Older story</a>"));

    const QJsonObject ld = jsonLd(html);
    QCOMPARE(ld.value(u"@type").toString(), QStringLiteral("NewsArticle"));
    QCOMPARE(ld.value(u"headline").toString(), chineseArticle().headline);
    QCOMPARE(ld.value(u"author").toArray().size(), 2);
    QCOMPARE(ld.value(u"author").toArray().at(0).toObject().value(u"name").toString(),
        QStringLiteral("杨丹丹"));
    QCOMPARE(ld.value(u"datePublished").toString(), QStringLiteral("2026-11-24T02:00:00Z"));
    QCOMPARE(ld.value(u"dateModified").toString(), QStringLiteral("2026-11-24T03:30:00Z"));
    QCOMPARE(ld.value(u"dateline").toString(), QStringLiteral("淮安日报讯"));
    QCOMPARE(ld.value(u"articleSection").toString(), QStringLiteral("经济"));
    QCOMPARE(ld.value(u"keywords").toArray().size(), 2);
    QCOMPARE(ld.value(u"inLanguage").toString(), QStringLiteral("zh-Hans"));

    const QString en = renderer.articlePage(englishArticle(), site);
    QVERIFY(en.contains(u"<html lang=\"en\">"));
    QVERIFY(en.contains(u"<p class=\"byline\">By Jane Doe and John Roe</p>"));
    QVERIFY(en.contains(u"<p class=\"affiliation\">Associated Press</p>"));
    QVERIFY(en.contains(
        u"<p><span class=\"dateline\">HUAI&#39;AN, Nov. 24 (AP) - </span>The city council"));
    QVERIFY(en.contains(u">Search</button>"));
    QVERIFY(en.contains(u"Recommended"));
    QCOMPARE(jsonLd(en).value(u"dateline").toString(), QStringLiteral("HUAI'AN, Nov. 24 (AP)"));
    // No deck: the description is the first paragraph.
    QVERIFY(en.contains(u"<meta name=\"description\" content=\"The city council voted 9-2 on "
                        u"Tuesday to build a second bridge.\">"));
}

// Two search landmarks on one page need names of their own (axe landmark-unique).
void TestRender::searchLandmarksAreNamedApart()
{
    PageRenderer renderer;
    for (const QString &language : {S("en"), S("zh-Hans"), S("zh-Hant")}) {
        const QString html = QString::fromUtf8(renderer.searchPage(language, fixedSite()));
        static const QRegularExpression form(S("<form [^>]*role=\"search\"[^>]*>"));
        QStringList names;
        for (const auto &m : form.globalMatch(html)) {
            static const QRegularExpression label(S("aria-label=\"([^\"]+)\""));
            static const QRegularExpression labelledBy(S("aria-labelledby=\"([^\"]+)\""));
            if (const auto l = label.match(m.captured()); l.hasMatch()) {
                names << l.captured(1);
            } else if (const auto b = labelledBy.match(m.captured()); b.hasMatch()) {
                const QRegularExpression element(
                    S("id=\"%1\">([^<]+)<").arg(QRegularExpression::escape(b.captured(1))));
                names << element.match(html).captured(1);
            } else {
                QFAIL(qPrintable(S("unnamed search form: ") + m.captured()));
            }
        }
        QCOMPARE(names.size(), 2);
        QVERIFY2(!names.first().isEmpty() && names.first() != names.last(),
            qPrintable(names.join(S(" / "))));
    }
}

namespace {

// WCAG 2 relative luminance of "#rrggbb".
double luminance(const QString &hex)
{
    const auto channel = [&](int at) {
        const double c = hex.mid(at, 2).toInt(nullptr, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

double contrast(const QString &a, const QString &b)
{
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

} // namespace

// axe's link-in-text-block: a link in running text (the story, lists, the footer) must differ
// from the text around it by 3:1 or more and by something other than colour.
void TestRender::linksStandOutFromTheirText()
{
    QString css;
    for (const auto &[name, bytes] : PageRenderer::siteAssets()) {
        if (name == u"site.css")
            css = QString::fromUtf8(bytes);
    }
    css.remove(
        QRegularExpression(S("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption));
    QHash<QString, QString> colours;
    static const QRegularExpression variable(S("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;"));
    for (const auto &m : variable.globalMatch(css))
        colours.insert(m.captured(1), m.captured(2));
    for (const char *name : {"ink", "muted", "accent", "paper"})
        QVERIFY2(colours.contains(S(name)), name);
    QVERIFY(contrast(colours[S("accent")], colours[S("paper")]) >= 4.5);
    QVERIFY(contrast(colours[S("muted")], colours[S("paper")]) >= 4.5);
    const double linkInText = contrast(colours[S("accent")], colours[S("ink")]);
    QVERIFY2(linkInText >= 3.0, qPrintable(QString::number(linkInText)));

    // Every rule, in order: selector → declarations (the @media blocks' rules among them).
    QList<std::pair<QString, QString>> rules;
    static const QRegularExpression rule(S("([^{}]+)\\{([^{}]*)\\}"));
    for (const auto &m : rule.globalMatch(css))
        rules.append({m.captured(1).simplified(), m.captured(2)});
    const auto declared = [&](const QString &selector, const QString &property) {
        QString value;
        for (const auto &[selectors, body] : rules) {
            if (!selectors.split(u',').contains(selector)
                && !selectors.split(QStringLiteral(", ")).contains(selector))
                continue;
            const QRegularExpression declaration(
                QRegularExpression::escape(property) + S("\\s*:\\s*([^;]+)"));
            if (const auto d = declaration.match(body); d.hasMatch())
                value = d.captured(1).trimmed();
        }
        return value;
    };
    QVERIFY(declared(S("a"), S("text-decoration")).startsWith(u"underline"));
    for (const char *selector :
        {".article-body a", ".recommended a", ".article-list li > a", ".site-foot a"})
        QVERIFY2(!declared(S(selector), S("text-decoration")).startsWith(u"none"), selector);
    // The footer's text is muted: its links are ink, told apart by 3:1 and the underline.
    QCOMPARE(declared(S(".site-foot"), S("color")), S("var(--muted)"));
    QCOMPARE(declared(S(".site-foot a"), S("color")), S("var(--ink)"));
    QVERIFY(contrast(colours[S("ink")], colours[S("muted")]) >= 3.0);
}

void TestRender::notesNeverPublished()
{
    PageRenderer renderer;
    for (const Article &a : {chineseArticle(), traditionalArticle(), englishArticle()}) {
        const QString html = renderer.articlePage(a, fixedSite());
        QVERIFY(!html.contains(u"SECRET-NOTE"));
    }
}

void TestRender::recommendedRanking()
{
    auto make = [](const QString &id, const QString &section, QStringList tags, const QString &when,
                    ArticleStatus status = ArticleStatus::Published) {
        Article a;
        a.id = id;
        a.slug = id;
        a.headline = id;
        a.section = section;
        a.tags = tags;
        a.status = status;
        a.published = QDateTime::fromString(when, Qt::ISODate);
        a.updated = a.published;
        return a;
    };
    const QList<Article> all = {
        make(S("self"), S("sport"), {S("a"), S("b")}, S("2026-11-01T00:00:00Z")),
        make(S("two-tags"), S("news"), {S("a"), S("b")}, S("2026-10-01T00:00:00Z")),
        make(S("one-tag-same-section"), S("sport"), {S("a")}, S("2026-09-01T00:00:00Z")),
        make(S("one-tag-newer"), S("news"), {S("b")}, S("2026-11-02T00:00:00Z")),
        make(S("same-section"), S("sport"), {}, S("2026-08-01T00:00:00Z")),
        make(S("newest"), S("news"), {}, S("2026-11-20T00:00:00Z")),
        make(S("draft"), S("sport"), {S("a"), S("b")}, S("2026-11-21T00:00:00Z"),
            ArticleStatus::Draft),
        make(S("killed"), S("sport"), {S("a"), S("b")}, S("2026-11-21T00:00:00Z"),
            ArticleStatus::Killed),
        make(S("older"), S("news"), {}, S("2026-01-01T00:00:00Z")),
    };
    const Recommender recommender(all);
    QStringList ids;
    for (qsizetype i : recommender.recommend(all.first()))
        ids << all.at(i).id;
    QCOMPARE(ids,
        (QStringList {S("two-tags"), S("one-tag-same-section"), S("one-tag-newer"),
            S("same-section"), S("newest")}));
    QCOMPARE(recommendedLinks(all.first(), all, 2).size(), 2);
}

void TestRender::previewHookIsTheOnlyDifference()
{
    PageRenderer renderer;
    SiteContext site = fixedSite();
    const QString published = renderer.articlePage(englishArticle(), site);
    site.liveUpdateScript = QStringLiteral("https://news.example.org/live.js");
    QString preview = renderer.articlePage(englishArticle(), site);
    const QString hook =
        QStringLiteral("<script src=\"https://news.example.org/live.js\"></script>\n");
    QVERIFY(preview.contains(hook));
    preview.remove(hook);
    QCOMPARE(preview, published);
    QVERIFY(published.contains(QStringLiteral("<article id=\"copydesk-article\">")
        + renderer.articleFragment(englishArticle(), site) + QStringLiteral("</article>")));
}

// The one inline script of an article page, its JSON-LD, is admitted by the page's own CSP by
// the hash of its exact text, worked out here from the page as a browser reads it; the policy
// stays strict (no 'unsafe-inline'), and a page without the block admits no hash at all.
void TestRender::inlineJsonLdAgreesWithCsp()
{
    PageRenderer renderer;
    static const QRegularExpression csp(
        S("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">"));
    static const QRegularExpression block(
        S("<script type=\"application/ld\\+json\">(.*?)</script>"),
        QRegularExpression::DotMatchesEverythingOption);
    for (const Article &article : {chineseArticle(), englishArticle()}) {
        const QString html = QString::fromUtf8(renderer.articlePageUtf8(article, fixedSite()));
        const QString policy = csp.match(html).captured(1);
        const QString script = block.match(html).captured(1);
        QVERIFY(!script.isEmpty());
        const QString hash = S("'sha256-")
            + QString::fromLatin1(
                QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256).toBase64())
            + u'\'';
        QVERIFY2(policy.contains(S("script-src 'self' ") + hash + u';'), qPrintable(policy));
        QVERIFY(!policy.contains(u"unsafe-inline"));
        QCOMPARE(html.count(u"<script"), 1);
    }
    const QString search = QString::fromUtf8(renderer.searchPage(S("en"), fixedSite()));
    QVERIFY2(csp.match(search).captured(1).contains(u"script-src 'self';"),
        qPrintable(search.left(800)));
}

void TestRender::frontPageDescription_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("description");
    QTest::newRow("zh-Hans") << S("zh-Hans") << S("Huai&apos;an Daily最新新闻。");
    QTest::newRow("en") << S("en") << S("The latest news from Huai&apos;an Daily.");
}

// The front page's description is the site's name in the sentence, and nothing is said on
// stderr about arguments its text has no place for.
void TestRender::frontPageDescription()
{
    QFETCH(QString, language);
    QFETCH(QString, description);
    QTest::failOnWarning(QRegularExpression(S("QString::arg")));
    ListPage page;
    page.kind = ListPage::Kind::Front;
    page.heading = pageLabels(language).latest;
    page.language = language;
    const QString html = QString::fromUtf8(PageRenderer().listPage(page, fixedSite()));
    QVERIFY2(html.contains(S("<meta name=\"description\" content=\"") + description + S("\">")),
        qPrintable(html.left(1200)));
}

void TestRender::golden_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<QString>("file");
    QTest::newRow("chinese-newspaper zh-Hans")
        << chineseArticle() << S("chinese-newspaper-zh-hans.html");
    QTest::newRow("chinese-newspaper zh-Hant")
        << traditionalArticle() << S("chinese-newspaper-zh-hant.html");
    QTest::newRow("english-wire en") << englishArticle() << S("english-wire-en.html");
    Article chineseInWire = chineseArticle();
    chineseInWire.language = QStringLiteral("fr"); // no style of its own: the site default
    QTest::newRow("english-wire site default") << chineseInWire << S("english-wire-default.html");
}

void TestRender::golden()
{
    QFETCH(Article, article);
    QFETCH(QString, file);
    PageRenderer renderer;
    const QByteArray html = renderer.articlePageUtf8(article, fixedSite());
    const QString path = TestSupport::dataDir() + QStringLiteral("/golden/") + file;
    if (qEnvironmentVariableIsSet("COPYDESK_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(html);
    }
    QFile expected(path);
    QVERIFY2(expected.open(QIODevice::ReadOnly),
        qPrintable(path + QStringLiteral(" missing (COPYDESK_UPDATE_GOLDEN=1 writes it)")));
    QCOMPARE(QString::fromUtf8(html), QString::fromUtf8(expected.readAll()));
}

// What a browser makes of an attribute's URL, worked out here independently of the renderer's
// own check: entities decoded, the tabs and newlines browsers drop removed, then the scheme.
static bool harmlessUrl(QString value)
{
    static const QRegularExpression entity(QStringLiteral("&(#[xX]?[0-9a-fA-F]+|[a-zA-Z]+);?"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(value); it.hasNext();) {
        const auto m = it.next();
        decoded += value.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        uint code = 0;
        if (name.startsWith(u"#x", Qt::CaseInsensitive))
            code = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(u'#'))
            code = name.mid(1).toUInt();
        else if (name == u"colon")
            code = ':';
        else if (name == u"amp")
            code = '&';
        else if (name == u"Tab" || name == u"NewLine")
            code = ' ';
        decoded +=
            code ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : m.captured();
        last = m.capturedEnd();
    }
    decoded += value.mid(last);
    decoded.remove(QRegularExpression(QStringLiteral("[\\x00-\\x20]")));
    static const QRegularExpression scheme(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*):"));
    const auto m = scheme.match(decoded);
    if (!m.hasMatch())
        return true; // a relative address
    const QString name = m.captured(1).toLower();
    return name == u"http" || name == u"https" || name == u"mailto" || name == u"tel";
}

void TestRender::xssCorpus_data()
{
    QTest::addColumn<QString>("payload");
    for (const auto &[name, payload] : TestSupport::xssPayloads())
        QTest::newRow(name) << payload;
}

void TestRender::xssCorpus()
{
    QFETCH(QString, payload);
    Article a = englishArticle();
    a.headline = payload;
    a.deck = payload;
    a.body = payload + QStringLiteral("\n\n") + payload;
    a.bylines = {{payload, payload, payload}};
    a.dateline = {payload, payload, payload};
    a.section = payload;
    a.tags = {payload, QStringLiteral("ok")};
    a.editor = payload;
    a.slug = QStringLiteral("x");
    SiteContext site = fixedSite();
    site.siteName = payload;
    site.recommended = {
        {payload, QStringLiteral("news/y/"), at("2026-11-20T08:00:00Z"), payload, {}, {}}};

    PageRenderer renderer;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh-Hans")}) {
        a.language = language;
        const QString html = renderer.articlePage(a, site);
        // The only script element is the page's own JSON-LD, and it parses as JSON.
        const auto found = scripts(html);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().first, QStringLiteral(" type=\"application/ld+json\""));
        QVERIFY(!found.first().second.contains(u"<"));
        QCOMPARE(jsonLd(html).value(u"headline").toString(), payload);
        QCOMPARE(html.count(u"<script"), 1);
        // No event-handler attribute in any tag, no dangerous scheme in any attribute.
        static const QRegularExpression tag(QStringLiteral("<[a-zA-Z][^>]*>"));
        static const QRegularExpression handler(
            QStringLiteral("\\son\\w+\\s*="), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression attribute(QStringLiteral("\\s([\\w:-]+)=\"([^\"]*)\""));
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString t = it.next().captured();
            // Attribute names only: quoted values may say anything once escaped.
            QString names = t;
            names.replace(QRegularExpression(QStringLiteral("\"[^\"]*\"")), QStringLiteral("\"\""));
            QVERIFY2(!handler.match(names).hasMatch(), qPrintable(t));
            QVERIFY2(
                !t.startsWith(u"<iframe") && !t.startsWith(u"<svg") && !t.startsWith(u"<img src=x"),
                qPrintable(t));
            for (auto at = attribute.globalMatch(t); at.hasNext();) {
                const auto m = at.next();
                const QString name = m.captured(1);
                if (name == u"href" || name == u"src" || name == u"action")
                    QVERIFY2(harmlessUrl(m.captured(2)), qPrintable(t));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
