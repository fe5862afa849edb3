// SPDX-License-Identifier: GPL-3.0-or-later
// The preview pane in a real (headless) Chromium: what it shows, how it updates, what it refuses.
#include "preview/previewpane.h"
#include "store/articlestore.h"
#include "testsupport.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

#include <atomic>

namespace {

// Generous: two cores shared by several builds.
constexpr int kTimeout = 60000;

Article article(
    const QString &headline, const QString &body, const QString &language = QStringLiteral("en"))
{
    Article a;
    a.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    a.slug = QStringLiteral("preview-test");
    a.headline = headline;
    a.body = body;
    a.language = language;
    return a;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A stand-in for the publisher's page: a full document with head, styles, JSON-LD and a body
// of one element per Markdown paragraph.
QString testPage(const Article &a)
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%2</title>\n<style>body { margin: 0 16px; }\n"
                       "@media print { body { color: rgb(1, 2, 3); } }</style>\n"
                       "<script type=\"application/ld+json\">{\"headline\": \"x\"}</script>\n"
                       "</head>\n<body>\n<article>\n<h1>%2</h1>\n<div class=\"article-body\">\n")
            .arg(escaped(a.language), escaped(a.headline));
    for (const QString &paragraph : a.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>") + escaped(paragraph) + QStringLiteral("</p>\n");
    return html + QStringLiteral("</div>\n</article>\n</body>\n</html>\n");
}

QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// Runs `script` in the pane's page (isolated world: the page's own script is off) and waits.
QVariant evaluate(PreviewPane &pane, const QString &script)
{
    QVariant result;
    bool done = false;
    pane.view()->page()->runJavaScript(
        script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
            result = value;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, kTimeout))
        qWarning("script timed out: %s", qPrintable(script.left(200)));
    return result;
}

// Shows `a` and waits until its page is on display.
bool showAndWait(PreviewPane &pane, const Article &a, const QString &expectedHtml)
{
    pane.showArticle(a);
    return QTest::qWaitFor([&] { return pane.shownHtml() == expectedHtml; }, kTimeout);
}

// Catches what QDesktopServices::openUrl() would hand to the system browser.
class BrowserStub : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void openUrl(const QUrl &url) { opened << url; }
};

} // namespace

struct Story
{
    QString headline;
    QString language;
    QString section;
    QString body;
    QString bylines; // JSON
    QString dateline; // JSON
};
Q_DECLARE_METATYPE(Story)

class tst_Preview : public QObject
{
    Q_OBJECT

private slots:
    void showsPublishedPage_data();
    void showsPublishedPage();
    void sectionsAreTheSites();
    void swapKeepsDomEqual();
    void burstIsCoalesced();
    void settingsChangedMidRenderAreShown();
    void largePageShows();
    void scrollPositionKept();
    void revealSourceLine();
    void linksOpenOutside_data();
    void linksOpenOutside();
    void contentScriptNeverRuns();
    void widthPresets();
    void screenshots();
};

