// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "about/versions.h"
#include "cli/commandline.h"
#include "cli/commands/commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <exception>
#include <new>

namespace {

// Whether a command may create the store it is given when there is none: only those that add
// articles; for the others a missing file is a mistake (a typo in --store), said as such.
constexpr auto kCreates = ArticleStore::OpenMode::CreateIfMissing;
constexpr auto kNeedsOne = ArticleStore::OpenMode::ExistingOnly;

struct Command
{
    const char *name;
    const char *synopsis;
    int (*run)(CommandLine &);
    ArticleStore::OpenMode store;
};

// Every command, in the order --help lists them. A new command adds one row here.
const Command kCommands[] = {
    {"new", "new --headline TEXT [--language L] [--section S] [--body-file F]", runNew, kCreates},
    {"list", "list [--status S] [--section S] [--json]", runList, kNeedsOne},
    {"show", "show ID|SLUG [--json]", runShow, kNeedsOne},
    {"edit", "edit ID [--set FIELD=VALUE]... [--body-file F] [--expect-revision N]", runEdit,
        kNeedsOne},
    {"history", "history ID [--json]", runHistory, kNeedsOne},
    {"revert", "revert ID REVISION", runRevert, kNeedsOne},
    {"search", "search QUERY [--json]", runSearch, kNeedsOne},
    {"delete", "delete ID [--notice TEXT] [--purge]", runDelete, kNeedsOne},
    {"schedule", "schedule ID --at TIME | --clear [--expect-revision N]", runSchedule, kNeedsOne},
    {"embargo", "embargo ID --until TIME | --clear [--expect-revision N]", runEmbargo, kNeedsOne},
    {"correct",
        "correct ID --kind correction|clarification|update --text TEXT [--expect-revision N]",
        runCorrect, kNeedsOne},
    {"check", "check ID|FILE [--json] [--language L] [--style] | check ID --publish [--json]",
        runCheck, kNeedsOne},
    {"profile",
        "profile show [SECTION] [--json] | set [SECTION] --file PROFILE.json | set [SECTION] "
        "--clear",
        runProfile, kNeedsOne},
    {"style",
        "style add TEXT [--prefer R] [--severity S] [--language L] [--note T] [--exception] | "
        "remove TEXT | list [--json] | rules [--json] | enable RULE | disable RULE | "
        "quotes curly|corner|auto",
        runStyle, kNeedsOne},
    {"site",
        "site show [--json] | set KEY=VALUE...   title, base_url, sections, per_page, "
        "footer, quote_style, house_style, languages",
        runSite, kNeedsOne},
    {"publish",
        "publish --out DIR [--base-url URL] [--full] [--include-ready] [--time-zone ZONE] "
        "[--corrections-at-top] [--per-page N] [--watch]",
        runPublish, kNeedsOne},
    {"serve",
        "serve [--out DIR] [--port P] [--bind ADDR] [--include-ready] [--json]   the site on "
        "127.0.0.1, republished and reloaded as the store changes",
        runServe, kNeedsOne},
    {"export",
        "export ID... --format text|ninjs|nitf|newsml [--out FILE|DIR] [--encoding utf-8|gb18030] "
        "[--base-url URL]",
        runExport, kNeedsOne},
    {"migrate", "migrate --from STORE --to STORE [--json]   copy a local store into a shared one",
        runMigrate, kCreates},
    {"import", "import FILE|DIR... [--json] [--raw] [--again]", runImport, kCreates},
    {"convert",
        "convert ID --to zh-Hans|zh-Hant|zh-TW|zh-HK [--phrases] [--as-edition] "
        "[--expect-revision N] | convert EDITION --again",
        runConvert, kNeedsOne},
    {"edition", "edition ID --language L | edition EDITION --caught-up   linked editions",
        runEdition, kNeedsOne},
    {"attach", "attach ID FILE [--caption T] [--credit T] [--alt T] [--lead] [--expect-revision N]",
        runAttach, kNeedsOne},
    {"media", "media ID [PHOTO [--set caption|credit|alt=TEXT] [--lead|--no-lead] [--remove]]",
        runMedia, kNeedsOne},
    {"demo", "demo                      load the demo newsroom into an empty store", runDemo,
        kCreates},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

QString usage()
{
    QString text =
        QStringLiteral("Usage: copydesk [--store PATH|URL] COMMAND [OPTIONS]\n"
                       "       copydesk [--store PATH|URL] [--demo]      start the editor\n\n"
                       "Commands:\n");
    for (const Command &command : kCommands)
        text += QStringLiteral("  copydesk ") + QLatin1StringView(command.synopsis) + u'\n';
    text += QStringLiteral(
        "  copydesk --version [--verbose]   with --verbose: Qt, SQLite, Hunspell, md4c\n");
    text += QStringLiteral(
        "\nThe store is --store, else $COPYDESK_STORE, else the default SQLite file.\n"
        "Exit codes: 0 ok, 1 user error, 2 store error, 3 revision conflict.\n"
        "`copydesk COMMAND --help` describes one command.\n");
    return text;
}

// Splits argv into global options, the command name and the command's own arguments.
struct Split
{
    QString store;
    bool demo = false;
    bool help = false;
    bool version = false;
    QString command;
    QStringList rest;
};

Split split(const QStringList &arguments)
{
    Split s;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!s.command.isEmpty()) {
            s.rest << arg;
        } else if (arg == u"--store" && i + 1 < arguments.size()) {
            s.store = arguments.at(++i);
        } else if (arg.startsWith(u"--store=")) {
            s.store = arg.mid(8);
        } else if (arg == u"--demo") {
            s.demo = true;
        } else if (arg == u"--help" || arg == u"-h") {
            s.help = true;
        } else if (arg == u"--version" || arg == u"-v") {
            s.version = true;
        } else if (!arg.startsWith(u'-')) {
            s.command = arg;
        } else {
            s.rest << arg; // unknown global option: reported by run()
        }
    }
    return s;
}

} // namespace

