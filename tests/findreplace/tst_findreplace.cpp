// SPDX-License-Identifier: GPL-3.0-or-later
// Find and Replace as a copy editor uses it (offscreen): one search walks the headline, the
// deck and the body in the order they are on screen, the bar says "n of m", Replace All is one
// undo step over every field, and moving to another story leaves nothing of the last one's
// search in the bar.
#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "editor/findreplacebar.h"
#include "editor/singlelinetextedit.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace

class TestFindReplace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsAcrossFields_data();
    void countsAcrossFields();
    void nextWalksHeadlineDeckBody();
    void replaceAllCoversEveryFieldInOneStep();
    void replaceOneInTheDeck();
    void resetWhenMovingToAnotherStory();

private:
    std::unique_ptr<MainWindow> openWindow();
    QLineEdit *findEdit(MainWindow *window) const;
    QLineEdit *replaceEdit(MainWindow *window) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ArticleStore> m_store;
    QString m_councilId;
    QString m_otherId;
};

void TestFindReplace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFindReplace::init()
{
    static int n = 0;
    m_store = ArticleStore::open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n)));
    Article other;
    other.headline = QStringLiteral("Bridge reopens");
    other.body = QStringLiteral("The bridge reopened on Monday.");
    m_otherId = m_store->create(other).id;
    Article council;
    council.headline = QStringLiteral("Council votes on the council budget");
    council.deck = QStringLiteral("The council meets again");
    council.body = QStringLiteral("The council met.\n\nThe COUNCIL voted.");
    m_councilId = m_store->create(council).id; // the newest: the window opens it
    QDir(RecoveryJournal::directory()).removeRecursively();
    EditorSettings::instance()->store().clear();
}

void TestFindReplace::cleanup()
{
    m_store.reset();
}

std::unique_ptr<MainWindow> TestFindReplace::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_store.get());
    window->restoreSession();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->saver()->setInterval(200);
    if (window->document()->id() != m_councilId && !window->openArticle(m_councilId))
        return {};
    return window;
}

QLineEdit *TestFindReplace::findEdit(MainWindow *window) const
{
    return window->findBar()->findChildren<QLineEdit *>().value(0);
}

QLineEdit *TestFindReplace::replaceEdit(MainWindow *window) const
{
    return window->findBar()->findChildren<QLineEdit *>().value(1);
}

void TestFindReplace::countsAcrossFields_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<QString>("shown");

    QTest::newRow("every field") << "council" << false << "Matches: 5";
    QTest::newRow("match case") << "council" << true << "Matches: 3";
    QTest::newRow("headline only") << "budget" << false << "Matches: 1";
    QTest::newRow("deck only") << "again" << false << "Matches: 1";
    QTest::newRow("none") << "bridge" << false << "Not found";
}

void TestFindReplace::countsAcrossFields()
{
    QFETCH(QString, search);
    QFETCH(bool, matchCase);
    QFETCH(QString, shown);

    auto window = openWindow();
    QVERIFY(window);
    window->bodyEditor()->setFocus();
    QTest::keySequence(window.get(), QKeySequence::Find);
    QTRY_VERIFY(window->findBar()->isVisible());
    if (matchCase)
        window->findBar()->findChild<QCheckBox *>()->setChecked(true);
    typeText(findEdit(window.get()), search);
    QCOMPARE(window->findBar()->statusText(), shown);
}

void TestFindReplace::nextWalksHeadlineDeckBody()
{
    auto window = openWindow();
    QVERIFY(window);
    window->headlineEdit()->setFocus();
    window->headlineEdit()->moveCursor(QTextCursor::Start);
    QTest::keySequence(window.get(), QKeySequence::Find);
    QTRY_VERIFY(findEdit(window.get())->hasFocus());
    typeText(findEdit(window.get()), QStringLiteral("council"));
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("Matches: 5"));

    // Return in the find field: the next match, in screen order, across the fields.
    struct Step
    {
        QPlainTextEdit *field;
        int start;
    };
    const QList<Step> steps = {{window->headlineEdit(), 0}, {window->headlineEdit(), 21},
        {window->deckEdit(), 4}, {window->bodyEditor(), 4}, {window->bodyEditor(), 22}};
    for (int i = 0; i < steps.size(); ++i) {
        QTest::keyClick(findEdit(window.get()), Qt::Key_Return);
        const QTextCursor cursor = steps[i].field->textCursor();
        QCOMPARE(cursor.selectionStart(), steps[i].start);
        QCOMPARE(cursor.selectedText().toLower(), QStringLiteral("council"));
        QCOMPARE(window->findBar()->statusText(), QStringLiteral("%1 of 5").arg(i + 1));
    }
    // Round to the headline again, and back with Find Previous.
    QTest::keyClick(findEdit(window.get()), Qt::Key_Return);
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("1 of 5"));
    QCOMPARE(window->headlineEdit()->textCursor().selectionStart(), 0);
    QVERIFY(!window->bodyEditor()->textCursor().hasSelection()); // one selection at a time
    window->findBar()->findPrevious();
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("5 of 5"));
    QCOMPARE(window->bodyEditor()->textCursor().selectionStart(), 22);
    // Finding does not change the story.
    QVERIFY(!window->document()->isModified());
}

