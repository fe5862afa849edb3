// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QWidget>

class ArticleStore;
class QListWidget;
class QPushButton;
class QTextBrowser;

// The open article's revisions (who saved, when): show one, compare two word by word, or
// revert to one (an undoable edit that autosave stores as a new revision).
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(ArticleStore *store, QWidget *parent = nullptr);

    void setArticleId(const QString &id);
    QListWidget *revisionList() const { return m_list; }
    QTextBrowser *viewer() const { return m_viewer; }

public slots:
    void reload();
    void showSelected();
    void compareSelected();

signals:
    // The user asked to revert to this snapshot.
    void revertRequested(const Article &snapshot);

private:
    QList<int> selectedRevisions() const;
    static QString articleText(const Article &article);

    ArticleStore *m_store;
    QString m_id;
    QListWidget *m_list;
    QTextBrowser *m_viewer;
    QPushButton *m_show;
    QPushButton *m_compare;
    QPushButton *m_revert;
};
