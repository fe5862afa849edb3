// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellingmarker.h"

#include "spelling/spellchecker.h"
#include "spelling/spellingsession.h"

#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace {

constexpr int kMarkerProperty = QTextFormat::UserProperty + 0x5e11;
constexpr int kMaxSuggestions = 7;

} // namespace

SpellingMarker::SpellingMarker(QPlainTextEdit *edit, SpellingSession *session)
    : LineMarker(edit, kMarkerProperty), m_session(session)
{
    connect(session, &SpellingSession::changed, this, &SpellingMarker::recheckAll);
}

QTextCharFormat SpellingMarker::underlineFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(Qt::red);
    format.setProperty(kMarkerProperty, true);
    return format;
}

QList<WordSpan> SpellingMarker::markLine(const QString &text, const MarkdownLineState &state)
{
    MarkdownLineState lineState = state;
    QList<WordSpan> found;
    for (const Misspelling &m : m_session->checker()->checkLine(text, lineState))
        found.append({m.offset, m.length});
    return found;
}

bool SpellingMarker::addMenuEntries(QMenu *menu, int position)
{
    if (!isActive())
        return false; // nothing is underlined, so nothing is offered
    const QTextCursor misspelling = markAt(position);
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
            QMessageBox::warning(edit(), tr("Add to Dictionary"), error);
    });
    auto *ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellingIgnore"));
    connect(ignore, &QAction::triggered, this, [this, word] {
        if (const QString error = m_session->ignore(word); !error.isEmpty())
            QMessageBox::warning(edit(), tr("Ignore"), error);
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