void TestFindReplace::replaceAllCoversEveryFieldInOneStep()
{
    auto window = openWindow();
    QVERIFY(window);
    QUndoStack *stack = window->document()->undoStack();
    const int before = stack->count();
    window->bodyEditor()->setFocus();
    QTest::keySequence(window.get(), QKeySequence::Replace);
    QTRY_VERIFY(window->findBar()->isVisible());
    typeText(findEdit(window.get()), QStringLiteral("council"));
    typeText(replaceEdit(window.get()), QStringLiteral("board"));
    QCOMPARE(window->findBar()->replaceAll(), 5);
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("5 replaced"));

    Article article = window->document()->article();
    QCOMPARE(article.headline, QStringLiteral("board votes on the board budget"));
    QCOMPARE(article.deck, QStringLiteral("The board meets again"));
    QCOMPARE(article.body, QStringLiteral("The board met.\n\nThe board voted."));
    QCOMPARE(window->headlineEdit()->toPlainText(), article.headline);
    QCOMPARE(stack->count(), before + 1); // one step

    QTest::keySequence(window->bodyEditor(), QKeySequence::Undo);
    article = window->document()->article();
    QCOMPARE(article.headline, QStringLiteral("Council votes on the council budget"));
    QCOMPARE(article.deck, QStringLiteral("The council meets again"));
    QCOMPARE(article.body, QStringLiteral("The council met.\n\nThe COUNCIL voted."));
    QVERIFY(!window->document()->isModified());
}

void TestFindReplace::replaceOneInTheDeck()
{
    auto window = openWindow();
    QVERIFY(window);
    window->deckEdit()->setFocus();
    window->deckEdit()->moveCursor(QTextCursor::Start);
    QTest::keySequence(window.get(), QKeySequence::Replace);
    QTRY_VERIFY(window->findBar()->isVisible());
    typeText(findEdit(window.get()), QStringLiteral("council"));
    typeText(replaceEdit(window.get()), QStringLiteral("board"));
    window->findBar()->findNext();
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("3 of 5"));
    // Return in the replace field replaces the selected match and goes on to the next.
    QTest::keyClick(replaceEdit(window.get()), Qt::Key_Return);
    QCOMPARE(window->document()->article().deck, QStringLiteral("The board meets again"));
    QCOMPARE(window->document()->article().headline,
        QStringLiteral("Council votes on the council budget"));
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("3 of 4"));
    QCOMPARE(window->bodyEditor()->textCursor().selectionStart(), 4);
}

void TestFindReplace::resetWhenMovingToAnotherStory()
{
    auto window = openWindow();
    QVERIFY(window);
    window->bodyEditor()->setFocus();
    QTest::keySequence(window.get(), QKeySequence::Replace);
    QTRY_VERIFY(window->findBar()->isVisible());
    typeText(findEdit(window.get()), QStringLiteral("council"));
    typeText(replaceEdit(window.get()), QStringLiteral("board"));
    QCOMPARE(window->findBar()->replaceAll(), 5);
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("5 replaced"));

    QVERIFY(window->openArticle(m_otherId));
    QCOMPARE(window->document()->id(), m_otherId);
    // Nothing of the last story: the count is this story's own.
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("Not found"));
    QTest::keyClick(findEdit(window.get()), Qt::Key_Return);
    QVERIFY(!window->bodyEditor()->textCursor().hasSelection());

    findEdit(window.get())->selectAll();
    typeText(findEdit(window.get()), QStringLiteral("bridge"));
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("Matches: 2"));
    // The search starts at the body's cursor, where this story opened, and goes round.
    QTest::keyClick(findEdit(window.get()), Qt::Key_Return);
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("2 of 2"));
    QCOMPARE(window->bodyEditor()->textCursor().selectedText(), QStringLiteral("bridge"));
    QTest::keyClick(findEdit(window.get()), Qt::Key_Return);
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("1 of 2"));
    QCOMPARE(window->headlineEdit()->textCursor().selectedText(), QStringLiteral("Bridge"));

    // And back: the first story's fields are searched, not the second's.
    QVERIFY(window->openArticle(m_councilId));
    QVERIFY(!window->findBar()->statusText().contains(QStringLiteral("replaced")));
    QCOMPARE(window->findBar()->statusText(), QStringLiteral("Not found"));
}

QTEST_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
