// SPDX-License-Identifier: GPL-3.0-or-later
// The preview follows the body's scrolling, not only its cursor (offscreen, the real web
// view): a 40-paragraph story scrolled to paragraph 24 in the body shows paragraph 24 at the
// top of the preview, and scrolling back up shows the page top again.
#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"

#include <QDir>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

namespace {

constexpr int kTimeout = 20000;

QVariant evaluate(PreviewPane *pane, const QString &script)
{
    QVariant result;
    bool done = false;
    pane->view()->page()->runJavaScript(
        script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
            result = value;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, kTimeout))
        qWarning("script timed out: %s", qPrintable(script.left(200)));
    return result;
}

// The number the first paragraph at least half in view in the preview starts with
// ("Paragraph 24 …"), or -1.
int firstParagraphShown(PreviewPane *pane)
{
    return evaluate(pane, QStringLiteral(R"(
        (function () {
            var ps = document.querySelectorAll('p');
            for (var i = 0; i < ps.length; ++i) {
                var r = ps[i].getBoundingClientRect();
                var m = /^Paragraph (\d+)/.exec(ps[i].textContent);
                if (m && r.top + r.height / 2 >= 0)
                    return parseInt(m[1]);
            }
            return -1;
        })())"))
        .toInt();
}

// The number of the paragraph at the top of the body.
int firstParagraphInBody(BodyEditor *body)
{
    const QString text = body->cursorForPosition(QPoint(4, 4)).block().text();
    return text.section(u' ', 1, 1).toInt();
}

} // namespace

class TestPreviewScroll : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewFollowsBodyScroll();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ArticleStore> m_store;
};

void TestPreviewScroll::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = ArticleStore::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    QStringList paragraphs;
    for (int i = 1; i <= 40; ++i) {
        paragraphs << QStringLiteral("Paragraph %1 of the council's budget story, long enough to "
                                     "wrap once or twice in the preview and in the body.")
                          .arg(i);
    }
    Article article;
    article.headline = QStringLiteral("Council votes on the budget");
    article.body = paragraphs.join(QStringLiteral("\n\n"));
    m_store->create(article);
    QDir(RecoveryJournal::directory()).removeRecursively();
    EditorSettings::instance()->store().clear();
}

void TestPreviewScroll::previewFollowsBodyScroll()
{
    MainWindow window(m_store.get());
    window.resize(1280, 820);
    window.restoreSession();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PreviewPane *preview = window.previewPane();
    QTRY_VERIFY_WITH_TIMEOUT(
        preview->shownHtml().contains(QStringLiteral("Paragraph 40")), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(firstParagraphShown(preview), 1, kTimeout);

    // The body scrolled (as by the wheel: the cursor stays in paragraph 1) to paragraph 24.
    BodyEditor *body = window.bodyEditor();
    body->moveCursor(QTextCursor::Start);
    QScrollBar *bar = body->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    while (firstParagraphInBody(body) < 24 && bar->value() < bar->maximum())
        bar->setValue(bar->value() + 1);
    QCOMPARE(firstParagraphInBody(body), 24);
    QCOMPARE(body->textCursor().blockNumber(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(firstParagraphShown(preview) - 24) <= 1, kTimeout);

    // Further down (the body's last screen starts near paragraph 30), then back to the top: the
    // page top (headline) again.
    while (firstParagraphInBody(body) < 28 && bar->value() < bar->maximum())
        bar->setValue(bar->value() + 1);
    QTRY_VERIFY2_WITH_TIMEOUT(qAbs(firstParagraphShown(preview) - 28) <= 1,
        qPrintable(
            QStringLiteral("preview %1, scrollY %2 of %3, body %4")
                .arg(firstParagraphShown(preview))
                .arg(evaluate(preview, QStringLiteral("window.scrollY")).toInt())
                .arg(evaluate(preview,
                    QStringLiteral("document.documentElement.scrollHeight - window.innerHeight"))
                         .toInt())
                .arg(firstParagraphInBody(body))),
        kTimeout);
    bar->setValue(0);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(preview, QStringLiteral("window.scrollY")).toInt(), 0, kTimeout);
}

QTEST_MAIN(TestPreviewScroll)
#include "tst_previewscroll.moc"
