// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader announces (offscreen): the preview and its width buttons, the format
// toolbar ("Bold", not "B"), the calendar button, the conflict dialog's four editors and the
// publish dialog's fields each have a name that says what they are.
#include "dialogs/publishdialog.h"
#include "editor/articleform.h"
#include "editor/dateedit.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "settings/editorsettings.h"
#include "sharing/conflictdialog.h"
#include "store/articlestore.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QWebEngineView>
#include <QtTest>

namespace {

// The name the accessibility interface gives assistive technology, and the property behind it.
QString announced(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QStringList toolBarNames(QToolBar *toolBar)
{
    QStringList names;
    for (QAction *action : toolBar->actions()) {
        if (QWidget *button = toolBar->widgetForAction(action))
            names << button->accessibleName();
    }
    return names;
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow();
    void conflictDialog();
    void publishDialog();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ArticleStore> m_store;
};

void TestAccessibleNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = ArticleStore::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    Article article;
    article.headline = QStringLiteral("Council votes on the budget");
    m_store->create(article);
    QDir(RecoveryJournal::directory()).removeRecursively();
    EditorSettings::instance()->store().clear();
}

void TestAccessibleNames::mainWindow()
{
    MainWindow window(m_store.get());
    window.restoreSession();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The format toolbar: what the buttons do, not the letters they show.
    QCOMPARE(toolBarNames(window.formatToolBar()),
        (QStringList {QStringLiteral("Bold"), QStringLiteral("Italic"), QStringLiteral("Link"),
            QStringLiteral("Subhead"), QStringLiteral("Quote"), QStringLiteral("Bulleted List")}));
    QWidget *bold = window.formatToolBar()->widgetForAction(window.formatToolBar()->actions()[0]);
    QCOMPARE(qobject_cast<QToolButton *>(bold)->text(), QStringLiteral("B"));
    QCOMPARE(announced(bold), QStringLiteral("Bold"));

    PreviewPane *preview = window.previewPane();
    QCOMPARE(preview->view()->accessibleName(), QStringLiteral("Preview"));
    auto *widths = preview->findChild<QToolBar *>();
    QVERIFY(widths);
    QCOMPARE(toolBarNames(widths),
        (QStringList {QStringLiteral("Desktop preview"), QStringLiteral("Mobile preview"),
            QStringLiteral("Print preview")}));
    for (QAction *action : widths->actions())
        QVERIFY(!widths->widgetForAction(action)->accessibleDescription().isEmpty());

    DateEdit *date = window.articleForm()->datelineDateEdit();
    const QList<QToolButton *> dateButtons = date->findChildren<QToolButton *>();
    QCOMPARE(dateButtons.size(), 1);
    QCOMPARE(dateButtons[0]->accessibleName(), QStringLiteral("Pick a date"));
    QCOMPARE(announced(dateButtons[0]), QStringLiteral("Pick a date"));
}

void TestAccessibleNames::conflictDialog()
{
    Article mine;
    mine.headline = QStringLiteral("Council votes on the budget");
    mine.body = QStringLiteral("Mine.");
    Article theirs = mine;
    theirs.body = QStringLiteral("Theirs.");
    theirs.revision = 3;
    ConflictDialog dialog(mine, theirs);
    QStringList names;
    for (QWidget *editor : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(editor) || qobject_cast<QPlainTextEdit *>(editor))
            names << editor->accessibleName();
    }
    names.sort();
    QCOMPARE(names,
        (QStringList {QStringLiteral("Their body"), QStringLiteral("Their headline"),
            QStringLiteral("Your body"), QStringLiteral("Your headline")}));
    QCOMPARE(announced(dialog.mergeEdit()), QStringLiteral("Your body"));
}

void TestAccessibleNames::publishDialog()
{
    PublishDialog dialog(m_dir.filePath(QStringLiteral("store.sqlite")));
    QStringList names;
    for (QWidget *field : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field)
            || qobject_cast<QCheckBox *>(field) || qobject_cast<QProgressBar *>(field)) {
            QVERIFY2(!field->accessibleName().isEmpty(), field->metaObject()->className());
            names << field->accessibleName();
        }
    }
    for (const QString &name : {QStringLiteral("Output folder"), QStringLiteral("Base URL"),
             QStringLiteral("Stories per page"), QStringLiteral("Publishing log"),
             QStringLiteral("Publishing progress")})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", ")));
    bool browse = false;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        browse = browse || button->accessibleName() == u"Choose the output folder";
    QVERIFY(browse);
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
