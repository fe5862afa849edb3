// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

// Format → Link (Ctrl+K): the text a reader sees and the address it leads to, written into
// the body as Markdown. A link needs an address; its text defaults to the address.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LinkDialog(const QString &text, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *urlEdit() const { return m_url; }
    // "[text](url)", for the body.
    QString markdown() const;

private:
    QLineEdit *m_text;
    QLineEdit *m_url;
};
