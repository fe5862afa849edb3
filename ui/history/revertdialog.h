// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QDialog>

class QTextBrowser;

// History → Revert…: what reverting to an older revision will change, field by field (the
// body as a word diff), before anything changes. Reverting is then one step on the article's
// undo stack, like any other edit.
class RevertDialog : public QDialog
{
    Q_OBJECT

public:
    RevertDialog(const Article &current, const Article &revision, QWidget *parent = nullptr);

    // The names of the fields that differ, in form order ("Headline", "Bylines", …).
    QStringList changedFields() const { return m_changed; }
    QTextBrowser *changesView() const { return m_changes; }

private:
    QStringList m_changed;
    QTextBrowser *m_changes;
};

// Asks with a RevertDialog; true when the reporter chose Revert.
bool confirmRevert(const Article &current, const Article &revision, QWidget *parent);
