// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/undoshortcutfilter.h"

#include "editor/fieldcontextmenu.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>

UndoShortcutFilter *UndoShortcutFilter::instance()
{
    static auto *filter = new UndoShortcutFilter(QCoreApplication::instance());
    return filter;
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Ignored override: the shortcut map goes on to the window's action.
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::ContextMenu && qobject_cast<QLineEdit *>(watched)) {
        auto *contextEvent = static_cast<QContextMenuEvent *>(event);
        if (auto menu = createFieldContextMenu(
                static_cast<QWidget *>(watched), contextEvent->globalPos())) {
            menu->exec(contextEvent->globalPos());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
