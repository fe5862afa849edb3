// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/bylineseditor.h"

#include "editor/undoshortcutfilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

BylinesEditor::BylinesEditor(QWidget *parent)
    : QWidget(parent), m_rows(new QVBoxLayout), m_add(new QToolButton(this))
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(2);
    outer->addLayout(m_rows, 1);
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("Add a byline"));
    m_add->setAccessibleName(tr("Add byline"));
    outer->addWidget(m_add, 0, Qt::AlignTop);
    connect(m_add, &QToolButton::clicked, this, [this] {
        const Row row = addRow();
        emit rowsChanged();
        row.name->setFocus();
    });
    addRow();
}

QLineEdit *BylinesEditor::firstNameEdit() const
{
    return m_rowList.isEmpty() ? nullptr : m_rowList.first().name;
}

QList<QWidget *> BylinesEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rowList)
        chain << row.name << row.role << row.affiliation << row.remove;
    chain << m_add;
    return chain;
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
        new QLineEdit(byline.affiliation, widget), new QToolButton(widget)};
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
    QToolButton *remove = row.remove;
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

    // What the row shows, however it got there (typed, completed, picked from the list).
    connect(row.name, &QLineEdit::textChanged, this, &BylinesEditor::emitEdited);
    connect(row.affiliation, &QLineEdit::textChanged, this, &BylinesEditor::emitEdited);
    connect(row.role, &QComboBox::currentTextChanged, this, &BylinesEditor::emitEdited);
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    m_rows->addWidget(widget);
    m_rowList.append(row);
    return row;
}

void BylinesEditor::removeRow(QWidget *rowWidget)
{
    qsizetype removed = -1;
    for (qsizetype i = 0; i < m_rowList.size(); ++i) {
        if (m_rowList[i].widget == rowWidget) {
            m_rowList.removeAt(i);
            rowWidget->hide();
            rowWidget->deleteLater();
            removed = i;
            break;
        }
    }
    if (m_rowList.isEmpty())
        addRow();
    emit rowsChanged();
    // The focus was on the row's remove button: to the row that took its place, else the one
    // above.
    if (removed >= 0)
        m_rowList.at(qMin(removed, m_rowList.size() - 1)).name->setFocus();
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
    emit rowsChanged();
}

void BylinesEditor::emitEdited()
{
    if (!m_updating)
        emit edited(bylines());
}
