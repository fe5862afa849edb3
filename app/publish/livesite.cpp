// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/livesite.h"

#include "model/storylife.h"
#include "publish/siteserver.h"
#include "store/articlestore.h"
#include "store/articlestorewatcher.h"

#include <QtConcurrent>

namespace {

// Saves a moment apart (a reporter's save, then the store's own stamp) make one run.
constexpr int kSettleMs = 150;

} // namespace

LiveSite::LiveSite(const QString &storeLocation, const PublishOptions &options, QObject *parent)
    : QObject(parent), m_storeLocation(storeLocation), m_options(options)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &LiveSite::publishNow);
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &LiveSite::publishNow);
    connect(&m_run, &QFutureWatcher<Run>::finished, this, &LiveSite::finished);
}

LiveSite::~LiveSite()
{
    if (m_cancel)
        *m_cancel = true;
    m_run.waitForFinished();
}

bool LiveSite::start(const QHostAddress &address, quint16 port, QString *error)
{
    m_server = new SiteServer(m_options.outDir, this);
    if (!m_server->listen(address, port, error))
        return false;
    // Feeds and the sitemap name pages by the address they are served at.
    m_options.baseUrl = m_server->url().toString();
    startWithoutServer();
    return true;
}

void LiveSite::startWithoutServer()
{
    m_watcher = new ArticleStoreWatcher(m_storeLocation, this);
    connect(m_watcher, &ArticleStoreWatcher::articleChanged, this, &LiveSite::publishSoon);
    publishNow();
}

QUrl LiveSite::url() const
{
    return m_server ? m_server->url() : QUrl();
}

void LiveSite::publishSoon()
{
    // Not restarted by the next change: a store written to all the time (heartbeats of the
    // edit locks, a batch import) still gets its runs.
    if (!m_settle.isActive())
        m_settle.start();
}

void LiveSite::publishNow()
{
    m_settle.stop();
    if (m_run.isRunning()) {
        m_again = true;
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_run.setFuture(QtConcurrent::run(
        [location = m_storeLocation, options = m_options, cancel = m_cancel]() -> Run {
            Run run;
            try {
                // A connection of this thread's own: the store's stays in the thread that made it.
                const auto store = ArticleStore::open(location);
                Publisher publisher(*store, options);
                publisher.setCancelFlag(cancel.get());
                run.report = publisher.publish();
                run.ok = true;
            } catch (const Copydesk::Error &error) {
                run.message = error.message();
            }
            return run;
        }));
    m_options.full = false; // only the first run may rebuild everything
}

void LiveSite::finished()
{
    const Run run = m_run.result();
    if (run.ok) {
        // Not after a run that changed nothing (the first publication's own stamp in the store
        // is seen as a change too): a page reloading for nothing loses the reader's scroll.
        if (m_server && (run.report.written > 0 || run.report.removed > 0))
            m_server->reloadPages();
        // A story held back by its schedule or embargo goes up when it falls due.
        if (run.report.nextDue.isValid()) {
            const qint64 ms = Copydesk::currentTime().msecsTo(run.report.nextDue);
            m_due.start(int(qBound(qint64(0), ms + 100, qint64(24) * 3600 * 1000)));
        } else {
            m_due.stop();
        }
    }
    emit published(run);
    if (std::exchange(m_again, false))
        publishNow();
}
