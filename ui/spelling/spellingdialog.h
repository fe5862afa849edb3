// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/markwalk.h"

#include <QDialog>
#include <QPointer>
#include <QTextCursor>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class SpellingMarker;
class SpellingSession;

// Tools → Check Spelling: walks the article misspelling by misspelling, headline, deck and
// body in turn from where the cursor is and round to it again, selecting each in its field. Change
// replaces it (undoably), Skip moves on, Ignore and Add to Dictionary teach the checker.
class SpellingDialog : public QDialog
{
    Q_OBJECT

public:
    // `markers` in reading order (headline, deck, body); `start` is the field to begin in.
    SpellingDialog(SpellingSession *session, const QList<SpellingMarker *> &markers,
        SpellingMarker *start = nullptr, QWidget *parent = nullptr);

    // The misspelled word shown now; empty when the check is complete.
    QString currentWord() const;
    // What the top row reads, label and text, as the reporter sees it.
    QString message() const;
    // Moves to the next misspelling; false when there is none left.
    bool findNext();
    // Replaces the current misspelling with `replacement` and moves on.
    void change(const QString &replacement);
    void skip();
    void ignore();
    void addToDictionary();

private:
    void show(const QTextCursor &misspelling);
    void showDone();

    QPointer<SpellingSession> m_session;
    MarkWalk m_walk;
    QTextCursor m_current;

    QLabel *m_contextLabel; // "Not in the dictionary:", or nothing once the check is done
    QLabel *m_context;
    QFormLayout *m_form;
    QLineEdit *m_replacement;
    QListWidget *m_suggestions;
    QPushButton *m_changeButton;
    QPushButton *m_skipButton;
    QPushButton *m_ignoreButton;
    QPushButton *m_addButton;
};
