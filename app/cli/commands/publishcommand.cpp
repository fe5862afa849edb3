// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk publish`: the static site from the command line, progress on stderr.
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "model/storylife.h"
#include "publish/publisher.h"
#include "publish/sitesettings.h"
#include "style/publishchecks.h"

#include <atomic>
#include <csignal>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QTimeZone>

namespace {

std::atomic_bool g_stop {false};

void stopWatching(int)
{
    g_stop = true;
}

// What the watch compares between looks at the store: every published (and ready) story's
// revision and every killed one's. Cheap (the list, no bodies): 10 ms at 10,000 articles.
QHash<QString, int> storeShape(ArticleStore &store, bool includeReady)
{
    QHash<QString, int> shape;
    for (ArticleStatus status :
        {ArticleStatus::Published, ArticleStatus::Ready, ArticleStatus::Killed}) {
        if (status == ArticleStatus::Ready && !includeReady)
            continue;
        ArticleQuery query;
        query.status = status;
        const QHash<QString, int> revisions = store.revisions(query);
        for (auto it = revisions.cbegin(); it != revisions.cend(); ++it)
            shape.insert(it.key() + u'/' + statusName(status), it.value());
    }
    return shape;
}

// A ready story that its content profile's checks keep off the site.
struct Refused
{
    Article article;
    QList<Copydesk::PublishCheck> blocking;
};

// The ready stories whose checks block them, with what blocks (issue 14: publishing them is
// setting them published, which the profile may refuse).
QList<Refused> refusedReadyStories(ArticleStore &store)
{
    QList<Refused> refused;
    ArticleQuery query;
    query.status = ArticleStatus::Ready;
    for (Article &article : store.articles(query)) {
        QList<Copydesk::PublishCheck> blocking;
        for (const Copydesk::PublishCheck &check : PublishChecks::check(store, article)) {
            if (check.blocks())
                blocking << check;
        }
        if (!blocking.isEmpty())
            refused.append({std::move(article), blocking});
    }
    return refused;
}

QString describeChecks(const QList<Copydesk::PublishCheck> &checks)
{
    return PublishChecks::blocking(checks).join(QStringLiteral("; "));
}

} // namespace

