// SPDX-License-Identifier: GPL-3.0-or-later
// History → Revert… as a copy editor uses it (offscreen): a dialog says what will change,
// field by field, before anything does; Cancel changes nothing; Revert is one undoable step
// that autosave stores as a new revision.
#include "editor/articledocument.h"
#include "editor/articlesaver.h"
#include "history/historypanel.h"
#include "history/revertdialog.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void revertShowsWhatChangesFirst_data();
    void revertShowsWhatChangesFirst();
    void sameRevisionHasNothingToRevert();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<ArticleStore> m_store;
    QString m_id;
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistory::init()
{
    static int n = 0;
    m_storePath = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    m_store = ArticleStore::open(m_storePath);
    // Revision 1 as filed; revision 2 after the desk worked on it.
    Article filed;
    filed.headline = QStringLiteral("暴雨致道路积水");
    filed.body = QStringLiteral("昨天下午，市区出现暴雨。");
    filed.bylines = {{u"杨丹丹"_qs, u"记者"_qs, {}}};
    filed.dateline = {u"淮安"_qs, u"12月3日"_qs, u"淮安日报"_qs};
    filed.section = QStringLiteral("本地");
    filed.tags = {QStringLiteral("天气")};
    filed.language = QStringLiteral("zh-Hans");
    Article worked = m_store->create(filed);
    m_id = worked.id;
    worked.body = QStringLiteral("昨天下午，市区突降暴雨，多条道路积水。");
    worked.bylines = {{u"杨丹丹"_qs, u"融媒体记者"_qs, {}}, {u"王小明"_qs, u"通讯员"_qs, {}}};
    worked.dateline.source = QStringLiteral("新华社");
    worked.section = QStringLiteral("要闻");
    worked.tags = {QStringLiteral("天气"), QStringLiteral("交通")};
    m_store->save(worked);
    QDir(RecoveryJournal::directory()).removeRecursively();
    EditorSettings::instance()->store().clear();
    EditorSettings::instance()->setLastArticle(m_id);
}

void TestHistory::revertShowsWhatChangesFirst_data()
{
    QTest::addColumn<bool>("revert");
    QTest::newRow("cancel") << false;
    QTest::newRow("revert") << true;
}

void TestHistory::revertShowsWhatChangesFirst()
{
    QFETCH(bool, revert);
    MainWindow window(m_store.get());
    window.restoreSession();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.saver()->setInterval(100);
    const Article before = window.document()->article();
    window.actions().history->trigger();
    HistoryPanel *panel = window.historyPanel();
    QTRY_COMPARE(panel->revisionList()->count(), 2);
    panel->revisionList()->item(1)->setSelected(true); // revision 1

    // The dialog, as the reporter sees it, then their choice.
    QStringList fields;
    QString shown;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<RevertDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        fields = dialog->changedFields();
        shown = dialog->changesView()->toPlainText();
        QPushButton *button = revert
            ? dialog->findChild<QPushButton *>(QStringLiteral("revertButton"))
            : dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QVERIFY(button);
        button->click();
    });
    poll.start();
    QPushButton *revertButton = nullptr;
    for (QPushButton *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == u"Revert…")
            revertButton = button;
    }
    QVERIFY(revertButton);
    revertButton->click();

    QCOMPARE(fields,
        (QStringList {u"Bylines"_qs, u"Dateline"_qs, u"Section"_qs, u"Tags"_qs, u"Body"_qs}));
    for (const QString &part : {u"融媒体记者"_qs, u"王小明"_qs, u"新华社"_qs, u"淮安日报"_qs,
             u"要闻"_qs, u"交通"_qs, u"多条道路积水"_qs})
        QVERIFY2(shown.contains(part), qPrintable(part));

    const Article after = window.document()->article();
    if (!revert) {
        QCOMPARE(after.toJson(), before.toJson());
        QVERIFY(!window.document()->isModified());
        return;
    }
    const Article filed = m_store->revisionSnapshot(m_id, 1);
    QCOMPARE(after.body, filed.body);
    QCOMPARE(after.bylines, filed.bylines);
    QCOMPARE(after.dateline, filed.dateline);
    QCOMPARE(after.section, filed.section);
    QCOMPARE(after.tags, filed.tags);
    QTRY_COMPARE(window.saver()->state(), ArticleSaver::Saved);
    QCOMPARE(m_store->get(m_id).revision, 3);
    // One step back brings every field back.
    window.actions().undo->trigger();
    const Article undone = window.document()->article();
    QCOMPARE(undone.body, before.body);
    QCOMPARE(undone.bylines, before.bylines);
    QCOMPARE(undone.dateline, before.dateline);
    QCOMPARE(undone.section, before.section);
    QCOMPARE(undone.tags, before.tags);
}

void TestHistory::sameRevisionHasNothingToRevert()
{
    const Article current = m_store->get(m_id);
    RevertDialog dialog(current, m_store->revisionSnapshot(m_id, 2));
    QVERIFY(dialog.changedFields().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("revertButton")));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
