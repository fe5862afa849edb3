// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/stylelistdialog.h"

#include "store/articlestore.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

StyleListDialog::StyleListDialog(ArticleStore *store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Style List"));
    resize(720, 480);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("styleListTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Text"), tr("Kind"), tr("Preferred form"), tr("Severity"), tr("Language"), tr("Note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Style list"));

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("styleText"));
    m_prefer = new QLineEdit(this);
    m_prefer->setObjectName(QStringLiteral("stylePrefer"));
    m_prefer->setPlaceholderText(tr("empty: the word is banned"));
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Error"), QStringLiteral("error"));
    m_severity->addItem(tr("Warning"), QStringLiteral("warning"));
    m_severity->addItem(tr("Info"), QStringLiteral("info"));
    m_severity->setCurrentIndex(1);
    m_language = new QLineEdit(this);
    m_language->setPlaceholderText(tr("empty: every language (en, zh, zh-Hant…)"));
    m_note = new QLineEdit(this);
    m_exception = new QCheckBox(tr("An &exception: always right as written"), this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("styleListProblem"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Preferred form:"), m_prefer);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_exception);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("styleAdd"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("styleRemove"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &StyleListDialog::addEntry);
    connect(remove, &QPushButton::clicked, this, &StyleListDialog::removeSelected);
    connect(m_exception, &QCheckBox::toggled, m_prefer, &QWidget::setDisabled);
    reload();
}

void StyleListDialog::reload()
{
    QList<StyleEntry> entries;
    try {
        entries = m_store->styleList();
    } catch (const StoreError &error) {
        m_problem->setText(error.message());
    }
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const StyleEntry &e = entries.at(row);
        const QString kind = e.exception ? tr("exception")
            : e.replacement.isEmpty()    ? tr("banned")
                                         : tr("preferred");
        const QStringList cells = {e.text, kind, e.replacement, e.severity, e.language, e.note};
        for (int column = 0; column < int(cells.size()); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

bool StyleListDialog::addEntry()
{
    StyleEntry entry;
    entry.text = m_text->text();
    entry.exception = m_exception->isChecked();
    entry.replacement = entry.exception ? QString() : m_prefer->text();
    entry.severity = m_severity->currentData().toString();
    entry.language = m_language->text();
    entry.note = m_note->text();
    try {
        m_store->addStyleEntry(entry);
    } catch (const StoreError &error) {
        m_problem->setText(error.message());
        return false;
    }
    m_problem->clear();
    m_text->clear();
    m_prefer->clear();
    m_note->clear();
    m_exception->setChecked(false);
    reload();
    emit listChanged();
    return true;
}

void StyleListDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    try {
        for (int row : std::as_const(rows))
            m_store->removeStyleEntry(m_table->item(row, 0)->text());
    } catch (const StoreError &error) {
        m_problem->setText(error.message());
    }
    reload();
    emit listChanged();
}
