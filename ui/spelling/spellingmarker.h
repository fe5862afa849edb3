// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/wordscanner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>

#include <vector>

class QMenu;
class QPlainTextEdit;
class QTextDocument;
class SpellingSession;

// Underlines misspellings in a QPlainTextEdit (the body, the headline, the deck) with a wavy
// red line, and offers suggestions, "Add to dictionary" and "Ignore" in its context menu.
//
// The underlines are extra selections, not a QSyntaxHighlighter, so they do not fight the
// body's Markdown highlighter; other extra selections on the editor are kept. Checking is
// incremental: results are kept per block, an edit marks only the blocks it touched, and a
// zero-delay timer checks dirty blocks outwards from the cursor in slices of a few
// milliseconds, so typing is never held up. The word being typed is not underlined until the
// cursor leaves it.
class SpellingMarker : public QObject
{
    Q_OBJECT

public:
    SpellingMarker(QPlainTextEdit *edit, SpellingSession *session);
    ~SpellingMarker() override;

    QPlainTextEdit *edit() const { return m_edit; }

    // Off: no underlines and no checking while typing (Settings → Spelling); checkNow() and
    // the spelling dialog still work. On again: the whole text is checked afresh.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Whether every block has been checked since the last change.
    bool isUpToDate() const;
    // Checks everything that is still dirty, now (tests, the spelling dialog).
    void checkNow();
    // The misspelled ranges found so far, in document order (as selections of the document).
    QList<QTextCursor> misspellings() const;
    // The misspelled word at a document position, as a selection; null when there is none.
    QTextCursor misspellingAt(int position) const;

    // Puts the spelling entries for the misspelling at `position` at the top of `menu`:
    // up to 7 suggestions, Add to Dictionary, Ignore. Returns false when there is none.
    bool addMenuEntries(QMenu *menu, int position);
    // Replaces a misspelled range as one undoable edit.
    void replace(const QTextCursor &misspelling, const QString &replacement);

    // The format the underline uses (a wavy red spell-check underline); its
    // QTextFormat::UserProperty marks it as ours.
    static QTextCharFormat underlineFormat();

signals:
    // A slice of checking finished and the underlines were updated.
    void checked();
    // The editor was given another document (another article was opened).
    void documentReplaced();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Block
    {
        bool checked = false;
        MarkdownLineState stateIn;
        QList<WordSpan> misspelled;
    };

    void bindDocument();
    void resetAll();
    void onContentsChange(int position, int removed, int added);
    void onCursorMoved();
    void updateStates(int from);
    void checkBlock(int number);
    void runSlice();
    void schedule();
    void refreshSelections();
    QList<QTextEdit::ExtraSelection> othersSelections() const;
    void dropUnderlines();

    QPlainTextEdit *m_edit;
    QPointer<SpellingSession> m_session;
    QPointer<QTextDocument> m_document;
    std::vector<Block> m_blocks;
    QList<QTextEdit::ExtraSelection> m_shown; // the underlines set last, moving with the text
    QTimer m_timer;
    // Typing: where the cursor should be after the last edit; the word there is left alone.
    int m_typingAt = -1;
    bool m_selectionsDirty = false;
    bool m_active = true;
};
