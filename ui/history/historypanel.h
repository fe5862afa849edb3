// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QWidget>

class ArticleStore;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

// The open article's revisions (who saved, when), grouped into sittings (revisiongroups.h):
// a sitting's row stands for its last revision and opens to show each save. Show one,
// compare two field by field (the body word by word), or revert to one (an undoable edit
// that autosave stores as a new revision).
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(ArticleStore *store, QWidget *parent = nullptr);

    void setArticleId(const QString &id);
    QTreeWidget *revisionTree() const { return m_tree; }
    // The row of one revision: a save inside a sitting, or a sitting of one save.
    QTreeWidgetItem *itemForRevision(int revision) const;
    QTextBrowser *viewer() const { return m_viewer; }

public slots:
    void reload();
    void showSelected();
    // Two selected revisions; one revision with the one before it; a sitting with the
    // revision before it (what that sitting changed).
    void compareSelected();

signals:
    // The user asked to revert to this snapshot.
    void revertRequested(const Article &snapshot);

private:
    struct Span
    {
        int first;
        int last;
    };
    QList<Span> selectedSpans() const;
    void fitRows();
    static QString articleText(const Article &article);

    ArticleStore *m_store;
    QString m_id;
    QTreeWidget *m_tree;
    QTextBrowser *m_viewer;
    QPushButton *m_show;
    QPushButton *m_compare;
    QPushButton *m_revert;
};
