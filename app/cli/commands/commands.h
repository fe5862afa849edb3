// SPDX-License-Identifier: GPL-3.0-or-later
// Every command of the command line, one function each: it parses its own options from the
// CommandLine, calls the features (store, publisher, importer, spell checker) and returns the
// exit code. cli.cpp's table lists them; a new command adds a file here and a row there.
#pragma once

#include <QString>

class CommandLine;

// Articles (articlecommands.cpp).
int runNew(CommandLine &cli);
int runList(CommandLine &cli);
int runShow(CommandLine &cli);
int runEdit(CommandLine &cli);
int runHistory(CommandLine &cli);
int runRevert(CommandLine &cli);
int runSearch(CommandLine &cli);
int runDelete(CommandLine &cli);
int runDemo(CommandLine &cli);

// A story's life (storylifecommands.cpp): `copydesk schedule ID --at TIME | --clear`,
// `copydesk embargo ID --until TIME | --clear`, `copydesk correct ID --kind K --text T`.
int runSchedule(CommandLine &cli);
int runEmbargo(CommandLine &cli);
int runCorrect(CommandLine &cli);

// `copydesk check ID|FILE [--json] [--language L] [--style]`: the misspellings of an article or
// a file, and with --style the copy desk's findings.
// Exit 0 when clean, 4 (ExitMisspellings) when some were found, 1 on a user error.
int runCheck(CommandLine &cli);

// Content profiles (profilecommands.cpp): `copydesk profile show|set [SECTION]`, and
// `copydesk check ID --publish` (what stands between a story and publication; exit 4 when
// something blocks it).
int runProfile(CommandLine &cli);
int runPublishCheck(CommandLine &cli, const QString &idOrSlug, bool json);

// `copydesk style add|remove|list|rules|enable|disable|quotes …` (stylecommands.cpp): the
// newsroom's style list and the switches of the style checks.
int runStyle(CommandLine &cli);

// `copydesk import FILE... [--json] [--raw]`
int runImport(CommandLine &cli);
// `copydesk convert ID --to zh-Hans|zh-Hant|zh-TW|zh-HK [--phrases] [--as-edition]
// | --again`
int runConvert(CommandLine &cli);
// `copydesk edition ID --language L | --caught-up` (editioncommands.cpp): linked editions.
int runEdition(CommandLine &cli);

// Photos (mediacommands.cpp): `copydesk attach ID FILE [--caption T] [--credit T] [--alt T]
// [--lead] [--expect-revision N]` and `copydesk media ID [PHOTO] [--set F=V] [--lead] [--remove]`.
int runAttach(CommandLine &cli);
int runMedia(CommandLine &cli);

// `copydesk site show [--json] | set KEY=VALUE...` (sitecommands.cpp): the site's settings.
int runSite(CommandLine &cli);

// `copydesk export ID... --format text|ninjs|nitf|newsml [--out FILE|DIR] [--encoding E]`
// (exportcommand.cpp): stories for the print desk and for partners.
int runExport(CommandLine &cli);

// `copydesk serve [--out DIR] [--port P] [--bind ADDR]` (servecommand.cpp): the site live.
int runServe(CommandLine &cli);

// `copydesk publish --out DIR [--base-url URL] [--full] [--include-ready]`
int runPublish(CommandLine &cli);

// `copydesk migrate --from STORE --to STORE`: copies a local store into the shared one.
int runMigrate(CommandLine &cli);
