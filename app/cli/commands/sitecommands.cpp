// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk site`: the site's settings in the store, which publish takes as its defaults.
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "publish/sitesettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// A value as `site show` prints it on a line of its own.
QString shownValue(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toInt());
    return value.toString();
}

} // namespace

int runSite(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The site's settings, shared by everyone on the store; publish takes them "
                       "as its defaults (its --base-url, --per-page, --site-name and --style "
                       "override them).\n"
                       "  site show [--json]\n"
                       "  site set KEY=VALUE...   an empty VALUE goes back to the default\n"
                       "Keys: title, base_url, sections (a JSON list in menu order: names, or "
                       "{\"section\":\"经济\",\"label\":\"财经\"}), per_page, footer, "
                       "quote_style (curly, corner, auto), house_style (english-wire, "
                       "chinese-newspaper)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (!cli.parse(parser, 1, -1, QStringLiteral("show | set KEY=VALUE...")))
        return ExitOk;
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.constFirst();
    if (action == u"show") {
        if (arguments.size() != 1)
            throw UserError {QStringLiteral("site show takes no arguments")};
        const SiteSettings stored = readSiteSettings(cli.store());
        const QJsonObject settings = siteSettingsJson(stored);
        if (parser.isSet(json)) {
            cli.printJson(settings);
            return ExitOk;
        }
        const QJsonArray set = settings.value(u"set").toArray();
        for (const QString &key : siteSettingKeys()) {
            // The menu as `site set sections=` takes it.
            cli.out() << key << " = "
                      << (key == u"sections" ? menuToJson(stored.sections)
                                             : shownValue(settings.value(key)));
            if (!set.contains(key))
                cli.out() << "   (default)";
            cli.out() << '\n';
        }
        cli.out().flush();
        return ExitOk;
    }
    if (action == u"set") {
        if (arguments.size() < 2)
            throw UserError {QStringLiteral("site set wants KEY=VALUE")};
        QList<std::pair<QString, QString>> values;
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            const qsizetype equals = argument.indexOf(u'=');
            if (equals <= 0)
                throw UserError {
                    QStringLiteral("site set wants KEY=VALUE, not \"%1\"").arg(argument)};
            const QString key = argument.left(equals);
            const QString value = argument.mid(equals + 1);
            const QString problem = siteSettingProblem(key, value);
            if (!problem.isEmpty())
                throw UserError {problem};
            values.append({key, value});
        }
        writeSiteSettings(cli.store(), values);
        return ExitOk;
    }
    throw UserError {QStringLiteral("unknown site action \"%1\" (show, set)").arg(action)};
}
