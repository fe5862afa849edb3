// SPDX-License-Identifier: GPL-3.0-or-later
// The article's fields as a reporter fills them from the keyboard (offscreen): what a
// completer or a combo box shows is what reaches the store, Return walks headline → deck →
// byline, Tab visits every field in the order they are on screen, F6 / Ctrl+Tab move between
// panes, and the text fields show where the focus is.
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/articleform.h"
#include "editor/articlesaver.h"
#include "editor/bodyeditor.h"
#include "editor/bylineseditor.h"
#include "editor/dateedit.h"
#include "editor/languagehint.h"
#include "editor/linkdialog.h"
#include "editor/singlelinetextedit.h"
#include "editor/tagsedit.h"
#include "history/historypanel.h"
#include "keyboard/focusring.h"
#include "keyboard/windowkeyboard.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

namespace {

// One key event per character, text only, so CJK characters work too.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

QString describe(QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    return widget->accessibleName().isEmpty()
        ? QString::fromLatin1(widget->metaObject()->className())
        : widget->accessibleName();
}

} // namespace

class TestArticleForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void completionSavesWhatTheFieldShows_data();
    void completionSavesWhatTheFieldShows();
    void returnWalksHeadlineDeckByline();
    void tabVisitsEveryFieldInOrder();
    void tabInTheBodyMovesOn();
    void panesByKeyboard();
    void focusRingOnTheTextFields();
    void editMenuWorksOnTheFocusedField();
    void returnContinuesAList_data();
    void returnContinuesAList();
    void linkDialog();
    void newStoryLanguage();
    void moreRowEditsEditorSignoffAndNotes();
    void moreRowOpensForAStoryThatHasThem();
    void smallWindowWithHistoryKeepsEveryPaneUsable();

private:
    std::unique_ptr<MainWindow> openWindow();
    Article stored();

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<ArticleStore> m_store;
    QString m_id;
};

void TestArticleForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestArticleForm::init()
{
    static int n = 0;
    m_storePath = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    m_store = ArticleStore::open(m_storePath);
    // Another story gives the section and tag fields something to offer.
    Article other;
    other.headline = QStringLiteral("新能源汽车下乡");
    other.section = QStringLiteral("本地新闻");
    other.tags = {QStringLiteral("新能源")};
    m_store->create(other);
    Article article;
    article.headline = QStringLiteral("Council votes on the budget");
    article.body = QStringLiteral("The council met on Tuesday.");
    m_id = m_store->create(article).id;
    QDir(RecoveryJournal::directory()).removeRecursively();
    EditorSettings::instance()->store().clear();
    EditorSettings::instance()->setLastArticle(m_id);
}

void TestArticleForm::cleanup()
{
    m_store.reset();
}

std::unique_ptr<MainWindow> TestArticleForm::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_store.get());
    window->restoreSession();
    window->resize(1280, 820);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        return {};
    window->saver()->setInterval(100);
    return window;
}

Article TestArticleForm::stored()
{
    return ArticleStore::open(m_storePath)->get(m_id);
}

void TestArticleForm::completionSavesWhatTheFieldShows_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");

    // Typed 新, 新华社 picked from the popup: the preview printed "新清河12月3日电".
    QTest::newRow("dateline source") << "source" << u"新"_qs << u"新华社"_qs;
    QTest::newRow("byline role") << "role" << u"融"_qs << u"融媒体记者"_qs;
    QTest::newRow("section") << "section" << u"本"_qs << u"本地新闻"_qs;
    QTest::newRow("tags") << "tags" << u"新"_qs << u"新能源"_qs;
}

