// SPDX-License-Identifier: GPL-3.0-or-later
// A bad store never locks the reporter out (offscreen): File → Store… keeps only a store that
// passes its test; at start-up a store that cannot be opened offers another one, the default
// one or quitting; a store that fails after start-up leaves the window open.
#include "editor/articledocument.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "settings/translations.h"
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
    void problemsInTheInterfaceLanguage_data();
    void problemsInTheInterfaceLanguage();

private:
    QTemporaryDir m_home;
};

void TestStoreChoice::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    // Not QStandardPaths' test mode: its ~/.qttest is shared by every checkout on the machine,
    // and a default store left there by a newer build made "Open the Default Store" fail.
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
    QTest::newRow("not a store") << notes << u"is not a Copydesk store"_qs;
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

void TestStoreChoice::problemsInTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("said");
    QTest::newRow("zh_CN") << "zh_CN" << u"是文件夹"_qs;
    QTest::newRow("zh_TW") << "zh_TW" << u"是資料夾"_qs;
}

void TestStoreChoice::problemsInTheInterfaceLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, said);
    QCOMPARE(installTranslations(language), language);
    // The store's own message ("… is a folder, not a Copydesk store") is the command
    // line's English; the dialog and the start-up box say it in the interface's language.
    const QString problem = StoreSettingsDialog::localProblem(m_home.path());
    const StoreSettingsDialog::TestResult tested = StoreSettingsDialog::test(m_home.path());
    installTranslations(u"en"_qs);
    QVERIFY2(problem.contains(said), qPrintable(problem));
    QCOMPARE(tested.message, problem);
    QVERIFY(!tested.ok);
    for (const QString &english : {u"is a folder"_qs, u"Cannot connect"_qs, u"not a Copydesk"_qs})
        QVERIFY2(!problem.contains(english), qPrintable(problem));
}

QTEST_MAIN(TestStoreChoice)
#include "tst_storechoice.moc"
