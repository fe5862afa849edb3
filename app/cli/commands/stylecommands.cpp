// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk style …`: the newsroom's style list and the switches of the copy desk's checks,
// kept in the store for everyone who shares it.
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "style/stylechecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kRulesSetting = QStringLiteral("style.rules");
const QString kQuotesSetting = QStringLiteral("style.chinese_quotes");

QJsonObject ruleSwitches(ArticleStore &store)
{
    return QJsonDocument::fromJson(store.setting(kRulesSetting).toUtf8()).object();
}

int addEntry(CommandLine &cli, const QCommandLineParser &parser, const QStringList &arguments,
    const QCommandLineOption &prefer, const QCommandLineOption &severity,
    const QCommandLineOption &language, const QCommandLineOption &note,
    const QCommandLineOption &exception)
{
    if (arguments.size() != 2)
        throw UserError {QStringLiteral("style add takes one TEXT")};
    StyleEntry entry;
    entry.text = arguments.at(1);
    entry.replacement = parser.value(prefer);
    entry.exception = parser.isSet(exception);
    if (parser.isSet(severity))
        entry.severity = parser.value(severity);
    entry.language = parser.value(language);
    entry.note = parser.value(note);
    if (!StyleEntry::severities().contains(entry.severity))
        throw UserError {
            QStringLiteral("--severity is error, warning or info, not \"%1\"").arg(entry.severity)};
    cli.store().addStyleEntry(entry);
    return ExitOk;
}

int switchRule(CommandLine &cli, const QStringList &arguments, bool on)
{
    if (arguments.size() != 2)
        throw UserError {QStringLiteral("style %1 takes one RULE").arg(arguments.at(0))};
    const QString id = arguments.at(1);
    if (!styleRule(id)) {
        QStringList ids;
        for (const StyleRule &rule : styleRules())
            ids << rule.id;
        throw UserError {QStringLiteral("there is no style rule \"%1\" (the rules: %2)")
                             .arg(id, ids.join(QStringLiteral(", ")))};
    }
    QJsonObject switches = ruleSwitches(cli.store());
    if (styleRule(id)->onByDefault == on)
        switches.remove(id);
    else
        switches.insert(id, on);
    cli.store().setSetting(kRulesSetting,
        switches.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(switches).toJson(QJsonDocument::Compact)));
    return ExitOk;
}

int listRules(CommandLine &cli, bool json)
{
    const QJsonObject switches = ruleSwitches(cli.store());
    QJsonArray array;
    for (const StyleRule &rule : styleRules()) {
        const bool on = switches.value(rule.id).toBool(rule.onByDefault);
        if (json) {
            array.append(
                QJsonObject {{QStringLiteral("rule"), rule.id}, {QStringLiteral("enabled"), on},
                    {QStringLiteral("severity"), severityName(rule.severity)},
                    {QStringLiteral("description"), rule.description}});
        } else {
            cli.out() << (on ? "on   " : "off  ") << rule.id << "  " << rule.description << '\n';
        }
    }
    if (json)
        cli.printJson(array);
    cli.out().flush();
    return ExitOk;
}

} // namespace

int runStyle(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The newsroom's style list and the copy desk's checks, shared by everyone on the store.\n"
        "  style add TEXT [--prefer R] [--severity S] [--language L] [--note T] [--exception]\n"
        "      a banned word (no --prefer), a preferred form, or an exception kept as written\n"
        "      by the Chinese and script checks (a name); adding TEXT again replaces it\n"
        "  style remove TEXT\n"
        "  style list [--json]\n"
        "  style rules [--json]        every rule and whether it is on\n"
        "  style enable RULE | style disable RULE\n"
        "  style quotes curly|corner|auto   the quotes Chinese copy wants (auto: by script)"));
    const QCommandLineOption prefer(QStringLiteral("prefer"),
        QStringLiteral("The form the newsroom writes instead."), QStringLiteral("REPLACEMENT"));
    const QCommandLineOption severity(QStringLiteral("severity"),
        QStringLiteral("error, warning (the default) or info."), QStringLiteral("S"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("Only for stories in this language (en, zh, zh-Hans, …)."),
        QStringLiteral("L"));
    const QCommandLineOption note(
        QStringLiteral("note"), QStringLiteral("Why, for the reporter."), QStringLiteral("TEXT"));
    const QCommandLineOption exception(QStringLiteral("exception"),
        QStringLiteral("Keep TEXT as written (no Chinese punctuation or script finding in it)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({prefer, severity, language, note, exception, json});
    if (!cli.parse(
            parser, 1, 2, QStringLiteral("add|remove|list|rules|enable|disable|quotes [TEXT]")))
        return ExitOk;
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.constFirst();
    if (action == u"add")
        return addEntry(cli, parser, arguments, prefer, severity, language, note, exception);
    if (action == u"remove") {
        if (arguments.size() != 2)
            throw UserError {QStringLiteral("style remove takes one TEXT")};
        if (!cli.store().removeStyleEntry(arguments.at(1)))
            throw UserError {
                QStringLiteral("\"%1\" is not in the style list").arg(arguments.at(1))};
        return ExitOk;
    }
    if (action == u"list") {
        const QList<StyleEntry> entries = cli.store().styleList();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const StyleEntry &entry : entries)
                array.append(entry.toJson());
            cli.printJson(array);
            return ExitOk;
        }
        for (const StyleEntry &entry : entries) {
            cli.out() << entry.text;
            if (!entry.replacement.isEmpty())
                cli.out() << " → " << entry.replacement;
            cli.out() << "  (" << entry.kind() << ", " << entry.severity;
            if (!entry.language.isEmpty())
                cli.out() << ", " << entry.language;
            cli.out() << ')';
            if (!entry.note.isEmpty())
                cli.out() << "  " << entry.note;
            cli.out() << '\n';
        }
        cli.out().flush();
        return ExitOk;
    }
    if (action == u"rules")
        return listRules(cli, parser.isSet(json));
    if (action == u"enable" || action == u"disable")
        return switchRule(cli, arguments, action == u"enable");
    if (action == u"quotes") {
        const QString value = arguments.value(1);
        if (value != u"curly" && value != u"corner" && value != u"auto")
            throw UserError {QStringLiteral("style quotes is curly, corner or auto")};
        cli.store().setSetting(kQuotesSetting, value == u"auto" ? QString() : value);
        return ExitOk;
    }
    throw UserError {QStringLiteral("unknown style action \"%1\" (add, remove, list, rules, "
                                    "enable, disable, quotes)")
                         .arg(action)};
}