void TestArticleForm::completionSavesWhatTheFieldShows()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    auto window = openWindow();
    QVERIFY(window);
    ArticleForm *form = window->articleForm();
    if (field == u"role")
        typeText(form->bylinesEditor()->findChild<QLineEdit *>(), QStringLiteral("杨丹丹"));

    QLineEdit *edit = nullptr;
    QCompleter *completer = nullptr;
    if (field == u"source") {
        edit = form->datelineSourceEdit();
        completer = edit->completer();
    } else if (field == u"role") {
        auto *role = form->bylinesEditor()->findChild<QComboBox *>();
        edit = role->lineEdit();
        completer = role->completer();
    } else if (field == u"section") {
        edit = form->sectionBox()->lineEdit();
        completer = form->sectionBox()->completer();
    } else {
        edit = form->tagsEdit();
        completer = form->tagsEdit()->findChild<QCompleter *>();
    }
    QVERIFY(edit && completer);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    typeText(edit, typed);
    // The way the completer offers it: a popup to pick from, or the rest filled in inline.
    if (completer->completionMode() == QCompleter::PopupCompletion) {
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_VERIFY(!completer->popup()->isVisible());
    }
    QCOMPARE(edit->text(), shown);
    // On to the next field, as a reporter would.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);

    const Article article = window->document()->article();
    QString inDocument;
    if (field == u"source")
        inDocument = article.dateline.source;
    else if (field == u"role")
        inDocument = article.bylines.value(0).role;
    else if (field == u"section")
        inDocument = article.section;
    else
        inDocument = article.tags.join(u',');
    QCOMPARE(inDocument, shown);
    QTRY_COMPARE(window->saver()->state(), ArticleSaver::Saved);
    const Article inStore = stored();
    QCOMPARE(field == u"source"   ? inStore.dateline.source
            : field == u"role"    ? inStore.bylines.value(0).role
            : field == u"section" ? inStore.section
                                  : inStore.tags.join(u','),
        shown);
}

void TestArticleForm::returnWalksHeadlineDeckByline()
{
    auto window = openWindow();
    QVERIFY(window);
    ArticleForm *form = window->articleForm();
    auto *name = form->bylinesEditor()->findChild<QLineEdit *>();
    QVERIFY(name);
    form->headlineEdit()->setFocus();
    form->headlineEdit()->moveCursor(QTextCursor::End);
    QTest::keyClick(form->headlineEdit(), Qt::Key_Return);
    QCOMPARE(describe(QApplication::focusWidget()), describe(form->deckEdit()));
    typeText(form->deckEdit(), QStringLiteral("Spending rises"));
    QTest::keyClick(form->deckEdit(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), name);
    // What is typed next is the name: no key pressed on the way made a byline row or a line.
    typeText(QApplication::focusWidget(), QStringLiteral(" 杨丹丹"));
    const QList<QLineEdit *> fields = form->bylinesEditor()->findChildren<QLineEdit *>();
    QCOMPARE(std::count_if(fields.cbegin(), fields.cend(),
                 [](QLineEdit *e) { return e->accessibleName() == u"Byline name"; }),
        1);
    const Article article = window->document()->article();
    QCOMPARE(article.headline, u"Council votes on the budget"_qs);
    QCOMPARE(article.deck, u"Spending rises"_qs);
    QCOMPARE(article.bylines.size(), 1);
    QCOMPARE(article.bylines.first().name, u"杨丹丹"_qs);

    // The rows are made again for another story: Return still lands on the first name.
    Article two;
    two.headline = QStringLiteral("Two reporters");
    two.bylines = {{u"王小明"_qs, {}, {}}, {u"李华"_qs, {}, {}}};
    const QString twoId = m_store->create(two).id;
    QVERIFY(window->openArticle(twoId));
    form->deckEdit()->setFocus();
    QTest::keyClick(form->deckEdit(), Qt::Key_Return);
    auto *first = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(first);
    QCOMPARE(first->text(), u"王小明"_qs);
}

void TestArticleForm::tabVisitsEveryFieldInOrder()
{
    Article two = m_store->get(m_id);
    two.bylines = {{u"王小明"_qs, {}, {}}, {u"李华"_qs, {}, {}}};
    m_store->save(two);
    auto window = openWindow();
    QVERIFY(window);
    ArticleForm *form = window->articleForm();
    QStringList expected = {describe(form->headlineEdit()), describe(form->deckEdit())};
    for (int row = 0; row < 2; ++row) {
        expected << u"Byline name"_qs << u"Byline role"_qs << u"Byline affiliation"_qs
                 << u"Remove byline"_qs;
    }
    expected << u"Add byline"_qs;
    for (QWidget *w : std::initializer_list<QWidget *> {form->datelinePlaceEdit(),
             form->datelineDateEdit(), form->datelineSourceEdit(), form->sectionBox(),
             form->tagsEdit(), form->statusBox(), form->languageBox(), form->targetLengthBox()})
        expected << describe(w);

    form->headlineEdit()->setFocus();
    QStringList visited = {describe(QApplication::focusWidget())};
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << describe(QApplication::focusWidget());
    }
    QCOMPARE(visited, expected);
    // And back.
    for (qsizetype i = expected.size() - 2; i >= 0; --i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(describe(QApplication::focusWidget()), expected.at(i));
    }
}

