// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

// What the editor is started with (`copydesk-editor [--store PATH|URL] [--demo]`).
struct EditorOptions
{
    QString store; // empty: $COPYDESK_STORE, else the default SQLite file
    bool demo = false; // load the demo newsroom into an empty store
};

// Opens the store and shows the editor window; returns the application's exit code.
int runEditor(QApplication &app, const EditorOptions &options);
