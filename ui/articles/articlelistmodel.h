// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlestore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

// The articles of the store as a table, fetched a page at a time (canFetchMore/fetchMore) so
// a newsroom with 10,000 stories opens at once, in the order sort() asks the store for. With a
// search text set, the rows are the store's full-text search hits instead, best first.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HeadlineColumn,
        BylineColumn,
        SectionColumn,
        StatusColumn,
        UpdatedColumn,
        LengthColumn,
        DueColumn, // an embargo or schedule still to come
        ColumnCount
    };
    // Data role with a value that sorts properly (dates, numbers).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit ArticleListModel(ArticleStore *store, QObject *parent = nullptr);

    void setFilter(std::optional<ArticleStatus> status, const QString &section);
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Reloads from the store (keeps the filter).
    void reload();
    // A save reached the store: update its row, or add it at the top when it is new.
    void articleStored(const Article &article);
    void articleRemoved(const QString &id);

    // Whether a ready story may be published now (its content profile's checks), asked for
    // the ready rows shown and kept per revision: empty when it may, else what blocks it.
    using ReadyCheck = std::function<QStringList(const ArticleSummary &)>;
    void setReadyCheck(ReadyCheck check);

    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    // Total number of articles that match (all pages).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorted by the store, so the order holds for the pages not fetched yet. Search hits come
    // best match first until a column is chosen.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The store could not be read.
    void loadFailed(const QString &message);

private:
    bool matchesFilter(const Article &article) const;

    void updateArticle(const Article &article);
    std::optional<bool> editionBehind(const Article &edition) const;
    ArticleStore *m_store;
    ArticleQuery m_query;
    QString m_search;
    QList<ArticleSummary> m_rows;
    int m_total = 0;
    ReadyCheck m_readyCheck;
    mutable QHash<QString, std::pair<int, QStringList>> m_readiness; // id → (revision, blocking)
};