void TestArticleForm::tabInTheBodyMovesOn()
{
    // A reporter indents a new paragraph by habit: no tab reaches the copy (it would make a
    // code block), and the focus moves on as from every other field; Shift+Tab comes back.
    auto window = openWindow();
    QVERIFY(window);
    BodyEditor *body = window->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Tab);
    QVERIFY(!body->hasFocus());
    QVERIFY(!window->document()->article().body.contains(u'\t'));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_VERIFY(body->hasFocus());
    typeText(body, QStringLiteral("市领导现场督办。"));
    QCOMPARE(
        window->document()->article().body, u"The council met on Tuesday.\n市领导现场督办。"_qs);
}

void TestArticleForm::panesByKeyboard()
{
    auto window = openWindow();
    QVERIFY(window);
    attachKeyboardNavigation(window.get());
    auto inPane = [](QWidget *pane) {
        QWidget *focus = QApplication::focusWidget();
        return focus && (focus == pane || pane->isAncestorOf(focus));
    };
    QWidget *list = window->articleList();
    QWidget *preview = window->previewPane();
    window->headlineEdit()->setFocus();
    QTRY_VERIFY(window->headlineEdit()->hasFocus());

    // Forwards: fields → body → preview → list → fields, by F6 and by Ctrl+Tab.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY(window->bodyEditor()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QTRY_VERIFY(inPane(preview));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(window->articleList()->view()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY(window->headlineEdit()->hasFocus());
    // The body's text was not touched on the way.
    QCOMPARE(window->document()->article().body, u"The council met on Tuesday."_qs);

    // Backwards, and through History when it is shown.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(inPane(list));
    window->actions().history->trigger();
    QTRY_VERIFY(window->historyPanel()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(inPane(window->historyPanel()));
    QTest::keyClick(
        QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(inPane(preview));
}

void TestArticleForm::focusRingOnTheTextFields()
{
    auto window = openWindow();
    QVERIFY(window);
    attachKeyboardNavigation(window.get());
    const QList<QWidget *> fields = {
        window->headlineEdit(), window->deckEdit(), window->bodyEditor()};
    for (QWidget *field : fields) {
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        for (QWidget *other : fields) {
            auto *ring = other->findChild<FocusRing *>();
            QVERIFY(ring);
            QCOMPARE(ring->isVisible(), other == field);
            if (other == field)
                QCOMPARE(ring->geometry(), field->rect());
        }
        // What the reporter sees: the field's border is drawn in the highlight colour.
        const QImage image = field->grab().toImage();
        QCOMPARE(image.pixelColor(image.width() / 2, 0).rgb(),
            field->palette().color(QPalette::Highlight).rgb());
    }
    window->articleList()->view()->setFocus();
    QTRY_VERIFY(!window->bodyEditor()->findChild<FocusRing *>()->isVisible());
}

void TestArticleForm::editMenuWorksOnTheFocusedField()
{
    auto window = openWindow();
    QVERIFY(window);
    QStringList entries;
    for (QAction *action : window->editMenu()->actions())
        entries << action->text();
    for (const QString &entry : {u"Cu&t"_qs, u"&Copy"_qs, u"&Paste"_qs, u"Select &All"_qs})
        QVERIFY2(entries.contains(entry), qPrintable(entry));
    QCOMPARE(window->actions().cut->shortcut(), QKeySequence(QKeySequence::Cut));
    QCOMPARE(window->actions().selectAll->shortcut(), QKeySequence(QKeySequence::SelectAll));

    // From the menu, as with the mouse: Select All and Cut in the body, Paste in the deck.
    BodyEditor *body = window->bodyEditor();
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    window->actions().selectAll->trigger();
    window->actions().cut->trigger();
    QCOMPARE(window->document()->article().body, QString());
    QCOMPARE(QApplication::clipboard()->text(), u"The council met on Tuesday."_qs);
    window->deckEdit()->setFocus();
    QTRY_VERIFY(window->deckEdit()->hasFocus());
    window->actions().paste->trigger();
    QCOMPARE(window->document()->article().deck, u"The council met on Tuesday."_qs);
    // And in a combo box's text.
    window->articleForm()->sectionBox()->setFocus();
    window->actions().paste->trigger();
    QCOMPARE(window->document()->article().section, u"The council met on Tuesday."_qs);
    // The body's cut is one undo step away.
    window->actions().undo->trigger();
    window->actions().undo->trigger();
    window->actions().undo->trigger();
    QCOMPARE(window->document()->article().body, u"The council met on Tuesday."_qs);
}

void TestArticleForm::returnContinuesAList_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("after");
    QTest::newRow("bullet") << u"- 第一条"_qs << u"第二条"_qs << u"- 第一条\n- 第二条"_qs;
    QTest::newRow("numbered") << u"9. nine"_qs << u"ten"_qs << u"9. nine\n10. ten"_qs;
    QTest::newRow("indented") << u"- a\n  * b"_qs << u"c"_qs << u"- a\n  * b\n  * c"_qs;
    QTest::newRow("empty item ends it") << u"- one\n- "_qs << u"Text."_qs << u"- one\nText."_qs;
    QTest::newRow("not a list") << u"Paragraph"_qs << u"Next"_qs << u"Paragraph\nNext"_qs;
}

void TestArticleForm::returnContinuesAList()
{
    QFETCH(QString, before);
    QFETCH(QString, typed);
    QFETCH(QString, after);
    auto window = openWindow();
    QVERIFY(window);
    window->document()->setValue(ArticleDocument::Body, before);
    BodyEditor *body = window->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    typeText(body, typed);
    QCOMPARE(window->document()->article().body, after);
}

void TestArticleForm::linkDialog()
{
    auto window = openWindow();
    QVERIFY(window);
    BodyEditor *body = window->bodyEditor();
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" See "));
    // Ctrl+K with nothing selected asks for the text and the address.
    auto answer = [this](const QString &text, const QString &url, bool insert) {
        QTimer::singleShot(0, this, [text, url, insert] {
            QTRY_VERIFY(qobject_cast<LinkDialog *>(QApplication::activeModalWidget()));
            auto *dialog = static_cast<LinkDialog *>(QApplication::activeModalWidget());
            if (!text.isNull())
                dialog->textEdit()->setText(text);
            dialog->urlEdit()->setText(url);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            buttons->button(insert ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)->click();
        });
    };
    answer(u"市政府"_qs, u"https://www.huaian.gov.cn/a (b)"_qs, true);
    QTest::keyClick(body, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(window->document()->article().body,
        u"The council met on Tuesday. See [市政府](https://www.huaian.gov.cn/a%20%28b%29)"_qs);
    // Cancelled: nothing is typed into the copy. (Format → Link from here on: offscreen, the
    // window is not made active again after a dialog, and shortcuts need an active window.)
    answer(u"x"_qs, u"https://example.org"_qs, false);
    window->actions().link->trigger();
    QVERIFY(!window->document()->article().body.contains(u"example.org"));
    // With a selection, that is the text.
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(4);
    cursor.setPosition(11, QTextCursor::KeepAnchor); // "council"
    body->setTextCursor(cursor);
    answer(QString(), u"https://example.org/council"_qs, true);
    window->actions().link->trigger();
    QVERIFY2(window->document()->article().body.startsWith(
                 u"The [council](https://example.org/council) met"_qs),
        qPrintable(window->document()->article().body));
}

