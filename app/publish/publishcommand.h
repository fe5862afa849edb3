// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CommandLine;

// `copydesk publish --out DIR [--base-url URL] [--full] [--include-ready]`
int runPublish(CommandLine &cli);
