// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/bylineseditor.h"

#include "editor/undoshortcutfilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

BylinesEditor::BylinesEditor(QWidget *parent) : QWidget(parent), m_rows(new QVBoxLayout)
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(2);
    outer->addLayout(m_rows, 1);
    auto *add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a byline"));
    add->setAccessibleName(tr("Add byline"));
    outer->addWidget(add, 0, Qt::AlignTop);
    connect(add, &QToolButton::clicked, this, [this] {
        const Row row = addRow();
        row.name->setFocus();
    });
    addRow();
}

QStringList BylinesEditor::suggestedRoles()
{
    // Roles as they are printed on the copy, so not translated.
    return {QStringLiteral("记者"), QStringLiteral("融媒体记者"), QStringLiteral("通讯员"),
        QStringLiteral("实习生"), QStringLiteral("Staff Writer"), QStringLiteral("Correspondent")};
}

BylinesEditor::Row BylinesEditor::addRow(const Byline &byline)
{
    auto *widget = new QWidget(this);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    Row row {widget, new QLineEdit(byline.name, widget), new QComboBox(widget),
        new QLineEdit(byline.affiliation, widget)};
    row.name->setPlaceholderText(tr("Name"));
    row.name->setAccessibleName(tr("Byline name"));
    row.role->setEditable(true);
    row.role->addItem(QString());
    row.role->addItems(suggestedRoles());
    row.role->setCurrentText(byline.role);
    row.role->setInsertPolicy(QComboBox::NoInsert);
    row.role->lineEdit()->setPlaceholderText(tr("Role"));
    row.role->setAccessibleName(tr("Byline role"));
    row.role->setMinimumContentsLength(10);
    row.role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.affiliation->setPlaceholderText(tr("Affiliation"));
    row.affiliation->setAccessibleName(tr("Byline affiliation"));
    auto *remove = new QToolButton(widget);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove this byline"));
    remove->setAccessibleName(tr("Remove byline"));
    layout->addWidget(row.name, 3);
    layout->addWidget(row.role, 2);
    layout->addWidget(row.affiliation, 3);
    layout->addWidget(remove);
    for (QWidget *w : {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.affiliation),
             static_cast<QWidget *>(row.role->lineEdit())})
        w->installEventFilter(UndoShortcutFilter::instance());

    connect(row.name, &QLineEdit::textEdited, this, &BylinesEditor::emitEdited);
    connect(row.affiliation, &QLineEdit::textEdited, this, &BylinesEditor::emitEdited);
    connect(row.role->lineEdit(), &QLineEdit::textEdited, this, &BylinesEditor::emitEdited);
    connect(row.role, &QComboBox::activated, this, &BylinesEditor::emitEdited);
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    m_rows->addWidget(widget);
    m_rowList.append(row);
    return row;
}

void BylinesEditor::removeRow(QWidget *rowWidget)
{
    for (qsizetype i = 0; i < m_rowList.size(); ++i) {
        if (m_rowList[i].widget == rowWidget) {
            m_rowList.removeAt(i);
            rowWidget->deleteLater();
            break;
        }
    }
    if (m_rowList.isEmpty())
        addRow();
    emitEdited();
}

QList<Byline> BylinesEditor::bylines() const
{
    QList<Byline> result;
    for (const Row &row : m_rowList) {
        const Byline byline {row.name->text().trimmed(), row.role->currentText().trimmed(),
            row.affiliation->text().trimmed()};
        if (!byline.name.isEmpty())
            result.append(byline);
    }
    return result;
}

void BylinesEditor::setBylines(const QList<Byline> &bylines)
{
    if (bylines == this->bylines())
        return;
    m_updating = true;
    for (const Row &row : std::as_const(m_rowList))
        delete row.widget;
    m_rowList.clear();
    for (const Byline &byline : bylines)
        addRow(byline);
    if (m_rowList.isEmpty())
        addRow();
    m_updating = false;
}

void BylinesEditor::emitEdited()
{
    if (!m_updating)
        emit edited(bylines());
}
