// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlelistmodel.h"

#include "editor/articleform.h"
#include "model/storylife.h"

#include <QLocale>

namespace {

int lengthOf(const ArticleSummary &s)
{
    return isChineseLanguage(s.language) ? s.counts.cjkChars : s.counts.words;
}

// What a column sorts by (the store sorts by the same, see ArticleQuery::Order).
// When an embargo or schedule lets the story out, if that is still to come.
QDateTime dueOf(const ArticleSummary &s)
{
    const QDateTime due =
        s.embargoUntil.isValid() && (!s.publishAt.isValid() || s.embargoUntil > s.publishAt)
        ? s.embargoUntil
        : s.publishAt;
    return due.isValid() && due > Copydesk::currentTime() ? due : QDateTime();
}

QVariant sortKey(const ArticleSummary &s, int column)
{
    switch (ArticleListModel::Column(column)) {
    case ArticleListModel::HeadlineColumn:
        return s.headline;
    case ArticleListModel::BylineColumn:
        return s.bylineNames;
    case ArticleListModel::SectionColumn:
        return s.section;
    case ArticleListModel::StatusColumn:
        return int(s.status);
    case ArticleListModel::UpdatedColumn:
        return s.updated;
    case ArticleListModel::LengthColumn:
        return lengthOf(s);
    case ArticleListModel::DueColumn:
        return dueOf(s);
    case ArticleListModel::ColumnCount:
        break;
    }
    return {};
}

int compareKeys(const QVariant &x, const QVariant &y)
{
    if (x.typeId() == QMetaType::QString)
        return x.toString().compare(y.toString(), Qt::CaseInsensitive);
    const QPartialOrdering order = QVariant::compare(x, y);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}

ArticleSummary summaryOf(const Article &a)
{
    ArticleSummary s;
    s.id = a.id;
    s.slug = a.slug;
    s.headline = a.headline;
    s.bylineNames = a.bylineNames();
    s.section = a.section;
    s.language = a.language;
    s.status = a.status;
    s.revision = a.revision;
    s.updated = a.updated;
    s.published = a.published;
    s.counts = a.counts();
    s.publishAt = a.publishAt;
    s.embargoUntil = a.embargoUntil;
    s.editionOf = a.editionOf;
    return s;
}

} // namespace

ArticleListModel::ArticleListModel(ArticleStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void ArticleListModel::setFilter(std::optional<ArticleStatus> status, const QString &section)
{
    m_query.status = status;
    m_query.section = section;
    reload();
}

void ArticleListModel::setSearchText(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    try {
        if (m_search.isEmpty()) {
            m_total = m_store->count(m_query);
            ArticleQuery page = m_query;
            page.limit = PageSize;
            m_rows = m_store->list(page);
        } else {
            for (const SearchHit &hit : m_store->search(m_search, 500)) {
                const ArticleSummary &s = hit.article;
                if ((m_query.status && s.status != *m_query.status)
                    || (!m_query.section.isEmpty() && s.section != m_query.section))
                    continue;
                m_rows.append(s);
            }
            m_total = int(m_rows.size());
        }
    } catch (const StoreError &error) {
        m_total = int(m_rows.size());
        emit loadFailed(error.message());
    }
    endResetModel();
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_search.isEmpty() && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ArticleQuery page = m_query;
    page.limit = PageSize;
    page.offset = int(m_rows.size());
    QList<ArticleSummary> more;
    try {
        more = m_store->list(page);
    } catch (const StoreError &error) {
        emit loadFailed(error.message());
        return;
    }
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    static const ArticleQuery::Order orders[ColumnCount] = {ArticleQuery::Order::Headline,
        ArticleQuery::Order::Bylines, ArticleQuery::Order::Section, ArticleQuery::Order::Status,
        ArticleQuery::Order::Updated, ArticleQuery::Order::Length, ArticleQuery::Order::Due};
    if (column < 0 || column >= ColumnCount)
        return;
    const bool descending = order == Qt::DescendingOrder;
    const bool changed = m_query.order != orders[column] || m_query.descending != descending;
    m_query.order = orders[column];
    m_query.descending = descending;
    if (m_search.isEmpty()) {
        if (changed)
            reload();
        return;
    }
    // Search hits are all here (at most 500): sort them in place by the same keys.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &index : before)
        ids << idAt(index.row());
    std::stable_sort(m_rows.begin(), m_rows.end(),
        [column, descending](const ArticleSummary &a, const ArticleSummary &b) {
            const int c = compareKeys(sortKey(a, column), sortKey(b, column));
            return descending ? c > 0 : c < 0;
        });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOf(ids[i]), before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool ArticleListModel::matchesFilter(const Article &article) const
{
    return (!m_query.status || article.status == *m_query.status)
        && (m_query.section.isEmpty() || article.section == m_query.section);
}

void ArticleListModel::articleStored(const Article &article)
{
    updateArticle(article);
    // A source saved: whether its editions shown here are behind it now.
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].editionOf != article.id)
            continue;
        try {
            if (const std::optional<Article> edition = m_store->find(m_rows[i].id))
                m_rows[i].editionBehind = m_store->editionBehind(*edition);
        } catch (const StoreError &) {
            continue; // the next reload says
        }
        emit dataChanged(index(int(i), StatusColumn), index(int(i), StatusColumn));
    }
}

