// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a shared PostgreSQL store (offscreen, real server started by the test): the
// list follows other people's saves, the connection light, "being edited by", and the
// side-by-side conflict view.
#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/articlesaver.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "postgresserver.h"
#include "sharing/conflictdialog.h"
#include "sharing/sharedstorelink.h"
#include "store/articlestore.h"
#include "testsupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Article draft(const QString &headline, const QString &body)
{
    Article a;
    a.headline = headline;
    a.body = body;
    return a;
}

} // namespace

class TestSharing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listFollowsOtherSaves();
    void beingEditedBy();
    void offlineAndBack();
    void typingWhileOfflineLands();
    void conflictSideBySide_data();
    void conflictSideBySide();
    void conflictShowsOtherFields();

private:
    QTemporaryDir m_home;
    std::unique_ptr<PostgresServer> m_server;
    int m_databases = 0;
    QString freshStore();
};

void TestSharing::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    if (PostgresServer::binDir().isEmpty())
        QSKIP("PostgreSQL is not installed (no initdb/pg_ctl): the shared store window is not "
              "tested");
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

QString TestSharing::freshStore()
{
    return m_server->createDatabase(QStringLiteral("window_%1").arg(++m_databases));
}

void TestSharing::listFollowsOtherSaves()
{
    const QString location = freshStore();
    auto store = ArticleStore::open(location);
    MainWindow window(store.get());
    SharedStoreLink *link = attachSharedStore(&window);
    QTRY_VERIFY(link->connectionLabel()->text().contains(u"online"));
    ArticleListModel *model = window.articleList()->model();

    // Another reporter (the command line, another process) files a story.
    const TestSupport::Run created = TestSupport::runCli(location,
        {QStringLiteral("new"), QStringLiteral("--headline"), QStringLiteral("Flood warning")});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.outText().trimmed();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, 10000);

    // …publishes it, then kills it: the row follows.
    QCOMPARE(TestSupport::runCli(location,
                 {QStringLiteral("edit"), id, QStringLiteral("--set"),
                     QStringLiteral("headline=Flood warning lifted")})
                 .exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->data(model->index(model->rowOf(id), ArticleListModel::HeadlineColumn)).toString(),
        QStringLiteral("Flood warning lifted"), 10000);
    QCOMPARE(
        TestSupport::runCli(location, {QStringLiteral("delete"), id, QStringLiteral("--purge")})
            .exitCode,
        0);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) < 0, 10000);
}

void TestSharing::beingEditedBy()
{
    const QString location = freshStore();
    auto bob = ArticleStore::open(location);
    bob->setUser(QStringLiteral("bob"));
    const Article a =
        bob->create(draft(QStringLiteral("Council budget"), QStringLiteral("Figures.")));
    QVERIFY(bob->lockForEditing(a.id).mine);

    auto store = ArticleStore::open(location);
    store->setUser(QStringLiteral("alice"));
    MainWindow window(store.get());
    attachSharedStore(&window);
    QVERIFY(window.openArticle(a.id));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"Being edited by bob"));
    QCOMPARE(bob->editLock(a.id)->holder, QStringLiteral("bob")); // soft: nothing taken over

    // Bob closes it; Alice opening it again takes the lock, and others see her.
    bob->releaseLock(a.id);
    window.newArticle();
    QVERIFY(window.openArticle(a.id));
    QTRY_COMPARE(bob->editLock(a.id).value_or(EditLock {}).holder, QStringLiteral("alice"));
    // Switching to another article ends it.
    window.newArticle();
    QTRY_VERIFY(!bob->editLock(a.id));
}

void TestSharing::offlineAndBack()
{
    const QString location = freshStore();
    auto store = ArticleStore::open(location);
    MainWindow window(store.get());
    SharedStoreLink *link = attachSharedStore(&window);
    QTRY_VERIFY(link->connectionLabel()->text().contains(u"online"));
    QVERIFY(m_server->stop());
    QTRY_VERIFY_WITH_TIMEOUT(link->connectionLabel()->text().contains(u"offline"), 20000);
    QVERIFY(m_server->startAgain());
    QTRY_VERIFY_WITH_TIMEOUT(link->connectionLabel()->text().contains(u"online"), 20000);
}

