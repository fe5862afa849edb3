// SPDX-License-Identifier: GPL-3.0-or-later
// A story's life after "ready" from the command line: `schedule`, `embargo` and `correct`.
#include "cli/commandline.h"
#include "cli/commands/commands.h"

#include "model/storylife.h"

#include <QTimeZone>

namespace {

const QCommandLineOption kJson(
    QStringLiteral("json"), QStringLiteral("Print the article as JSON."));

// "2026-12-03T08:00:00+08:00": the instant in the reporter's zone, with its offset, so that it
// reads as their clock and cannot be mistaken for another.
QString reporterTime(const QDateTime &time)
{
    const QDateTime local = time.toTimeZone(QTimeZone::systemTimeZone());
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QDateTime timeOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString given = parser.value(option);
    const QDateTime time = Copydesk::parseReporterTime(given);
    if (!time.isValid())
        throw UserError {QStringLiteral("--%1 takes a time: ISO 8601 with an offset "
                                        "(2026-12-03T08:00:00+08:00) or local (2026-12-03 08:00), "
                                        "not \"%2\"")
                             .arg(option.names().constFirst(), given)};
    return time;
}

void printSaved(
    CommandLine &cli, const QCommandLineParser &parser, const Article &saved, const QString &what)
{
    if (parser.isSet(kJson))
        cli.printJson(saved.toJson());
    else
        cli.out() << saved.id << ' ' << what << " (revision " << saved.revision << ")" << Qt::endl;
}

// schedule and embargo: one time field, set or cleared.
int runTimeCommand(CommandLine &cli, bool embargo)
{
    QCommandLineParser parser;
    const QCommandLineOption at(embargo ? QStringLiteral("until") : QStringLiteral("at"),
        embargo ? QStringLiteral("Not on the site, and not to be published, before TIME.")
                : QStringLiteral("Not on the site before TIME."),
        QStringLiteral("TIME"));
    const QCommandLineOption clear(QStringLiteral("clear"),
        embargo ? QStringLiteral("Lift the embargo.")
                : QStringLiteral("Publish as soon as published."));
    const QCommandLineOption expect = CommandLine::expectRevisionOption();
    parser.addOptions({at, clear, expect, kJson});
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID")))
        return ExitOk;
    if (parser.isSet(at) == parser.isSet(clear))
        throw UserError {
            QStringLiteral("give either --%1 TIME or --clear").arg(at.names().constFirst())};

    Article article = cli.store().get(parser.positionalArguments().first());
    CommandLine::applyExpectedRevision(parser, article);
    const QDateTime time = parser.isSet(clear) ? QDateTime() : timeOption(parser, at);
    (embargo ? article.embargoUntil : article.publishAt) = time;
    const Article saved = cli.store().save(article);

    QString what;
    if (!time.isValid())
        what = embargo ? QStringLiteral("embargo lifted") : QStringLiteral("schedule cleared");
    else
        what = (embargo ? QStringLiteral("embargoed until ") : QStringLiteral("scheduled for "))
            + reporterTime(time);
    if (time.isValid() && time <= Copydesk::currentTime())
        cli.err() << "copydesk " << cli.command() << ": " << reporterTime(time)
                  << " has passed: the story is held no longer" << Qt::endl;
    printSaved(cli, parser, saved, what);
    return ExitOk;
}

} // namespace

int runSchedule(CommandLine &cli)
{
    return runTimeCommand(cli, false);
}

int runEmbargo(CommandLine &cli)
{
    return runTimeCommand(cli, true);
}

int runCorrect(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
        QStringLiteral("correction, clarification or update."), QStringLiteral("KIND"));
    const QCommandLineOption text(
        QStringLiteral("text"), QStringLiteral("What the entry says."), QStringLiteral("TEXT"));
    const QCommandLineOption expect = CommandLine::expectRevisionOption();
    parser.addOptions({kind, text, expect, kJson});
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID")))
        return ExitOk;
    const auto parsedKind = Copydesk::correctionKindFromName(parser.value(kind).trimmed());
    if (!parsedKind)
        throw UserError {
            QStringLiteral("--kind takes one of: %1%2")
                .arg(Copydesk::correctionKindNames().join(QStringLiteral(", ")),
                    parser.isSet(kind) ? QStringLiteral(" (not \"%1\")").arg(parser.value(kind))
                                       : QString())};
    const QString said = parser.value(text).simplified();
    if (said.isEmpty())
        throw UserError {QStringLiteral("--text TEXT is required: what the %1 says")
                             .arg(Copydesk::correctionKindName(*parsedKind))};

    Article article = cli.store().get(parser.positionalArguments().first());
    CommandLine::applyExpectedRevision(parser, article);
    const QDateTime now = Copydesk::currentTime();
    article.corrections.append({*parsedKind, said,
        QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC), cli.store().user()});
    if (QString error = article.validate(); !error.isEmpty())
        throw UserError {error};
    const Article saved = cli.store().save(article);
    printSaved(cli, parser, saved,
        QStringLiteral("%1 added").arg(Copydesk::correctionKindName(*parsedKind)));
    return ExitOk;
}
