// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling in the editor (offscreen): underlines where the misspellings are, suggestions that
// replace the word undoably, Add to Dictionary into a real store, the Check Spelling pass, and
// moving between articles with underlines shown (the old article's document is deleted).
#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "spelling/dictionaries.h"
#include "spelling/spellingdialog.h"
#include "spelling/spellingmarker.h"
#include "spelling/spellingsession.h"
#include "spelling/windowspelling.h"
#include "store/articlestore.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

namespace {

// The ranges of the editor's document underlined with the spelling format, as [start, end)
// pairs.
QList<QPair<int, int>> underlined(const QPlainTextEdit &edit)
{
    QList<QPair<int, int>> ranges;
    for (const QTextEdit::ExtraSelection &selection : edit.extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
            && selection.cursor.document() == edit.document())
            ranges.append({selection.cursor.selectionStart(), selection.cursor.selectionEnd()});
    }
    return ranges;
}

// A document as ArticleDocument makes them for the headline, deck and body.
std::unique_ptr<QTextDocument> plainDocument(const QString &text)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
    document->setPlainText(text);
    return document;
}

// Types like a keyboard would, one key event per character.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace

class TestSpellingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void underlinesMisspelledRange();
    void keepsOtherSelections();
    void suggestionReplacesUndoably();
    void rightClickOffersSuggestions();
    void editsRecheckOnlyWhatChanged();
    void wordBeingTypedIsNotUnderlined();
    void addToDictionaryPersists();
    void checkSpellingPass();
    void checkSpellingPassGoesRound();
    void namesFollowTheArticle();
    void windowWiring();
    void anotherDocumentGetsItsOwnUnderlines();
    void switchingArticlesWithUnderlines();

private:
    QTemporaryDir m_home;
};

void TestSpellingUi::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    if (!Dictionaries::find(QStringLiteral("en_US")).isValid())
        QSKIP("the en_US Hunspell dictionary is not installed (Debian: hunspell-en-us)");
}

void TestSpellingUi::underlinesMisspelledRange()
{
    SpellingSession session(nullptr);
    QPlainTextEdit edit;
    edit.setPlainText(
        QStringLiteral("The goverment met.\n\n淮安 news from NATO at https://exmaple.org/x.\n"
                       "```\nfooo barr\n```\nA secnd one."));
    SpellingMarker marker(&edit, &session);
    QTRY_VERIFY(marker.isUpToDate());
    QCoreApplication::processEvents();
    const QString text = edit.toPlainText();
    const int first = int(text.indexOf(u"goverment"));
    const int second = int(text.indexOf(u"secnd"));
    QCOMPARE(underlined(edit), (QList<QPair<int, int>> {{first, first + 9}, {second, second + 5}}));
    const QTextEdit::ExtraSelection selection = edit.extraSelections().first();
    QCOMPARE(selection.format.underlineColor(), QColor(Qt::red));
    QCOMPARE(marker.misspellingAt(first + 3).selectedText(), u"goverment"_qs);
    QVERIFY(marker.misspellingAt(text.indexOf(u"fooo")).isNull());
}

void TestSpellingUi::keepsOtherSelections()
{
    SpellingSession session(nullptr);
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("A goverment."));
    QTextEdit::ExtraSelection search;
    search.cursor = QTextCursor(edit.document());
    search.cursor.setPosition(0);
    search.cursor.setPosition(1, QTextCursor::KeepAnchor);
    search.format.setBackground(Qt::yellow);
    edit.setExtraSelections({search});
    SpellingMarker marker(&edit, &session);
    QTRY_COMPARE(underlined(edit).size(), 1);
    QCOMPARE(edit.extraSelections().size(), 2);
    QCOMPARE(edit.extraSelections().first().format.background().color(), QColor(Qt::yellow));
}

