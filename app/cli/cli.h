// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The headless `copydesk` command line. Needs a QCoreApplication, never a display.
namespace Cli {

// Whether these arguments (argv without the program name) ask for a command rather than
// the editor window: a command name, --help or --version.
bool wantsCommand(const QStringList &arguments);

// Runs the command; returns the process exit code: 0 ok, 1 user error, 2 store error,
// 3 revision conflict (later commands add their own, e.g. 4 for misspellings found).
int run(const QStringList &arguments);

// The global options that also matter to the GUI (--store, --demo), read from argv.
struct GlobalOptions
{
    QString store;
    bool demo = false;
};
GlobalOptions globalOptions(const QStringList &arguments);

} // namespace Cli
