// SPDX-License-Identifier: GPL-3.0-or-later
// Editing basics a reporter expects (offscreen): the right-click menu's Undo and Redo are the
// article's (the same steps as Ctrl+Z, across fields), and tags: a half-typed tag is not
// stored by autosave, a tag is committed on a comma, Return or leaving the field, and the
// completer's popup offers the newsroom's tags and commits the one picked.
#include "editor/articledocument.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/singlelinetextedit.h"
#include "editor/tagsedit.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

QString withoutMnemonic(QString text)
{
    text.remove(u'&');
    return text.section(u'\t', 0, 0);
}

// Opens `widget`'s right-click menu as a mouse would and triggers its entry `entry` ("Undo").
// Returns whether the entry was there and enabled; `entries` gets the menu's texts.
bool chooseFromContextMenu(QWidget *widget, const QString &entry, QStringList *entries = nullptr)
{
    bool chosen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        poll.stop();
        QAction *found = nullptr;
        for (QAction *action : menu->actions()) {
            if (entries && !action->isSeparator())
                entries->append(withoutMnemonic(action->text()));
            if (withoutMnemonic(action->text()) == entry)
                found = action;
        }
        menu->close();
        if (found && found->isEnabled()) {
            found->trigger();
            chosen = true;
        }
    });
    poll.start();
    auto *area = qobject_cast<QAbstractScrollArea *>(widget);
    QWidget *target = area ? area->viewport() : widget;
    const QPoint at = target->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, target->mapToGlobal(at));
    QApplication::sendEvent(target, &event);
    return chosen;
}

} // namespace

class TestEditingBasics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void contextMenuUndoIsTheArticles_data();
    void contextMenuUndoIsTheArticles();
    void lineEditContextMenuUndo();
    void halfTypedTagIsNotSaved();
    void tagCommittedOnReturnAndFocusOut();
    void tagBeingTypedIsKeptWhenLeavingTheStory();
    void completerOffersKnownTagsAndCommitsThePick();

private:
    std::unique_ptr<MainWindow> openWindow();
    Article stored();

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<ArticleStore> m_store;
    QString m_articleId;
};

void TestEditingBasics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestEditingBasics::init()
{
    static int n = 0;
    m_storePath = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    m_store = ArticleStore::open(m_storePath);
    Article tagged;
    tagged.headline = QStringLiteral("Battery plant opens");
    tagged.tags = {QStringLiteral("新能源"), QStringLiteral("新华社"), QStringLiteral("汽车")};
    m_store->create(tagged);
    Article article;
    article.headline = QStringLiteral("Council votes on the budget");
    article.body = QStringLiteral("The council met on Tuesday.");
    m_articleId = m_store->create(article).id; // the newest: the window opens it
    QDir(RecoveryJournal::directory()).removeRecursively();
    EditorSettings::instance()->store().clear();
}

void TestEditingBasics::cleanup()
{
    m_store.reset();
}

std::unique_ptr<MainWindow> TestEditingBasics::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_store.get());
    window->restoreSession();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->saver()->setInterval(100);
    if (window->document()->id() != m_articleId)
        return {};
    return window;
}

Article TestEditingBasics::stored()
{
    return ArticleStore::open(m_storePath)->get(m_articleId);
}

void TestEditingBasics::contextMenuUndoIsTheArticles_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("body") << "body";
    QTest::newRow("headline") << "headline";
}

void TestEditingBasics::contextMenuUndoIsTheArticles()
{
    QFETCH(QString, field);
    auto window = openWindow();
    QVERIFY(window);
    QPlainTextEdit *menuField = field == u"body"
        ? static_cast<QPlainTextEdit *>(window->bodyEditor())
        : window->headlineEdit();

    window->deckEdit()->setFocus();
    typeText(window->deckEdit(), QStringLiteral("Spending rises"));
    window->bodyEditor()->setFocus();
    window->bodyEditor()->moveCursor(QTextCursor::End);
    typeText(window->bodyEditor(), QStringLiteral(" It adjourned."));
    QCOMPARE(window->document()->undoStack()->count(), 2);

    // Undo from the menu: the article's last step (the body), then the one before (the deck).
    QStringList entries;
    QVERIFY(chooseFromContextMenu(menuField, QStringLiteral("Undo"), &entries));
    QVERIFY2(entries.contains(QStringLiteral("Copy")), qPrintable(entries.join(u", ")));
    QCOMPARE(window->document()->article().body, QStringLiteral("The council met on Tuesday."));
    QCOMPARE(window->bodyEditor()->toPlainText(), QStringLiteral("The council met on Tuesday."));
    QVERIFY(chooseFromContextMenu(menuField, QStringLiteral("Undo")));
    QCOMPARE(window->document()->article().deck, QString());
    QVERIFY(!window->document()->isModified());
    QVERIFY(!chooseFromContextMenu(menuField, QStringLiteral("Undo"))); // nothing left: greyed

    QVERIFY(chooseFromContextMenu(menuField, QStringLiteral("Redo")));
    QCOMPARE(window->document()->article().deck, QStringLiteral("Spending rises"));
    QCOMPARE(window->document()->undoStack()->index(), 1);
}

