// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CommandLine;

// copydesk migrate --from STORE --to STORE: copies a local store into the shared one.
int runMigrate(CommandLine &cli);
