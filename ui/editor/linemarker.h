// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/wordscanner.h"

#include <QObject>
#include <QPointer>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>

#include <vector>

class QMenu;
class QPlainTextEdit;
class QTextDocument;

// Marks ranges of a QPlainTextEdit (the body, the headline, the deck) that a check of each
// line finds, as underlines, and offers what to do about one in the context menu. Spelling
// (SpellingMarker) and the copy desk's style checks (StyleMarker) are two such checks, each
// with its own underline, on the same fields at once.
//
// The underlines are extra selections, not a QSyntaxHighlighter, so they do not fight the
// body's Markdown highlighter; other extra selections on the editor (another marker's, search
// hits) are kept. Checking is incremental: results are kept per block, an edit marks only the
// blocks it touched, and a zero-delay timer checks dirty blocks outwards from the cursor in
// slices of a few milliseconds, so typing is never held up. The word being typed is not marked
// until the cursor leaves it.
class LineMarker : public QObject
{
    Q_OBJECT

public:
    // `markerProperty`: a QTextFormat property id of this kind of marker's own, which tells its
    // selections from everyone else's.
    LineMarker(QPlainTextEdit *edit, int markerProperty);
    ~LineMarker() override;

    QPlainTextEdit *edit() const { return m_edit; }

    // Off: no underlines and no checking while typing (Settings → Spelling); checkNow() and
    // the walk-through dialogs still work. On again: the whole text is checked afresh.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Whether every block has been checked since the last change.
    bool isUpToDate() const;
    // Checks everything that is still dirty, now (tests, the walk-through dialogs).
    void checkNow();
    // The marked ranges found so far, in document order (as selections of the document).
    QList<QTextCursor> marks() const;
    // The mark at a document position, as a selection; null when there is none.
    QTextCursor markAt(int position) const;
    // Replaces a marked range as one undoable edit and puts the cursor after it.
    void replace(const QTextCursor &mark, const QString &replacement);

    // Puts what can be done about the mark at `position` at the top of `menu`. Returns false
    // when there is no mark there.
    virtual bool addMenuEntries(QMenu *menu, int position) = 0;

signals:
    // A slice of checking finished and the underlines were updated.
    void checked();
    // The editor was given another document (another article was opened).
    void documentReplaced();

protected:
    // The ranges to mark in one line of Markdown, which starts in `state`.
    virtual QList<WordSpan> markLine(const QString &text, const MarkdownLineState &state) = 0;
    virtual QTextCharFormat markFormat() const = 0;
    // False while there is nothing to check with (the checker is gone).
    virtual bool canCheck() const = 0;
    // Everything is checked again (the checker or what it knows changed).
    void recheckAll();
    // The Markdown state block `number` starts in (as markLine() was given it).
    MarkdownLineState lineStateAt(int number) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Block
    {
        bool checked = false;
        MarkdownLineState stateIn;
        QList<WordSpan> marks;
    };

    void bindDocument();
    void onContentsChange(int position, int removed, int added);
    void onCursorMoved();
    void updateStates(int from);
    void checkBlock(int number);
    void runSlice();
    void schedule();
    void refreshSelections();
    QList<QTextEdit::ExtraSelection> othersSelections() const;
    void dropUnderlines();
    // The editor while it still is one, else null. ~QWidget deletes its children after the
    // editor has stopped being a QPlainTextEdit, and some of them reach the marker (one of
    // them too) on their way out: the viewport with events, the body's highlighter with a last
    // contentsChange of the document as it takes its formats away.
    QPlainTextEdit *liveEdit() const;

    QPlainTextEdit *m_edit;
    QObject *m_editObject; // the editor as the QObject it stays until the end, for liveEdit()
    const int m_markerProperty;
    QPointer<QTextDocument> m_document;
    std::vector<Block> m_blocks;
    QList<QTextEdit::ExtraSelection> m_shown; // the underlines set last, moving with the text
    QTimer m_timer;
    // Typing: where the cursor should be after the last edit; the word there is left alone.
    int m_typingAt = -1;
    bool m_selectionsDirty = false;
    bool m_active = true;
};
