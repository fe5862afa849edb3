// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestorewatcher.h"

#include "store/sqldialect.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

ArticleStoreWatcher::ArticleStoreWatcher(const QString &location, QObject *parent)
    : QObject(parent), m_location(location), m_dialect(makeDialect(location))
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("copydesk-watcher-%1").arg(counter.fetchAndAddRelaxed(1));
    m_listening = !m_dialect->notifyStatement().isEmpty();
    // Notifications need no polling, only a look now and then whether the server went away.
    // On SQLite a look is a PRAGMA (microseconds); four a second keep a live site preview
    // (LiveSite) within a second of a save.
    m_timer.setInterval(m_listening ? 2000 : 250);
    connect(&m_timer, &QTimer::timeout, this, &ArticleStoreWatcher::check);
    connectToStore();
    m_timer.start();
}

ArticleStoreWatcher::~ArticleStoreWatcher()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ArticleStoreWatcher::connectToStore()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
        try {
            m_dialect->configure(db, m_location, ArticleStore::OpenMode::ExistingOnly);
        } catch (const std::exception &) {
            return; // not a store; the store itself reports why
        }
        // The driver outlives closing and reopening, so this is connected once.
        if (m_listening) {
            connect(db.driver(), &QSqlDriver::notification, this,
                [this](
                    const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == QLatin1StringView(kNotificationChannel))
                        emit articleChanged(payload.toString());
                });
        }
    }
    db.close();
    if (!db.open()) {
        setConnected(false);
        return;
    }
    if (m_listening
        && !db.driver()->subscribeToNotification(QString::fromLatin1(kNotificationChannel))) {
        db.close();
        setConnected(false);
        return;
    }
    // The version to compare with from now on, read now: a commit before the first look would
    // otherwise be taken for how the store was (a save made right after a live site started).
    m_dataVersion = -1;
    if (!m_listening) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
            m_dataVersion = query.value(0).toLongLong();
    }
    const bool reconnected = m_everConnected;
    m_everConnected = true;
    setConnected(true);
    // Whatever happened while away was not announced to us.
    if (reconnected)
        emit articleChanged(QString());
}

void ArticleStoreWatcher::check()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid())
        return;
    if (!db.isOpen() || m_dialect->connectionLost(db)) {
        setConnected(false);
        connectToStore();
        return;
    }
    if (m_listening) {
        for (const QString &id : m_dialect->takeNotifications(db))
            emit articleChanged(id);
        return;
    }
    // SQLite: data_version changes when another connection (the store's, another process's)
    // has committed.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        emit articleChanged(QString());
    m_dataVersion = version;
}

void ArticleStoreWatcher::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    emit connectionChanged(connected);
}
