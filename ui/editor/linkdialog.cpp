// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/linkdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

LinkDialog::LinkDialog(const QString &text, QWidget *parent)
    : QDialog(parent), m_text(new QLineEdit(text, this)), m_url(new QLineEdit(this))
{
    setWindowTitle(tr("Insert Link"));
    m_text->setAccessibleName(tr("Link text"));
    m_url->setAccessibleName(tr("Link address"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_url->setMinimumWidth(360);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Insert"));
    ok->setEnabled(false);
    connect(m_url, &QLineEdit::textChanged, ok,
        [ok](const QString &url) { ok->setEnabled(!url.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(buttons);
    // With text already chosen, the address is what is left to give.
    (text.isEmpty() ? m_text : m_url)->setFocus();
}

QString LinkDialog::markdown() const
{
    const QString url = m_url->text().trimmed();
    QString text = m_text->text().trimmed();
    if (text.isEmpty())
        text = url;
    // Brackets in the text and spaces or parentheses in the address would end the link early.
    text.replace(u'[', QStringLiteral("\\[")).replace(u']', QStringLiteral("\\]"));
    QString target = url;
    target.replace(u' ', QStringLiteral("%20"))
        .replace(u'(', QStringLiteral("%28"))
        .replace(u')', QStringLiteral("%29"));
    return QStringLiteral("[%1](%2)").arg(text, target);
}