void TestArticleForm::newStoryLanguage()
{
    auto window = openWindow();
    QVERIFY(window);
    QPushButton *hint = attachLanguageHint(window.get());
    // The reporter's usual language, from Settings.
    EditorSettings::instance()->setStoryLanguage(QStringLiteral("zh-Hant"));
    window->newArticle();
    QCOMPARE(window->document()->article().language, u"zh-Hant"_qs);
    // As the interface (English here).
    EditorSettings::instance()->setStoryLanguage(QString());
    window->newArticle();
    QCOMPARE(window->document()->article().language, u"en"_qs);

    // A Chinese headline, committed by an input method: the switch is offered, not forced.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("暴雨致道路积水"));
    QCoreApplication::sendEvent(window->headlineEdit(), &commit);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"中文（简体）"), qPrintable(hint->text()));
    QCOMPARE(window->document()->article().language, u"en"_qs);
    hint->click();
    QCOMPARE(window->document()->article().language, u"zh-Hans"_qs);
    QCOMPARE(window->articleForm()->languageBox()->currentData().toString(), u"zh-Hans"_qs);
    QVERIFY(!hint->isVisible());
    // Undoable like any edit; once decided, not offered again for this story.
    window->actions().undo->trigger();
    QCOMPARE(window->document()->article().language, u"en"_qs);
    typeText(window->headlineEdit(), QStringLiteral("，多地停课"));
    QTest::qWait(600);
    QVERIFY(!hint->isVisible());

    // A story already in the store keeps the language it has.
    QVERIFY(window->openArticle(m_id));
    typeText(window->headlineEdit(), QStringLiteral("：市政府回应质询"));
    QTest::qWait(600);
    QVERIFY(!hint->isVisible());
}

