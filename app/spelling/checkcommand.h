// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CommandLine;

// `copydesk check ID|FILE [--json] [--language L]`: the misspellings of an article or a file.
// Exit 0 when clean, 4 (ExitMisspellings) when some were found, 1 on a user error.
int runCheck(CommandLine &cli);
