// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;
class QPushButton;

// A new story starts in the reporter's usual language (Settings → New stories in). When the
// headline typed into it is in another script — a Chinese headline in a story that started as
// English — the status bar offers to switch the story's language (one click, undoable like
// any edit), so the preview does not print "By 王小明 and 李华" and "Dec. 2, 2026". Only new
// stories are offered this, and only until the reporter picks a language themselves.
// Returns the offer's button (owned by the window; hidden while there is nothing to offer).
QPushButton *attachLanguageHint(MainWindow *window);
