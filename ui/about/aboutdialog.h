// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIcon;
class QMessageBox;
class QWidget;

// Help → About: what Copydesk is, its version and the versions of the components in use.

// The rich text the About box shows.
QString aboutText();

// Opens the About box window-modally over `parent` (non-blocking; deletes itself on close).
QMessageBox *showAboutDialog(QWidget *parent);

// The application icon: from the icon theme when Copydesk is installed where the desktop looks
// (/usr, /usr/local), else from the hicolor folder of its own prefix, e.g. ~/.local.
QIcon applicationIcon();
