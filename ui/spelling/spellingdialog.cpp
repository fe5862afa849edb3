// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellingdialog.h"

#include "spelling/spellchecker.h"
#include "spelling/spellingmarker.h"
#include "spelling/spellingsession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

SpellingDialog::SpellingDialog(SpellingSession *session, const QList<SpellingMarker *> &markers,
    SpellingMarker *start, QWidget *parent)
    : QDialog(parent), m_session(session), m_walk({markers.cbegin(), markers.cend()}, start)
{
    setWindowTitle(tr("Check Spelling"));
    m_context = new QLabel(this);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::RichText);
    m_context->setMinimumWidth(360);
    m_replacement = new QLineEdit(this);
    m_suggestions = new QListWidget(this);
    m_changeButton = new QPushButton(tr("&Change"), this);
    m_skipButton = new QPushButton(tr("&Skip"), this);
    m_ignoreButton = new QPushButton(tr("&Ignore"), this);
    m_addButton = new QPushButton(tr("&Add to Dictionary"), this);
    m_changeButton->setDefault(true);

    auto *form = new QFormLayout;
    m_form = form;
    m_contextLabel = new QLabel(tr("Not in the dictionary:"), this);
    form->addRow(m_contextLabel, m_context);
    form->addRow(tr("Change &to:"), m_replacement);
    form->addRow(tr("Suggestions:"), m_suggestions);
    auto *buttons = new QDialogButtonBox(Qt::Horizontal, this);
    buttons->addButton(m_changeButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_skipButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_ignoreButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_addButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_changeButton, &QPushButton::clicked, this, [this] { change(m_replacement->text()); });
    connect(m_skipButton, &QPushButton::clicked, this, &SpellingDialog::skip);
    connect(m_ignoreButton, &QPushButton::clicked, this, &SpellingDialog::ignore);
    connect(m_addButton, &QPushButton::clicked, this, &SpellingDialog::addToDictionary);
    connect(m_suggestions, &QListWidget::currentTextChanged, m_replacement, &QLineEdit::setText);
    connect(m_suggestions, &QListWidget::itemDoubleClicked, this,
        [this](QListWidgetItem *item) { change(item->text()); });

    findNext();
}

QString SpellingDialog::currentWord() const
{
    return m_current.isNull() ? QString() : m_current.selectedText();
}

bool SpellingDialog::findNext()
{
    const QTextCursor misspelling = m_walk.next();
    if (misspelling.isNull()) {
        showDone();
        return false;
    }
    show(misspelling);
    return true;
}

void SpellingDialog::show(const QTextCursor &misspelling)
{
    m_current = misspelling;
    QPlainTextEdit *edit = m_walk.marker()->edit();
    edit->setTextCursor(misspelling);
    edit->ensureCursorVisible();

    const QString word = misspelling.selectedText();
    const QTextBlock block = misspelling.block();
    const int at = misspelling.selectionStart() - block.position();
    const QString text = block.text();
    const int from = qMax(0, at - 40);
    const int to = qMin(int(text.size()), at + int(word.size()) + 40);
    m_contextLabel->setVisible(true);
    m_form->setRowVisible(m_replacement, true);
    m_form->setRowVisible(m_suggestions, true);
    m_context->setText(QStringLiteral("%1<b><font color=\"#c00\">%2</font></b>%3")
                           .arg(text.mid(from, at - from).toHtmlEscaped(), word.toHtmlEscaped(),
                               text.mid(at + word.size(), to - at - word.size()).toHtmlEscaped()));
    m_suggestions->clear();
    const QStringList suggestions =
        m_session ? m_session->checker()->suggestions(word) : QStringList();
    m_suggestions->addItems(suggestions);
    m_replacement->setText(suggestions.value(0, word));
    if (!suggestions.isEmpty())
        m_suggestions->setCurrentRow(0);
    for (QWidget *w : {static_cast<QWidget *>(m_changeButton), static_cast<QWidget *>(m_skipButton),
             static_cast<QWidget *>(m_ignoreButton), static_cast<QWidget *>(m_addButton),
             static_cast<QWidget *>(m_replacement)})
        w->setEnabled(true);
}

QString SpellingDialog::message() const
{
    const QString text = QTextDocumentFragment::fromHtml(m_context->text()).toPlainText();
    return m_contextLabel->isVisibleTo(this) ? m_contextLabel->text() + u' ' + text : text;
}

void SpellingDialog::showDone()
{
    m_current = {};
    // Not "Not in the dictionary: The spelling check is complete.": the message alone.
    m_contextLabel->setVisible(false);
    m_form->setRowVisible(m_replacement, false);
    m_form->setRowVisible(m_suggestions, false);
    m_context->setText(tr("The spelling check is complete."));
    m_suggestions->clear();
    m_replacement->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_changeButton), static_cast<QWidget *>(m_skipButton),
             static_cast<QWidget *>(m_ignoreButton), static_cast<QWidget *>(m_addButton),
             static_cast<QWidget *>(m_replacement)})
        w->setEnabled(false);
}

void SpellingDialog::change(const QString &replacement)
{
    if (m_current.isNull())
        return;
    const int start = m_current.selectionStart();
    m_walk.marker()->replace(m_current, replacement);
    m_walk.moveTo(start + int(replacement.size()));
    findNext();
}

void SpellingDialog::skip()
{
    if (m_current.isNull())
        return;
    m_walk.moveTo(m_current.selectionEnd());
    findNext();
}

void SpellingDialog::ignore()
{
    if (m_current.isNull() || !m_session)
        return;
    m_walk.moveTo(m_current.selectionStart());
    if (const QString error = m_session->ignore(currentWord()); !error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    findNext();
}

void SpellingDialog::addToDictionary()
{
    if (m_current.isNull() || !m_session)
        return;
    m_walk.moveTo(m_current.selectionStart());
    if (const QString error = m_session->addToDictionary(currentWord()); !error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    findNext();
}
