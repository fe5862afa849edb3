// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;

// Gives the window what a keyboard user needs beyond Tab: F6 / Ctrl+Tab move to the next
// pane (article list → fields → body → preview → history, when shown) and Shift+F6 /
// Ctrl+Shift+Tab back, as in browsers and mail clients (Tab itself stays within a pane's
// fields); and a visible focus ring on the headline, deck and body.
void attachKeyboardNavigation(MainWindow *window);
