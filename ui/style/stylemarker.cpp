// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/stylemarker.h"

#include "style/stylesession.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace {

constexpr int kMarkerProperty = QTextFormat::UserProperty + 0x5e12;

} // namespace

StyleMarker::StyleMarker(QPlainTextEdit *edit, StyleSession *session)
    : LineMarker(edit, kMarkerProperty), m_session(session)
{
    connect(session, &StyleSession::changed, this, &StyleMarker::recheckAll);
}

QTextCharFormat StyleMarker::underlineFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    // Blue beside spelling's red: told apart without colour too, by the context menu.
    format.setUnderlineColor(QColor(0x1a, 0x73, 0xe8));
    format.setProperty(kMarkerProperty, true);
    return format;
}

QList<WordSpan> StyleMarker::markLine(const QString &text, const MarkdownLineState &state)
{
    QList<WordSpan> spans;
    if (!m_session->isEnabled())
        return spans;
    MarkdownLineState lineState = state;
    for (const StyleFinding &finding : m_session->checkLine(text, lineState)) {
        if (finding.length > 0)
            spans.append({finding.offset, finding.length});
    }
    return spans;
}

std::optional<StyleFinding> StyleMarker::findingAt(int position) const
{
    const QTextCursor mark = markAt(position);
    if (mark.isNull() || !m_session)
        return std::nullopt;
    // The findings are not kept, only where they are: the line is asked again (well inside
    // the re-check budget of a keystroke).
    const QTextBlock block = mark.block();
    MarkdownLineState state = lineStateAt(block.blockNumber());
    const int start = mark.selectionStart() - block.position();
    for (StyleFinding finding : m_session->checkLine(block.text(), state)) {
        if (finding.offset == start
            && finding.length == mark.selectionEnd() - mark.selectionStart()) {
            finding.line = block.blockNumber() + 1;
            finding.offset += block.position();
            return finding;
        }
    }
    return std::nullopt;
}

QList<StyleFinding> StyleMarker::findings() const
{
    QList<StyleFinding> all;
    for (const QTextCursor &mark : marks()) {
        if (std::optional<StyleFinding> finding = findingAt(mark.selectionStart()))
            all.append(*finding);
    }
    return all;
}

bool StyleMarker::addMenuEntries(QMenu *menu, int position)
{
    const std::optional<StyleFinding> finding = findingAt(position);
    if (!finding)
        return false;
    const QTextCursor mark = markAt(position);
    QAction *before = menu->actions().value(0);
    QList<QAction *> entries;
    auto *message = new QAction(finding->message, menu);
    message->setEnabled(false);
    entries << message;
    if (!finding->replacement.isEmpty()) {
        auto *replace = new QAction(tr("Replace with “%1”").arg(finding->replacement), menu);
        replace->setObjectName(QStringLiteral("styleReplace"));
        QFont bold = replace->font();
        bold.setBold(true);
        replace->setFont(bold);
        const QString replacement = finding->replacement;
        connect(replace, &QAction::triggered, this,
            [this, mark, replacement] { this->replace(mark, replacement); });
        entries << replace;
    }
    auto *ignore = new QAction(tr("Ignore Rule Here"), menu);
    ignore->setObjectName(QStringLiteral("styleIgnore"));
    connect(ignore, &QAction::triggered, this, [this, found = *finding] {
        if (m_session)
            m_session->ignore(found);
    });
    entries << ignore;
    if (before) {
        auto *end = new QAction(menu);
        end->setSeparator(true);
        entries << end;
    }
    menu->insertActions(before, entries);
    return true;
}
