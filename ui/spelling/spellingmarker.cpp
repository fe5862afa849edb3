// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellingmarker.h"

#include "editor/fieldcontextmenu.h"

#include "spelling/spellchecker.h"
#include "spelling/spellingsession.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace {

constexpr int kMarkerProperty = QTextFormat::UserProperty + 0x5e11;
constexpr int kSliceMs = 4;
constexpr int kMaxSuggestions = 7;

} // namespace

SpellingMarker::SpellingMarker(QPlainTextEdit *edit, SpellingSession *session)
    : QObject(edit), m_edit(edit), m_session(session)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SpellingMarker::runSlice);
    connect(session, &SpellingSession::changed, this, &SpellingMarker::resetAll);
    // QPlainTextEdit has no "document replaced" signal; the first of these after
    // setDocument() notices it.
    connect(edit, &QPlainTextEdit::textChanged, this, &SpellingMarker::bindDocument);
    connect(edit, &QPlainTextEdit::updateRequest, this, &SpellingMarker::bindDocument);
    connect(edit, &QPlainTextEdit::cursorPositionChanged, this, &SpellingMarker::onCursorMoved);
    edit->viewport()->installEventFilter(this);
    bindDocument();
}

SpellingMarker::~SpellingMarker() = default;

QTextCharFormat SpellingMarker::underlineFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(Qt::red);
    format.setProperty(kMarkerProperty, true);
    return format;
}

void SpellingMarker::bindDocument()
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
    connect(document, &QTextDocument::contentsChange, this, &SpellingMarker::onContentsChange);
    resetAll();
    emit documentReplaced();
}

void SpellingMarker::resetAll()
{
    if (!m_document)
        return;
    m_blocks.assign(size_t(m_document->blockCount()), Block {});
    m_typingAt = -1;
    updateStates(0);
    m_selectionsDirty = true;
    schedule();
}

void SpellingMarker::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed);
    if (m_edit->document() != m_document)
        return;
    const int count = m_document->blockCount();
    const int first = m_document->findBlock(position).blockNumber();
    const int last = m_document->findBlock(position + added).blockNumber();
    const int delta = count - int(m_blocks.size());
    const int oldLast = last - delta; // the last block the change touched before it
    if (first < 0 || last < first || oldLast < first - 1 || oldLast >= int(m_blocks.size())) {
        resetAll();
        return;
    }
    // Blocks before `first` and after the change keep their results; those in between are new.
    m_blocks.erase(m_blocks.begin() + first, m_blocks.begin() + oldLast + 1);
    m_blocks.insert(m_blocks.begin() + first, size_t(last - first + 1), Block {});
    updateStates(first);
    // Only the reporter's own typing has a "word being typed".
    m_typingAt = m_edit->hasFocus() ? position + added : -1;
    m_selectionsDirty = true;
    schedule();
}

void SpellingMarker::onCursorMoved()
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
void SpellingMarker::updateStates(int from)
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

void SpellingMarker::checkBlock(int number)
{
    Block &entry = m_blocks[size_t(number)];
    const QString text = m_document->findBlockByNumber(number).text();
    MarkdownLineState state = entry.stateIn;
    QList<WordSpan> found;
    for (const Misspelling &m : m_session->checker()->checkLine(text, state))
        found.append({m.offset, m.length});
    if (found != entry.misspelled)
        m_selectionsDirty = true;
    entry.misspelled = found;
    entry.checked = true;
}

bool SpellingMarker::isUpToDate() const
{
    return std::all_of(m_blocks.begin(), m_blocks.end(), [](const Block &b) { return b.checked; });
}

void SpellingMarker::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        resetAll();
    } else {
        m_timer.stop();
        dropUnderlines();
    }
}

void SpellingMarker::schedule()
{
    if (m_active && !m_timer.isActive())
        m_timer.start();
}

