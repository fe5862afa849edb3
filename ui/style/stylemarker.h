// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/linemarker.h"
#include "style/stylefinding.h"

#include <QPointer>

#include <optional>

class StyleSession;

// Underlines the copy desk's findings (punctuation norms, script, the style list, stale
// relative dates) with a wavy line in a second colour beside spelling's red; the context menu
// gives the rule's message, the replacement when there is one (an undoable edit) and "Ignore
// Rule Here". Checked incrementally as LineMarker describes.
class StyleMarker : public LineMarker
{
    Q_OBJECT

public:
    StyleMarker(QPlainTextEdit *edit, StyleSession *session);

    // The finding under a document position, with its offset and line from the document's
    // start; none when there is no finding there.
    std::optional<StyleFinding> findingAt(int position) const;
    // Every finding so far, in document order, positions from the document's start.
    QList<StyleFinding> findings() const;

    bool addMenuEntries(QMenu *menu, int position) override;

    // The underline: wavy, in the style colour; its QTextFormat::UserProperty marks it as ours.
    static QTextCharFormat underlineFormat();

protected:
    QList<WordSpan> markLine(const QString &text, const MarkdownLineState &state) override;
    QTextCharFormat markFormat() const override { return underlineFormat(); }
    bool canCheck() const override { return !m_session.isNull(); }

private:
    QPointer<StyleSession> m_session;
};
