// SPDX-License-Identifier: GPL-3.0-or-later
// The copy desk's checks in the editor (offscreen): style findings underlined in a second
// colour beside spelling's, the context menu's replacement (undoable) and "Ignore Rule Here",
// Tools → Check Style walking the findings, Tools → Style List… writing the newsroom's list
// into a real store, and moving between articles with both kinds of underline showing.
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "spelling/spellingmarker.h"
#include "spelling/spellingsession.h"
#include "spelling/windowspelling.h"
#include "store/articlestore.h"
#include "style/styledialog.h"
#include "style/stylelistdialog.h"
#include "style/stylemarker.h"
#include "style/stylesession.h"
#include "style/windowstyle.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

namespace {

// The ranges underlined in `colour` (as [start, end) pairs) in the document the editor shows.
QList<QPair<int, int>> underlined(const QPlainTextEdit &edit, const QColor &colour)
{
    QList<QPair<int, int>> ranges;
    for (const QTextEdit::ExtraSelection &selection : edit.extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
            && selection.format.underlineColor() == colour
            && selection.cursor.document() == edit.document())
            ranges.append({selection.cursor.selectionStart(), selection.cursor.selectionEnd()});
    }
    return ranges;
}

QColor styleColour()
{
    return StyleMarker::underlineFormat().underlineColor();
}

QColor spellingColour()
{
    return SpellingMarker::underlineFormat().underlineColor();
}

Article story(const QString &language, const QString &body)
{
    Article a;
    a.id = QStringLiteral("story-") + language;
    a.headline = QStringLiteral("Headline");
    a.language = language;
    a.body = body;
    return a;
}

// Types like a keyboard would, one key event per character.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

QAction *actionNamed(QMenu &menu, const QString &name)
{
    for (QAction *action : menu.actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

} // namespace

class TestStyleUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void underlinesInASecondColour();
    void besideSpelling();
    void replacementIsUndoable();
    void ignoreRuleHere();
    void turnedOff();
    void relativeDatesOfTheDateline();
    void styleListFromTheDialog();
    void checkStyleWalksTheFindings();
    void windowSwitchingArticles();

private:
    QTemporaryDir m_home;
};

void TestStyleUi::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings (the underline switch) of the test's own.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("CopydeskTest"));
}

void TestStyleUi::underlinesInASecondColour()
{
    StyleSession session(nullptr);
    session.setArticle(story(QStringLiteral("zh-Hans"), QString()));
    QPlainTextEdit edit;
    StyleMarker marker(&edit, &session);
    edit.setPlainText(QStringLiteral("中国,美国和日本。"));
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {{2, 3}}));
    QVERIFY(styleColour() != spellingColour());
    const std::optional<StyleFinding> finding = marker.findingAt(2);
    QVERIFY(finding);
    QCOMPARE(finding->rule, QStringLiteral("zh-halfwidth-punctuation"));
    QCOMPARE(finding->replacement, QStringLiteral("，"));
    // Latin text inside Chinese and code are left alone.
    edit.setPlainText(QStringLiteral("他用 `a,b` 和 Python, Java 写程序。"));
    QTRY_VERIFY(marker.isUpToDate());
    QCOMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {}));
}

void TestStyleUi::besideSpelling()
{
    // Both kinds on one field: neither marker takes the other's underlines away.
    SpellingSession spelling(nullptr);
    spelling.setLanguage(QStringLiteral("en"));
    StyleSession style(nullptr);
    style.setArticle(story(QStringLiteral("en"), QString()));
    QPlainTextEdit edit;
    SpellingMarker spellingMarker(&edit, &spelling);
    StyleMarker styleMarker(&edit, &style);
    edit.setPlainText(QStringLiteral("We will meet  the mayor, teh council said."));
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {{12, 14}}));
    QTRY_COMPARE(underlined(edit, spellingColour()), (QList<QPair<int, int>> {{25, 28}}));
    // An edit re-checks both.
    QTextCursor cursor(edit.document());
    cursor.setPosition(0);
    cursor.insertText(QStringLiteral("Thay said: "));
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {{23, 25}}));
    QTRY_COMPARE(underlined(edit, spellingColour()), (QList<QPair<int, int>> {{0, 4}, {36, 39}}));
}

