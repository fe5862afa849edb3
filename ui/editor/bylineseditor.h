// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

// The people credited on a story, one row each: name, role (记者, 融媒体记者, 通讯员, 实习生,
// Staff Writer, Correspondent or free text) and affiliation. Rows without a name are kept on
// screen while being filled in but are not part of the value (a byline needs a name).
class BylinesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BylinesEditor(QWidget *parent = nullptr);

    QList<Byline> bylines() const;
    // Shows `bylines`, leaving the rows alone when they already show them.
    void setBylines(const QList<Byline> &bylines);

    static QStringList suggestedRoles();

    // The first row's name field, where Return in the deck leads.
    QLineEdit *firstNameEdit() const;
    // The fields in the order Tab visits them: each row's name, role, affiliation and remove
    // button, then the add button.
    QList<QWidget *> focusChain() const;

signals:
    // The user changed a byline.
    void edited(const QList<Byline> &bylines);
    // Rows were added or removed (their fields need a place in the form's tab order).
    void rowsChanged();

private:
    struct Row
    {
        QWidget *widget;
        QLineEdit *name;
        QComboBox *role;
        QLineEdit *affiliation;
        QToolButton *remove;
    };
    Row addRow(const Byline &byline = {});
    void removeRow(QWidget *rowWidget);
    void emitEdited();

    QVBoxLayout *m_rows;
    QToolButton *m_add;
    QList<Row> m_rowList;
    bool m_updating = false;
};
