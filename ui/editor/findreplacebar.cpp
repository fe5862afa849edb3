// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/findreplacebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>

FindReplaceBar::FindReplaceBar(QWidget *parent)
    : QWidget(parent),
      m_find(new QLineEdit(this)),
      m_replace(new QLineEdit(this)),
      m_matchCase(new QCheckBox(tr("Match case"), this)),
      m_replaceButton(new QPushButton(tr("Replace"), this)),
      m_replaceAllButton(new QPushButton(tr("Replace All"), this)),
      m_replaceLabel(new QLabel(tr("Replace with:"), this)),
      m_status(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *findLabel = new QLabel(tr("Find:"), this);
    findLabel->setBuddy(m_find);
    m_replaceLabel->setBuddy(m_replace);
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setAccessibleName(tr("Replace with"));
    auto *next = new QPushButton(tr("Next"), this);
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close find bar"));

    layout->addWidget(findLabel, 0, 0);
    layout->addWidget(m_find, 0, 1);
    layout->addWidget(previous, 0, 2);
    layout->addWidget(next, 0, 3);
    layout->addWidget(m_matchCase, 0, 4);
    layout->addWidget(m_status, 0, 5);
    layout->addWidget(close, 0, 6);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replace, 1, 1);
    layout->addWidget(m_replaceButton, 1, 2);
    layout->addWidget(m_replaceAllButton, 1, 3);
    layout->setColumnStretch(1, 1);

    m_status->setAccessibleName(tr("Matches"));
    // A search starts from the field the reporter was last in, at its cursor.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        const int field = int(m_fields.indexOf(qobject_cast<QPlainTextEdit *>(now)));
        if (field >= 0)
            m_current = field;
    });

    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceBar::showCount);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindReplaceBar::showCount);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceOne);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replaceOne);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        returnFocus();
    });
    hide();
}

void FindReplaceBar::setFields(const QList<QPlainTextEdit *> &fields, QUndoStack *undoStack)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_fieldConnections))
        disconnect(connection);
    m_fieldConnections.clear();
    m_fields = fields;
    m_undoStack = undoStack;
    m_current = qMax(0, int(m_fields.size()) - 1); // the body
    m_status->clear();
    // Typing, undo and replacing keep the count true while the bar is open.
    for (QPlainTextEdit *field : std::as_const(m_fields)) {
        m_fieldConnections.append(
            connect(field->document(), &QTextDocument::contentsChanged, this, [this] {
                if (isVisible())
                    showCount();
            }));
    }
    if (isVisible())
        showCount();
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replaceLabel->setVisible(visible);
    m_replace->setVisible(visible);
    m_replaceButton->setVisible(visible);
    m_replaceAllButton->setVisible(visible);
}

void FindReplaceBar::showFind()
{
    setReplaceVisible(false);
    show();
    if (m_current < m_fields.size() && m_fields[m_current]->textCursor().hasSelection())
        m_find->setText(m_fields[m_current]->textCursor().selectedText());
    m_find->setFocus();
    m_find->selectAll();
    showCount();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
    if (!m_find->text().isEmpty())
        m_replace->setFocus();
}

QTextDocument::FindFlags FindReplaceBar::flags() const
{
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    return flags;
}

QList<FindReplaceBar::Match> FindReplaceBar::matches() const
{
    QList<Match> found;
    if (m_find->text().isEmpty())
        return found;
    for (int field = 0; field < m_fields.size(); ++field) {
        QTextDocument *document = m_fields[field]->document();
        QTextCursor cursor(document);
        while (true) {
            cursor = document->find(m_find->text(), cursor, flags());
            if (cursor.isNull())
                break;
            found.append({field, cursor.selectionStart()});
        }
    }
    return found;
}

void FindReplaceBar::showCount()
{
    if (m_find->text().isEmpty()) {
        m_status->clear();
        return;
    }
    const QList<Match> all = matches();
    if (all.isEmpty()) {
        m_status->setText(tr("Not found"));
        return;
    }
    int selected = -1;
    if (m_current < m_fields.size()) {
        const QTextCursor cursor = m_fields[m_current]->textCursor();
        const Qt::CaseSensitivity cs =
            m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if (cursor.hasSelection() && cursor.selectedText().compare(m_find->text(), cs) == 0) {
            for (int i = 0; i < all.size() && selected < 0; ++i) {
                if (all[i].field == m_current && all[i].start == cursor.selectionStart())
                    selected = i;
            }
        }
    }
    m_status->setText(selected >= 0 ? tr("%1 of %2").arg(selected + 1).arg(all.size())
                                    : tr("Matches: %1").arg(all.size()));
}

void FindReplaceBar::select(int field, const QTextCursor &found)
{
    if (field != m_current && m_current < m_fields.size()) {
        // One selection at a time, so Replace knows which match it replaces.
        QTextCursor old = m_fields[m_current]->textCursor();
        old.clearSelection();
        m_fields[m_current]->setTextCursor(old);
    }
    m_current = field;
    m_fields[field]->setTextCursor(found);
    m_fields[field]->ensureCursorVisible();
}

bool FindReplaceBar::find(bool backward)
{
    if (m_fields.isEmpty() || m_find->text().isEmpty())
        return false;
    QTextDocument::FindFlags findFlags = flags();
    if (backward)
        findFlags |= QTextDocument::FindBackward;
    // From the cursor to the end of its field, then the fields after it, then round to the
    // start of the field the search began in.
    const int count = int(m_fields.size());
    for (int step = 0; step <= count; ++step) {
        const int field =
            ((backward ? m_current - step : m_current + step) % count + count) % count;
        QTextDocument *document = m_fields[field]->document();
        QTextCursor from(document);
        if (step == 0)
            from = m_fields[field]->textCursor();
        else if (backward)
            from.movePosition(QTextCursor::End);
        const QTextCursor found = document->find(m_find->text(), from, findFlags);
        if (!found.isNull()) {
            select(field, found);
            showCount();
            return true;
        }
    }
    m_status->setText(tr("Not found"));
    return false;
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

void FindReplaceBar::replaceOne()
{
    if (m_current >= m_fields.size())
        return;
    QTextCursor cursor = m_fields[m_current]->textCursor();
    const Qt::CaseSensitivity cs =
        m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (cursor.hasSelection() && cursor.selectedText().compare(m_find->text(), cs) == 0)
        cursor.insertText(m_replace->text());
    findNext();
}

int FindReplaceBar::replaceAll()
{
    if (m_find->text().isEmpty())
        return 0;
    if (matches().isEmpty()) {
        m_status->setText(tr("Not found"));
        return 0;
    }
    if (m_undoStack)
        m_undoStack->beginMacro(tr("Replace All"));
    int count = 0;
    for (QPlainTextEdit *field : std::as_const(m_fields)) {
        QTextDocument *document = field->document();
        QTextCursor cursor(document);
        while (true) {
            cursor = document->find(m_find->text(), cursor, flags());
            if (cursor.isNull())
                break;
            cursor.insertText(m_replace->text());
            ++count;
        }
    }
    if (m_undoStack)
        m_undoStack->endMacro();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::returnFocus()
{
    if (m_current < m_fields.size())
        m_fields[m_current]->setFocus();
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        returnFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}
