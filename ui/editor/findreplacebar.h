// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextCursor;
class QUndoStack;

// Find (Ctrl+F) and replace (Ctrl+H) across the story's text fields in the order they are on
// screen (headline, deck, body), shown under the body. The bar counts the matches ("3 of 7");
// replace all is one undo step over every field.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QWidget *parent = nullptr);

    // The fields of the story now open, in the order a search walks them. Forgets what the bar
    // said about the story before (its count, "3 replaced").
    void setFields(const QList<QPlainTextEdit *> &fields, QUndoStack *undoStack);
    void showFind();
    void showReplace();

    // What the bar says: "3 of 7", "7 matches", "Not found", "7 replaced" or nothing.
    QString statusText() const;

public slots:
    bool findNext();
    bool findPrevious();
    void replaceOne();
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Match
    {
        int field;
        int start;
    };

    bool find(bool backward);
    void setReplaceVisible(bool visible);
    QTextDocument::FindFlags flags() const;
    QList<Match> matches() const;
    // The match count, and which one is selected when the selection is a match.
    void showCount();
    void select(int field, const QTextCursor &found);
    void returnFocus();

    QList<QPlainTextEdit *> m_fields;
    QList<QMetaObject::Connection> m_fieldConnections;
    int m_current = 0; // the field a search starts from
    QUndoStack *m_undoStack = nullptr;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QLabel *m_replaceLabel;
    QLabel *m_status;
};