void tst_Preview::showsPublishedPage_data()
{
    QTest::addColumn<Story>("story");
    QTest::addColumn<QString>("fontFamily"); // part of the body's computed font stack

    QTest::newRow("chinese newspaper") << Story {QStringLiteral("城南新建两所中学明年秋季招生"),
        QStringLiteral("zh-Hans"), QStringLiteral("教育"),
        QStringLiteral("11月18日，记者从市教育局获悉，城南片区新建的两所公办初级中学将于明年秋季学"
                       "期正式招生。\n\n"
                       "## 标准化建设\n\n两所学校均按照省级标准化学校要求建设，配备**室内体育馆**和"
                       "[创客实验室](https://example.com/lab)。\n\n- 学位2400个\n- 明年秋季"),
        QStringLiteral(R"([{"name":"赵雨桐","role":"融媒体记者","affiliation":""}])"),
        QStringLiteral(R"({"place":"","date":"","source":"淮安日报"})")}
                                       << QStringLiteral("WenQuanYi Micro Hei");
    QTest::newRow("english wire") << Story {QStringLiteral(
                                                "City council approves new downtown bike lanes"),
        QStringLiteral("en"), QStringLiteral("Local"),
        QStringLiteral(
            "The City Council voted 7-2 on Monday night to approve a network of protected bike "
            "lanes.\n\n\"This is about making the streets safe,\" Councilor James Okafor said "
            "<script>document.title = 'pwned'</script>.\n\n| Segment | Start |\n|---|---|\n"
            "| Congress St | Spring |"),
        QStringLiteral(R"([{"name":"Elena Petrova","role":"","affiliation":"Associated Press"}])"),
        QStringLiteral(R"({"place":"PORTLAND, Maine","date":"2026-11-24","source":"AP"})")}
                                  << QStringLiteral("Georgia");
}

// The pane shows the very bytes `copydesk publish` writes for the article (no hook in the page:
// the pane's code lives in an isolated world), with the site's style sheets applied.
void tst_Preview::showsPublishedPage()
{
    QFETCH(Story, story);
    QFETCH(QString, fontFamily);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString site = dir.filePath(QStringLiteral("site"));

    // The story and one more in the same section and tag, so the page recommends something.
    QString id;
    for (int i = 0; i < 2; ++i) {
        const auto created = TestSupport::runCli(store,
            {QStringLiteral("new"), QStringLiteral("--headline"),
                i == 0 ? story.headline : story.headline + QStringLiteral(" (2)"),
                QStringLiteral("--language"), story.language, QStringLiteral("--section"),
                story.section, QStringLiteral("--body-file"), QStringLiteral("-")},
            story.body.toUtf8());
        QVERIFY2(created.exitCode == 0, qPrintable(created.errText()));
        const QString newId = created.outText().trimmed();
        if (i == 0)
            id = newId;
        const auto edited = TestSupport::runCli(store,
            {QStringLiteral("edit"), newId, QStringLiteral("--set"),
                QStringLiteral("status=published"), QStringLiteral("--set"),
                QStringLiteral("tags=[\"preview\"]"), QStringLiteral("--set"),
                QStringLiteral("bylines=") + story.bylines, QStringLiteral("--set"),
                QStringLiteral("dateline=") + story.dateline});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.errText()));
    }
    const auto published =
        TestSupport::runCli(store, {QStringLiteral("publish"), QStringLiteral("--out"), site});
    QVERIFY2(published.exitCode == 0, qPrintable(published.errText()));

    const std::unique_ptr<ArticleStore> articles = ArticleStore::open(store);
    const Article article = articles->get(id);
    QFile file(
        site + QStringLiteral("/") + articlePath(article.slug) + QStringLiteral("index.html"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString publishedHtml = QString::fromUtf8(file.readAll());

    PreviewPane pane;
    ArticleQuery query;
    query.status = ArticleStatus::Published;
    pane.setRecommendationCandidates(articles->articles(query));
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(showAndWait(pane, article, publishedHtml));

    // The browser's document is that page: same elements, attributes and text.
    const QString shown =
        evaluate(pane, QStringLiteral("document.documentElement.outerHTML")).toString();
    const QString expected = evaluate(pane,
        QStringLiteral("new DOMParser().parseFromString(%1, 'text/html')"
                       ".documentElement.outerHTML")
            .arg(jsString(publishedHtml)))
                                 .toString();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shown, expected);
    QVERIFY(shown.contains(QStringLiteral("recommended"), Qt::CaseInsensitive));
    // The masthead leads to the site's sections, the story's own marked, as on the site.
    QVERIFY2(shown.contains(QStringLiteral(" aria-current=\"true\">") + story.section
                 + QStringLiteral("</a>")),
        qPrintable(shown.left(3000)));
    // The byline's name leads to the person's page, as on the site.
    QVERIFY(shown.contains(QStringLiteral("<a class=\"author\" href=\"/author/")));
    QTRY_COMPARE_WITH_TIMEOUT(pane.view()->page()->title(),
        evaluate(pane, QStringLiteral("document.title")).toString(), kTimeout);
    QVERIFY(pane.view()->page()->title().contains(story.headline));

    // The site's style sheets, served to the preview, apply (the page's own CSP admits them).
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(pane,
            QStringLiteral(
                "getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"))
            .toString(),
        QStringLiteral("#c8102e"), kTimeout);
    const QString font =
        evaluate(pane, QStringLiteral("getComputedStyle(document.body).fontFamily")).toString();
    QVERIFY2(font.contains(fontFamily), qPrintable(font));
}

