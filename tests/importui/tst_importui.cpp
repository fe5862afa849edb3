// SPDX-License-Identifier: GPL-3.0-or-later
// The import cleanups in the editor window (offscreen): rich paste becomes Markdown, the
// cleanup and script conversion commands change the article in one undoable step.
#include "store/articlestore.h"

#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "importing/windowimporting.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

class TestImportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void richPasteBecomesMarkdown();
    void plainPasteIsCleaned();
    void cleanUpCommandIsUndoable();
    void convertIsOneUndoableStep();

private:
    QTemporaryDir m_home;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestImportUi::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
}

void TestImportUi::init()
{
    static int n = 0;
    m_store = ArticleStore::open(m_home.filePath(QStringLiteral("ui%1.sqlite").arg(++n)));
    Article article;
    article.headline = u"城南新建两所中学"_qs;
    article.body = u"记者从市教育局获悉。"_qs;
    article.bylines = {Byline {u"赵雨桐"_qs, u"记者"_qs, {}}};
    article.language = u"zh-Hans"_qs;
    const QString id = m_store->create(article).id;
    m_window = std::make_unique<MainWindow>(m_store.get());
    attachImporting(m_window.get());
    QVERIFY(m_window->openArticle(id));
}

void TestImportUi::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestImportUi::richPasteBecomesMarkdown()
{
    BodyEditor *body = m_window->bodyEditor();
    body->moveCursor(QTextCursor::End);
    auto *mime = new QMimeData;
    mime->setHtml(u"<p>Word <b>bold</b> and <a href=\"https://example.org/\">link</a>"
                  u"<script>alert(1)</script></p><ul><li>one</li><li>two</li></ul>"_qs);
    mime->setText(u"Word bold and link\none\ntwo"_qs);
    QGuiApplication::clipboard()->setMimeData(mime);
    body->paste();
    QCOMPARE(m_window->document()->article().body,
        u"记者从市教育局获悉。Word **bold** and [link](https://example.org/)\n\n- one\n- two"_qs);
}

void TestImportUi::plainPasteIsCleaned()
{
    BodyEditor *body = m_window->bodyEditor();
    body->moveCursor(QTextCursor::End);
    QGuiApplication::clipboard()->setText(u"領(lǐng)導(dǎo)說,好"_qs);
    body->paste();
    QCOMPARE(m_window->document()->article().body, u"记者从市教育局获悉。領導說，好"_qs);
}

void TestImportUi::cleanUpCommandIsUndoable()
{
    BodyEditor *body = m_window->bodyEditor();
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(u"数据(shù)显示,增长"_qs);
    const QString typed = m_window->document()->article().body;
    auto *action = m_window->findChild<QAction *>(QStringLiteral("cleanUpPastedTextAction"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_window->document()->article().body, u"记者从市教育局获悉。数据显示，增长"_qs);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->article().body, typed);
}

void TestImportUi::convertIsOneUndoableStep()
{
    auto *toTraditional =
        m_window->findChild<QAction *>(QStringLiteral("convertToTraditionalAction"));
    QVERIFY(toTraditional);
    const int steps = m_window->document()->undoStack()->index();
    toTraditional->trigger();
    Article article = m_window->document()->article();
    QCOMPARE(article.headline, u"城南新建兩所中學"_qs);
    QCOMPARE(article.body, u"記者從市教育局獲悉。"_qs);
    QCOMPARE(article.bylines.first().name, u"趙雨桐"_qs);
    QCOMPARE(article.language, u"zh-Hant"_qs);
    QCOMPARE(m_window->document()->undoStack()->index(), steps + 1);
    m_window->document()->undoStack()->undo();
    article = m_window->document()->article();
    QCOMPARE(article.headline, u"城南新建两所中学"_qs);
    QCOMPARE(article.language, u"zh-Hans"_qs);
    m_window->findChild<QAction *>(QStringLiteral("convertToSimplifiedAction"))->trigger();
    // Already Simplified: no new step (the undone conversion is still there to redo).
    QCOMPARE(m_window->document()->undoStack()->index(), steps);
    QVERIFY(m_window->document()->undoStack()->canRedo());
}

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
