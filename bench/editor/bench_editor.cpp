// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's two numbers (issue 3), run by hand:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_editor [store-with-10000-articles.sqlite]
// 1. Typing latency in a 10,000-word article: from a key event to the editor idle again (the
//    key handled, highlighting, undo command, autosave and journal scheduling; the debounced
//    counts and preview are timed on their own). Target p95 ≤ 8 ms.
// 2. Start-up to window shown with a 10,000-article store: the real binary, from exec to the
//    window's first event-loop turn (COPYDESK_TEST_PRINT), and in-process (open store, build
//    the window, restore the session, show). Target ≤ 800 ms.
#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "store/articlestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdio>

namespace {

QString tenThousandWords()
{
    const QString paragraph = QStringLiteral(
        "The council voted eight to one on Tuesday to approve the new budget, which raises "
        "spending on roads and schools by four percent while holding property taxes flat for "
        "a third straight year. Several members said the **compromise** was the best the city "
        "could do. See [the report](https://example.org/report) for details.\n\n");
    const int wordsPerParagraph = 50;
    QString body = QStringLiteral("## Budget\n\n");
    for (int i = 0; i < 10000 / wordsPerParagraph; ++i)
        body += paragraph;
    return body;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

void fillStore(const QString &path, int count)
{
    auto store = ArticleStore::open(path);
    const int existing = store->count();
    for (int i = existing; i < count; ++i) {
        Article a;
        a.headline = QStringLiteral("Story number %1 about the council budget").arg(i);
        a.body = QStringLiteral("The council met on day %1. 市领导现场督办，问题当天解决。").arg(i);
        a.language = i % 2 ? QStringLiteral("en") : QStringLiteral("zh-Hans");
        a.section = i % 3 ? QStringLiteral("Local") : QStringLiteral("本地");
        store->create(a);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;

    // --- 1. typing latency ------------------------------------------------------------------
    {
        const QString path = dir.filePath(QStringLiteral("typing.sqlite"));
        auto store = ArticleStore::open(path);
        Article article;
        article.headline = QStringLiteral("A long one");
        article.body = tenThousandWords();
        const QString id = store->create(article).id;
        std::printf("article: %d words\n", store->get(id).counts().words);
        MainWindow window(store.get());
        window.openArticle(id);
        window.resize(1440, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        BodyEditor *body = window.bodyEditor();
        body->setFocus();
        body->setCursorPosition(int(article.body.size() / 2));
        QTest::qWait(500);

        std::vector<double> latencies;
        const QString text = QStringLiteral("The mayor said 市长表示 ");
        for (int i = 0; i < 600; ++i) {
            const QString ch = text.mid(i % text.size(), 1);
            QElapsedTimer timer;
            timer.start();
            QTest::sendKeyEvent(QTest::Click, body, Qt::Key_unknown, ch, Qt::NoModifier);
            QCoreApplication::processEvents(); // until nothing is pending but timers
            latencies.push_back(timer.nsecsElapsed() / 1e6);
            if (i % 50 == 49)
                QTest::qWait(300); // a pause: the debounced counts, preview and save run here
        }
        std::printf("typing latency (key event → idle), %zu keys: median %.2f ms, p95 %.2f ms, "
                    "max %.2f ms\n",
            latencies.size(), percentile(latencies, 0.5), percentile(latencies, 0.95),
            *std::max_element(latencies.begin(), latencies.end()));

        // The debounced work, timed on its own (it runs once per pause, not per key).
        QElapsedTimer timer;
        timer.start();
        const Article current = window.document()->article();
        const double snapshot = timer.nsecsElapsed() / 1e6;
        timer.restart();
        const TextCounts counts = current.counts();
        const double counting = timer.nsecsElapsed() / 1e6;
        timer.restart();
        window.previewPane()->showArticle(current);
        const double preview = timer.nsecsElapsed() / 1e6;
        std::printf("after a pause: article snapshot %.2f ms, counts %.2f ms (%d words), "
                    "preview request %.2f ms\n",
            snapshot, counting, counts.words, preview);
        window.close();
    }

    // --- 2. start-up ------------------------------------------------------------------------
    {
        const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                      : dir.filePath(QStringLiteral("newsroom.sqlite"));
        QElapsedTimer fill;
        fill.start();
        fillStore(path, 10000);
        std::printf("store with 10,000 articles ready (%.1f s)\n", fill.elapsed() / 1000.0);

        std::vector<double> inProcess;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto store = ArticleStore::open(path);
            MainWindow window(store.get());
            window.restoreSession();
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            inProcess.push_back(timer.nsecsElapsed() / 1e6);
            window.close();
        }
        std::printf("start-up in process (open store → window shown), 5 runs: median %.0f ms, "
                    "max %.0f ms\n",
            percentile(inProcess, 0.5), *std::max_element(inProcess.begin(), inProcess.end()));

        std::vector<double> process;
        QTemporaryDir home;
        for (int run = 0; run < 5; ++run) {
            QProcess copydesk;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("COPYDESK_TEST_PRINT"), QStringLiteral("1"));
            copydesk.setProcessEnvironment(env);
            QElapsedTimer timer;
            timer.start();
            copydesk.start(QStringLiteral(COPYDESK_BINARY), {QStringLiteral("--store"), path});
            while (copydesk.state() != QProcess::NotRunning && !copydesk.canReadLine())
                copydesk.waitForReadyRead(5);
            process.push_back(timer.nsecsElapsed() / 1e6);
            copydesk.waitForFinished(60000);
        }
        std::printf("start-up of the binary (exec → window shown and first event loop turn), "
                    "5 runs: median %.0f ms, max %.0f ms\n",
            percentile(process, 0.5), *std::max_element(process.begin(), process.end()));
    }
    return 0;
}