void TestEditingBasics::lineEditContextMenuUndo()
{
    auto window = openWindow();
    QVERIFY(window);
    QLineEdit *place = window->articleForm()->datelinePlaceEdit();
    place->setFocus();
    typeText(place, QStringLiteral("LONDON"));
    QCOMPARE(window->document()->article().dateline.place, QStringLiteral("LONDON"));
    QVERIFY(chooseFromContextMenu(place, QStringLiteral("Undo")));
    QCOMPARE(window->document()->article().dateline.place, QString());
    QCOMPARE(place->text(), QString());
    QVERIFY(chooseFromContextMenu(place, QStringLiteral("Redo")));
    QCOMPARE(place->text(), QStringLiteral("LONDON"));
    QCOMPARE(window->document()->article().dateline.place, QStringLiteral("LONDON"));
}

void TestEditingBasics::halfTypedTagIsNotSaved()
{
    auto window = openWindow();
    QVERIFY(window);
    TagsEdit *tags = window->articleForm()->tagsEdit();
    tags->setFocus();
    typeText(tags, u"预算，counc"_qs);
    // The comma committed 预算; "counc" is still being typed.
    QCOMPARE(window->document()->article().tags, QStringList {u"预算"_qs});
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QCOMPARE(stored().tags, QStringList {u"预算"_qs});
    QCOMPARE(tags->text(), u"预算，counc"_qs); // the field keeps what is typed

    typeText(tags, QStringLiteral("il, "));
    QCOMPARE(window->document()->article().tags, (QStringList {u"预算"_qs, u"council"_qs}));
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QCOMPARE(stored().tags, (QStringList {u"预算"_qs, u"council"_qs}));

    // Deleting a whole tag back to its comma is committed too: nothing is half typed.
    tags->setText(u"预算, council, 汽"_qs);
    tags->end(false);
    QTest::keyClick(tags, Qt::Key_Backspace);
    QCOMPARE(window->document()->article().tags, (QStringList {u"预算"_qs, u"council"_qs}));
    QTest::keyClick(tags, Qt::Key_Backspace);
    QTest::keyClick(tags, Qt::Key_Backspace);
    QTest::keyClick(tags, Qt::Key_Backspace);
    QTest::keyClick(tags, Qt::Key_Backspace);
    QTest::keyClick(tags, Qt::Key_Backspace);
    QCOMPARE(tags->text(), u"预算, coun"_qs);
    QCOMPARE(window->document()->article().tags, (QStringList {u"预算"_qs, u"council"_qs}));
}

void TestEditingBasics::tagCommittedOnReturnAndFocusOut()
{
    auto window = openWindow();
    QVERIFY(window);
    TagsEdit *tags = window->articleForm()->tagsEdit();
    tags->setFocus();
    typeText(tags, QStringLiteral("budget"));
    QCOMPARE(window->document()->article().tags, QStringList());
    QTest::keyClick(tags, Qt::Key_Return);
    QCOMPARE(window->document()->article().tags, QStringList {QStringLiteral("budget")});

    typeText(tags, QStringLiteral(", council"));
    QCOMPARE(window->document()->article().tags, QStringList {QStringLiteral("budget")});
    window->bodyEditor()->setFocus();
    QTRY_VERIFY(window->bodyEditor()->hasFocus());
    QCOMPARE(window->document()->article().tags,
        (QStringList {QStringLiteral("budget"), QStringLiteral("council")}));
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QCOMPARE(stored().tags, (QStringList {QStringLiteral("budget"), QStringLiteral("council")}));
    // Undo takes the field back to the tags the story had (edits of one field merge, as
    // typing does in every field).
    window->document()->undoStack()->undo();
    QCOMPARE(tags->text(), QString());
    QCOMPARE(window->document()->article().tags, QStringList());
}

void TestEditingBasics::tagBeingTypedIsKeptWhenLeavingTheStory()
{
    auto window = openWindow();
    QVERIFY(window);
    TagsEdit *tags = window->articleForm()->tagsEdit();
    tags->setFocus();
    typeText(tags, QStringLiteral("budget"));
    window->newArticle(); // Ctrl+N with the tag still being typed
    QCOMPARE(stored().tags, QStringList {QStringLiteral("budget")});
}

void TestEditingBasics::completerOffersKnownTagsAndCommitsThePick()
{
    auto window = openWindow();
    QVERIFY(window);
    TagsEdit *tags = window->articleForm()->tagsEdit();
    tags->setFocus();
    QTRY_VERIFY(tags->hasFocus());
    typeText(tags, u"新"_qs);
    QAbstractItemView *popup = tags->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->width() > 20);
    QStringList offered;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        offered << popup->model()->index(row, 0).data().toString();
    QCOMPARE(offered, (QStringList {u"新华社"_qs, u"新能源"_qs}));
    QCOMPARE(window->document()->article().tags, QStringList()); // 新 is half typed

    // Typing goes on in the field while the popup is up.
    typeText(tags, u"能"_qs);
    QCOMPARE(tags->text(), u"新能"_qs);
    QTRY_COMPARE(popup->model()->rowCount(), 1);
    QVERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(tags->text(), u"新能源"_qs);
    QCOMPARE(window->document()->article().tags, QStringList {u"新能源"_qs});
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QCOMPARE(stored().tags, QStringList {u"新能源"_qs});

    // A second tag picked with the mouse.
    typeText(tags, u", 汽"_qs);
    QTRY_VERIFY(popup->isVisible());
    const QModelIndex car = popup->model()->index(0, 0);
    QCOMPARE(car.data().toString(), u"汽车"_qs);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(car).center());
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(tags->text(), u"新能源, 汽车"_qs);
    QCOMPARE(window->document()->article().tags, (QStringList {u"新能源"_qs, u"汽车"_qs}));
}

QTEST_MAIN(TestEditingBasics)
#include "tst_editingbasics.moc"
