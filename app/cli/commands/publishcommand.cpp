// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk publish`: the static site from the command line, progress on stderr.
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "publish/publisher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

int runPublish(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"), QStringLiteral("The site folder to write."), QStringLiteral("DIR"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QStringLiteral("Where the site is served (default /)."), QStringLiteral("URL"),
        QStringLiteral("/"));
    const QCommandLineOption full(
        QStringLiteral("full"), QStringLiteral("Rebuild and rewrite every file."));
    const QCommandLineOption includeReady(
        QStringLiteral("include-ready"), QStringLiteral("Also publish articles marked ready."));
    const QCommandLineOption siteName(QStringLiteral("site-name"),
        QStringLiteral("The site's name."), QStringLiteral("NAME"),
        QStringLiteral("Copydesk News"));
    const QCommandLineOption style(QStringLiteral("style"),
        QStringLiteral("House style for other languages: english-wire "
                       "or chinese-newspaper."),
        QStringLiteral("STYLE"), QStringLiteral("english-wire"));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    parser.addOptions({out, baseUrl, full, includeReady, siteName, style, json});
    if (!cli.parse(parser, 0, 0, {}))
        return ExitOk;

    PublishOptions options;
    options.outDir = parser.value(out);
    if (options.outDir.isEmpty())
        throw UserError {QStringLiteral("--out DIR is required")};
    options.baseUrl = parser.value(baseUrl);
    options.siteName = parser.value(siteName);
    options.full = parser.isSet(full);
    options.includeReady = parser.isSet(includeReady);
    const auto houseStyle = houseStyleFromName(parser.value(style));
    if (!houseStyle)
        throw UserError {QStringLiteral("unknown house style \"%1\"").arg(parser.value(style))};
    options.defaultStyle = *houseStyle;

    Publisher publisher(cli.store(), options);
    QElapsedTimer sinceLine;
    sinceLine.start();
    QString lastPhase;
    publisher.setProgress([&](const QString &phase, int done, int total) {
        // A line per phase and at most a few a second within one.
        if (phase == lastPhase && done != total && sinceLine.elapsed() < 250)
            return;
        lastPhase = phase;
        sinceLine.restart();
        cli.err() << "publish: " << phase;
        if (total > 0)
            cli.err() << ' ' << done << '/' << total;
        cli.err() << Qt::endl;
    });
    const PublishReport report = publisher.publish();
    for (const QString &warning : std::as_const(report.warnings))
        cli.err() << "publish: warning: " << warning << Qt::endl;
    if (parser.isSet(json)) {
        cli.printJson(QJsonObject {{QStringLiteral("articles"), report.articles},
            {QStringLiteral("skipped"), report.skipped},
            {QStringLiteral("rendered"), report.rendered},
            {QStringLiteral("written"), report.written},
            {QStringLiteral("unchanged"), report.unchanged},
            {QStringLiteral("removed"), report.removed},
            {QStringLiteral("first_published"), report.firstPublished},
            {QStringLiteral("renditions"), report.renditions},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
            {QStringLiteral("milliseconds"), report.milliseconds}});
    } else {
        cli.out() << "Published " << report.articles << " articles to " << options.outDir << ": "
                  << report.written << " files written, " << report.unchanged << " unchanged, "
                  << report.removed << " removed (" << report.milliseconds << " ms)" << Qt::endl;
    }
    return ExitOk;
}
