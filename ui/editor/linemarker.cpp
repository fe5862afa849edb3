// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/linemarker.h"

#include "editor/fieldcontextmenu.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

#include <algorithm>

namespace {

constexpr int kSliceMs = 4;

} // namespace

LineMarker::LineMarker(QPlainTextEdit *edit, int markerProperty)
    : QObject(edit), m_edit(edit), m_editObject(edit), m_markerProperty(markerProperty)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &LineMarker::runSlice);
    // QPlainTextEdit has no "document replaced" signal; the first of these after
    // setDocument() notices it.
    connect(edit, &QPlainTextEdit::textChanged, this, &LineMarker::bindDocument);
    connect(edit, &QPlainTextEdit::updateRequest, this, &LineMarker::bindDocument);
    connect(edit, &QPlainTextEdit::cursorPositionChanged, this, &LineMarker::onCursorMoved);
    edit->viewport()->installEventFilter(this);
    bindDocument();
}

LineMarker::~LineMarker() = default;

QPlainTextEdit *LineMarker::liveEdit() const
{
    // Asked of the QObject: the editor's own type may no longer be used once it is going.
    return qobject_cast<QPlainTextEdit *>(m_editObject);
}

void LineMarker::bindDocument()
{
    QTextDocument *document = m_edit->document();
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document; // first: setExtraSelections() below comes back here
    // Our underlines are cursors into the document being left, which its owner deletes soon
    // (another article was opened). QPlainTextEdit keeps extra selections across
    // setDocument(), and the next setExtraSelections() reads the old ones' selection rects:
    // a cursor whose document is gone still "has a selection" but no document behind it, and
    // that read crashes. They go now, while that document still exists.
    dropUnderlines();
    connect(document, &QTextDocument::contentsChange, this, &LineMarker::onContentsChange);
    recheckAll();
    emit documentReplaced();
}

void LineMarker::recheckAll()
{
    if (!m_document)
        return;
    m_blocks.assign(size_t(m_document->blockCount()), Block {});
    m_typingAt = -1;
    updateStates(0);
    m_selectionsDirty = true;
    schedule();
}

void LineMarker::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed);
    const QPlainTextEdit *edit = liveEdit();
    if (!edit || edit->document() != m_document)
        return;
    const int count = m_document->blockCount();
    const int first = m_document->findBlock(position).blockNumber();
    const int last = m_document->findBlock(position + added).blockNumber();
    const int delta = count - int(m_blocks.size());
    const int oldLast = last - delta; // the last block the change touched before it
    if (first < 0 || last < first || oldLast < first - 1 || oldLast >= int(m_blocks.size())) {
        recheckAll();
        return;
    }
    // Blocks before `first` and after the change keep their results; those in between are new.
    m_blocks.erase(m_blocks.begin() + first, m_blocks.begin() + oldLast + 1);
    m_blocks.insert(m_blocks.begin() + first, size_t(last - first + 1), Block {});
    updateStates(first);
    // Only the reporter's own typing has a "word being typed".
    m_typingAt = edit->hasFocus() ? position + added : -1;
    m_selectionsDirty = true;
    schedule();
}

void LineMarker::onCursorMoved()
{
    bindDocument(); // setDocument() announces itself with a cursor move
    if (m_edit->document() != m_document)
        return;
    // Moving away from the word being typed lets it be underlined.
    if (m_typingAt >= 0 && m_edit->textCursor().position() != m_typingAt) {
        m_typingAt = -1;
        m_selectionsDirty = true;
        schedule();
    }
}

// Recomputes the Markdown state each block starts in (fenced code) from block `from` on,
// stopping once it agrees with what was known: only a fence line typed or removed goes far.
void LineMarker::updateStates(int from)
{
    QTextBlock block = m_document->findBlockByNumber(from);
    MarkdownLineState state = from > 0 ? m_blocks[size_t(from - 1)].stateIn : MarkdownLineState {};
    if (from > 0)
        advanceLineState(block.previous().text(), state);
    for (int n = from; block.isValid() && n < int(m_blocks.size()); ++n, block = block.next()) {
        Block &entry = m_blocks[size_t(n)];
        if (n > from && entry.checked && entry.stateIn == state)
            break;
        if (!(entry.stateIn == state)) {
            entry.stateIn = state;
            entry.checked = false;
        }
        advanceLineState(block.text(), state);
    }
}

void LineMarker::checkBlock(int number)
{
    Block &entry = m_blocks[size_t(number)];
    const QString text = m_document->findBlockByNumber(number).text();
    const MarkdownLineState state = entry.stateIn;
    const QList<WordSpan> found = markLine(text, state);
    if (found != entry.marks)
        m_selectionsDirty = true;
    entry.marks = found;
    entry.checked = true;
}

MarkdownLineState LineMarker::lineStateAt(int number) const
{
    return number >= 0 && number < int(m_blocks.size()) ? m_blocks[size_t(number)].stateIn
                                                        : MarkdownLineState {};
}

bool LineMarker::isUpToDate() const
{
    return std::all_of(m_blocks.begin(), m_blocks.end(), [](const Block &b) { return b.checked; });
}

void LineMarker::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        recheckAll();
    } else {
        m_timer.stop();
        dropUnderlines();
    }
}

void LineMarker::schedule()
{
    if (m_active && !m_timer.isActive())
        m_timer.start();
}

