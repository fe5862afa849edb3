// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class ArticleDocument;
class ArticleStoreWatcher;
class MainWindow;
class QLabel;
struct Article;

// What working on a store that others share adds to the window: the article list follows
// everyone's saves, publications and kills (LISTEN/NOTIFY; on SQLite, commits by other
// processes), a status-bar light says whether the server is reachable, an article someone
// else has open says who and since when (soft edit lock, renewed while the reporter works,
// ended on close, quit or idleness), a save refused because someone saved first opens both
// versions side by side, and File → Store… picks the store.
class SharedStoreLink : public QObject
{
    Q_OBJECT

public:
    explicit SharedStoreLink(MainWindow *window);
    ~SharedStoreLink() override;

    ArticleStoreWatcher *watcher() const { return m_watcher; }
    QLabel *connectionLabel() const { return m_connection; }
    // Renews (or takes) the lock on the open article now; for tests and the heartbeat.
    void renewLock();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onArticleChanged(const QString &id);
    void refreshList();
    void onConnectionChanged(bool connected);
    void onDocumentChanged(ArticleDocument *document);
    void onConflict(const Article &mine, const QString &message);

    MainWindow *m_window;
    ArticleStoreWatcher *m_watcher;
    QLabel *m_connection;
    QTimer m_refreshTimer; // coalesces a burst of notifications into one refresh
    QSet<QString> m_changed;
    bool m_reloadAll = false;
    QString m_lockedId; // the open article this window holds (or asked for) a lock on
    QTimer m_heartbeat;
    QDateTime m_lastActivity;
    bool m_shared = false;
};

// Gives the window the shared-store features above (owned by the window).
SharedStoreLink *attachSharedStore(MainWindow *window);