void TestStyleUi::replacementIsUndoable()
{
    StyleSession session(nullptr);
    session.setArticle(story(QStringLiteral("zh-Hans"), QString()));
    QPlainTextEdit edit;
    StyleMarker marker(&edit, &session);
    edit.setPlainText(QStringLiteral("中国,美国。"));
    marker.checkNow();
    QMenu menu;
    QVERIFY(marker.addMenuEntries(&menu, 2));
    QAction *replace = actionNamed(menu, QStringLiteral("styleReplace"));
    QVERIFY(replace);
    QVERIFY(replace->text().contains(QStringLiteral("，")));
    // The rule's message is the first entry, for the reporter to read.
    QVERIFY(menu.actions().first()->text().contains(QStringLiteral("，")));
    replace->trigger();
    QCOMPARE(edit.toPlainText(), QStringLiteral("中国，美国。"));
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {}));
    edit.undo();
    QCOMPARE(edit.toPlainText(), QStringLiteral("中国,美国。"));
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {{2, 3}}));
}

void TestStyleUi::ignoreRuleHere()
{
    StyleSession session(nullptr);
    session.setArticle(story(QStringLiteral("en"), QString()));
    QPlainTextEdit edit;
    StyleMarker marker(&edit, &session);
    edit.setPlainText(QStringLiteral("One  two. Three  four."));
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {{3, 5}, {15, 17}}));
    QMenu menu;
    QVERIFY(marker.addMenuEntries(&menu, 3));
    QAction *ignore = actionNamed(menu, QStringLiteral("styleIgnore"));
    QVERIFY(ignore);
    ignore->trigger();
    // The same finding (rule and text) is not reported again in this story…
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {}));
    QCOMPARE(edit.toPlainText(), QStringLiteral("One  two. Three  four."));
    // … and is again in another.
    Article other = story(QStringLiteral("en"), QString());
    other.id = QStringLiteral("another");
    session.setArticle(other);
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {{3, 5}, {15, 17}}));
}

void TestStyleUi::turnedOff()
{
    StyleSession session(nullptr);
    session.setArticle(story(QStringLiteral("en"), QString()));
    QPlainTextEdit edit;
    StyleMarker marker(&edit, &session);
    edit.setPlainText(QStringLiteral("One  two."));
    QTRY_COMPARE(underlined(edit, styleColour()).size(), 1);
    session.setEnabled(false);
    QTRY_COMPARE(underlined(edit, styleColour()).size(), 0);
    // Remembered for the next start.
    QCOMPARE(StyleSession(nullptr).isEnabled(), false);
    session.setEnabled(true);
    QTRY_COMPARE(underlined(edit, styleColour()).size(), 1);
}

void TestStyleUi::relativeDatesOfTheDateline()
{
    // Written on the dateline's day, read on the day it goes out: "yesterday" two days later
    // is another day.
    StyleSession session(nullptr);
    Article article = story(QStringLiteral("en"), QString());
    article.dateline.date = QStringLiteral("2026-11-24");
    article.publishAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::LocalTime);
    session.setArticle(article);
    QPlainTextEdit edit;
    StyleMarker marker(&edit, &session);
    edit.setPlainText(QStringLiteral("The council voted yesterday."));
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {{18, 27}}));
    QCOMPARE(marker.findingAt(18)->replacement, QStringLiteral("Nov. 23"));
    // The same day: nothing to say.
    article.publishAt = QDateTime(QDate(2026, 11, 24), QTime(18, 0), Qt::LocalTime);
    session.setArticle(article);
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {}));
}

void TestStyleUi::styleListFromTheDialog()
{
    auto store = ArticleStore::open(m_home.filePath(QStringLiteral("list.sqlite")));
    StyleSession session(store.get());
    session.setArticle(story(QStringLiteral("en"), QString()));
    QPlainTextEdit edit;
    StyleMarker marker(&edit, &session);
    edit.setPlainText(QStringLiteral("We will utilize the new bridge."));
    marker.checkNow();
    QCOMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {}));

    StyleListDialog dialog(store.get());
    QObject::connect(
        &dialog, &StyleListDialog::listChanged, &session, &StyleSession::reloadFromStore);
    dialog.findChild<QLineEdit *>(QStringLiteral("styleText"))->setText(QStringLiteral("utilize"));
    dialog.findChild<QLineEdit *>(QStringLiteral("stylePrefer"))->setText(QStringLiteral("use"));
    dialog.findChild<QPushButton *>(QStringLiteral("styleAdd"))->click();
    // In the store, for everyone on it, as `copydesk style list` shows it…
    const QList<StyleEntry> list = store->styleList();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().text, QStringLiteral("utilize"));
    QCOMPARE(list.first().replacement, QStringLiteral("use"));
    // … and underlined at once, with its replacement.
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {{8, 15}}));
    QCOMPARE(marker.findingAt(8)->replacement, QStringLiteral("use"));

    // A bad entry is refused with the reason shown, and nothing is stored.
    dialog.findChild<QLineEdit *>(QStringLiteral("styleText"))->setText(QStringLiteral("use"));
    dialog.findChild<QLineEdit *>(QStringLiteral("stylePrefer"))->setText(QStringLiteral("use"));
    QVERIFY(!dialog.addEntry());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("styleListProblem"))->text().isEmpty());
    QCOMPARE(store->styleList().size(), 1);

    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("styleListTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    table->selectRow(0);
    dialog.removeSelected();
    QCOMPARE(store->styleList().size(), 0);
    QTRY_COMPARE(underlined(edit, styleColour()), (QList<QPair<int, int>> {}));
}