void TestSharing::typingWhileOfflineLands()
{
    const QString location = freshStore();
    auto store = ArticleStore::open(location);
    const Article a = store->create(draft(QStringLiteral("Storm"), QStringLiteral("First.")));
    MainWindow window(store.get());
    SharedStoreLink *link = attachSharedStore(&window);
    window.saver()->setInterval(100);
    QVERIFY(window.openArticle(a.id));
    QTRY_VERIFY(link->connectionLabel()->text().contains(u"online"));

    // The server goes away while the reporter types: the edits stay, marked unsaved.
    QVERIFY(m_server->stop());
    window.bodyEditor()->moveCursor(QTextCursor::End);
    window.bodyEditor()->insertPlainText(QStringLiteral(" Typed offline."));
    QTRY_COMPARE_WITH_TIMEOUT(window.saver()->state(), ArticleSaver::Failed, 20000);
    QVERIFY(window.document()->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(link->connectionLabel()->text().contains(u"offline"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(RecoveryJournal::pathFor(a.id)), 10000);

    // It comes back: the edits land by themselves, with the revision check.
    QVERIFY(m_server->startAgain());
    QTRY_COMPARE_WITH_TIMEOUT(window.saver()->state(), ArticleSaver::Saved, 60000);
    QVERIFY(!window.document()->isModified());
    auto reader = ArticleStore::open(location);
    QCOMPARE(reader->get(a.id).body, QStringLiteral("First. Typed offline."));
    QCOMPARE(reader->get(a.id).revision, 2);
    QTRY_VERIFY_WITH_TIMEOUT(link->connectionLabel()->text().contains(u"online"), 20000);
}

void TestSharing::conflictSideBySide_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expectedBody");
    QTest::newRow("keep mine") << QStringLiteral("keepMine") << QStringLiteral("Mine.");
    QTest::newRow("take theirs") << QStringLiteral("takeTheirs") << QStringLiteral("Theirs.");
    QTest::newRow("merge") << QStringLiteral("saveMerged") << QStringLiteral("Mine. Theirs.");
}

void TestSharing::conflictSideBySide()
{
    QFETCH(QString, button);
    QFETCH(QString, expectedBody);
    Article mine = draft(QStringLiteral("Story"), QStringLiteral("Mine."));
    mine.revision = 1;
    Article theirs = draft(QStringLiteral("Story"), QStringLiteral("Theirs."));
    theirs.revision = 2;
    ConflictDialog dialog(mine, theirs);
    dialog.show();
    if (button == u"saveMerged")
        dialog.mergeEdit()->setPlainText(QStringLiteral("Mine. Theirs."));
    auto *push = dialog.findChild<QPushButton *>(button);
    QVERIFY(push);
    push->click();
    QCOMPARE(dialog.result().body, expectedBody);
    QCOMPARE(dialog.result().headline, QStringLiteral("Story"));
}

void TestSharing::conflictShowsOtherFields()
{
    // They published it and tagged it while I typed: keeping mine would undo both, so say so.
    Article mine = draft(QStringLiteral("Story"), QStringLiteral("Mine."));
    mine.revision = 1;
    Article theirs = draft(QStringLiteral("Story"), QStringLiteral("Theirs."));
    theirs.revision = 2;
    theirs.status = ArticleStatus::Published;
    theirs.tags = {QStringLiteral("flood")};
    ConflictDialog dialog(mine, theirs);
    dialog.show();
    auto *others = dialog.findChild<QLabel *>(QStringLiteral("otherDifferences"));
    QVERIFY(others);
    QVERIFY(others->isVisible());
    const QStringList lines = others->text().split(u'\n');
    QVERIFY2(
        lines.contains(u"Status — yours: draft; theirs: published"_qs), qPrintable(others->text()));
    QVERIFY2(
        lines.contains(u"Tags — yours: []; theirs: [\"flood\"]"_qs), qPrintable(others->text()));
    QVERIFY(!others->text().contains(u"Headline"));

    // Only the text differs: nothing more to say.
    Article same = mine;
    same.body = QStringLiteral("Changed.");
    same.revision = 2;
    ConflictDialog plain(mine, same);
    plain.show();
    QVERIFY(!plain.findChild<QLabel *>(QStringLiteral("otherDifferences"))->isVisible());
}

QTEST_MAIN(TestSharing)
#include "tst_sharing.moc"
