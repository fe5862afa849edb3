// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

// A one-paragraph text field (headline, deck) built on QPlainTextEdit so that spelling can
// underline it with extraSelections like the body. Long text wraps and the field grows to fit
// (up to a few lines); Return moves on to the next field instead of breaking the line.
class SingleLineTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SingleLineTextEdit(QWidget *parent = nullptr);

    void setDocument(QTextDocument *document);
    void setMaximumLines(int lines);

signals:
    // Return or Enter; the focus moves on to the next field unless a receiver moved it.
    void returnPressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    // The standard menu, with the article's Undo and Redo (see fieldcontextmenu.h).
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateHeight();

    int m_maximumLines = 3;
};
