// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

// Find (Ctrl+F) and replace (Ctrl+H) in the body, shown under it. Replace all is one undo step.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QWidget *parent = nullptr);

    void setEditor(QPlainTextEdit *editor, QUndoStack *undoStack);
    void showFind();
    void showReplace();

public slots:
    bool findNext();
    bool findPrevious();
    void replaceOne();
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    void setReplaceVisible(bool visible);

    QPlainTextEdit *m_editor = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QLabel *m_replaceLabel;
    QLabel *m_status;
};
