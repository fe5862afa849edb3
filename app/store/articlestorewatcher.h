// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class SqlDialect;

// Tells an open Copydesk that articles in its store changed, whoever changed them, so that
// lists can refresh. On PostgreSQL it LISTENs on the channel every save, publication, kill
// and purge NOTIFYs (within a second), and reconnects by itself after the server comes back;
// on an SQLite file it looks for commits by other connections four times a second.
//
// It keeps a connection of its own (the store's may be busy in a save), in the thread that
// created it, which needs an event loop.
class ArticleStoreWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ArticleStoreWatcher(const QString &location, QObject *parent = nullptr);
    ~ArticleStoreWatcher() override;

    // Whether changes can be seen right now (false while a shared store's server is away).
    bool isConnected() const { return m_connected; }

signals:
    // The article with this id was created, saved, published, killed or purged. An empty id
    // means "something may have changed": after a reconnect, or where the back end cannot say.
    void articleChanged(const QString &id);
    // The connection to the store was lost (false) or is back (true).
    void connectionChanged(bool connected);

private:
    void connectToStore();
    void check();
    void setConnected(bool connected);

    QString m_location;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    QTimer m_timer;
    bool m_connected = false;
    bool m_everConnected = false;
    bool m_listening = false; // PostgreSQL: notifications arrive; else polling
    qint64 m_dataVersion = -1;
};
