// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historypanel.h"

#include "history/articlechanges.h"
#include "history/revisiongroups.h"
#include "history/worddiff.h"
#include "render/htmlescape.h"
#include "store/articlestore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kFirstRole = Qt::UserRole;
constexpr int kLastRole = Qt::UserRole + 1;

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
}

QString dateText(const QDateTime &time)
{
    const QDate date = time.toLocalTime().date();
    return date == QDate::currentDate() ? HistoryPanel::tr("today")
                                        : QLocale().toString(date, QLocale::ShortFormat);
}

QTreeWidgetItem *revisionItem(int first, int last, const QString &text, const QString &headline)
{
    auto *item = new QTreeWidgetItem({text});
    item->setData(0, kFirstRole, first);
    item->setData(0, kLastRole, last);
    item->setToolTip(0, headline);
    return item;
}

} // namespace

HistoryPanel::HistoryPanel(ArticleStore *store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_tree(new QTreeWidget(this)),
      m_viewer(new QTextBrowser(this)),
      m_show(new QPushButton(tr("Show"), this)),
      m_compare(new QPushButton(tr("Compare"), this)),
      m_revert(new QPushButton(tr("Revert…"), this))
{
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAccessibleName(tr("Revisions"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setWordWrap(true);
    m_viewer->setAccessibleName(tr("Revision text"));
    m_show->setToolTip(tr("Show the selected revision"));
    m_compare->setToolTip(tr("Compare two selected revisions, or the selected one with the "
                             "one before it"));
    m_revert->setToolTip(tr("Make the selected revision the current text (can be undone)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_revert);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_show, &QPushButton::clicked, this, &HistoryPanel::showSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, &HistoryPanel::showSelected);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &HistoryPanel::fitRows);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const QList<Span> spans = selectedSpans();
        if (spans.size() != 1)
            return;
        try {
            emit revertRequested(m_store->revisionSnapshot(m_id, spans.first().last));
        } catch (const StoreError &error) {
            m_viewer->setPlainText(error.message());
        }
    });
}

void HistoryPanel::setArticleId(const QString &id)
{
    m_id = id;
    reload();
}

void HistoryPanel::reload()
{
    m_tree->clear();
    m_viewer->clear();
    if (m_id.isEmpty())
        return;
    QList<RevisionInfo> revisions;
    try {
        revisions = m_store->history(m_id);
    } catch (const StoreError &) {
        return; // not stored yet
    }
    // Newest first. Each row is two short lines, what and who/when, so that a narrow dock
    // never cuts one off.
    const QList<RevisionGroup> groups = groupRevisions(revisions);
    for (auto group = groups.crbegin(); group != groups.crend(); ++group) {
        const RevisionInfo &start = group->revisions.first();
        const RevisionInfo &end = group->revisions.last();
        if (group->revisions.size() == 1) {
            m_tree->addTopLevelItem(revisionItem(end.revision, end.revision,
                tr("Revision %1").arg(end.revision) + u'\n'
                    + tr("%1 · %2 %3")
                          .arg(end.savedBy, dateText(end.savedAt), timeText(end.savedAt)),
                end.headline));
            continue;
        }
        const QString when = dateText(start.savedAt) == dateText(end.savedAt)
            ? tr("%1 %2–%3")
                  .arg(dateText(start.savedAt), timeText(start.savedAt), timeText(end.savedAt))
            : tr("%1 %2 – %3 %4")
                  .arg(dateText(start.savedAt), timeText(start.savedAt), dateText(end.savedAt),
                      timeText(end.savedAt));
        QTreeWidgetItem *sitting = revisionItem(group->first(), group->last(),
            tr("Revisions %1–%2").arg(group->first()).arg(group->last()) + u'\n'
                + tr("%1 · %2").arg(end.savedBy, when),
            end.headline);
        for (auto it = group->revisions.crbegin(); it != group->revisions.crend(); ++it) {
            sitting->addChild(revisionItem(it->revision, it->revision,
                tr("Revision %1 · %2").arg(it->revision).arg(timeText(it->savedAt)), it->headline));
        }
        m_tree->addTopLevelItem(sitting);
    }
    fitRows();
}

void HistoryPanel::fitRows()
{
    // The panel is never narrower than its longest line, sittings opened or not.
    const QFontMetrics metrics = m_tree->fontMetrics();
    int widest = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(i);
        const int indent = m_tree->rootIsDecorated() ? m_tree->indentation() : 0;
        for (const QString &line : top->text(0).split(u'\n'))
            widest = qMax(widest, indent + metrics.horizontalAdvance(line));
        for (int c = 0; c < top->childCount(); ++c) {
            for (const QString &line : top->child(c)->text(0).split(u'\n'))
                widest =
                    qMax(widest, indent + m_tree->indentation() + metrics.horizontalAdvance(line));
        }
    }
    // The item's own margins (the style's focus frame) and the vertical scroll bar.
    const int margins =
        2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 8;
    m_tree->setMinimumWidth(widest + margins + 2 * m_tree->frameWidth()
        + m_tree->verticalScrollBar()->sizeHint().width());
}

QTreeWidgetItem *HistoryPanel::itemForRevision(int revision) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->childCount() == 0 && top->data(0, kLastRole).toInt() == revision)
            return top;
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->data(0, kLastRole).toInt() == revision)
                return top->child(c);
        }
    }
    return nullptr;
}

QList<HistoryPanel::Span> HistoryPanel::selectedSpans() const
{
    QList<Span> spans;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        spans.append({item->data(0, kFirstRole).toInt(), item->data(0, kLastRole).toInt()});
    std::sort(
        spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.last < b.last; });
    return spans;
}

QString HistoryPanel::articleText(const Article &article)
{
    QString text = article.headline + QStringLiteral("\n");
    if (!article.deck.isEmpty())
        text += article.deck + u'\n';
    return text + u'\n' + article.body;
}

void HistoryPanel::showSelected()
{
    const QList<Span> spans = selectedSpans();
    if (spans.isEmpty())
        return;
    try {
        m_viewer->setPlainText(articleText(m_store->revisionSnapshot(m_id, spans.last().last)));
    } catch (const StoreError &error) {
        m_viewer->setPlainText(error.message());
    }
}

void HistoryPanel::compareSelected()
{
    const QList<Span> spans = selectedSpans();
    if (spans.isEmpty())
        return;
    int from = spans.first().first;
    const int to = spans.last().last;
    if (spans.size() == 1 && from > 1)
        --from; // what this revision, or this sitting, changed
    if (from >= to)
        return;
    try {
        const Article before = m_store->revisionSnapshot(m_id, from);
        const Article after = m_store->revisionSnapshot(m_id, to);
        // Every field that changed, each word by word; then the body.
        QString html = QStringLiteral("<p><b>%1</b></p>")
                           .arg(Html::escape(tr("Revision %1 → %2").arg(from).arg(to)));
        const QList<FieldChange> fields = changedFields(before, after);
        if (!fields.isEmpty()) {
            html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
            for (const FieldChange &field : fields) {
                html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                            .arg(Html::escape(field.name),
                                diffToHtml(wordDiff(field.before, field.after)));
            }
            html += QStringLiteral("</table>");
        }
        if (before.body != after.body) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(tr("Body")))
                + diffToHtml(wordDiff(before.body, after.body));
        } else if (fields.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(Html::escape(tr("Nothing changed.")));
        }
        m_viewer->setHtml(html);
    } catch (const StoreError &error) {
        m_viewer->setPlainText(error.message());
    }
}
