// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/editsession.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>

namespace {

QString thisMachine()
{
    // '/' separates the parts; a host name never has one, but be sure.
    return QSysInfo::machineHostName().replace(u'/', u'_');
}

} // namespace

QString EditSession::create()
{
    return QStringLiteral("%1/%2/%3")
        .arg(thisMachine())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

bool EditSession::hasEnded(const QString &session)
{
    const QStringList parts = session.split(u'/');
    if (parts.size() != 3 || parts.at(0) != thisMachine())
        return false; // another machine (or an older version): only the timeout ends it
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return false; // this process: another store object of ours, alive
    // Signal 0 checks that the process exists; EPERM means it does (another user's).
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}
