// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTextCursor>

class LineMarker;

// The way Tools → Check Spelling and Check Style go through an article: mark by mark, headline,
// deck and body in turn, from where the cursor is to the end and round to it again.
class MarkWalk
{
public:
    // `markers` in reading order; `start` is the field to begin in (its cursor's paragraph).
    MarkWalk(const QList<LineMarker *> &markers, LineMarker *start);

    // The next mark at or after the walk's position, and its marker; a null cursor when the
    // walk has come round to where it began.
    QTextCursor next();
    LineMarker *marker() const { return m_markers.value(m_field); }
    // Goes on from `position` in the current field (after a change, before the next mark).
    void moveTo(int position) { m_position = position; }

private:
    QList<LineMarker *> m_markers;
    int m_field = 0;
    int m_position = 0;
    int m_startField = 0;
    QTextCursor m_stop; // where the walk began, in the start field: moves with changes
    bool m_wrapped = false;
};