// The masthead's sections are counted over the site's stories as the publisher counts them,
// with the story in the pane among them (a draft's new section is there once it is published)
// and without a story held back by its embargo.
void tst_Preview::sectionsAreTheSites()
{
    const auto story = [](const char *id, const char *section, int daysAgo) {
        Article a = article(QStringLiteral("Story ") + QLatin1String(id), QStringLiteral("Text."));
        a.id = QStringLiteral("00000000-0000-4000-8000-00000000000") + QLatin1String(id);
        a.slug = QStringLiteral("story-") + QLatin1String(id);
        a.section = QString::fromUtf8(section);
        a.status = ArticleStatus::Published;
        a.published = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        return a;
    };
    QList<Article> site {story("2", "Local", 1), story("3", "Local", 2), story("4", "Business", 3)};
    Article held = story("5", "Weather", 0);
    held.embargoUntil = QDateTime::currentDateTimeUtc().addDays(2);
    site << held;

    PreviewPane pane;
    pane.setRecommendationCandidates(site);
    pane.show();
    Article draft = article(QStringLiteral("A draft"), QStringLiteral("Text."));
    draft.section = QStringLiteral("Sport");
    pane.showArticle(draft);
    QTRY_VERIFY_WITH_TIMEOUT(pane.shownHtml().contains(QStringLiteral("A draft")), kTimeout);
    const QString html = pane.shownHtml();
    const qsizetype local = html.indexOf(QStringLiteral("<a href=\"/section/local/\">Local</a>"));
    const qsizetype business =
        html.indexOf(QStringLiteral("<a href=\"/section/business/\">Business</a>"));
    const qsizetype sport =
        html.indexOf(QStringLiteral("<a href=\"/section/sport/\" aria-current=\"true\">Sport</a>"));
    QVERIFY2(local > 0 && business > local && sport > business, qPrintable(html.left(3000)));
    QVERIFY(!html.contains(QStringLiteral("/section/weather/")));
}

// After edits the DOM is still exactly the new page's, not a mix of old and new.
void tst_Preview::swapKeepsDomEqual()
{
    PreviewPane pane;
    pane.setPageSource(testPage);
    pane.resize(900, 700);
    pane.show();
    Article a = article(QStringLiteral("Council <b>approves</b> budget"),
        QStringLiteral("HUAI'AN — First & \"quoted\".\n\n第二段：中文。\n\nThird."));
    QVERIFY(showAndWait(pane, a, testPage(a)));
    for (const QString &body : {QStringLiteral("Only one paragraph now."),
             QStringLiteral("One.\n\nTwo <em>three</em>.\n\nFour.\n\nFive.")}) {
        a.body = body;
        a.language = a.language == u"en" ? QStringLiteral("zh-Hans") : QStringLiteral("en");
        QVERIFY(showAndWait(pane, a, testPage(a)));
        const QString shown =
            evaluate(pane, QStringLiteral("document.documentElement.outerHTML")).toString();
        const QString expected = evaluate(pane,
            QStringLiteral(
                "new DOMParser().parseFromString(%1, 'text/html').documentElement.outerHTML")
                .arg(jsString(testPage(a))))
                                     .toString();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shown, expected);
    }
}

