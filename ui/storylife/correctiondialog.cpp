// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylife/correctiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Kind = Copydesk::Correction::Kind;

CorrectionDialog::CorrectionDialog(QWidget *parent)
    : QDialog(parent),
      m_kind(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Correction"));
    m_kind->addItem(tr("Correction"), int(Kind::Correction));
    m_kind->addItem(tr("Clarification"), int(Kind::Clarification));
    m_kind->addItem(tr("Update"), int(Kind::Update));
    m_kind->setAccessibleName(tr("Kind of entry"));
    m_text->setAccessibleName(tr("What the entry says"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(420, 96);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *note = new QLabel(tr("The entry is published with the story, dated now, and cannot be "
                               "changed or removed later: a mistaken entry is followed by "
                               "another one."),
        this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Text:"), m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Copydesk::Correction::Kind CorrectionDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

QString CorrectionDialog::text() const
{
    return m_text->toPlainText().simplified();
}
