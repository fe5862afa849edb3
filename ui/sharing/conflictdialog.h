// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;
class QLineEdit;

// Someone else saved the article first: their version and the reporter's side by side.
// The reporter keeps theirs, takes the other, or edits the left side into a merge; nothing
// is written until they choose.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepMine, TakeTheirs, Merge };

    ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // What should be in the editor afterwards: mine, theirs, or mine with the merged text.
    Article result() const;

    // One line per field other than headline and body whose value differs ("Status — yours:
    // draft; theirs: published"), so that keeping one's own version undoes nothing unseen.
    static QStringList otherDifferences(const Article &mine, const Article &theirs);

    QPlainTextEdit *mergeEdit() const { return m_mine; }

private:
    void finish(Choice choice);

    Article m_mineArticle;
    Article m_theirs;
    QLineEdit *m_headline;
    QPlainTextEdit *m_mine;
    Choice m_choice = KeepMine;
};