void TestSpellingUi::suggestionReplacesUndoably()
{
    SpellingSession session(nullptr);
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("The goverment met."));
    SpellingMarker marker(&edit, &session);
    QTRY_COMPARE(underlined(edit).size(), 1);

    // The context menu's first entry is the best suggestion.
    QMenu menu;
    menu.addAction(QStringLiteral("Copy"));
    QVERIFY(marker.addMenuEntries(&menu, 6));
    QCOMPARE(menu.actions().first()->text(), u"government"_qs);
    QVERIFY(menu.findChild<QAction *>(QStringLiteral("spellingAddToDictionary")));
    QVERIFY(menu.findChild<QAction *>(QStringLiteral("spellingIgnore")));
    QVERIFY(menu.actions().size() <= 7 + 5);
    QVERIFY(!marker.addMenuEntries(&menu, 1)); // "The" is right: nothing to offer

    menu.actions().first()->trigger();
    QCOMPARE(edit.toPlainText(), u"The government met."_qs);
    QTRY_COMPARE(underlined(edit).size(), 0);
    edit.undo();
    QCOMPARE(edit.toPlainText(), u"The goverment met."_qs);
    QTRY_COMPARE(underlined(edit).size(), 1);

    // In the editor window's document the replacement is one step on the article's undo stack.
    Article article;
    article.body = QStringLiteral("A goverment report.");
    ArticleDocument document(article);
    QPlainTextEdit body;
    body.setDocument(document.textDocument(ArticleDocument::Body));
    SpellingMarker bodyMarker(&body, &session);
    QTRY_COMPARE(bodyMarker.misspellings().size(), 1);
    bodyMarker.replace(bodyMarker.misspellings().first(), QStringLiteral("government"));
    QCOMPARE(document.article().body, u"A government report."_qs);
    QVERIFY(document.undoStack()->canUndo());
    document.undoStack()->undo();
    QCOMPARE(document.article().body, u"A goverment report."_qs);
}

void TestSpellingUi::rightClickOffersSuggestions()
{
    SpellingSession session(nullptr);
    QPlainTextEdit edit;
    edit.resize(400, 200);
    edit.setPlainText(QStringLiteral("The goverment met."));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    SpellingMarker marker(&edit, &session);
    QTRY_COMPARE(underlined(edit).size(), 1);

    // A right click on the word: the menu opens with the suggestions first; pick the first.
    QTextCursor onWord(edit.document());
    onWord.setPosition(7);
    const QPoint at = edit.cursorRect(onWord).center();
    QStringList offered;
    // Polls until the menu is up (no fixed wait), then chooses as a reporter would.
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&offered, &poll] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        poll.stop();
        for (QAction *action : menu->actions())
            offered << action->text();
        menu->actions().first()->trigger();
        menu->close();
    });
    poll.start();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, edit.viewport()->mapToGlobal(at));
    QApplication::sendEvent(edit.viewport(), &event);
    QCOMPARE(offered.value(0), u"government"_qs);
    QVERIFY(offered.contains(u"Add to Dictionary"_qs));
    QVERIFY(offered.contains(u"Ignore"_qs));
    QCOMPARE(edit.toPlainText(), u"The government met."_qs);
    edit.undo();
    QCOMPARE(edit.toPlainText(), u"The goverment met."_qs);
}

void TestSpellingUi::editsRecheckOnlyWhatChanged()
{
    SpellingSession session(nullptr);
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("First paragrph.\n\n```\ncode wrd\n```\n\nLast paragrph."));
    SpellingMarker marker(&edit, &session);
    QTRY_VERIFY(marker.isUpToDate());
    QCOMPARE(marker.misspellings().size(), 2);

    // Opening a fence above changes the state of the lines below: they are re-checked.
    QTextCursor cursor(edit.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\nNew mistke here."));
    QTRY_VERIFY(marker.isUpToDate());
    QCOMPARE(marker.misspellings().size(), 3);
    cursor.setPosition(edit.document()->findBlockByNumber(4).position());
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText(); // the closing fence: "Last paragrph." is code now
    QTRY_VERIFY(marker.isUpToDate());
    QCOMPARE(marker.misspellings().size(), 1);
    QCOMPARE(marker.misspellings().first().selectedText(), u"paragrph"_qs);
    edit.undo();
    QTRY_VERIFY(marker.isUpToDate());
    QCOMPARE(marker.misspellings().size(), 3);
}

