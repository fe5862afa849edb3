// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/tagsedit.h"

#include "editor/undoshortcutfilter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QRegularExpression>
#include <QStringListModel>

namespace {
const QRegularExpression &separators()
{
    static const QRegularExpression re(QStringLiteral("[,，、;；]"));
    return re;
}

// Start of the tag the cursor is in.
qsizetype currentTagStart(const QString &text, qsizetype cursor)
{
    const qsizetype sep = text.left(cursor).lastIndexOf(separators());
    qsizetype start = sep + 1;
    while (start < cursor && text[start].isSpace())
        ++start;
    return start;
}
} // namespace

TagsEdit::TagsEdit(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setWidget(this);
    installEventFilter(UndoShortcutFilter::instance());
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &TagsEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, [this] {
        updateCompletion();
        // A separator just typed, or a tag deleted up to one: nothing is half typed.
        if (!isTyping())
            commit();
    });
    connect(this, &QLineEdit::returnPressed, this, &TagsEdit::commit);
}

void TagsEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // The completer's popup takes the focus while it is up; the reporter is still typing.
    if (event->reason() != Qt::PopupFocusReason && !m_completer->popup()->isVisible())
        commit();
}

bool TagsEdit::isTyping() const
{
    const qsizetype start = currentTagStart(text(), cursorPosition());
    return !text().mid(start, cursorPosition() - start).trimmed().isEmpty();
}

void TagsEdit::commit()
{
    const QStringList current = tags();
    if (current == m_committed)
        return;
    m_committed = current;
    emit tagsEdited(current);
}

void TagsEdit::setKnownTags(const QStringList &tags)
{
    m_model->setStringList(tags);
}

void TagsEdit::addKnownTags(const QStringList &tags)
{
    QStringList known = m_model->stringList();
    bool added = false;
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty() && !known.contains(tag)) {
            known.append(tag);
            added = true;
        }
    }
    if (added) {
        known.sort(Qt::CaseInsensitive);
        m_model->setStringList(known);
    }
}

QStringList TagsEdit::splitTags(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(separators())) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !result.contains(tag))
            result.append(tag);
    }
    return result;
}

QStringList TagsEdit::tags() const
{
    return splitTags(text());
}

void TagsEdit::setTags(const QStringList &tags)
{
    m_committed = tags;
    if (tags == this->tags())
        return;
    const int position = cursorPosition();
    setText(tags.join(QStringLiteral(", ")));
    setCursorPosition(qMin(position, int(text().size())));
}

void TagsEdit::updateCompletion()
{
    const qsizetype start = currentTagStart(text(), cursorPosition());
    const QString prefix = text().mid(start, cursorPosition() - start);
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagsEdit::insertCompletion(const QString &tag)
{
    const QString current = text();
    const qsizetype start = currentTagStart(current, cursorPosition());
    qsizetype end = current.indexOf(separators(), cursorPosition());
    if (end < 0)
        end = current.size();
    const QString updated = current.left(start) + tag + current.mid(end);
    setText(updated);
    setCursorPosition(int(start + tag.size()));
    commit();
}
