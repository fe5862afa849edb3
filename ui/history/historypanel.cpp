// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historypanel.h"

#include "history/worddiff.h"
#include "store/articlestore.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(ArticleStore *store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_list(new QListWidget(this)),
      m_viewer(new QTextBrowser(this)),
      m_show(new QPushButton(tr("Show"), this)),
      m_compare(new QPushButton(tr("Compare"), this)),
      m_revert(new QPushButton(tr("Revert…"), this))
{
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Revisions"));
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
    splitter->addWidget(m_list);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_show, &QPushButton::clicked, this, &HistoryPanel::showSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_list, &QListWidget::itemActivated, this, &HistoryPanel::showSelected);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const QList<int> revisions = selectedRevisions();
        if (revisions.size() != 1)
            return;
        try {
            emit revertRequested(m_store->revisionSnapshot(m_id, revisions.first()));
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
    m_list->clear();
    m_viewer->clear();
    if (m_id.isEmpty())
        return;
    QList<RevisionInfo> revisions;
    try {
        revisions = m_store->history(m_id);
    } catch (const StoreError &) {
        return; // not stored yet
    }
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        auto *item = new QListWidgetItem(
            tr("Revision %1 · %2 · %3")
                .arg(it->revision)
                .arg(it->savedBy,
                    QLocale().toString(it->savedAt.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, it->revision);
        item->setToolTip(it->headline);
    }
}

QList<int> HistoryPanel::selectedRevisions() const
{
    QList<int> revisions;
    for (const QListWidgetItem *item : m_list->selectedItems())
        revisions.append(item->data(Qt::UserRole).toInt());
    std::sort(revisions.begin(), revisions.end());
    return revisions;
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
    const QList<int> revisions = selectedRevisions();
    if (revisions.isEmpty())
        return;
    try {
        m_viewer->setPlainText(articleText(m_store->revisionSnapshot(m_id, revisions.last())));
    } catch (const StoreError &error) {
        m_viewer->setPlainText(error.message());
    }
}

void HistoryPanel::compareSelected()
{
    QList<int> revisions = selectedRevisions();
    if (revisions.size() == 1 && revisions.first() > 1)
        revisions.prepend(revisions.first() - 1);
    if (revisions.size() < 2)
        return;
    try {
        const Article before = m_store->revisionSnapshot(m_id, revisions.first());
        const Article after = m_store->revisionSnapshot(m_id, revisions.last());
        m_viewer->setHtml(
            QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Revision %1 → %2").arg(revisions.first()).arg(revisions.last()))
            + diffToHtml(wordDiff(articleText(before), articleText(after))));
    } catch (const StoreError &error) {
        m_viewer->setPlainText(error.message());
    }
}
