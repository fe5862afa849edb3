// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharing/sharedstorelink.h"

#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/articlesaver.h"
#include "mainwindow.h"
#include "sharing/conflictdialog.h"
#include "sharing/storesettingsdialog.h"
#include "store/articlestore.h"
#include "store/articlestorewatcher.h"
#include "store/sqldialect.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

SharedStoreLink::SharedStoreLink(MainWindow *window)
    : QObject(window),
      m_window(window),
      m_watcher(new ArticleStoreWatcher(window->store()->location(), this)),
      m_connection(new QLabel(window)),
      m_lastActivity(QDateTime::currentDateTimeUtc()),
      m_shared(isPostgresLocation(window->store()->location()))
{
    m_connection->setObjectName(QStringLiteral("storeConnection"));
    m_connection->setVisible(m_shared);
    m_connection->setToolTip(window->store()->dialect().describe(window->store()->location()));
    window->statusBar()->addPermanentWidget(m_connection);
    onConnectionChanged(m_watcher->isConnected());

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SharedStoreLink::refreshList);
    connect(
        m_watcher, &ArticleStoreWatcher::articleChanged, this, &SharedStoreLink::onArticleChanged);
    connect(m_watcher, &ArticleStoreWatcher::connectionChanged, this,
        &SharedStoreLink::onConnectionChanged);

    // The lock is renewed while the reporter works; after lockTimeout() without input it lapses.
    m_heartbeat.setInterval(60 * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        const qint64 idle = m_lastActivity.secsTo(QDateTime::currentDateTimeUtc());
        if (idle < m_window->store()->lockTimeout() / 2)
            renewLock();
    });
    m_heartbeat.start();
    qApp->installEventFilter(this);
    connect(window, &MainWindow::documentChanged, this, &SharedStoreLink::onDocumentChanged);
    if (window->document())
        onDocumentChanged(window->document());
    // A new article gets its lock once it has reached the store.
    connect(window->saver(), &ArticleSaver::articleStored, this, [this](const Article &stored) {
        if (m_lockedId.isEmpty() && m_window->document() && stored.id == m_window->document()->id())
            renewLock();
    });

    // Side by side instead of the window's plain notice.
    disconnect(window->saver(), &ArticleSaver::conflictDetected, window, &MainWindow::showConflict);
    connect(window->saver(), &ArticleSaver::conflictDetected, this, &SharedStoreLink::onConflict);

    QAction *chooseStore = window->fileMenu()->addAction(tr("S&tore…"));
    chooseStore->setObjectName(QStringLiteral("chooseStore"));
    connect(chooseStore, &QAction::triggered, window, [window] {
        StoreSettingsDialog dialog(
            window->store()->dialect().describe(window->store()->location()), window);
        dialog.exec();
    });
}

SharedStoreLink::~SharedStoreLink()
{
    qApp->removeEventFilter(this);
}

bool SharedStoreLink::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress
        || event->type() == QEvent::InputMethod)
        m_lastActivity = QDateTime::currentDateTimeUtc();
    return QObject::eventFilter(watched, event);
}

void SharedStoreLink::onArticleChanged(const QString &id)
{
    if (id.isEmpty())
        m_reloadAll = true;
    else
        m_changed.insert(id);
    m_refreshTimer.start();
}

void SharedStoreLink::refreshList()
{
    ArticleListModel *model = m_window->articleList()->model();
    const QSet<QString> changed = std::exchange(m_changed, {});
    try {
        // While a search is shown the hits may change in ways one row cannot tell.
        if (std::exchange(m_reloadAll, false) || !model->searchText().isEmpty()) {
            model->reload();
            return;
        }
        for (const QString &id : changed) {
            if (const auto article = m_window->store()->find(id))
                model->articleStored(*article);
            else
                model->articleRemoved(id);
        }
    } catch (const StoreError &error) {
        m_window->statusBar()->showMessage(error.message(), 10000);
    }
}

void SharedStoreLink::onConnectionChanged(bool connected)
{
    if (!m_shared)
        return;
    m_connection->setText(connected
            ? tr("● Shared store online")
            : tr("○ Shared store offline: your edits are kept and saved when it is back"));
    m_connection->setStyleSheet(
        connected ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
    if (connected) {
        // Whatever waited while the server was away goes out now (with the revision check).
        renewLock();
    }
}

void SharedStoreLink::renewLock()
{
    ArticleDocument *document = m_window->document();
    if (!document || !m_watcher->isConnected())
        return;
    try {
        const EditLock lock = m_window->store()->lockForEditing(document->id());
        const bool announce = m_lockedId != document->id() && !lock.mine;
        m_lockedId = document->id();
        if (announce)
            m_window->showNotice(
                tr("Being edited by %1 since %2. You can still edit: your saves are "
                   "checked against theirs, nothing is overwritten.")
                    .arg(lock.holder, lock.since.toLocalTime().toString(QStringLiteral("HH:mm"))));
    } catch (const StoreError &) {
        // Not stored yet (a new article) or the server is away: tried again later.
    }
}

void SharedStoreLink::onDocumentChanged(ArticleDocument *document)
{
    if (!m_lockedId.isEmpty() && (!document || document->id() != m_lockedId)) {
        try {
            m_window->store()->releaseLock(m_lockedId);
        } catch (const StoreError &) {
            // The server is away; the lock lapses by itself.
        }
    }
    m_lockedId.clear();
    m_lastActivity = QDateTime::currentDateTimeUtc();
    renewLock();
}

void SharedStoreLink::onConflict(const Article &mine, const QString &message)
{
    std::optional<Article> theirs;
    try {
        theirs = m_window->store()->find(mine.id);
    } catch (const StoreError &) {
    }
    if (!theirs) {
        m_window->showConflict(mine, message);
        return;
    }
    auto *dialog = new ConflictDialog(mine, *theirs, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int theirRevision = theirs->revision;
    connect(dialog, &QDialog::accepted, this, [this, dialog, theirRevision, mine] {
        ArticleDocument *document = m_window->document();
        if (!document || document->id() != mine.id)
            return;
        if (dialog->choice() != ConflictDialog::KeepMine) {
            Article result = dialog->result();
            result.revision = document->article().revision;
            document->replaceContent(result,
                dialog->choice() == ConflictDialog::TakeTheirs ? tr("Take Their Version")
                                                               : tr("Merge With Their Version"));
        }
        m_window->saver()->resumeAfterConflict(theirRevision);
    });
    connect(dialog, &QDialog::rejected, this,
        [this, mine, message] { m_window->showConflict(mine, message); });
    dialog->open();
}

SharedStoreLink *attachSharedStore(MainWindow *window)
{
    return new SharedStoreLink(window);
}
