// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/findreplacebar.h"

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

    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_status->clear(); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceOne);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replaceOne);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        if (m_editor)
            m_editor->setFocus();
    });
    hide();
}

void FindReplaceBar::setEditor(QPlainTextEdit *editor, QUndoStack *undoStack)
{
    m_editor = editor;
    m_undoStack = undoStack;
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
    if (m_editor && m_editor->textCursor().hasSelection())
        m_find->setText(m_editor->textCursor().selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
    if (!m_find->text().isEmpty())
        m_replace->setFocus();
}

bool FindReplaceBar::find(bool backward)
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor found = document->find(m_find->text(), m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around once.
        QTextCursor from(document);
        if (backward)
            from.movePosition(QTextCursor::End);
        found = document->find(m_find->text(), from, flags);
    }
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_status->clear();
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
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
    if (!m_editor)
        return;
    QTextCursor cursor = m_editor->textCursor();
    const Qt::CaseSensitivity cs =
        m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (cursor.hasSelection() && cursor.selectedText().compare(m_find->text(), cs) == 0)
        cursor.insertText(m_replace->text());
    findNext();
}

int FindReplaceBar::replaceAll()
{
    if (!m_editor || m_find->text().isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    int count = 0;
    if (document->find(m_find->text(), QTextCursor(document), flags).isNull()) {
        m_status->setText(tr("Not found"));
        return 0;
    }
    if (m_undoStack)
        m_undoStack->beginMacro(tr("Replace All"));
    QTextCursor cursor(document);
    while (true) {
        cursor = document->find(m_find->text(), cursor, flags);
        if (cursor.isNull())
            break;
        cursor.insertText(m_replace->text());
        ++count;
    }
    if (m_undoStack)
        m_undoStack->endMacro();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}
