// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlelistpane.h"

#include "articles/articlelistmodel.h"
#include "editor/articleform.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

ArticleListPane::ArticleListPane(ArticleStore *store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_model(new ArticleListModel(store, this)),
      m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_section(new QComboBox(this)),
      m_view(new QTreeView(this))
{
    m_search->setPlaceholderText(tr("Search articles"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setClearButtonEnabled(true);

    m_status->addItem(tr("All statuses"));
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::Edit, ArticleStatus::Ready,
             ArticleStatus::Published, ArticleStatus::Killed})
        m_status->addItem(ArticleForm::statusLabel(status), int(status));
    m_status->setAccessibleName(tr("Filter by status"));
    m_section->setAccessibleName(tr("Filter by section"));
    refreshSections();

    // Sorting is the model's (the store's): a proxy would sort only the rows fetched so far.
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
    m_view->setAccessibleName(tr("Articles"));
    m_view->header()->setStretchLastSection(false);
    // The headline gets what the other columns leave; they are sized for their content, and
    // the date and length give way first when the pane is narrow (see resizeEvent).
    m_view->header()->setSectionResizeMode(ArticleListModel::HeadlineColumn, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(40);
    const QFontMetrics metrics = fontMetrics();
    m_view->setColumnWidth(ArticleListModel::BylineColumn, metrics.horizontalAdvance(u'M') * 8);
    m_view->setColumnWidth(ArticleListModel::SectionColumn, metrics.horizontalAdvance(u'M') * 6);
    m_view->setColumnWidth(ArticleListModel::StatusColumn, metrics.horizontalAdvance(u'M') * 6);
    m_view->setColumnWidth(ArticleListModel::UpdatedColumn, metrics.horizontalAdvance(u'0') * 16);
    m_view->setColumnWidth(ArticleListModel::LengthColumn, metrics.horizontalAdvance(u'0') * 11);

    // The filters give way when the window is narrow (at 1024 px with History open the list
    // otherwise held 207 px and pushed the window past the screen).
    for (QComboBox *box : {m_status, m_section}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(5);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status, 1);
    filters->addWidget(m_section, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    // Live search, but not a query per keystroke of a fast typist.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this,
        [this] { m_model->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        m_model->setSearchText(m_search->text());
        m_view->setFocus();
    });
    connect(m_status, &QComboBox::activated, this, &ArticleListPane::applyFilter);
    connect(m_section, &QComboBox::activated, this, &ArticleListPane::applyFilter);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit articleActivated(index.data(ArticleListModel::IdRole).toString());
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        emit articleActivated(index.data(ArticleListModel::IdRole).toString());
    });
}

void ArticleListPane::noteSection(const QString &section)
{
    if (!section.trimmed().isEmpty() && m_section->findData(section) < 0)
        m_section->addItem(section, section);
}

void ArticleListPane::refreshSections()
{
    const QString current = m_section->currentData().toString();
    m_section->clear();
    m_section->addItem(tr("All sections"), QString());
    try {
        for (const QString &section : m_store->sections())
            m_section->addItem(section, section);
    } catch (const StoreError &) {
        // The list itself reports store errors.
    }
    m_section->setCurrentIndex(qMax(0, m_section->findData(current)));
}

void ArticleListPane::applyFilter()
{
    std::optional<ArticleStatus> status;
    if (m_status->currentIndex() > 0)
        status = ArticleStatus(m_status->currentData().toInt());
    m_model->setFilter(status, m_section->currentData().toString());
}

void ArticleListPane::setCurrentArticle(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ArticleListPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_view->setColumnHidden(ArticleListModel::DueColumn, width() < 36 * em);
    m_view->setColumnHidden(ArticleListModel::UpdatedColumn, width() < 48 * em);
    m_view->setColumnHidden(ArticleListModel::LengthColumn, width() < 42 * em);
    m_view->setColumnHidden(ArticleListModel::SectionColumn, width() < 30 * em);
    m_view->setColumnHidden(ArticleListModel::BylineColumn, width() < 24 * em);
}
