// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class ArticleListModel;
class ArticleStore;
class QComboBox;
class QLineEdit;
class QTreeView;

// The left pane: search box, status and section filters, and the sortable article list.
class ArticleListPane : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleListPane(ArticleStore *store, QWidget *parent = nullptr);

    ArticleListModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *sectionFilter() const { return m_section; }
    QTreeView *view() const { return m_view; }

    // Marks the article open in the editor.
    void setCurrentArticle(const QString &id);
    void refreshSections();
    // Offers `section` in the section filter when it is new (an article was just saved in it).
    void noteSection(const QString &section);

signals:
    void articleActivated(const QString &id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFilter();

    ArticleStore *m_store;
    ArticleListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_section;
    QTreeView *m_view;
    QTimer m_searchTimer;
};
