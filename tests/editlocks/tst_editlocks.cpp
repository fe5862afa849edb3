// SPDX-License-Identifier: GPL-3.0-or-later
// "Being edited by": a lock the reporter's own editor left behind when it was killed is taken
// over without a word (the real binary, SIGKILLed), one of a live editor is announced, and the
// notice belongs to the story it is about.
#include "editor/articledocument.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "sharing/sharedstorelink.h"
#include "store/articlestore.h"
#include "store/editsession.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

class TestEditLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sessions();
    void ownDeadLockIsTakenOver();
    void noticeBelongsToItsStory();

private:
    QTemporaryDir m_home;
    QString m_storePath;
    QString m_first;
    QString m_second;
};

void TestEditLocks::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestEditLocks::init()
{
    static int n = 0;
    m_storePath = m_home.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    auto store = ArticleStore::open(m_storePath);
    Article first;
    first.headline = QStringLiteral("Bridge reopens");
    first.body = QStringLiteral("The bridge reopened on Monday.");
    m_first = store->create(first).id;
    Article second;
    second.headline = QStringLiteral("淮安新闻");
    second.body = QStringLiteral("市领导现场督办。");
    m_second = store->create(second).id;
    EditorSettings::instance()->store().clear();
    EditorSettings::instance()->setLastArticle(m_first);
}

void TestEditLocks::sessions()
{
    const QString mine = EditSession::create();
    QCOMPARE(mine.split(u'/').size(), 3);
    QVERIFY(!EditSession::hasEnded(mine)); // this process
    const QString host = mine.section(u'/', 0, 0);
    QVERIFY(!EditSession::hasEnded(QStringLiteral("%1/1/x").arg(host))); // init runs
    QVERIFY(!EditSession::hasEnded(QStringLiteral("elsewhere.invalid/999999999/x")));
    QVERIFY(!EditSession::hasEnded(QStringLiteral("0b1c3f5e-4fd0-4b8c-9e0c-5f2a0b7c1d2e")));
    // A process that has ended: a child we started and waited for.
    QProcess gone;
    gone.start(QStringLiteral("/bin/true"));
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QVERIFY(EditSession::hasEnded(QStringLiteral("%1/%2/x").arg(host).arg(pid)));
}

void TestEditLocks::ownDeadLockIsTakenOver()
{
    // The reporter's editor has the story open: its lock is there, from another process.
    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("COPYDESK_OPEN"), m_first);
    editor.setProcessEnvironment(env);
    editor.start(TestSupport::binary(), {QStringLiteral("--store"), m_storePath});
    QVERIFY(editor.waitForStarted());
    auto store = ArticleStore::open(m_storePath);
    QTRY_VERIFY_WITH_TIMEOUT(store->editLock(m_first).has_value(), 60000);
    QCOMPARE(store->editLock(m_first)->holder, ArticleStore::defaultUser());
    QVERIFY(!store->editLock(m_first)->mine);

    {
        // While that editor lives, a second window of the same reporter is told (it may be
        // a window left open on another desk).
        MainWindow window(store.get());
        attachSharedStore(&window);
        window.restoreSession();
        QCOMPARE(window.document()->id(), m_first);
        QVERIFY2(window.noticeText().contains(ArticleStore::defaultUser()),
            qPrintable(window.noticeText()));
        QVERIFY(!store->editLock(m_first)->mine);
    }

    // It crashes; the reporter starts again and opens the story: no word about themselves,
    // and the lock is the new editor's.
    editor.kill();
    QVERIFY(editor.waitForFinished(10000));
    QVERIFY(store->editLock(m_first).has_value()); // left behind, still "live"
    MainWindow window(store.get());
    attachSharedStore(&window);
    window.restoreSession();
    QCOMPARE(window.document()->id(), m_first);
    QCOMPARE(window.noticeText(), QString());
    QVERIFY(store->editLock(m_first)->mine);
}

void TestEditLocks::noticeBelongsToItsStory()
{
    auto store = ArticleStore::open(m_storePath);
    auto bob = ArticleStore::open(m_storePath);
    bob->setUser(QStringLiteral("bob"));
    QVERIFY(bob->lockForEditing(m_first).mine);

    MainWindow window(store.get());
    attachSharedStore(&window);
    window.restoreSession();
    QCOMPARE(window.document()->id(), m_first);
    QVERIFY2(window.noticeText().contains(u"bob"), qPrintable(window.noticeText()));

    // Another story: the notice was about the first one.
    QVERIFY(window.openArticle(m_second));
    QCOMPARE(window.noticeText(), QString());
    window.newArticle();
    QCOMPARE(window.noticeText(), QString());
    // Back to it: Bob is still at it, and the window says so again.
    QVERIFY(window.openArticle(m_first));
    QVERIFY2(window.noticeText().contains(u"bob"), qPrintable(window.noticeText()));
}

QTEST_MAIN(TestEditLocks)
#include "tst_editlocks.moc"
