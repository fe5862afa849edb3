// SPDX-License-Identifier: GPL-3.0-or-later
// History → Revert… as a copy editor uses it (offscreen): a dialog says what will change,
// field by field, before anything does; Cancel changes nothing; Revert is one undoable step
// that autosave stores as a new revision. The panel shows the saves as sittings (one person,
// no pause over ten minutes), every row whole in a narrow dock, and Compare names every field
// that changed.
#include "editor/articledocument.h"
#include "editor/articlesaver.h"
#include "history/historypanel.h"
#include "history/revertdialog.h"
#include "history/revisiongroups.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
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
    void groupRevisions_data();
    void groupRevisions();
    void panelShowsSittings();
    void rowsAreNotCutOff();
    void compareShowsEveryField();

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
    QTRY_VERIFY(panel->itemForRevision(1));
    panel->itemForRevision(1)->setSelected(true);

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

void TestHistory::groupRevisions_data()
{
    QTest::addColumn<QList<int>>("minutes"); // when each revision was saved
    QTest::addColumn<QStringList>("savedBy");
    QTest::addColumn<QList<int>>("sizes"); // of the groups, oldest first

    QTest::newRow("one") << QList<int> {0} << QStringList {u"a"_qs} << QList<int> {1};
    QTest::newRow("one sitting") << QList<int> {0, 2, 4, 9}
                                 << QStringList {u"a"_qs, u"a"_qs, u"a"_qs, u"a"_qs}
                                 << QList<int> {4};
    // Ten minutes is still the same sitting; a minute more is a new one.
    QTest::newRow("ten minutes") << QList<int> {0, 10, 21}
                                 << QStringList {u"a"_qs, u"a"_qs, u"a"_qs} << QList<int> {2, 1};
    QTest::newRow("lunch") << QList<int> {0, 3, 60, 62}
                           << QStringList {u"a"_qs, u"a"_qs, u"a"_qs, u"a"_qs} << QList<int> {2, 2};
    QTest::newRow("the desk takes over")
        << QList<int> {0, 1, 2, 3} << QStringList {u"a"_qs, u"a"_qs, u"b"_qs, u"a"_qs}
        << QList<int> {2, 1, 1};
}