void TestArticleForm::moreRowEditsEditorSignoffAndNotes()
{
    auto window = openWindow();
    QVERIFY(window);
    ArticleForm *form = window->articleForm();
    // Closed at first: the three fields wait behind "More".
    QVERIFY(!form->isMoreShown());
    QVERIFY(!form->editorEdit()->isVisible());
    QVERIFY(!form->notesEdit()->isVisible());
    QTest::mouseClick(form->moreButton(), Qt::LeftButton);
    QVERIFY(form->editorEdit()->isVisible());
    QVERIFY(form->signoffEdit()->isVisible());
    QVERIFY(form->notesEdit()->isVisible());
    // Alt+I (Ed&itor:) reaches it like the other fields' labels.
    QTest::keyClick(window.get(), Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), form->editorEdit());
    typeText(form->editorEdit(), u"陈立"_qs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->signoffEdit());
    typeText(form->signoffEdit(), u"（完）"_qs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->notesEdit());
    typeText(form->notesEdit(), u"核实预算数字"_qs);
    QTest::keyClick(form->notesEdit(), Qt::Key_Return);
    typeText(form->notesEdit(), u"call back"_qs);

    Article article = window->document()->article();
    QCOMPARE(article.editor, u"陈立"_qs);
    QCOMPARE(article.signoff, u"（完）"_qs);
    QCOMPARE(article.notes, u"核实预算数字\ncall back"_qs);
    QTRY_COMPARE(window->saver()->state(), ArticleSaver::Saved);
    const Article inStore = stored();
    QCOMPARE(inStore.editor, u"陈立"_qs);
    QCOMPARE(inStore.signoff, u"（完）"_qs);
    QCOMPARE(inStore.notes, u"核实预算数字\ncall back"_qs);

    // Undo takes each field back in one step (typing merged), as in the other fields; redo
    // puts them back; the fields show it.
    window->actions().undo->trigger();
    QCOMPARE(window->document()->article().notes, QString());
    QCOMPARE(form->notesEdit()->toPlainText(), QString());
    window->actions().undo->trigger();
    QCOMPARE(form->signoffEdit()->text(), QString());
    window->actions().undo->trigger();
    QCOMPARE(form->editorEdit()->text(), QString());
    QCOMPARE(window->document()->article().editor, QString());
    window->actions().redo->trigger();
    window->actions().redo->trigger();
    window->actions().redo->trigger();
    QCOMPARE(form->editorEdit()->text(), u"陈立"_qs);
    QCOMPARE(form->signoffEdit()->text(), u"（完）"_qs);
    QCOMPARE(form->notesEdit()->toPlainText(), u"核实预算数字\ncall back"_qs);
    // Ctrl+Z in the notes is the article's undo too, not the text box's own.
    form->notesEdit()->setFocus();
    QTest::keyClick(form->notesEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window->document()->article().notes, QString());

    // Closing the row hides the fields and keeps their values.
    QTest::mouseClick(form->moreButton(), Qt::LeftButton);
    QVERIFY(!form->editorEdit()->isVisible());
    QCOMPARE(window->document()->article().editor, u"陈立"_qs);
}

