// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class QAction;
class QMenu;
class QPoint;
class QWidget;

// The right-click menu of a field of the article (body, headline, deck, the form's line edits).
//
// A text widget's own menu offers Undo and Redo of the widget's history, which the article's
// edits bypass (they go to the ArticleDocument's one undo stack, and the documents' own undo
// is off): its Undo was greyed out in the body and undid behind the article's back in a line
// edit. These menus carry the window's Undo and Redo instead, the same as Ctrl+Z / Ctrl+Shift+Z.

// Marks `undo` and `redo` as the actions that undo and redo the article in their window.
void setArticleUndoActions(QAction *undo, QAction *redo);

// The standard menu of `field` (a QPlainTextEdit or QLineEdit) with its Undo and Redo replaced
// by the window's; nullptr for another kind of widget.
std::unique_ptr<QMenu> createFieldContextMenu(QWidget *field, const QPoint &globalPos);
