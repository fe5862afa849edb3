// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/fieldcontextmenu.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>

namespace {

// Found by name in the field's window, so a field needs to know neither window nor document.
const QString &undoName()
{
    static const QString name = QStringLiteral("articleUndo");
    return name;
}

const QString &redoName()
{
    static const QString name = QStringLiteral("articleRedo");
    return name;
}

// Puts `replacement` where the menu's entry named `standardName` ("edit-undo") was.
void replaceEntry(QMenu *menu, const QString &standardName, QAction *replacement)
{
    if (!replacement)
        return; // a field outside an article window keeps its own
    for (QAction *entry : menu->actions()) {
        if (entry->objectName() == standardName) {
            menu->insertAction(entry, replacement);
            menu->removeAction(entry);
            return;
        }
    }
}

} // namespace

void setArticleUndoActions(QAction *undo, QAction *redo)
{
    undo->setObjectName(undoName());
    redo->setObjectName(redoName());
}

std::unique_ptr<QMenu> createFieldContextMenu(QWidget *field, const QPoint &globalPos)
{
    std::unique_ptr<QMenu> menu;
    if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        menu.reset(text->createStandardContextMenu(globalPos));
    else if (auto *line = qobject_cast<QLineEdit *>(field))
        menu.reset(line->createStandardContextMenu());
    if (!menu)
        return menu;
    QWidget *window = field->window();
    replaceEntry(menu.get(), QStringLiteral("edit-undo"), window->findChild<QAction *>(undoName()));
    replaceEntry(menu.get(), QStringLiteral("edit-redo"), window->findChild<QAction *>(redoName()));
    return menu;
}