void TestArticleForm::moreRowOpensForAStoryThatHasThem()
{
    Article imported;
    imported.headline = u"城南新建两所中学"_qs;
    imported.editor = u"陈立"_qs;
    imported.notes = u"来源：市教育局"_qs;
    const QString id = m_store->create(imported).id;
    auto window = openWindow();
    QVERIFY(window);
    ArticleForm *form = window->articleForm();
    QVERIFY(!form->isMoreShown());
    QVERIFY(window->openArticle(id));
    QVERIFY(form->isMoreShown());
    QVERIFY(form->editorEdit()->isVisible());
    QCOMPARE(form->editorEdit()->text(), u"陈立"_qs);
    QCOMPARE(form->notesEdit()->toPlainText(), u"来源：市教育局"_qs);
    // Opening it set no field: nothing to save, nothing to undo.
    QVERIFY(!window->document()->isModified());
    QVERIFY(!window->document()->undoStack()->canUndo());
}

void TestArticleForm::smallWindowWithHistoryKeepsEveryPaneUsable()
{
    // 1024×700, two bylines, History open: the preview was crushed to a character a line and
    // the window's minimum (1,120 px) put the form's right edge past the screen.
    Article two = m_store->get(m_id);
    two.bylines = {{u"王小明"_qs, u"记者"_qs, {}}, {u"李华"_qs, u"通讯员"_qs, {}}};
    m_store->save(two);
    auto window = openWindow();
    QVERIFY(window);
    window->actions().history->trigger();
    window->resize(1024, 700);
    QTRY_VERIFY(window->historyPanel()->isVisible());
    QTest::qWait(50);
    QApplication::processEvents();

    // The window fits; each pane is either usable or folded away, never crushed.
    QCOMPARE(window->width(), 1024);
    PreviewPane *preview = window->previewPane();
    auto *panes = window->findChild<QSplitter *>(u"MainSplitter"_qs);
    QVERIFY(panes);
    QTRY_VERIFY2(panes->sizes().value(2) == 0 || preview->width() >= 240,
        qPrintable(QString::number(preview->width())));
    QVERIFY2(window->historyPanel()->width() >= window->historyPanel()->minimumSizeHint().width(),
        qPrintable(QString::number(window->historyPanel()->width())));
    ArticleForm *form = window->articleForm();
    QVERIFY2(form->width() >= form->minimumSizeHint().width(),
        qPrintable(u"%1 < %2"_qs.arg(form->width()).arg(form->minimumSizeHint().width())));
    QVERIFY(window->articleList()->width() >= window->articleList()->minimumSizeHint().width());
    // Alt+L reaches the language box, and it is where the reporter can see it.
    QTest::keyClick(window.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), form->languageBox());
    QApplication::processEvents();
    QWidget *viewport = form->parentWidget();
    const QRect box(
        form->languageBox()->mapTo(viewport, QPoint(0, 0)), form->languageBox()->size());
    QVERIFY2(viewport->rect().contains(box),
        qPrintable(u"language box at %1,%2 %3×%4 in a view of %5×%6"_qs.arg(box.x())
                       .arg(box.y())
                       .arg(box.width())
                       .arg(box.height())
                       .arg(viewport->width())
                       .arg(viewport->height())));

    // Room again: the preview comes back at a width it can use.
    window->resize(1440, 900);
    QTRY_VERIFY2(panes->sizes().value(2) >= 240, qPrintable(QString::number(preview->width())));
    QVERIFY(preview->width() >= 240);
}

QTEST_MAIN(TestArticleForm)
#include "tst_articleform.moc"
