// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/bodyeditor.h"

#include "editor/markdownhighlighter.h"
#include "editor/undoshortcutfilter.h"

#include <QKeyEvent>
#include <QMimeData>
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
    QTextCursor cursor = textCursor();
    const QString label = cursor.selectedText();
    const int start = cursor.selectionStart();
    cursor.insertText(QStringLiteral("[%1](https://)").arg(label));
    // Select the URL part so typing or pasting replaces it.
    const int urlStart = start + int(label.size()) + 3;
    cursor.setPosition(urlStart);
    cursor.setPosition(urlStart + 8, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
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
    return source->hasText() || (m_richPasteCleanup && source->hasHtml());
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
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