namespace Cli {

bool wantsCommand(const QStringList &arguments)
{
    const Split s = split(arguments);
    return !s.command.isEmpty() || s.help || s.version || !s.rest.isEmpty();
}

GlobalOptions globalOptions(const QStringList &arguments)
{
    const Split s = split(arguments);
    return {s.store, s.demo};
}

int run(const QStringList &arguments)
{
    const Split s = split(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (s.version && s.command.isEmpty()) {
        out << "copydesk " << QStringLiteral(COPYDESK_VERSION) << Qt::endl;
        if (s.rest.contains(u"--verbose"))
            out << componentVersions() << Qt::flush;
        return ExitOk;
    }
    if (s.command.isEmpty()) {
        if (s.help) {
            out << usage();
            return ExitOk;
        }
        err << "copydesk: unknown option " << s.rest.value(0) << "\n\n" << usage();
        return ExitUserError;
    }
    const Command *command = findCommand(s.command);
    if (!command) {
        err << "copydesk: unknown command \"" << s.command << "\"\n\n" << usage();
        return ExitUserError;
    }

    QStringList rest = s.rest;
    if (s.help)
        rest.prepend(QStringLiteral("--help"));
    CommandLine cli(s.command, rest, s.store, command->store);
    try {
        return command->run(cli);
    } catch (const Copydesk::Error &error) {
        cli.err() << "copydesk " << s.command << ": " << error.message() << Qt::endl;
        return exitCodeOf(error.kind());
    } catch (const std::bad_alloc &) {
        cli.err() << "copydesk " << s.command << ": out of memory; nothing was changed" << Qt::endl;
        return ExitStoreError;
    } catch (const std::exception &error) {
        // Whatever a library throws is reported, never a crash: every write is transactional.
        cli.err() << "copydesk " << s.command << ": " << QString::fromLocal8Bit(error.what())
                  << Qt::endl;
        return ExitStoreError;
    }
}

} // namespace Cli
