// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/linemarker.h"

#include <QPointer>

class SpellingSession;

// Underlines misspellings with a wavy red line, and offers suggestions, "Add to dictionary"
// and "Ignore" in the context menu (checked incrementally as LineMarker describes).
class SpellingMarker : public LineMarker
{
    Q_OBJECT

public:
    SpellingMarker(QPlainTextEdit *edit, SpellingSession *session);

    // The misspelled ranges found so far, in document order (as selections of the document).
    QList<QTextCursor> misspellings() const { return marks(); }
    // The misspelled word at a document position, as a selection; null when there is none.
    QTextCursor misspellingAt(int position) const { return markAt(position); }

    // Up to 7 suggestions, Add to Dictionary, Ignore.
    bool addMenuEntries(QMenu *menu, int position) override;

    // The format the underline uses (a wavy red spell-check underline); its
    // QTextFormat::UserProperty marks it as ours.
    static QTextCharFormat underlineFormat();

protected:
    QList<WordSpan> markLine(const QString &text, const MarkdownLineState &state) override;
    QTextCharFormat markFormat() const override { return underlineFormat(); }
    bool canCheck() const override { return !m_session.isNull(); }

private:
    QPointer<SpellingSession> m_session;
};