void TestSpellingUi::wordBeingTypedIsNotUnderlined()
{
    SpellingSession session(nullptr);
    QPlainTextEdit edit;
    edit.show();
    edit.activateWindow();
    edit.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&edit));
    SpellingMarker marker(&edit, &session);
    QTest::keyClicks(&edit, QStringLiteral("The gover"));
    QTRY_VERIFY(marker.isUpToDate());
    QCoreApplication::processEvents();
    QVERIFY(underlined(edit).isEmpty()); // "gover" is being typed
    QTest::keyClicks(&edit, QStringLiteral("ment "));
    QTRY_COMPARE(underlined(edit).size(), 1); // the cursor left it: now it is a misspelling
    QCOMPARE(underlined(edit).first(), (QPair<int, int> {4, 13}));
}

void TestSpellingUi::addToDictionaryPersists()
{
    const QString path = m_home.filePath(QStringLiteral("store.sqlite"));
    {
        auto store = ArticleStore::open(path);
        SpellingSession session(store.get());
        QPlainTextEdit edit;
        edit.setPlainText(QStringLiteral("The Mbatha ferry."));
        SpellingMarker marker(&edit, &session);
        QTRY_COMPARE(underlined(edit).size(), 1);
        QMenu menu;
        QVERIFY(marker.addMenuEntries(&menu, 5));
        menu.findChild<QAction *>(QStringLiteral("spellingAddToDictionary"))->trigger();
        QTRY_COMPARE(underlined(edit).size(), 0);
    }
    // Reopened: the newsroom dictionary still has it, for everyone sharing the store.
    auto store = ArticleStore::open(path);
    QCOMPARE(store->dictionaryWords(), QStringList {u"Mbatha"_qs});
    SpellingSession session(store.get());
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("Mbatha ferry in MBATHA."));
    SpellingMarker marker(&edit, &session);
    QTRY_VERIFY(marker.isUpToDate());
    QVERIFY(underlined(edit).isEmpty());

    // Ignore goes to the reporter's own list, not the store.
    edit.setPlainText(QStringLiteral("Nkemelu ferry."));
    QTRY_COMPARE(underlined(edit).size(), 1);
    QMenu menu;
    QVERIFY(marker.addMenuEntries(&menu, 2));
    menu.findChild<QAction *>(QStringLiteral("spellingIgnore"))->trigger();
    QTRY_COMPARE(underlined(edit).size(), 0);
    QCOMPARE(IgnoreList().words(), QStringList {u"Nkemelu"_qs});
    QCOMPARE(store->dictionaryWords(), QStringList {u"Mbatha"_qs});
}

void TestSpellingUi::checkSpellingPass()
{
    SpellingSession session(nullptr);
    QPlainTextEdit headline;
    headline.setPlainText(QStringLiteral("Bridge reopns"));
    QPlainTextEdit body;
    body.setPlainText(QStringLiteral("The goverment said.\n\nA secnd time, the goverment."));
    SpellingMarker headlineMarker(&headline, &session);
    SpellingMarker bodyMarker(&body, &session);
    SpellingDialog dialog(&session, {&headlineMarker, &bodyMarker}, &headlineMarker);
    QCOMPARE(dialog.currentWord(), u"reopns"_qs);
    dialog.change(QStringLiteral("reopens"));
    QCOMPARE(headline.toPlainText(), u"Bridge reopens"_qs);
    QCOMPARE(dialog.currentWord(), u"goverment"_qs);
    dialog.change(QStringLiteral("government"));
    QCOMPARE(dialog.currentWord(), u"secnd"_qs);
    dialog.skip();
    QCOMPARE(dialog.currentWord(), u"goverment"_qs);
    QVERIFY2(
        dialog.message().startsWith(u"Not in the dictionary: "_qs), qPrintable(dialog.message()));
    dialog.ignore();
    QCOMPARE(dialog.currentWord(), QString());
    // Done: the message alone, not under "Not in the dictionary:".
    QCOMPARE(dialog.message(), u"The spelling check is complete."_qs);
    QCOMPARE(body.toPlainText(), u"The government said.\n\nA secnd time, the goverment."_qs);
    body.undo();
    QCOMPARE(body.toPlainText(), u"The goverment said.\n\nA secnd time, the goverment."_qs);
}

