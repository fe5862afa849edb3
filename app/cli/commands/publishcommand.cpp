// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk publish`: the static site from the command line, progress on stderr.
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "publish/publisher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

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
    const QCommandLineOption timeZone(QStringLiteral("time-zone"),
        QStringLiteral("The zone corrections are dated in (IANA name; default the system's)."),
        QStringLiteral("ZONE"));
    const QCommandLineOption correctionsAtTop(QStringLiteral("corrections-at-top"),
        QStringLiteral("Corrections and updates before the story instead of after it."));
    parser.addOptions(
        {out, baseUrl, full, includeReady, siteName, style, timeZone, correctionsAtTop, json});
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
    if (parser.isSet(timeZone)) {
        options.timeZone = QTimeZone(parser.value(timeZone).toUtf8());
        if (!options.timeZone.isValid())
            throw UserError {QStringLiteral("unknown time zone \"%1\" (an IANA name such as "
                                            "Asia/Shanghai, Asia/Taipei or America/New_York)")
                                 .arg(parser.value(timeZone))};
    }
    options.correctionsFirst = parser.isSet(correctionsAtTop);

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
            {QStringLiteral("held"), report.held},
            {QStringLiteral("next_due"),
                report.nextDue.isValid() ? QJsonValue(isoTimestamp(report.nextDue)) : QJsonValue()},
            {QStringLiteral("next_due_id"),
                report.nextDueId.isEmpty() ? QJsonValue() : QJsonValue(report.nextDueId)},
            {QStringLiteral("notices"), report.notices},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
            {QStringLiteral("milliseconds"), report.milliseconds}});
    } else {
        cli.out() << "Published " << report.articles << " articles to " << options.outDir << ": "
                  << report.written << " files written, " << report.unchanged << " unchanged, "
                  << report.removed << " removed (" << report.milliseconds << " ms)" << Qt::endl;
        if (report.nextDue.isValid()) {
            const QDateTime local = report.nextDue.toTimeZone(QTimeZone::systemTimeZone());
            cli.out() << report.held << (report.held == 1 ? " story" : " stories")
                      << " held back; the next falls due at "
                      << local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate) << ": "
                      << report.nextDueHeadline << " (" << report.nextDueId.left(8) << ")"
                      << Qt::endl;
        }
    }
    return ExitOk;
}
