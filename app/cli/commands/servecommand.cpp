// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk serve`: the site published into a working folder, served on 127.0.0.1 and kept
// live (LiveSite) until SIGTERM or Ctrl+C.
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "publish/livesite.h"
#include "publish/sitesettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void signalled(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// A working folder of this store's own: two stores served at once do not share one.
QString workingFolder(const QString &storeLocation)
{
    const QByteArray key =
        QCryptographicHash::hash(storeLocation.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(12);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/serve/") + QString::fromLatin1(key);
}

// --json: a line each, so that a script can read them as they come.
void printLine(CommandLine &cli, const QJsonObject &object)
{
    cli.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
              << Qt::endl;
}

} // namespace

int runServe(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("The working folder to publish into (default: one in the cache for this "
                       "store)."),
        QStringLiteral("DIR"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("The port to listen on (default 8420; 0: any free one)."),
        QStringLiteral("P"));
    const QCommandLineOption bind(QStringLiteral("bind"),
        QStringLiteral("The address to listen on (default 127.0.0.1)."), QStringLiteral("ADDR"));
    const QCommandLineOption includeReady(
        QStringLiteral("include-ready"), QStringLiteral("Also show articles marked ready."));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Print where it serves, and each run's report, as a JSON line each."));
    parser.addOptions({out, port, bind, includeReady, json});
    if (!cli.parse(parser, 0, 0, {}))
        return ExitOk;

    QHostAddress address(QHostAddress::LocalHost);
    if (parser.isSet(bind) && !address.setAddress(parser.value(bind)))
        throw UserError {QStringLiteral("--bind wants an IP address such as 127.0.0.1, not \"%1\"")
                             .arg(parser.value(bind))};
    int portNumber = 8420;
    if (parser.isSet(port)) {
        bool ok = false;
        portNumber = parser.value(port).toInt(&ok);
        if (!ok || portNumber < 0 || portNumber > 65535)
            throw UserError {QStringLiteral("--port wants a number from 0 to 65535, not \"%1\"")
                                 .arg(parser.value(port))};
    }

    PublishOptions options = publishDefaults(readSiteSettings(cli.store()));
    options.outDir = parser.isSet(out) ? parser.value(out) : workingFolder(cli.storeLocation());
    options.includeReady = parser.isSet(includeReady);
    if (!QDir().mkpath(options.outDir))
        throw UserError {QStringLiteral("cannot make the folder %1").arg(options.outDir)};

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        throw UserError {QStringLiteral("cannot watch for signals: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    struct sigaction action = {};
    action.sa_handler = signalled;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    QSocketNotifier stop(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });

    LiveSite site(cli.storeLocation(), options);
    QObject::connect(&site, &LiveSite::published, qApp, [&](const LiveSite::Run &run) {
        if (parser.isSet(json)) {
            QJsonObject line {{QStringLiteral("ok"), run.ok}};
            if (run.ok) {
                line.insert(QStringLiteral("articles"), run.report.articles);
                line.insert(QStringLiteral("written"), run.report.written);
                line.insert(QStringLiteral("removed"), run.report.removed);
                line.insert(QStringLiteral("milliseconds"), run.report.milliseconds);
            } else {
                line.insert(QStringLiteral("error"), run.message);
            }
            printLine(cli, line);
        } else if (run.ok) {
            cli.err() << "serve: published " << run.report.articles << " articles, "
                      << run.report.written << " files written (" << run.report.milliseconds
                      << " ms)" << Qt::endl;
        } else {
            cli.err() << "copydesk serve: cannot publish: " << run.message
                      << "; the last site stays up" << Qt::endl;
        }
        cli.out().flush();
    });
    QString error;
    if (!site.start(address, quint16(portNumber), &error))
        throw UserError {error};
    const QString url = site.url().toString();
    if (parser.isSet(json)) {
        printLine(cli,
            QJsonObject {{QStringLiteral("url"), url},
                {QStringLiteral("folder"), QDir(options.outDir).absolutePath()}});
    } else {
        cli.out() << "Serving " << url << " from " << QDir(options.outDir).absolutePath()
                  << Qt::endl;
        cli.err() << "serve: pages reload when the store changes; SIGTERM or Ctrl+C ends"
                  << Qt::endl;
    }
    cli.out().flush();
    QCoreApplication::exec();
    // A run in flight is cancelled and waited for (~LiveSite): the folder is left whole.
    cli.err() << "serve: stopped" << Qt::endl;
    return ExitOk;
}
