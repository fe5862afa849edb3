// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;
class SpellingSession;

// Gives the window spell checking: underlines in the headline, deck and body that follow the
// open article's language and names, and Tools → Check Spelling… (F7). Returns the session
// (owned by the window).
SpellingSession *attachSpelling(MainWindow *window);
