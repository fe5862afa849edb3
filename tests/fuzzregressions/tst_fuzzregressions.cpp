// SPDX-License-Identifier: GPL-3.0-or-later
// Every input that once crashed, hung or exhausted a reader under the fuzzers
// (tests/fuzz/crashers/<target>/) fed again to the same entry point: each returns, in good time.
#include "fuzzentries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

namespace {

// Far above what any of them takes now (under a second, in a sanitizer build too), far below
// what they took when they were bugs (a crash, or minutes and gigabytes).
constexpr qint64 kLimitMs = 10000;

const FuzzEntries::Target *targetNamed(const QString &name)
{
    for (const FuzzEntries::Target &target : FuzzEntries::kTargets) {
        if (name == QLatin1StringView(target.name))
            return &target;
    }
    return nullptr;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void crashers_data();
    void crashers();
};

void TestFuzzRegressions::crashers_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(COPYDESK_FUZZ_CRASHERS));
    QVERIFY2(root.exists(), qPrintable(root.path()));
    int count = 0;
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QVERIFY2(targetNamed(target),
            qPrintable(QStringLiteral("crashers/%1 names no fuzz target").arg(target)));
        const QDir folder(root.filePath(target));
        for (const QString &file : folder.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(file))
                << target << folder.filePath(file);
            ++count;
        }
    }
    QVERIFY2(count > 0, "no crashers found");
}

void TestFuzzRegressions::crashers()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray input = file.readAll();
    QElapsedTimer timer;
    timer.start();
    targetNamed(target)->run(input);
    QVERIFY2(timer.elapsed() < kLimitMs,
        qPrintable(QStringLiteral("took %1 ms (limit %2 ms)").arg(timer.elapsed()).arg(kLimitMs)));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