void TestSpellingUi::checkSpellingPassGoesRound()
{
    // (Words of their own: checkSpellingPass puts "goverment" on the ignore list.)
    // Started with the cursor in the body's second paragraph: the rest of the body, then the
    // headline and the first paragraph, then done where it started.
    SpellingSession session(nullptr);
    QPlainTextEdit headline;
    headline.setPlainText(QStringLiteral("Bridge reopns"));
    QPlainTextEdit body;
    body.setPlainText(QStringLiteral("The comittee said.\n\nA secnd time."));
    QTextCursor cursor = body.textCursor();
    cursor.setPosition(int(body.toPlainText().indexOf(u"time")));
    body.setTextCursor(cursor);
    SpellingMarker headlineMarker(&headline, &session);
    SpellingMarker bodyMarker(&body, &session);
    SpellingDialog dialog(&session, {&headlineMarker, &bodyMarker}, &bodyMarker);
    QCOMPARE(dialog.currentWord(), u"secnd"_qs);
    dialog.skip();
    QCOMPARE(dialog.currentWord(), u"reopns"_qs);
    dialog.change(QStringLiteral("reopens"));
    QCOMPARE(dialog.currentWord(), u"comittee"_qs);
    dialog.change(QStringLiteral("committee"));
    // Back where it began: "secnd" was skipped once and is not offered again.
    QCOMPARE(dialog.currentWord(), QString());
    QCOMPARE(headline.toPlainText(), u"Bridge reopens"_qs);
    QCOMPARE(body.toPlainText(), u"The committee said.\n\nA secnd time."_qs);
}

void TestSpellingUi::namesFollowTheArticle()
{
    SpellingSession session(nullptr);
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("Papadopoulos and Papadop reported."));
    SpellingMarker marker(&edit, &session);
    QTRY_COMPARE(underlined(edit).size(), 2);
    Article article;
    article.bylines = {{u"Papadop"_qs, {}, {}}};
    session.setArticle(article);
    QTRY_COMPARE(underlined(edit).size(), 1);
    // Typed on: the name is now the longer one, and the shorter is no longer known.
    article.bylines = {{u"Papadopoulos"_qs, {}, {}}};
    session.setArticle(article);
    QTRY_VERIFY(marker.isUpToDate());
    QTRY_COMPARE(underlined(edit).size(), 1);
    QCOMPARE(marker.misspellings().first().selectedText(), u"Papadop"_qs);
    // Another language: a new checker, the names kept.
    article.language = QStringLiteral("zh-Hans");
    session.setArticle(article);
    QTRY_VERIFY(marker.isUpToDate());
    QCOMPARE(marker.misspellings().size(), 1);
}

void TestSpellingUi::windowWiring()
{
    auto store = ArticleStore::open(m_home.filePath(QStringLiteral("window.sqlite")));
    Article article;
    // (Words of their own: earlier tests put "goverment" on this reporter's ignore list.)
    article.headline = QStringLiteral("Okafor sees the brigde");
    article.bylines = {{u"Daniel Okafor"_qs, u"Correspondent"_qs, {}}};
    article.body = QStringLiteral("Okafor filed from here. A thrid line.");
    const QString id = store->create(article).id;
    MainWindow window(store.get());
    SpellingSession *session = attachSpelling(&window);
    QVERIFY(window.openArticle(id));
    auto *tools = window.findChild<QMenu *>(QStringLiteral("ToolsMenu"));
    QVERIFY(tools);
    QVERIFY(window.menuBar()->actions().contains(tools->menuAction()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("checkSpellingAction")));
    QVERIFY(session->problem().isEmpty());
    QPlainTextEdit *body = reinterpret_cast<QPlainTextEdit *>(window.bodyEditor());
    QTRY_COMPARE(underlined(*body).size(), 1); // thrid; Okafor is a byline name
    auto *headline = reinterpret_cast<QPlainTextEdit *>(window.headlineEdit());
    QTRY_COMPARE(underlined(*headline).size(), 1);
}

