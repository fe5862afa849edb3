// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the tests: the built binary, fixtures, and running the command line.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace TestSupport {

// The built `copydesk` (CTest sets COPYDESK_BINARY).
inline QString binary()
{
    return qEnvironmentVariable("COPYDESK_BINARY");
}

inline QString dataDir()
{
    return qEnvironmentVariable("COPYDESK_TEST_DATA");
}

// The newsroom's shared folder (../shared beside the checkout); empty when absent.
inline QString sharedDir()
{
    const QString dir = qEnvironmentVariable("COPYDESK_SHARED_DIR");
    return QFileInfo(dir).isDir() ? QFileInfo(dir).canonicalFilePath() : QString();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs `copydesk ARGS…` against `store` and waits for it.
inline Run runCli(const QString &store, const QStringList &arguments, const QByteArray &input = {},
                  int timeoutMs = 120000)
{
    QProcess process;
    QStringList args;
    if (!store.isEmpty())
        args << QStringLiteral("--store") << store;
    args << arguments;
    process.start(binary(), args);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace TestSupport
