// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/singlelinetextedit.h"

#include "editor/fieldcontextmenu.h"
#include "editor/undoshortcutfilter.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>

SingleLineTextEdit::SingleLineTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    installEventFilter(UndoShortcutFilter::instance());
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SingleLineTextEdit::updateHeight);
    connect(this, &QPlainTextEdit::textChanged, this, &SingleLineTextEdit::updateHeight);
    updateHeight();
}

void SingleLineTextEdit::setDocument(QTextDocument *document)
{
    QPlainTextEdit::setDocument(document);
    document->setDefaultFont(font());
    updateHeight();
}

void SingleLineTextEdit::setMaximumLines(int lines)
{
    m_maximumLines = lines;
    updateHeight();
}

void SingleLineTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // The form says where Return leads; only when it does not, the next field in the tab
        // order. (Moving on from wherever the form put the focus skipped a field.)
        emit returnPressed();
        if (hasFocus())
            focusNextChild();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SingleLineTextEdit::insertFromMimeData(const QMimeData *source)
{
    // A headline pasted from a web page or a wire story arrives with line breaks.
    if (source->hasText()) {
        insertPlainText(source->text().simplified());
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void SingleLineTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateHeight();
}

void SingleLineTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        document()->setDefaultFont(font());
        updateHeight();
    }
}

void SingleLineTextEdit::updateHeight()
{
    const QFontMetrics metrics(font());
    int lines = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next())
        lines += qMax(1, block.layout() ? block.layout()->lineCount() : 1);
    lines = qBound(1, lines, m_maximumLines);
    const int height = lines * metrics.lineSpacing() + 2 * int(document()->documentMargin())
        + 2 * frameWidth() + 2;
    if (height != this->height())
        setFixedHeight(height);
}

void SingleLineTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    createFieldContextMenu(this, event->globalPos())->exec(event->globalPos());
}
