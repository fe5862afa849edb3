// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storylife.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

// Story → Add Correction…: the kind of entry (correction, clarification, update) and what it
// says. Entries are published with the story and never edited or removed: the dialog says so.
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CorrectionDialog(QWidget *parent = nullptr);

    Copydesk::Correction::Kind kind() const;
    QString text() const; // simplified: one paragraph

    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};