void tst_Preview::burstIsCoalesced()
{
    std::atomic<int> renders = 0;
    PreviewPane pane;
    pane.setPageSource([&](const Article &a) {
        ++renders;
        return testPage(a);
    });
    pane.show();
    Article a = article(QStringLiteral("Typing"), QStringLiteral("update 0"));
    QVERIFY(showAndWait(pane, a, testPage(a)));
    const int before = renders;

    // Fifty keystrokes without the event loop running in between, as a fast typist gives.
    for (int i = 1; i <= 50; ++i) {
        a.body = QStringLiteral("update %1").arg(i);
        pane.showArticle(a);
    }
    QTRY_COMPARE_WITH_TIMEOUT(pane.shownHtml(), testPage(a), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(pane, QStringLiteral("document.querySelector('.article-body').textContent.trim()"))
            .toString(),
        QStringLiteral("update 50"), kTimeout);
    QVERIFY2(renders - before <= 2, qPrintable(QStringLiteral("%1 renders").arg(renders - before)));

    // Bursts spread over the event loop still end on the last text.
    for (int i = 51; i <= 60; ++i) {
        a.body = QStringLiteral("update %1").arg(i);
        pane.showArticle(a);
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(pane, QStringLiteral("document.querySelector('.article-body').textContent.trim()"))
            .toString(),
        QStringLiteral("update 60"), kTimeout);
}

// The recommendations (or the site's address) arrive while the first page is still being
// rendered with the old ones, as on a slow machine: the page shown ends on the new ones.
void tst_Preview::settingsChangedMidRenderAreShown()
{
    std::atomic<int> version = 1;
    QSemaphore started;
    QSemaphore release;
    PreviewPane pane;
    pane.setPageSource([&](const Article &a) {
        const int seen = version;
        started.release();
        release.acquire();
        return testPage(a).replace(
            QStringLiteral("</body>"), QStringLiteral("<p id=\"version\">%1</p></body>").arg(seen));
    });
    pane.show();
    const Article a = article(QStringLiteral("Slow"), QStringLiteral("The council met."));
    pane.showArticle(a);
    QVERIFY(started.tryAcquire(1, kTimeout)); // the render is in flight with version 1
    version = 2;
    pane.setRecommendationCandidates({});
    release.release(2);
    QTRY_VERIFY_WITH_TIMEOUT(
        pane.shownHtml().contains(QStringLiteral("<p id=\"version\">2</p>")), kTimeout);
    QCOMPARE(pane.renderCount(), 2);
}

// setHtml() fails silently above 2 MB; the shell-and-swap design does not care.
void tst_Preview::largePageShows()
{
    PreviewPane pane;
    pane.setPageSource(testPage);
    pane.show();
    QString body;
    const QString paragraph =
        QStringLiteral("新闻 paragraph with some words in it, repeated to make it long. ")
            .repeated(8);
    while (body.toUtf8().size() < 3 * 1024 * 1024)
        body += paragraph + QStringLiteral("\n\n");
    body += QStringLiteral("THE END");
    const Article a = article(QStringLiteral("Long"), body);
    QVERIFY(testPage(a).toUtf8().size() > 3 * 1024 * 1024);
    QVERIFY(showAndWait(pane, a, testPage(a)));
    QCOMPARE(
        evaluate(pane,
            QStringLiteral("document.querySelector('.article-body').lastElementChild.textContent"))
            .toString(),
        QStringLiteral("THE END"));
    QVERIFY(evaluate(pane, QStringLiteral("document.body.textContent.length")).toInt() > 1000000);
}

QString numberedBody(int paragraphs, const QString &marker = {})
{
    QStringList lines;
    for (int i = 0; i < paragraphs; ++i)
        lines << QStringLiteral(
            "Paragraph %1 %2 with enough words to wrap onto a second line in a narrow pane, "
            "so that the page is much taller than the view.")
                     .arg(i)
                     .arg(marker);
    return lines.join(QStringLiteral("\n\n"));
}

