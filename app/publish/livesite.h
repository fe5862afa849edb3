// SPDX-License-Identifier: GPL-3.0-or-later
// The site kept live while a reporter works: published into a working folder, served there
// (SiteServer), and published again whenever the store changes — a save in any Copydesk on the
// same store, seen by the store watcher (LISTEN/NOTIFY on PostgreSQL, four looks a second at an
// SQLite file) — after which open pages reload themselves. What `copydesk serve` runs and what
// the editor's View → Open Site Preview starts.
//
// Publishing runs on a worker thread with a store connection of its own, so the server answers
// while it runs; changes that arrive meanwhile make one more run after it (ghostwriter's "update
// in flight → once more after"), not one each. Runs after the first are incremental: an edit
// rewrites its own pages and the lists that show it, milliseconds on the demo newsroom.
#pragma once

#include "publish/publisher.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

class ArticleStoreWatcher;
class SiteServer;

class LiveSite : public QObject
{
    Q_OBJECT

public:
    // What a run did, or why it failed.
    struct Run
    {
        bool ok = false;
        PublishReport report;
        QString message;
    };

    // `options` as a publish would take them; outDir is the working folder, and baseUrl is
    // replaced by the server's own address.
    LiveSite(
        const QString &storeLocation, const PublishOptions &options, QObject *parent = nullptr);
    ~LiveSite() override;

    // Listens (see SiteServer::listen), then publishes a first time. False with `error` when
    // nothing could listen.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    // Publishes a first time and after every change, serving nothing: the site is the folder's
    // own (what the editor's "publish while open" runs, as `publish --watch` does).
    void startWithoutServer();
    QUrl url() const;
    bool isPublishing() const { return m_run.isRunning(); }

signals:
    void published(const LiveSite::Run &run);

private:
    void publishSoon();
    void publishNow();
    void finished();

    QString m_storeLocation;
    PublishOptions m_options;
    SiteServer *m_server = nullptr;
    ArticleStoreWatcher *m_watcher = nullptr;
    QTimer m_settle; // saves in quick succession: one run
    QTimer m_due; // a scheduled or embargoed story falls due
    QFutureWatcher<Run> m_run;
    bool m_again = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