void TestHistory::groupRevisions()
{
    QFETCH(QList<int>, minutes);
    QFETCH(QStringList, savedBy);
    QFETCH(QList<int>, sizes);
    const QDateTime start(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    QList<RevisionInfo> revisions;
    for (qsizetype i = 0; i < minutes.size(); ++i)
        revisions.append({int(i) + 1, start.addSecs(60 * minutes.at(i)), savedBy.at(i), {}, {}});
    QList<int> got;
    int next = 1;
    for (const RevisionGroup &group : ::groupRevisions(revisions)) {
        got << int(group.revisions.size());
        QCOMPARE(group.first(), next); // in order, none lost
        next = group.last() + 1;
    }
    QCOMPARE(got, sizes);
    QCOMPARE(next, int(minutes.size()) + 1);
}

namespace {

// Saves `article` as if at `time` (the store reads $COPYDESK_NOW).
Article saveAt(ArticleStore &store, Article article, const QString &time)
{
    qputenv("COPYDESK_NOW", time.toUtf8());
    Article saved = store.save(article);
    qunsetenv("COPYDESK_NOW");
    return saved;
}

} // namespace

void TestHistory::panelShowsSittings()
{
    // Revisions 1–2 (init), then a morning's autosaves, then an afternoon's and the desk's.
    Article article = m_store->get(m_id);
    for (const char *time :
        {"2030-01-07T09:00:00Z", "2030-01-07T09:03:00Z", "2030-01-07T09:07:00Z"}) {
        article.body += u"又一句。"_qs;
        article = saveAt(*m_store, article, QString::fromLatin1(time));
    }
    article.body += u"下午补充。"_qs;
    article = saveAt(*m_store, article, u"2030-01-07T14:00:00Z"_qs);
    m_store->setUser(u"值班编辑"_qs);
    article.headline = u"暴雨致多条道路积水"_qs;
    article = saveAt(*m_store, article, u"2030-01-07T14:05:00Z"_qs);
    QCOMPARE(article.revision, 7);

    HistoryPanel panel(m_store.get());
    panel.setArticleId(m_id);
    QTreeWidget *tree = panel.revisionTree();
    // Newest first: the desk's save, the afternoon's, the morning's three, the first two.
    QCOMPARE(tree->topLevelItemCount(), 4);
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows << tree->topLevelItem(i)->text(0).section(u'\n', 0, 0);
    QCOMPARE(rows,
        (QStringList {
            u"Revision 7"_qs, u"Revision 6"_qs, u"Revisions 3–5"_qs, u"Revisions 1–2"_qs}));
    QVERIFY(tree->topLevelItem(0)->text(0).contains(u"值班编辑"_qs));
    QVERIFY(tree->topLevelItem(1)->text(0).contains(u"tester"_qs));
    // A sitting opens to its saves, newest first.
    QTreeWidgetItem *morning = tree->topLevelItem(2);
    QCOMPARE(morning->childCount(), 3);
    QVERIFY(morning->child(0)->text(0).startsWith(u"Revision 5"_qs));
    QVERIFY(morning->child(2)->text(0).startsWith(u"Revision 3"_qs));
    QCOMPARE(panel.itemForRevision(4), morning->child(1));

    // Compare on a sitting: what the sitting changed, from the revision before it.
    morning->setSelected(true);
    panel.compareSelected();
    const QString shown = panel.viewer()->toPlainText();
    QVERIFY2(shown.contains(u"Revision 2 → 5"_qs), qPrintable(shown));
    QVERIFY(shown.contains(u"又一句。又一句。又一句。"_qs));
    QVERIFY(!shown.contains(u"下午补充"_qs));
}

void TestHistory::rowsAreNotCutOff()
{
    Article article = m_store->get(m_id);
    m_store->setUser(u"Jacqueline Montgomery-Featherstonehaugh"_qs);
    article.body += u"补充。"_qs;
    saveAt(*m_store, article, u"2026-11-30T23:50:00Z"_qs);

    QMainWindow window;
    auto *dock = new QDockWidget(u"History"_qs, &window);
    auto *panel = new HistoryPanel(m_store.get(), dock);
    dock->setWidget(panel);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.setCentralWidget(new QWidget(&window));
    window.resize(1024, 700);
    panel->setArticleId(m_id);
    QTreeWidget *tree = panel->revisionTree();
    tree->expandAll();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The reporter drags the dock as narrow as it goes.
    window.resizeDocks({dock}, {1}, Qt::Horizontal);
    QApplication::processEvents();

    const QFontMetrics metrics = tree->fontMetrics();
    int rows = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it, ++rows) {
        const QRect rect = tree->visualItemRect(*it);
        const QStringList lines = (*it)->text(0).split(u'\n');
        for (const QString &line : lines) {
            QVERIFY2(metrics.horizontalAdvance(line) < rect.width(),
                qPrintable(u"%1: %2 px in %3"_qs.arg(line)
                               .arg(metrics.horizontalAdvance(line))
                               .arg(rect.width())));
        }
        QVERIFY2(rect.height() >= lines.size() * metrics.height(), qPrintable(lines.first()));
        QVERIFY(rect.right() <= tree->viewport()->width());
    }
    QCOMPARE(rows, 4); // a sitting of two, its two saves, and the late save
}

void TestHistory::compareShowsEveryField()
{
    Article article = m_store->get(m_id);
    article.status = ArticleStatus::Ready;
    article.editor = u"陈立"_qs;
    article.notes = u"核实积水路段"_qs;
    m_store->save(article);

    HistoryPanel panel(m_store.get());
    panel.setArticleId(m_id);
    panel.itemForRevision(1)->setSelected(true);
    panel.itemForRevision(3)->setSelected(true);
    panel.compareSelected();
    const QString shown = panel.viewer()->toPlainText();
    QVERIFY2(shown.contains(u"Revision 1 → 3"_qs), qPrintable(shown));
    // Each field that changed, by name and with both its values.
    for (const QString &part : {u"Bylines"_qs, u"融媒体记者"_qs, u"王小明"_qs, u"Dateline"_qs,
             u"淮安日报"_qs, u"新华社"_qs, u"Section"_qs, u"本地"_qs, u"要闻"_qs, u"Tags"_qs,
             u"交通"_qs, u"Status"_qs, u"Draft"_qs, u"Ready"_qs, u"Editor"_qs, u"陈立"_qs,
             u"Notes"_qs, u"核实积水路段"_qs, u"Body"_qs, u"多条道路积水"_qs})
        QVERIFY2(shown.contains(part), qPrintable(part + u" in: "_qs + shown));
    // What did not change is not listed.
    QVERIFY(!shown.contains(u"Headline"_qs));
    QVERIFY(!shown.contains(u"Language"_qs));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