void tst_Preview::scrollPositionKept()
{
    PreviewPane pane;
    pane.setPageSource(testPage);
    pane.resize(600, 500);
    pane.show();
    Article a = article(QStringLiteral("Scroll"), numberedBody(200));
    QVERIFY(showAndWait(pane, a, testPage(a)));
    evaluate(pane, QStringLiteral("window.scrollTo(0, 3000)"));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(pane, QStringLiteral("window.scrollY")).toInt(), 3000, kTimeout);

    a.body = numberedBody(200, QStringLiteral("edited"));
    QVERIFY(showAndWait(pane, a, testPage(a)));
    QVERIFY(
        evaluate(pane, QStringLiteral("document.body.textContent.indexOf('edited') > 0")).toBool());
    QCOMPARE(evaluate(pane, QStringLiteral("window.scrollY")).toInt(), 3000);
}

void tst_Preview::revealSourceLine()
{
    PreviewPane pane;
    pane.setPageSource(testPage);
    pane.resize(600, 500);
    pane.show();
    const Article a = article(QStringLiteral("Sync"), numberedBody(120));
    QVERIFY(showAndWait(pane, a, testPage(a)));
    QCOMPARE(evaluate(pane, QStringLiteral("window.scrollY")).toInt(), 0);

    // Paragraph 80 starts on body line 160 (a blank line between paragraphs).
    pane.revealSourceLine(160);
    const QString top = QStringLiteral(
        "document.querySelectorAll('.article-body p')[80].getBoundingClientRect().top");
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(pane, QStringLiteral("window.scrollY")).toInt() > 0, kTimeout);
    const double y = evaluate(pane, top).toDouble();
    const double height = evaluate(pane, QStringLiteral("window.innerHeight")).toDouble();
    QVERIFY2(y >= 0 && y < height / 2, qPrintable(QString::number(y)));

    // The next paragraph is in view already: typing there does not move the page.
    const int scrolled = evaluate(pane, QStringLiteral("window.scrollY")).toInt();
    pane.revealSourceLine(162);
    evaluate(pane, QStringLiteral("0")); // after the reveal's own script
    QCOMPARE(evaluate(pane, QStringLiteral("window.scrollY")).toInt(), scrolled);

    pane.revealSourceLine(1); // the blank line after paragraph 0: still paragraph 0
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(pane, QStringLiteral("window.scrollY")).toInt(), 0, kTimeout);
}

void tst_Preview::linksOpenOutside_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("same window") << QString();
    QTest::newRow("new window") << QStringLiteral("_blank");
}

void tst_Preview::linksOpenOutside()
{
    QFETCH(QString, target);
    BrowserStub browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "openUrl");
    const auto cleanup =
        qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });

    PreviewPane pane;
    pane.setPageSource([target](const Article &a) {
        QString page = testPage(a);
        const QString link =
            QStringLiteral("<p><a id=\"out\" href=\"https://example.com/story\"%1 "
                           "style=\"display:block;height:100px\">Read more</a></p>\n")
                .arg(target.isEmpty() ? QString() : QStringLiteral(" target=\"%1\"").arg(target));
        return page.replace(QStringLiteral("</article>"), link + QStringLiteral("</article>"));
    });
    pane.resize(800, 600);
    pane.show();
    QSignalSpy activated(&pane, &PreviewPane::linkActivated);
    const Article a = article(QStringLiteral("Links"), QStringLiteral("Text"));
    pane.showArticle(a);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.shownHtml().isEmpty(), kTimeout);
    const QUrl pageUrl = pane.view()->page()->url();

    // A real click, as the reader gives (a new window needs a user gesture).
    const QVariantList box = evaluate(pane,
        QStringLiteral(
            "(function () { var r = document.getElementById('out')"
            ".getBoundingClientRect(); return [r.left + 20, r.top + r.height / 2]; })()"))
                                 .toList();
    QCOMPARE(box.size(), 2);
    const QPoint point(box.at(0).toInt(), box.at(1).toInt());
    QWidget *input = pane.view()->focusProxy();
    QVERIFY(input);
    QTest::mouseMove(input, point);
    QTest::mouseClick(input, Qt::LeftButton, {}, point);
    QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 1, kTimeout);
    QCOMPARE(browser.opened.first(), QUrl(QStringLiteral("https://example.com/story")));
    QCOMPARE(activated.size(), 1);

    // The pane still shows the article, never the link's page.
    QCOMPARE(pane.view()->page()->url(), pageUrl);
    QVERIFY(evaluate(pane, QStringLiteral("!!document.getElementById('out')")).toBool());
}