void SpellingMarker::runSlice()
{
    if (!m_session || !m_document || m_edit->document() != m_document)
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

void SpellingMarker::checkNow()
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

void SpellingMarker::refreshSelections()
{
    if (!m_document || m_edit->document() != m_document)
        return;
    if (!m_active) {
        m_selectionsDirty = false;
        dropUnderlines();
        return;
    }
    m_selectionsDirty = false;
    const QTextCharFormat format = underlineFormat();
    const int typingAt = m_typingAt;
    QList<QTextEdit::ExtraSelection> ours;
    bool same = true;
    QTextBlock block = m_document->begin();
    for (size_t n = 0; n < m_blocks.size() && block.isValid(); ++n, block = block.next()) {
        for (const WordSpan &span : m_blocks[n].misspelled) {
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

QList<QTextEdit::ExtraSelection> SpellingMarker::othersSelections() const
{
    // Others' selections (search hits, current line) stay, as long as they belong to the
    // document shown; ours are replaced.
    QList<QTextEdit::ExtraSelection> selections;
    for (const QTextEdit::ExtraSelection &selection : m_edit->extraSelections()) {
        if (!selection.format.hasProperty(kMarkerProperty)
            && selection.cursor.document() == m_edit->document())
            selections.append(selection);
    }
    return selections;
}

void SpellingMarker::dropUnderlines()
{
    m_shown.clear();
    const QList<QTextEdit::ExtraSelection> current = m_edit->extraSelections();
    const QList<QTextEdit::ExtraSelection> kept = othersSelections();
    if (kept.size() != current.size())
        m_edit->setExtraSelections(kept);
}

QList<QTextCursor> SpellingMarker::misspellings() const
{
    QList<QTextCursor> found;
    if (!m_document)
        return found;
    QTextBlock block = m_document->begin();
    for (size_t n = 0; n < m_blocks.size() && block.isValid(); ++n, block = block.next()) {
        for (const WordSpan &span : m_blocks[n].misspelled) {
            QTextCursor cursor(m_document);
            cursor.setPosition(block.position() + int(span.start));
            cursor.setPosition(block.position() + int(span.end()), QTextCursor::KeepAnchor);
            found.append(cursor);
        }
    }
    return found;
}

QTextCursor SpellingMarker::misspellingAt(int position) const
{
    if (!m_document)
        return {};
    const QTextBlock block = m_document->findBlock(position);
    const int n = block.blockNumber();
    if (n < 0 || n >= int(m_blocks.size()))
        return {};
    for (const WordSpan &span : m_blocks[size_t(n)].misspelled) {
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

void SpellingMarker::replace(const QTextCursor &misspelling, const QString &replacement)
{
    QTextCursor cursor = misspelling;
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
}

bool SpellingMarker::addMenuEntries(QMenu *menu, int position)
{
    if (!m_active)
        return false; // nothing is underlined, so nothing is offered
    const QTextCursor misspelling = misspellingAt(position);
    if (misspelling.isNull() || !m_session)
        return false;
    const QString word = misspelling.selectedText();
    QAction *before = menu->actions().value(0);
    QList<QAction *> entries;
    const QStringList suggestions = m_session->checker()->suggestions(word, kMaxSuggestions);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this,
            [this, misspelling, suggestion] { replace(misspelling, suggestion); });
        entries << action;
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("(No suggestions)"), menu);
        none->setEnabled(false);
        entries << none;
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    entries << separator;
    auto *add = new QAction(tr("Add to Dictionary"), menu);
    add->setObjectName(QStringLiteral("spellingAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, word] {
        if (const QString error = m_session->addToDictionary(word); !error.isEmpty())
            QMessageBox::warning(m_edit, tr("Add to Dictionary"), error);
    });
    auto *ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellingIgnore"));
    connect(ignore, &QAction::triggered, this, [this, word] {
        if (const QString error = m_session->ignore(word); !error.isEmpty())
            QMessageBox::warning(m_edit, tr("Ignore"), error);
    });
    entries << add << ignore;
    if (before) {
        auto *end = new QAction(menu);
        end->setSeparator(true);
        entries << end;
    }
    menu->insertActions(before, entries);
    return true;
}

bool SpellingMarker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->viewport() && event->type() == QEvent::ContextMenu) {
        auto *contextEvent = static_cast<QContextMenuEvent *>(event);
        const int position = m_edit->cursorForPosition(contextEvent->pos()).position();
        if (misspellingAt(position).isNull())
            return false; // the editor's own menu
        std::unique_ptr<QMenu> menu = createFieldContextMenu(m_edit, contextEvent->globalPos());
        addMenuEntries(menu.get(), position);
        menu->exec(contextEvent->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}