void LineMarker::runSlice()
{
    if (!canCheck() || !m_document || m_edit->document() != m_document)
        return;
    QElapsedTimer clock;
    clock.start();
    // Outwards from the cursor: what the reporter is looking at is underlined first.
    const int count = int(m_blocks.size());
    const int centre = qBound(0, m_edit->textCursor().blockNumber(), qMax(0, count - 1));
    bool finished = true;
    for (int distance = 0; distance < count; ++distance) {
        for (int n : {centre + distance, centre - distance}) {
            if (n < 0 || n >= count || m_blocks[size_t(n)].checked)
                continue;
            checkBlock(n);
        }
        if (clock.elapsed() >= kSliceMs && distance + 1 < count) {
            finished = false;
            break;
        }
    }
    if (m_selectionsDirty)
        refreshSelections();
    if (!finished || !isUpToDate())
        schedule();
    emit checked();
}

void LineMarker::checkNow()
{
    bindDocument(); // the editor may have been given another document since the last signal
    if (!m_document)
        return;
    for (int n = 0; n < int(m_blocks.size()); ++n) {
        if (!m_blocks[size_t(n)].checked)
            checkBlock(n);
    }
    refreshSelections();
}

void LineMarker::refreshSelections()
{
    if (!m_document || m_edit->document() != m_document)
        return;
    m_selectionsDirty = false;
    if (!m_active) {
        dropUnderlines();
        return;
    }
    const QTextCharFormat format = markFormat();
    const int typingAt = m_typingAt;
    QList<QTextEdit::ExtraSelection> ours;
    bool same = true;
    QTextBlock block = m_document->begin();
    for (size_t n = 0; n < m_blocks.size() && block.isValid(); ++n, block = block.next()) {
        for (const WordSpan &span : m_blocks[n].marks) {
            const int start = block.position() + int(span.start);
            const int end = start + int(span.length);
            if (typingAt >= start && typingAt <= end)
                continue; // the word being typed
            // Typing moves the underlines already set along with the text (their cursors
            // follow it): only a real difference is worth setExtraSelections().
            const qsizetype index = ours.size();
            same = same && index < m_shown.size()
                && m_shown.at(index).cursor.selectionStart() == start
                && m_shown.at(index).cursor.selectionEnd() == end;
            QTextCursor cursor(m_document);
            cursor.setPosition(start);
            cursor.setPosition(end, QTextCursor::KeepAnchor);
            ours.append({cursor, format});
        }
    }
    if (same && ours.size() == m_shown.size())
        return;
    m_shown = ours;
    m_edit->setExtraSelections(othersSelections() + ours);
}

QList<QTextEdit::ExtraSelection> LineMarker::othersSelections() const
{
    // Others' selections (search hits, current line) stay, as long as they belong to the
    // document shown; ours are replaced.
    QList<QTextEdit::ExtraSelection> selections;
    for (const QTextEdit::ExtraSelection &selection : m_edit->extraSelections()) {
        if (!selection.format.hasProperty(m_markerProperty)
            && selection.cursor.document() == m_edit->document())
            selections.append(selection);
    }
    return selections;
}

void LineMarker::dropUnderlines()
{
    m_shown.clear();
    const QList<QTextEdit::ExtraSelection> current = m_edit->extraSelections();
    const QList<QTextEdit::ExtraSelection> kept = othersSelections();
    if (kept.size() != current.size())
        m_edit->setExtraSelections(kept);
}

QList<QTextCursor> LineMarker::marks() const
{
    QList<QTextCursor> found;
    if (!m_document)
        return found;
    QTextBlock block = m_document->begin();
    for (size_t n = 0; n < m_blocks.size() && block.isValid(); ++n, block = block.next()) {
        for (const WordSpan &span : m_blocks[n].marks) {
            QTextCursor cursor(m_document);
            cursor.setPosition(block.position() + int(span.start));
            cursor.setPosition(block.position() + int(span.end()), QTextCursor::KeepAnchor);
            found.append(cursor);
        }
    }
    return found;
}

QTextCursor LineMarker::markAt(int position) const
{
    if (!m_document)
        return {};
    const QTextBlock block = m_document->findBlock(position);
    const int n = block.blockNumber();
    if (n < 0 || n >= int(m_blocks.size()))
        return {};
    for (const WordSpan &span : m_blocks[size_t(n)].marks) {
        const int start = block.position() + int(span.start);
        if (position >= start && position <= start + int(span.length)) {
            QTextCursor cursor(m_document);
            cursor.setPosition(start);
            cursor.setPosition(start + int(span.length), QTextCursor::KeepAnchor);
            return cursor;
        }
    }
    return {};
}

void LineMarker::replace(const QTextCursor &mark, const QString &replacement)
{
    QTextCursor cursor = mark;
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
}

bool LineMarker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && liveEdit() && watched == m_edit->viewport()) {
        auto *contextEvent = static_cast<QContextMenuEvent *>(event);
        const int position = m_edit->cursorForPosition(contextEvent->pos()).position();
        if (markAt(position).isNull())
            return false; // the editor's own menu
        std::unique_ptr<QMenu> menu = createFieldContextMenu(m_edit, contextEvent->globalPos());
        addMenuEntries(menu.get(), position);
        menu->exec(contextEvent->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}
