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

signals:
    // The user changed a byline.
    void edited(const QList<Byline> &bylines);

private:
    struct Row
    {
        QWidget *widget;
        QLineEdit *name;
        QComboBox *role;
        QLineEdit *affiliation;
    };
    Row addRow(const Byline &byline = {});
    void removeRow(QWidget *rowWidget);
    void emitEdited();

    QVBoxLayout *m_rows;
    QList<Row> m_rowList;
    bool m_updating = false;
};
