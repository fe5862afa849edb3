// SPDX-License-Identifier: GPL-3.0-or-later
// A bad store never locks the reporter out (offscreen): File → Store… keeps only a store that
// passes its test; at start-up a store that cannot be opened offers another one, the default
// one or quitting; a store that fails after start-up leaves the window open.
#include "editor/articledocument.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "sharing/storesettingsdialog.h"
#include "sharing/storestartup.h"
#include "store/articlestore.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class TestStoreChoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveRefusesAStoreThatFailsItsTest_data();
    void saveRefusesAStoreThatFailsItsTest();
    void startupErrorOffersAWayOn_data();
    void startupErrorOffersAWayOn();
    void restoreSessionSurvivesAStoreError();

private:
    QTemporaryDir m_home;
};

void TestStoreChoice::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    // The default store in this run's own home: test mode puts it in ~/.qttest, shared with every
    // other checkout's run, where one of a newer schema cannot be opened.
    qputenv("COPYDESK_STORE", m_home.filePath(QStringLiteral("default.sqlite")).toUtf8());
}

void TestStoreChoice::init()
{
    EditorSettings::instance()->store().clear();
}

void TestStoreChoice::saveRefusesAStoreThatFailsItsTest_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("said");
    QTest::newRow("a folder") << m_home.path() << u"is a folder"_qs;
    QTest::newRow("no such folder")
        << m_home.filePath(u"nowhere/copydesk.sqlite"_qs) << u"there is no folder"_qs;
    const QString notes = m_home.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray("Notes for the morning meeting.\n").repeated(200));
    QTest::newRow("not a store") << notes << u"Cannot connect"_qs;
}

void TestStoreChoice::saveRefusesAStoreThatFailsItsTest()
{
    QFETCH(QString, location);
    QFETCH(QString, said);
    StoreSettingsDialog dialog {QString()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.locationEdit()->setText(location);
    dialog.saveButton()->click();
    QTRY_VERIFY2(
        dialog.resultLabel()->text().contains(said), qPrintable(dialog.resultLabel()->text()));
    QTRY_VERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(dialog.isVisible()); // not saved: the reporter corrects it or cancels
    QCOMPARE(StoreSettingsDialog::savedLocation(), QString());

    // A store that passes is kept.
    const QString good = m_home.filePath(QStringLiteral("good.sqlite"));
    dialog.locationEdit()->setText(good);
    dialog.saveButton()->click();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(StoreSettingsDialog::savedLocation(), good);
}

void TestStoreChoice::startupErrorOffersAWayOn_data()
{
    QTest::addColumn<QString>("choice");
    QTest::newRow("quit") << "quit";
    QTest::newRow("default store") << "openDefaultStore";
    QTest::newRow("another store") << "chooseAnotherStore";
}

void TestStoreChoice::startupErrorOffersAWayOn()
{
    QFETCH(QString, choice);
    const QString other = m_home.filePath(QStringLiteral("other.sqlite"));
    QStringList offered;
    QString message;
    // Answers as the reporter would: the button, then (for another store) the Store dialog.
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            message = box->text();
            for (QAbstractButton *button : box->buttons())
                offered << button->objectName();
            // A button not offered fails the comparison below rather than the run.
            if (auto *button = box->findChild<QPushButton *>(choice))
                button->click();
            else
                box->findChild<QPushButton *>(QStringLiteral("quit"))->click();
        } else if (auto *dialog = qobject_cast<StoreSettingsDialog *>(modal)) {
            if (dialog->locationEdit()->text() != other) {
                dialog->locationEdit()->setText(other);
                dialog->saveButton()->click();
            }
        }
    });
    poll.start();
    std::unique_ptr<ArticleStore> store = openStoreAtStartup(
        m_home.path(), [](const QString &location) { return ArticleStore::open(location); });
    poll.stop();

    QVERIFY2(message.contains(m_home.path()), qPrintable(message));
    offered.sort();
    QCOMPARE(offered, (QStringList {u"chooseAnotherStore"_qs, u"openDefaultStore"_qs, u"quit"_qs}));
    if (choice == u"quit") {
        QVERIFY(!store);
    } else if (choice == u"openDefaultStore") {
        QVERIFY(store);
        QCOMPARE(store->location(), ArticleStore::defaultLocation());
    } else {
        QVERIFY(store);
        QCOMPARE(store->location(), other);
        QCOMPARE(StoreSettingsDialog::savedLocation(), other);
    }
}

void TestStoreChoice::restoreSessionSurvivesAStoreError()
{
    const QString path = m_home.filePath(QStringLiteral("breaks.sqlite"));
    auto store = ArticleStore::open(path);
    Article article;
    article.headline = QStringLiteral("Bridge reopens");
    store->create(article);
    MainWindow window(store.get());
    // The store is damaged (here: by another program) while the editor starts.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"other"_qs);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery vandal(other);
        QVERIFY2(vandal.exec(QStringLiteral("ALTER TABLE articles RENAME TO gone")),
            qPrintable(vandal.lastError().text()));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_qs);
    QVERIFY_THROWS_EXCEPTION(StoreError, store->sections());
    window.restoreSession(); // used to end the program with an uncaught StoreError
    QVERIFY(window.document());
    QVERIFY2(window.noticeText().contains(u"could not be read"), qPrintable(window.noticeText()));
}

QTEST_MAIN(TestStoreChoice)
#include "tst_storechoice.moc"