void TestStyleUi::checkStyleWalksTheFindings()
{
    StyleSession session(nullptr);
    session.setArticle(story(QStringLiteral("zh-Hans"), QString()));
    QPlainTextEdit headline;
    QPlainTextEdit body;
    StyleMarker headlineMarker(&headline, &session);
    StyleMarker bodyMarker(&body, &session);
    headline.setPlainText(QStringLiteral("市长:明年修桥"));
    body.setPlainText(QStringLiteral("中国,美国和日本。\n\n他说  好。"));
    StyleDialog dialog(&session, {&headlineMarker, &bodyMarker}, &headlineMarker);
    QVERIFY(dialog.current());
    QCOMPARE(dialog.current()->text, QStringLiteral(":"));
    QCOMPARE(headline.textCursor().selectedText(), QStringLiteral(":"));
    dialog.replace();
    QCOMPARE(headline.toPlainText(), QStringLiteral("市长：明年修桥"));
    QVERIFY(dialog.current());
    QCOMPARE(dialog.current()->text, QStringLiteral(","));
    dialog.skip();
    QVERIFY(dialog.current());
    QCOMPARE(dialog.current()->rule, QStringLiteral("zh-space"));
    dialog.ignore();
    // Only the skipped comma is left, and the walk has come round to where it began.
    QVERIFY(!dialog.current());
    QCOMPARE(body.toPlainText(), QStringLiteral("中国,美国和日本。\n\n他说  好。"));
    headline.undo();
    QCOMPARE(headline.toPlainText(), QStringLiteral("市长:明年修桥"));
}

void TestStyleUi::windowSwitchingArticles()
{
    auto store = ArticleStore::open(m_home.filePath(QStringLiteral("window.sqlite")));
    QStringList ids;
    for (const QString &body : {u"中国,美国和日本。"_qs, u"Teh council met  today."_qs}) {
        Article article;
        article.headline = QStringLiteral("Story %1").arg(ids.size() + 1);
        article.language = ids.isEmpty() ? QStringLiteral("zh-Hans") : QStringLiteral("en");
        article.body = body;
        ids << store->create(article).id;
    }
    MainWindow window(store.get());
    attachSpelling(&window);
    attachStyle(&window);
    window.restoreSession();
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *tools = window.findChild<QMenu *>(QStringLiteral("ToolsMenu"));
    QVERIFY(tools);
    QCOMPARE(window.findChildren<QMenu *>(QStringLiteral("ToolsMenu")).size(), 1);
    QVERIFY(actionNamed(*tools, QStringLiteral("checkSpellingAction")));
    QAction *checkStyle = actionNamed(*tools, QStringLiteral("checkStyleAction"));
    QVERIFY(checkStyle);
    QCOMPARE(checkStyle->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F7));
    QVERIFY(actionNamed(*tools, QStringLiteral("styleListAction")));

    auto *body = static_cast<QPlainTextEdit *>(window.bodyEditor());
    for (int i = 0; i < 60; ++i) {
        const QString id = ids.at(i % 2);
        window.openArticle(id);
        QTRY_COMPARE(window.document()->id(), id);
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        typeText(body, i % 2 == 0 ? QStringLiteral("他说,好 ") : QStringLiteral(" a  b "));
        QTRY_VERIFY2(!underlined(*body, styleColour()).isEmpty(), qPrintable(QString::number(i)));
        if (i % 2 == 1)
            QTRY_VERIFY(!underlined(*body, spellingColour()).isEmpty());
        for (const QTextEdit::ExtraSelection &selection : body->extraSelections())
            QCOMPARE(selection.cursor.document(), body->document());
        // The Chinese story's findings are Chinese rules, the English one's English rules.
        auto *marker = body->findChild<StyleMarker *>();
        QVERIFY(marker);
        marker->checkNow();
        const QList<StyleFinding> findings = marker->findings();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().rule.startsWith(QStringLiteral("zh-")), i % 2 == 0);
    }
}

QTEST_MAIN(TestStyleUi)
#include "tst_styleui.moc"