void ArticleListModel::updateArticle(const Article &article)
{
    const int row = rowOf(article.id);
    if (row >= 0) {
        if (!matchesFilter(article)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            --m_total;
            endRemoveRows();
            return;
        }
        m_rows[row] = summaryOf(article);
        if (!article.editionOf.isEmpty())
            m_rows[row].editionBehind = editionBehind(article);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!m_search.isEmpty() || !matchesFilter(article))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(summaryOf(article));
    if (!article.editionOf.isEmpty())
        m_rows.first().editionBehind = editionBehind(article);
    ++m_total;
    endInsertRows();
}

std::optional<bool> ArticleListModel::editionBehind(const Article &edition) const
{
    try {
        return m_store->editionBehind(edition);
    } catch (const StoreError &) {
        return std::nullopt;
    }
}

void ArticleListModel::articleRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    --m_total;
    endRemoveRows();
}

void ArticleListModel::setReadyCheck(ReadyCheck check)
{
    m_readyCheck = std::move(check);
    m_readiness.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, StatusColumn));
}

QString ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int ArticleListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ArticleSummary &s = m_rows[index.row()];
    if (role == IdRole)
        return s.id;
    if (role == SortRole)
        return sortKey(s, index.column());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case HeadlineColumn:
        return s.headline.isEmpty() ? tr("(untitled)") : s.headline;
    case BylineColumn:
        return s.bylineNames;
    case SectionColumn:
        return s.section;
    case StatusColumn:
        // An edition whose source changed since it was made says so first.
        if (s.editionBehind.value_or(false))
            return role == Qt::ToolTipRole
                ? tr("An edition whose source has changed since it was made")
                : tr("%1 · behind source").arg(ArticleForm::statusLabel(s.status));
        if (s.status == ArticleStatus::Ready && m_readyCheck) {
            auto known = m_readiness.constFind(s.id);
            if (known == m_readiness.constEnd() || known->first != s.revision)
                known = m_readiness.insert(s.id, {s.revision, m_readyCheck(s)});
            const QStringList &blocking = known->second;
            if (role == Qt::ToolTipRole)
                return blocking.isEmpty()
                    ? tr("Ready to publish: the content profile's checks pass")
                    : tr("Not ready to publish: %1").arg(blocking.join(QStringLiteral("; ")));
            return blocking.isEmpty() ? tr("%1 ✓").arg(ArticleForm::statusLabel(s.status))
                                      : ArticleForm::statusLabel(s.status);
        }
        return ArticleForm::statusLabel(s.status);
    case UpdatedColumn:
        if (role == Qt::ToolTipRole)
            return QLocale().toString(s.updated.toLocalTime(), QLocale::LongFormat);
        return QLocale().toString(s.updated.toLocalTime(), QLocale::ShortFormat);
    case LengthColumn:
        return isChineseLanguage(s.language) ? tr("%1 chars").arg(lengthOf(s))
                                             : tr("%1 words").arg(lengthOf(s));
    case DueColumn: {
        const QDateTime due = dueOf(s);
        if (!due.isValid())
            return {};
        const QString when = QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
        return due == s.embargoUntil ? tr("Embargoed until %1").arg(when)
                                     : tr("Scheduled for %1").arg(when);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case HeadlineColumn:
        return tr("Headline");
    case BylineColumn:
        return tr("Byline");
    case SectionColumn:
        return tr("Section");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated");
    case LengthColumn:
        return tr("Length");
    case DueColumn:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}
