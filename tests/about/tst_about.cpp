// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About and `copydesk --version --verbose`: the one version and the components in use.
#include "about/aboutdialog.h"
#include "about/versions.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QtTest>

class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void componentVersionLines_data();
    void componentVersionLines();
    void verboseVersion();
    void plainVersionUnchanged();
    void aboutBox();
};

void TestAbout::componentVersionLines_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("Qt") << 0
                        << QStringLiteral("^Qt %1$").arg(
                               QRegularExpression::escape(QLatin1StringView(qVersion())));
    QTest::newRow("SQLite") << 1 << QStringLiteral("^SQLite 3\\.\\d+\\.\\d+$");
    QTest::newRow("Hunspell") << 2
                              << QStringLiteral("^Hunspell (\\d+\\.\\d+(\\.\\d+)?|not built in)$");
    QTest::newRow("md4c") << 3 << QStringLiteral("^md4c (\\d+\\.\\d+(\\.\\d+)?|not built in)$");
}

void TestAbout::componentVersionLines()
{
    QFETCH(int, line);
    QFETCH(QString, pattern);
    const QStringList lines = componentVersions().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(
        QRegularExpression(pattern).match(lines.at(line)).hasMatch(), qPrintable(lines.at(line)));
}

void TestAbout::verboseVersion()
{
    const TestSupport::Run run =
        TestSupport::runCli({}, {QStringLiteral("--version"), QStringLiteral("--verbose")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
        run.outText(), QStringLiteral("copydesk " COPYDESK_VERSION "\n") + componentVersions());
}

void TestAbout::plainVersionUnchanged()
{
    const TestSupport::Run run = TestSupport::runCli({}, {QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(), QStringLiteral("copydesk " COPYDESK_VERSION "\n"));
}

void TestAbout::aboutBox()
{
    QWidget window;
    window.show();
    QPointer<QMessageBox> box = showAboutDialog(&window);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("About Copydesk"));
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("Copydesk " COPYDESK_VERSION)), qPrintable(text));
    for (const QString &line : componentVersions().split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(text.contains(line.toHtmlEscaped()), qPrintable(line));
    box->button(QMessageBox::Close)->click();
    QTRY_VERIFY(box.isNull()); // deleted on close
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
