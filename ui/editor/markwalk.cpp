// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/markwalk.h"

#include "editor/linemarker.h"

#include <QPlainTextEdit>
#include <QTextBlock>

MarkWalk::MarkWalk(const QList<LineMarker *> &markers, LineMarker *start) : m_markers(markers)
{
    if (const int index = int(m_markers.indexOf(start)); index >= 0) {
        m_field = index;
        m_position = start->edit()->textCursor().block().position();
    }
    m_startField = m_field;
    if (!m_markers.isEmpty()) {
        m_stop = QTextCursor(m_markers.at(m_field)->edit()->document());
        m_stop.setPosition(m_position);
    }
}

QTextCursor MarkWalk::next()
{
    // From the start to the end of the body, then round from the headline back to the start.
    for (;;) {
        for (; m_field < m_markers.size(); ++m_field, m_position = 0) {
            const bool endsHere = m_wrapped && m_field == m_startField;
            LineMarker *marker = m_markers.at(m_field);
            marker->checkNow();
            for (const QTextCursor &mark : marker->marks()) {
                if (endsHere && mark.selectionStart() >= m_stop.position())
                    break;
                if (mark.selectionStart() >= m_position)
                    return mark;
            }
            if (endsHere)
                return {};
        }
        const bool startedAtTop = m_startField == 0 && m_stop.position() == 0;
        if (m_wrapped || startedAtTop || m_markers.isEmpty())
            return {};
        m_wrapped = true;
        m_field = 0;
        m_position = 0;
    }
}
