// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;
class StyleSession;

// Gives the window the copy desk's checks: style underlines in the headline, deck and body
// that follow the open article's language and publish day, and in the Tools menu Check Style…
// (Shift+F7), Underline Style Findings and Style List…. Returns the session (owned by the
// window). Call after attachSpelling(), which makes the Tools menu.
StyleSession *attachStyle(MainWindow *window);
