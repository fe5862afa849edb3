// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/bodyeditor.h"

#include "editor/fieldcontextmenu.h"
#include "editor/linkdialog.h"
#include "editor/markdownhighlighter.h"
#include "editor/undoshortcutfilter.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>

BodyEditor::BodyEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new MarkdownHighlighter(this))
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setCenterOnScroll(false);
    // Tab moves on, as in every field of the form and every text box of a web CMS: a tab
    // character in Markdown makes a code block, and paragraphs are indented by the house
    // style (a 首行缩进 typed by habit would be indented twice). Shift+Tab goes back.
    setTabChangesFocus(true);
    installEventFilter(UndoShortcutFilter::instance());
}

void BodyEditor::setDocument(QTextDocument *document)
{
    QPlainTextEdit::setDocument(document);
    document->setDefaultFont(font());
    m_highlighter->setDocument(document);
}

void BodyEditor::setCursorPosition(int position)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(qBound(0, position, document()->characterCount() - 1));
    setTextCursor(cursor);
    ensureCursorVisible();
}

void BodyEditor::wrapSelection(const QString &marker)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        cursor.select(QTextCursor::WordUnderCursor);
    }
    const QString selected = cursor.selectedText();
    const int start = cursor.selectionStart();
    if (selected.startsWith(marker) && selected.endsWith(marker)
        && selected.size() >= 2 * marker.size()) {
        cursor.insertText(selected.mid(marker.size(), selected.size() - 2 * marker.size()));
        cursor.setPosition(start);
        cursor.setPosition(
            start + int(selected.size() - 2 * marker.size()), QTextCursor::KeepAnchor);
    } else {
        cursor.insertText(marker + selected + marker);
        cursor.setPosition(start + int(marker.size()));
        cursor.setPosition(start + int(marker.size() + selected.size()), QTextCursor::KeepAnchor);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void BodyEditor::toggleBold()
{
    wrapSelection(QStringLiteral("**"));
}

void BodyEditor::toggleItalic()
{
    wrapSelection(QStringLiteral("*"));
}

void BodyEditor::insertLink()
{
    // A dialog, not "[](https://)" typed into the copy, which a reporter with nothing
    // selected could not see as a link and readers got as an empty one.
    LinkDialog dialog(textCursor().selectedText(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextCursor cursor = textCursor();
    cursor.insertText(dialog.markdown());
    setTextCursor(cursor);
}

bool BodyEditor::continueList()
{
    // "- ", "* ", "+ ", "1. " or "1) " after an indent: Return starts the next item; on an
    // empty item it ends the list instead (the marker goes, the line stays).
    static const QRegularExpression item(QStringLiteral(R"(^(\s*)([-*+]|(\d{1,9})([.)]))( +))"));
    QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const QRegularExpressionMatch m = item.match(block.text());
    const int inBlock = cursor.position() - block.position();
    if (!m.hasMatch() || cursor.hasSelection() || inBlock < m.capturedLength())
        return false;
    if (block.text().mid(m.capturedLength()).trimmed().isEmpty()) {
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        setTextCursor(cursor);
        return true;
    }
    QString marker = m.captured(2);
    if (!m.captured(3).isEmpty())
        marker = QString::number(m.captured(3).toLongLong() + 1) + m.captured(4);
    cursor.insertText(u'\n' + m.captured(1) + marker + m.captured(5));
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void BodyEditor::toggleLinePrefix(const QString &prefix)
{
    QTextCursor cursor = textCursor();
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    bool allHave = true;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        allHave = allHave && b.text().startsWith(prefix);
        if (b == last)
            break;
    }
    cursor.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        QTextCursor line(b);
        if (allHave) {
            line.setPosition(b.position() + int(prefix.size()), QTextCursor::KeepAnchor);
            line.removeSelectedText();
        } else {
            // Replace another block marker rather than stacking them ("# > text").
            static const QRegularExpression marker(QStringLiteral(R"(^(#{1,6} |> |[-*+] ))"));
            const auto m = marker.match(b.text());
            if (m.hasMatch()) {
                line.setPosition(b.position() + int(m.capturedLength()), QTextCursor::KeepAnchor);
                line.removeSelectedText();
            }
            line.insertText(prefix);
        }
        if (b == last)
            break;
    }
    cursor.endEditBlock();
}

void BodyEditor::toggleSubhead()
{
    toggleLinePrefix(QStringLiteral("## "));
}

void BodyEditor::toggleQuote()
{
    toggleLinePrefix(QStringLiteral("> "));
}

void BodyEditor::toggleList()
{
    toggleLinePrefix(QStringLiteral("- "));
}

bool BodyEditor::canInsertFromMimeData(const QMimeData *source) const
{
    if (m_mediaInsert.accepts && m_mediaInsert.accepts(source))
        return true;
    return source->hasText() || (m_richPasteCleanup && source->hasHtml());
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    // A photo before anything else: a browser's image copies as HTML and the image both.
    if (m_mediaInsert.accepts && m_mediaInsert.accepts(source) && m_mediaInsert.insert(source))
        return;
    if (m_richPasteCleanup && source->hasHtml()) {
        insertPlainText(m_richPasteCleanup(source->html()));
        ensureCursorVisible();
        return;
    }
    if (!source->hasText())
        return;
    insertPlainText(cleanPastedText(source->text()));
    ensureCursorVisible();
}

QString BodyEditor::cleanPastedText(const QString &text) const
{
    return m_pasteCleanup ? m_pasteCleanup(text) : text;
}

void BodyEditor::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && continueList())
        return;
    // Shift+Return would insert a line separator inside the paragraph; Markdown has none.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() & Qt::ShiftModifier) {
        QKeyEvent plain(
            event->type(), event->key(), event->modifiers() & ~Qt::ShiftModifier, event->text());
        QPlainTextEdit::keyPressEvent(&plain);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void BodyEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        document()->setDefaultFont(font());
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

void BodyEditor::contextMenuEvent(QContextMenuEvent *event)
{
    createFieldContextMenu(this, event->globalPos())->exec(event->globalPos());
}
