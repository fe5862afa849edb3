// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Text widgets keep their own undo history and claim Ctrl+Z / Ctrl+Shift+Z before the window's
// Undo and Redo actions see them. Installed on every field of the form, this hands those keys
// to the window, whose one undo stack covers the whole article; a line edit's right-click menu
// gets the window's Undo and Redo too (see fieldcontextmenu.h).
class UndoShortcutFilter : public QObject
{
public:
    using QObject::QObject;
    static UndoShortcutFilter *instance();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
