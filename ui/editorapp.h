// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli.h"

class QApplication;

// Opens the store and shows the editor window; returns the application's exit code.
int runEditor(QApplication &app, const Cli::GlobalOptions &options);
