// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CommandLine;

// `copydesk import FILE... [--json] [--raw]`
int runImport(CommandLine &cli);
// `copydesk convert ID --to zh-Hans|zh-Hant|zh-TW|zh-HK [--phrases] [--expect-revision N]`
int runConvert(CommandLine &cli);
