// SPDX-License-Identifier: GPL-3.0-or-later
// The import cleanups in the editor window (offscreen): rich paste becomes Markdown, the
// cleanup and script conversion commands change the article in one undoable step; File →
// Import… and files dropped on the article list store new stories, list what the importer
// changed or could not read, and open the story imported.
#include "store/articlestore.h"

#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "importing/importer.h"
#include "importing/importfiles.h"
#include "importing/windowimporting.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
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
    void importMenuReportsAndOpensTheStory();
    void filesDroppedOnTheListAreImported();

private:
    QString copyOfSample(const QString &name);

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

QString TestImportUi::copyOfSample(const QString &name)
{
    const QString from = qEnvironmentVariable("COPYDESK_TEST_DATA") + u"/import/"_qs + name;
    const QString to = m_home.filePath(name);
    QFile::remove(to);
    return QFile::copy(from, to) ? to : QString();
}

void TestImportUi::importMenuReportsAndOpensTheStory()
{
    const QString wire = copyOfSample(u"zh-hant-pinyin.txt"_qs);
    QVERIFY(!wire.isEmpty());
    const ImportResult expected = Importer::importFile(wire);
    QVERIFY(!expected.warnings.isEmpty()); // the report has something to show
    const QString broken = m_home.filePath(u"broken.docx"_qs);
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a zip archive");
    }
    const int before = int(m_store->list().size());

    QAction *import = m_window->findChild<QAction *>(u"ImportAction"_qs);
    QVERIFY(import);
    QVERIFY(m_window->fileMenu()->actions().contains(import));
    // The reporter picks both files in the file dialog.
    bool picked = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialog->setDirectory(m_home.path());
        dialog->findChild<QLineEdit *>(u"fileNameEdit"_qs)
            ->setText(u"\"zh-hant-pinyin.txt\" \"broken.docx\""_qs);
        picked = true;
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, which reads the line
    });
    import->trigger();
    QVERIFY(picked);

    // The story is stored, listed and open; the report says what happened to each file.
    ImportReportDialog *report = nullptr;
    QTRY_VERIFY((report = m_window->findChild<ImportReportDialog *>()) && report->isVisible());
    QCOMPARE(m_store->list().size(), before + 1);
    QCOMPARE(m_window->document()->article().headline, expected.article.headline);
    QCOMPARE(m_window->document()->article().body, expected.article.body);
    const QString id = m_window->document()->id();
    QCOMPARE(m_store->get(id).headline, expected.article.headline);
    QVERIFY(m_window->articleList()->model()->rowOf(id) >= 0);
    QVERIFY2(report->summary().contains(u"Files imported: 1."_qs), qPrintable(report->summary()));
    QVERIFY(report->summary().contains(u"Not imported: 1."_qs));
    QTreeWidget *files = report->files();
    QCOMPARE(files->topLevelItemCount(), 2);
    QTreeWidgetItem *imported = files->topLevelItem(0);
    QVERIFY(imported->text(0).startsWith(u"zh-hant-pinyin.txt → “"_qs + expected.article.headline));
    QStringList warnings;
    for (int i = 0; i < imported->childCount(); ++i)
        warnings << imported->child(i)->text(0);
    QCOMPARE(warnings, expected.warnings);
    QVERIFY2(files->topLevelItem(1)->text(0).startsWith(u"broken.docx: not imported: "_qs),
        qPrintable(files->topLevelItem(1)->text(0)));
    report->close();
}

void TestImportUi::filesDroppedOnTheListAreImported()
{
    const QString wire = copyOfSample(u"zh-hans-xinhua.txt"_qs);
    QVERIFY(!wire.isEmpty());
    const ImportResult expected = Importer::importFile(wire);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QWidget *list = m_window->articleList()->view()->viewport();
    QVERIFY(list->acceptDrops());

    // Text that is not a file is not taken.
    QMimeData text;
    text.setText(u"记者从市教育局获悉"_qs);
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(wire)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list, &drop);
    QVERIFY(drop.isAccepted());

    QTRY_COMPARE(m_window->document()->article().headline, expected.article.headline);
    QCOMPARE(m_store->get(m_window->document()->id()).body, expected.article.body);
    if (auto *report = m_window->findChild<ImportReportDialog *>())
        report->close();
}

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