void TestSpellingUi::anotherDocumentGetsItsOwnUnderlines()
{
    // The editor is given the next article's document and the old one is deleted, as
    // MainWindow does (ArticleDocument::deleteLater) — with the old underlines still set.
    SpellingSession session(nullptr);
    QPlainTextEdit edit;
    edit.resize(400, 200);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    auto first = plainDocument(QStringLiteral("Teh cat."));
    edit.setDocument(first.get());
    SpellingMarker marker(&edit, &session);
    QTRY_COMPARE(underlined(edit), (QList<QPair<int, int>> {{0, 3}}));

    // The same word at the same place: the underline must be the new document's, not the
    // old one's left in place because it "looks the same".
    auto second = plainDocument(QStringLiteral("Teh dog."));
    edit.setDocument(second.get());
    QTRY_VERIFY(marker.isUpToDate());
    QCoreApplication::processEvents();
    QCOMPARE(underlined(edit), (QList<QPair<int, int>> {{0, 3}}));
    for (const QTextEdit::ExtraSelection &selection : edit.extraSelections())
        QCOMPARE(selection.cursor.document(), second.get());

    // Leaving it for a third and deleting it at once: nothing may still point into it when
    // the underlines of the third are set (this crashed in setExtraSelections()).
    auto third = plainDocument(QStringLiteral("A longer line that has a mistke in it."));
    edit.setDocument(third.get());
    second.reset();
    first.reset();
    QTRY_COMPARE(underlined(edit), (QList<QPair<int, int>> {{25, 31}}));
    edit.repaint();
}

void TestSpellingUi::switchingArticlesWithUnderlines()
{
    // A reporter's day: misspellings typed, then off to another story by clicking in the
    // list, by Ctrl+N and by File → New Article, 200 times over, every time with underlines
    // showing in the body. (Before, the first switch after the old article's document was
    // deleted crashed in SpellingMarker::refreshSelections → setExtraSelections.)
    auto store = ArticleStore::open(m_home.filePath(QStringLiteral("switching.sqlite")));
    QStringList ids;
    for (const QString &body : {u"Teh council met."_qs, u"Thay recieve the report."_qs,
             u"FieldEye counts the weeds and the seedz."_qs}) {
        Article article;
        article.headline = QStringLiteral("Story %1").arg(ids.size() + 1);
        article.body = body;
        ids << store->create(article).id;
    }
    MainWindow window(store.get());
    attachSpelling(&window);
    window.restoreSession();
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.saver()->setInterval(50);
    auto *body = static_cast<QPlainTextEdit *>(window.bodyEditor());
    QTreeView *list = window.articleList()->view();
    QAction *newFromMenu = nullptr;
    for (QAction *action : window.fileMenu()->actions()) {
        if (action == window.actions().newArticle)
            newFromMenu = action;
    }
    QVERIFY(newFromMenu);

    for (int i = 0; i < 200; ++i) {
        // Underlines in the body, from the stored text or typed now.
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        typeText(body, QStringLiteral(" teh recieve "));
        QTRY_VERIFY2(!underlined(*body).isEmpty(), qPrintable(QString::number(i)));
        for (const QTextEdit::ExtraSelection &selection : body->extraSelections())
            QCOMPARE(selection.cursor.document(), body->document());
        const QString before = window.document()->id();
        switch (i % 4) {
        case 0:
        case 2: { // a click on another article in the list
            QModelIndex index;
            for (int row = (i / 4) % 3; row < list->model()->rowCount() && !index.isValid();
                 ++row) {
                const QModelIndex candidate = list->model()->index(row, 0);
                if (candidate.data(ArticleListModel::IdRole).toString() != before)
                    index = candidate;
            }
            QVERIFY(index.isValid());
            list->scrollTo(index);
            QTest::mouseClick(
                list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
            break;
        }
        case 1:
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
            break;
        case 3:
            newFromMenu->trigger();
            break;
        }
        QTRY_VERIFY2(window.document()->id() != before, qPrintable(QString::number(i)));
        // The old article's document goes now, before the new one's underlines are set.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    // Still working: the last typing reached the store.
    body->setFocus();
    typeText(body, QStringLiteral("Done."));
    QTRY_VERIFY(window.document()->article().body.endsWith(u"Done."));
}

QTEST_MAIN(TestSpellingUi)
#include "tst_spellingui.moc"