void tst_Preview::contentScriptNeverRuns()
{
    PreviewPane pane;
    // As if the renderer had let markup through: the pane must still run none of it.
    pane.setPageSource([](const Article &a) {
        QString page = testPage(a);
        return page
            .replace(QStringLiteral("</article>"),
                QStringLiteral("<script>document.title = 'script ran';</script>\n"
                               "<img id=\"broken\" src=\"nowhere.png\" "
                               "onerror=\"document.title = 'handler ran'\">\n"
                               "<svg><script>document.title = 'svg script ran'</script></svg>\n"
                               "</article>"))
            .replace(QStringLiteral("<body>"),
                QStringLiteral("<body onload=\"document.title = 'onload ran'\">"));
    });
    pane.show();
    const Article a = article(QStringLiteral("Safe"), QStringLiteral("Text"));
    pane.showArticle(a);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.shownHtml().isEmpty(), kTimeout);

    // Once the broken image has failed, its error handler is queued; a few round trips to the
    // page later it would have run.
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(pane, QStringLiteral("document.getElementById('broken').complete")).toBool(),
        kTimeout);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            evaluate(pane, QStringLiteral("document.title")).toString(), QStringLiteral("Safe"));
    QCOMPARE(pane.view()->page()->title(), QStringLiteral("Safe"));
}

void tst_Preview::widthPresets()
{
    PreviewPane pane;
    pane.setPageSource(testPage);
    pane.resize(1000, 700);
    pane.show();
    const Article a = article(QStringLiteral("Widths"), QStringLiteral("Text"));
    QVERIFY(showAndWait(pane, a, testPage(a)));
    const QString color = QStringLiteral("getComputedStyle(document.body).color");
    const QString width = QStringLiteral("window.innerWidth");
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(pane, width).toInt() > 900, kTimeout);
    QVERIFY(evaluate(pane, color).toString() != QStringLiteral("rgb(1, 2, 3)"));

    pane.setWidthPreset(PreviewPane::Width::Mobile);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(pane, width).toInt(), 375, kTimeout);

    pane.setWidthPreset(PreviewPane::Width::Print);
    // An A4 sheet (794 px at 96 dpi) less the print style sheet's 2 cm margins.
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(pane, width).toInt(), 794 - 2 * 76, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(pane, color).toString(), QStringLiteral("rgb(1, 2, 3)"), kTimeout);
    // Print media holds across edits.
    Article b = a;
    b.body = QStringLiteral("Text, edited");
    QVERIFY(showAndWait(pane, b, testPage(b)));
    QCOMPARE(evaluate(pane, color).toString(), QStringLiteral("rgb(1, 2, 3)"));

    pane.setWidthPreset(PreviewPane::Width::Desktop);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(pane, width).toInt() > 900, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(pane, color).toString() != QStringLiteral("rgb(1, 2, 3)"), kTimeout);
}

