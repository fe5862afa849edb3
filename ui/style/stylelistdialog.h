// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ArticleStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Tools → Style List…: the newsroom's banned words, preferred forms and exceptions, shared in
// the store as `copydesk style add|remove|list` keeps them. Each change is saved at once.
class StyleListDialog : public QDialog
{
    Q_OBJECT

public:
    StyleListDialog(ArticleStore *store, QWidget *parent = nullptr);

    // Adds (or replaces) the entry the fields describe; false with the reason shown.
    bool addEntry();
    // Removes the selected entries.
    void removeSelected();

signals:
    // The list in the store changed.
    void listChanged();

private:
    void reload();

    ArticleStore *m_store;
    QTableWidget *m_table;
    QLineEdit *m_text;
    QLineEdit *m_prefer;
    QComboBox *m_severity;
    QLineEdit *m_language;
    QLineEdit *m_note;
    QCheckBox *m_exception;
    QLabel *m_problem;
};
