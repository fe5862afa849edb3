// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk profile show|set` and `copydesk check ID --publish`: the newsroom's content
// profiles and what stands between a story and publication under them (issue 14).
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "style/publishchecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void printProfile(CommandLine &cli, const Copydesk::ContentProfile &profile)
{
    QStringList limits;
    for (auto it = profile.maxChars.cbegin(); it != profile.maxChars.cend(); ++it)
        limits << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    limits.sort();
    const auto yesNo = [](bool on) { return on ? "yes" : "no"; };
    cli.out() << "required: "
              << (profile.required.isEmpty() ? QStringLiteral("nothing")
                                             : profile.required.join(QStringLiteral(", ")))
              << "\nmax_chars: "
              << (limits.isEmpty() ? QStringLiteral("none") : limits.join(QStringLiteral(", ")))
              << "\nlength_tolerance: "
              << (profile.lengthTolerance > 0 ? QStringLiteral("±%1%").arg(profile.lengthTolerance)
                                              : QStringLiteral("not checked"))
              << "\nspelling blocks: " << yesNo(profile.spelling)
              << "\nstyle errors block: " << yesNo(profile.style) << Qt::endl;
}

} // namespace

int runProfile(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption file(QStringLiteral("file"),
        QStringLiteral("With set: the profile as JSON (- for stdin)."), QStringLiteral("FILE"));
    const QCommandLineOption clear(QStringLiteral("clear"),
        QStringLiteral("With set: remove the section's own profile (the default applies)."));
    parser.addOptions({json, file, clear});
    parser.setApplicationDescription(QStringLiteral(
        "Shows or sets what a story must have before it may be published: one default profile "
        "and one per section, in the store. A profile is JSON: {\"required\": [\"bylines\", "
        "\"dateline.source\", \"deck\", \"lead_photo\"], \"max_chars\": {\"headline\": 30}, "
        "\"length_tolerance\": 10, \"spelling\": true, \"style\": true}."));
    if (!cli.parse(parser, 1, 2, QStringLiteral("show|set [SECTION]")))
        return ExitOk;
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.first();
    const QString section = arguments.value(1).trimmed();
    if (action == u"show") {
        if (parser.isSet(file) || parser.isSet(clear))
            throw UserError {QStringLiteral("--file and --clear go with profile set")};
        bool own = false;
        const Copydesk::ContentProfile profile =
            PublishChecks::profileFor(cli.store(), section, &own);
        if (parser.isSet(json)) {
            QJsonObject object = profile.toJson();
            object.insert(QStringLiteral("section"), section);
            object.insert(QStringLiteral("inherited"), !section.isEmpty() && !own);
            cli.printJson(object);
        } else {
            if (!section.isEmpty() && !own)
                cli.out() << "(section " << section << " has no profile of its own: the default)"
                          << Qt::endl;
            printProfile(cli, profile);
        }
        return ExitOk;
    }
    if (action != u"set")
        throw UserError {QStringLiteral("profile takes show or set, not \"%1\"").arg(action)};
    if (parser.isSet(clear)) {
        if (parser.isSet(file))
            throw UserError {QStringLiteral("give --file or --clear, not both")};
        PublishChecks::setProfile(cli.store(), section, std::nullopt);
        return ExitOk;
    }
    if (!parser.isSet(file))
        throw UserError {QStringLiteral("profile set needs --file PROFILE.json (or --clear)")};
    const QString text = cli.readTextFile(parser.value(file), 1024 * 1024);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject())
        throw UserError {QStringLiteral("%1: not a JSON object (%2)")
                             .arg(parser.value(file),
                                 parseError.error == QJsonParseError::NoError
                                     ? QStringLiteral("a list or a value")
                                     : parseError.errorString())};
    QString error;
    const std::optional<Copydesk::ContentProfile> profile =
        Copydesk::ContentProfile::fromJson(document.object(), &error);
    if (!profile)
        throw UserError {QStringLiteral("%1: %2").arg(parser.value(file), error)};
    PublishChecks::setProfile(cli.store(), section, profile);
    return ExitOk;
}

int runPublishCheck(CommandLine &cli, const QString &idOrSlug, bool json)
{
    const Article article = cli.store().get(idOrSlug);
    const QList<Copydesk::PublishCheck> checks = PublishChecks::check(cli.store(), article);
    bool blocked = false;
    QJsonArray array;
    for (const Copydesk::PublishCheck &check : checks) {
        blocked = blocked || check.blocks();
        array.append(check.toJson());
        if (!json)
            cli.out() << article.slug << (check.field.isEmpty() ? QString() : u'#' + check.field)
                      << ": " << check.severity << " [" << check.rule << "] " << check.message
                      << '\n';
    }
    if (json)
        cli.printJson(array);
    else if (!blocked)
        cli.out() << article.slug << ": ready to publish\n";
    cli.out().flush();
    return blocked ? ExitMisspellings : ExitOk;
}