// Not a check: pictures of the pane for a person to look at. Run under a real display, e.g.
//   COPYDESK_PREVIEW_SHOTS=/tmp/shots QT_QPA_PLATFORM=xcb xvfb-run -a tests/tst_preview screenshots
void tst_Preview::screenshots()
{
    const QString out = qEnvironmentVariable("COPYDESK_PREVIEW_SHOTS");
    if (out.isEmpty())
        QSKIP("set COPYDESK_PREVIEW_SHOTS to a folder to take screenshots of the pane");
    QDir().mkpath(out);
    Article zh = article(QStringLiteral("城南新建两所中学明年秋季招生"),
        QStringLiteral(
            "11月18日，记者从市教育局获悉，城南片区新建的两所公办初级中学将于明年秋季学期正式招生，"
            "预计新增学位2400个。\n\n## 标准化建设\n\n两所学校均按照省级标准化学校要求建设，"
            "配备室内体育馆、创客实验室和心理辅导中心。\n\n市教育局相关负责人表示，将通过集团化办学"
            "方式，由市区优质学校派出管理团队和骨干教师，确保新校办学质量。"),
        QStringLiteral("zh-Hans"));
    zh.section = QStringLiteral("教育");
    zh.deck = QStringLiteral("预计新增学位2400个");
    zh.bylines = {{QStringLiteral("赵雨桐"), QStringLiteral("融媒体记者"), {}},
        {QStringLiteral("孙浩"), QStringLiteral("通讯员"), {}}};
    zh.dateline.source = QStringLiteral("淮安日报");
    zh.editor = QStringLiteral("周敏");
    zh.tags = {QStringLiteral("教育"), QStringLiteral("城南")};
    Article en = article(QStringLiteral("City council approves new downtown bike lanes"),
        QStringLiteral(
            "The City Council voted 7-2 on Monday night to approve a network of protected "
            "bike lanes through downtown, ending a debate that stretched over most of the "
            "year.\n\nSupporters packed the chamber, many wearing bright yellow vests, and "
            "cheered as the final vote was read.\n\n\"This is about making the streets "
            "safe for everyone,\" Councilor [James Okafor](https://example.com/okafor) "
            "said.\n\n| Segment | Start |\n|---|---|\n| Congress St | Spring |\n"
            "| Fore St | Summer |"));
    en.section = QStringLiteral("Local");
    en.bylines = {{QStringLiteral("Elena Petrova"), {}, QStringLiteral("Associated Press")}};
    en.dateline = {
        QStringLiteral("PORTLAND, Maine"), QStringLiteral("2026-11-24"), QStringLiteral("AP")};
    en.tags = {QStringLiteral("transport")};
    Article other = en;
    other.id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    other.slug = QStringLiteral("waterfront-parking");
    other.headline = QStringLiteral("Portland to study parking changes near waterfront");
    other.status = ArticleStatus::Published;

    PreviewPane pane;
    pane.setRecommendationCandidates({other});
    pane.resize(900, 900);
    pane.show();
    const std::pair<QString, PreviewPane::Width> presets[] = {
        {QStringLiteral("desktop"), PreviewPane::Width::Desktop},
        {QStringLiteral("mobile"), PreviewPane::Width::Mobile},
        {QStringLiteral("print"), PreviewPane::Width::Print}};
    const std::pair<QString, Article> stories[] = {
        {QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
    for (const auto &[name, story] : stories) {
        pane.showArticle(story);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.shownHtml().contains(story.headline.toHtmlEscaped()), kTimeout);
        for (const auto &[presetName, preset] : presets) {
            pane.setWidthPreset(preset);
            evaluate(pane, QStringLiteral("0"));
            QTest::qWait(1500); // let Chromium paint; only the pictures depend on it
            QVERIFY(pane.grab().save(QStringLiteral("%1/%2-%3.png").arg(out, name, presetName)));
        }
    }
}

QTEST_MAIN(tst_Preview)
#include "tst_preview.moc"