int runPublish(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"), QStringLiteral("The site folder to write."), QStringLiteral("DIR"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QStringLiteral("Where the site is served (default: the site's base_url, else /)."),
        QStringLiteral("URL"));
    const QCommandLineOption full(
        QStringLiteral("full"), QStringLiteral("Rebuild and rewrite every file."));
    const QCommandLineOption includeReady(
        QStringLiteral("include-ready"), QStringLiteral("Also publish articles marked ready."));
    const QCommandLineOption siteName(QStringLiteral("site-name"),
        QStringLiteral("The site's name (default: the site's title, else Copydesk News)."),
        QStringLiteral("NAME"));
    const QCommandLineOption style(QStringLiteral("style"),
        QStringLiteral("House style for other languages: english-wire "
                       "or chinese-newspaper (default: the site's house_style)."),
        QStringLiteral("STYLE"));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption perPage(QStringLiteral("per-page"),
        QStringLiteral("Stories on each page of the lists (default: the site's per_page, else "
                       "20)."),
        QStringLiteral("N"));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"),
        QStringLiteral("The zone corrections are dated in (IANA name; default the system's)."),
        QStringLiteral("ZONE"));
    const QCommandLineOption correctionsAtTop(QStringLiteral("corrections-at-top"),
        QStringLiteral("Corrections and updates before the story instead of after it."));
    const QCommandLineOption watch(QStringLiteral("watch"),
        QStringLiteral("Keep running: publish each story within 30 s of its time, and saved "
                       "changes a few seconds after the last one; SIGTERM ends it."));
    const QCommandLineOption force(QStringLiteral("force"),
        QStringLiteral("With --include-ready: publish ready stories although their content "
                       "profile's checks fail; needs --reason."));
    const QCommandLineOption reason(QStringLiteral("reason"),
        QStringLiteral("Why the checks are overruled: kept in each such story's notes, and so "
                       "in its revision."),
        QStringLiteral("TEXT"));
    parser.addOptions({out, baseUrl, full, includeReady, siteName, style, timeZone,
        correctionsAtTop, perPage, watch, force, reason, json});
    if (!cli.parse(parser, 0, 0, {}))
        return ExitOk;

    if (parser.value(out).isEmpty())
        throw UserError {QStringLiteral("--out DIR is required")};
    // The site's settings in the store, then what was given here over them.
    PublishOptions options = publishDefaults(readSiteSettings(cli.store()));
    options.outDir = parser.value(out);
    if (parser.isSet(baseUrl))
        options.baseUrl = parser.value(baseUrl);
    if (parser.isSet(siteName))
        options.siteName = parser.value(siteName);
    options.full = parser.isSet(full);
    options.includeReady = parser.isSet(includeReady);
    if (parser.isSet(style)) {
        const auto houseStyle = houseStyleFromName(parser.value(style));
        if (!houseStyle)
            throw UserError {QStringLiteral("unknown house style \"%1\"").arg(parser.value(style))};
        options.defaultStyle = *houseStyle;
    }
    if (parser.isSet(timeZone)) {
        options.timeZone = QTimeZone(parser.value(timeZone).toUtf8());
        if (!options.timeZone.isValid())
            throw UserError {QStringLiteral("unknown time zone \"%1\" (an IANA name such as "
                                            "Asia/Shanghai, Asia/Taipei or America/New_York)")
                                 .arg(parser.value(timeZone))};
    }
    options.correctionsFirst = parser.isSet(correctionsAtTop);
    if (parser.isSet(perPage)) {
        bool ok = false;
        options.perPage = parser.value(perPage).toInt(&ok);
        if (!ok || options.perPage < 1 || options.perPage > 1000)
            throw UserError {QStringLiteral("--per-page wants a number from 1 to 1000, not \"%1\"")
                                 .arg(parser.value(perPage))};
    }

    if (parser.isSet(force) != parser.isSet(reason)
        || (parser.isSet(reason) && parser.value(reason).trimmed().isEmpty()))
        throw UserError {QStringLiteral("--force and --reason TEXT go together")};
    if (parser.isSet(force) && !options.includeReady)
        throw UserError {QStringLiteral("--force overrules the checks of ready stories: it goes "
                                        "with --include-ready")};
    if (parser.isSet(force) && parser.isSet(watch))
        throw UserError {QStringLiteral("--force is for one run, not for --watch")};

    PublishReport last;
    QList<Refused> refused;
    const auto publishOnce = [&] {
        // Ready stories go out only past their content profile's checks, as `edit --set
        // status=published` does; overruled (--force) they carry the reason in their notes.
        refused.clear();
        options.withheld.clear();
        if (options.includeReady) {
            for (Refused &story : refusedReadyStories(cli.store())) {
                if (!parser.isSet(force)) {
                    options.withheld.insert(story.article.id);
                    cli.err() << "publish: not published: " << story.article.slug << ": "
                              << describeChecks(story.blocking) << " (see `copydesk check "
                              << story.article.slug
                              << " --publish`; --force --reason TEXT publishes anyway)" << Qt::endl;
                    refused.append(std::move(story));
                    continue;
                }
                Article &article = story.article;
                article.notes = PublishChecks::overruledNotes(article.notes, cli.store().user(),
                    parser.value(reason), PublishChecks::blocking(story.blocking));
                cli.store().save(article);
            }
        }
        Publisher publisher(cli.store(), options);
        publisher.setCancelFlag(&g_stop);
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
        last = report;
        for (const QString &warning : std::as_const(report.warnings))
            cli.err() << "publish: warning: " << warning << Qt::endl;
        if (parser.isSet(json)) {
            cli.printJson(QJsonObject {{QStringLiteral("articles"), report.articles},
                {QStringLiteral("skipped"), report.skipped},
                {QStringLiteral("rendered"), report.rendered},
                {QStringLiteral("changes_only"), report.changesOnly},
                {QStringLiteral("written"), report.written},
                {QStringLiteral("unchanged"), report.unchanged},
                {QStringLiteral("removed"), report.removed},
                {QStringLiteral("first_published"), report.firstPublished},
                {QStringLiteral("renditions"), report.renditions},
                {QStringLiteral("held"), report.held},
                {QStringLiteral("next_due"),
                    report.nextDue.isValid() ? QJsonValue(isoTimestamp(report.nextDue))
                                             : QJsonValue()},
                {QStringLiteral("next_due_id"),
                    report.nextDueId.isEmpty() ? QJsonValue() : QJsonValue(report.nextDueId)},
                {QStringLiteral("notices"), report.notices},
                {QStringLiteral("refused"),
                    [&] {
                        QJsonArray stories;
                        for (const Refused &story : std::as_const(refused)) {
                            QJsonArray checks;
                            for (const Copydesk::PublishCheck &check : story.blocking)
                                checks.append(check.toJson());
                            stories.append(QJsonObject {{QStringLiteral("id"), story.article.id},
                                {QStringLiteral("slug"), story.article.slug},
                                {QStringLiteral("headline"), story.article.headline},
                                {QStringLiteral("checks"), checks}});
                        }
                        return stories;
                    }()},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
                {QStringLiteral("milliseconds"), report.milliseconds}});
        } else {
            cli.out() << "Published " << report.articles << " articles to " << options.outDir
                      << ": " << report.written << " files written, " << report.unchanged
                      << " unchanged, " << report.removed << " removed (" << report.milliseconds
                      << " ms)" << Qt::endl;
            if (report.nextDue.isValid()) {
                const QDateTime local = report.nextDue.toTimeZone(QTimeZone::systemTimeZone());
                cli.out() << report.held << (report.held == 1 ? " story" : " stories")
                          << " held back; the next falls due at "
                          << local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate)
                          << ": " << report.nextDueHeadline << " (" << report.nextDueId.left(8)
                          << ")" << Qt::endl;
            }
        }
    };
    if (!parser.isSet(watch)) {
        publishOnce();
        // The rest is on the site; the stories the checks refused are named above.
        return refused.isEmpty() ? ExitOk : ExitUserError;
    }

    // --watch: a run now, then one whenever a held story falls due or the store has changed
    // and stayed still for a few seconds (a reporter saving as they type is one run, not ten).
    struct sigaction action = {};
    action.sa_handler = stopWatching;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    constexpr int kLookMs = 1000; // how often the store is looked at
    constexpr int kSettleMs = 3000; // how long it must stay unchanged before a run
    options.full = false; // only the first run rebuilds
    bool first = true;
    QHash<QString, int> published;
    while (!g_stop) {
        try {
            published = storeShape(cli.store(), options.includeReady);
            publishOnce();
            if (first) {
                cli.err() << "publish: watching the store; SIGTERM or Ctrl+C ends" << Qt::endl;
                first = false;
            }
        } catch (const PublishError &error) {
            if (error.cancelled())
                break;
            cli.err() << "copydesk publish: " << error.message() << "; trying again" << Qt::endl;
        } catch (const StoreError &error) {
            cli.err() << "copydesk publish: " << error.message() << "; trying again" << Qt::endl;
        }
        QElapsedTimer settled;
        bool changed = false;
        while (!g_stop) {
            QThread::msleep(kLookMs);
            if (last.nextDue.isValid() && Copydesk::currentTime() >= last.nextDue)
                break;
            try {
                const QHash<QString, int> now = storeShape(cli.store(), options.includeReady);
                if (now != published) {
                    published = now;
                    changed = true;
                    settled.start();
                } else if (changed && settled.elapsed() >= kSettleMs) {
                    break;
                }
            } catch (const StoreError &error) {
                cli.err() << "copydesk publish: " << error.message() << Qt::endl;
            }
        }
    }
    cli.err() << "publish: stopped" << Qt::endl;
    return ExitOk;
}
