// SPDX-License-Identifier: GPL-3.0-or-later
// A real, throw-away PostgreSQL 15 server for the tests: initdb into a temporary folder,
// pg_ctl on 127.0.0.1 and a free port, stopped (immediately) when the object goes away,
// also when a test fails. As root (the usual case here) the server runs as user postgres.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <exception>
#include <memory>
#include <mutex>
#include <set>

class PostgresServer
{
public:
    PostgresServer() = default;
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;
    ~PostgresServer()
    {
        if (m_running)
            stop(QStringLiteral("immediate"));
        forget();
    }

    // The folder with initdb and pg_ctl; empty when PostgreSQL is not installed.
    static QString binDir()
    {
        for (const QString &version :
            {QStringLiteral("15"), QStringLiteral("16"), QStringLiteral("17")}) {
            const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
            if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable())
                return dir;
        }
        QProcess config;
        config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
        if (config.waitForFinished(10000) && config.exitCode() == 0) {
            const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
            if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable())
                return dir;
        }
        return {};
    }

    // Creates the cluster and starts the server; false (with error()) when that fails.
    bool start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return fail(QStringLiteral("no PostgreSQL binaries (initdb, pg_ctl) found"));
        m_dir = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/copydesk-pg-XXXXXX"));
        if (!m_dir->isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        if (geteuid() == 0) {
            const passwd *account = getpwnam("postgres");
            if (!account)
                return fail(QStringLiteral("running as root but there is no postgres user"));
            if (chown(
                    QFile::encodeName(m_dir->path()).constData(), account->pw_uid, account->pw_gid)
                != 0)
                return fail(QStringLiteral("cannot hand %1 to postgres").arg(m_dir->path()));
            m_asPostgres = true;
        }
        m_port = freePort();
        if (m_port <= 0)
            return fail(QStringLiteral("no free TCP port on 127.0.0.1"));
        if (!run(QStringLiteral("initdb"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("--auth=trust"),
                    QStringLiteral("-E"), QStringLiteral("UTF8"),
                    QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-U"),
                    QStringLiteral("postgres")}))
            return false;
        if (!startAgain())
            return false;
        return run(QStringLiteral("createdb"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("copydesk")});
    }

    // Starts the server again after stop(), on the same port and data.
    bool startAgain()
    {
        const QString options =
            QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -c unix_socket_directories=%2 "
                           "-c fsync=off -c max_connections=100")
                .arg(m_port)
                .arg(m_dir->path());
        if (!run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-t"),
                    QStringLiteral("120"), QStringLiteral("-l"),
                    m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                    QStringLiteral("start")}))
            return false;
        m_running = true;
        remember();
        return true;
    }

    // Stops the server: "fast" (clients are told), or "immediate" (as if it crashed).
    bool stop(const QString &mode = QStringLiteral("fast"))
    {
        m_running = false;
        return run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-m"), mode,
                QStringLiteral("stop")});
    }

    // Puts an authentication rule in front of the others (pg_hba.conf) and reloads.
    bool requireFirst(const QString &hbaLine)
    {
        QFile file(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read pg_hba.conf"));
        const QByteArray rules = hbaLine.toUtf8() + '\n' + file.readAll();
        file.close();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(rules) != rules.size())
            return fail(QStringLiteral("cannot write pg_hba.conf"));
        file.close();
        return run(
            QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("reload")});
    }

    // A new, empty database on the server; returns its URL (empty on failure).
    QString createDatabase(const QString &name)
    {
        if (!run(QStringLiteral("createdb"),
                {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                    name}))
            return {};
        return url(name);
    }

    QString url(const QString &database = QStringLiteral("copydesk")) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }
    int port() const { return m_port; }
    QString error() const { return m_error; }
    QString log() const
    {
        QFile file(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // A TCP port on 127.0.0.1 that nothing listens on right now.
    static int freePort()
    {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return -1;
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        int port = -1;
        if (bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
            && getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        close(fd);
        return port;
    }

private:
    // A test that dies of an unhandled exception skips every destructor; the servers it
    // started are stopped on the way out instead of being left running.
    static std::set<PostgresServer *> &running()
    {
        static std::set<PostgresServer *> servers;
        return servers;
    }
    static std::mutex &runningMutex()
    {
        static std::mutex mutex;
        return mutex;
    }
    void remember()
    {
        static std::once_flag installed;
        std::call_once(installed, [] {
            static const std::terminate_handler previous = std::set_terminate([] {
                {
                    std::lock_guard lock(runningMutex());
                    for (PostgresServer *server : running()) {
                        if (server->m_running)
                            server->stop(QStringLiteral("immediate"));
                        if (server->m_dir)
                            server->m_dir->remove();
                    }
                }
                if (previous)
                    previous();
                std::abort();
            });
        });
        std::lock_guard lock(runningMutex());
        running().insert(this);
    }
    void forget()
    {
        std::lock_guard lock(runningMutex());
        running().erase(this);
    }

    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool run(const QString &tool, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_dir->path()); // readable by postgres, unlike root's cwd
        const QString program = m_bin + u'/' + tool;
        if (m_asPostgres)
            process.start(QStringLiteral("runuser"),
                QStringList {
                    QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                    + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            return fail(QStringLiteral("%1 failed: %2")
                            .arg(tool, QString::fromLocal8Bit(process.readAll())));
        return true;
    }

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
    QString m_error;
};
