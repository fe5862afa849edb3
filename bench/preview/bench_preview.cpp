// SPDX-License-Identifier: GPL-3.0-or-later
// How long after an edit the preview shows it: for a typical story (~1,500 characters) and for
// long ones, the time from PreviewPane::showArticle() to the page being on display (render off
// the GUI thread + swap into the web view), over a series of edits; and the render alone.
//
//   QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 bench_preview [--edits N]
#include "preview/previewpane.h"
#include "render/pagerenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

Article story(int characters)
{
    Article article;
    article.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    article.slug = QStringLiteral("bench");
    article.headline = QStringLiteral("城南新建两所中学明年秋季招生");
    article.language = QStringLiteral("zh-Hans");
    article.section = QStringLiteral("教育");
    article.dateline.source = QStringLiteral("淮安日报");
    article.bylines = {{QStringLiteral("赵雨桐"), QStringLiteral("融媒体记者"), {}}};
    const QString paragraph =
        QStringLiteral("记者从市教育局获悉，城南片区新建的两所公办初级中学将于明年秋季学期正式"
                       "招生，预计新增学位2400个。两所学校均按照省级标准化学校要求建设。");
    while (article.body.size() < characters)
        article.body += paragraph + QStringLiteral("\n\n");
    return article;
}

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return {values.at(values.size() / 2), values.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption edits(QStringLiteral("edits"), QStringLiteral("Edits per size."),
        QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(edits);
    parser.process(app);
    const int n = std::max(1, parser.value(edits).toInt());

    PreviewPane pane;
    pane.resize(900, 900);
    pane.show();
    PageRenderer renderer;

    std::printf("%-12s %12s %14s %14s %14s\n", "body chars", "page bytes", "render ms",
        "edit→shown ms", "max ms");
    for (const int size : {1500, 20000, 1000000, 3000000}) {
        Article article = story(size);
        pane.showArticle(article);
        QString expected = renderer.articlePage(article, SiteContext {});
        if (!QTest::qWaitFor([&] { return !pane.shownHtml().isEmpty(); }, 120000))
            return 1;
        QList<double> latencies;
        QList<double> renders;
        for (int i = 0; i < n; ++i) {
            article.body += QStringLiteral("字");
            QElapsedTimer render;
            render.start();
            SiteContext site;
            site.articlePath = articlePath(article.slug);
            expected = renderer.articlePage(article, site);
            renders << render.nsecsElapsed() / 1e6;

            QElapsedTimer timer;
            timer.start();
            pane.showArticle(article);
            if (!QTest::qWaitFor([&] { return pane.shownHtml() == expected; }, 120000))
                return 1;
            latencies << timer.nsecsElapsed() / 1e6;
        }
        const Stats shown = stats(latencies);
        std::printf("%-12lld %12lld %14.1f %14.1f %14.1f\n", qlonglong(article.body.size()),
            qlonglong(expected.toUtf8().size()), stats(renders).median, shown.median, shown.max);
    }
    return 0;
}
