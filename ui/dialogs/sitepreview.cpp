// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/sitepreview.h"

#include "dialogs/publishdialog.h"
#include "editor/articledocument.h"
#include "mainwindow.h"
#include "publish/livesite.h"
#include "publish/sitesettings.h"
#include "store/articlestore.h"

#include <QAction>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>

namespace {

// The site of one store at a time, started on first use and kept until the window closes or
// another store is opened.
class SitePreview : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(SitePreview)

public:
    explicit SitePreview(MainWindow *window) : QObject(window), m_window(window) { }

    void open()
    {
        ArticleStore *store = m_window->store();
        if (!store)
            return;
        if (m_site && m_location == store->location()) {
            if (m_site->isPublishing())
                m_openWhenPublished = true;
            else
                show();
            return;
        }
        delete m_site;
        m_location = store->location();
        PublishOptions options;
        try {
            options = publishDefaults(readSiteSettings(*store));
        } catch (const Copydesk::Error &error) {
            fail(error.message());
            return;
        }
        options.includeReady = PublishDialog::rememberedOptions().includeReady;
        options.outDir = workingFolder(m_location);
        if (!QDir().mkpath(options.outDir)) {
            fail(tr("Cannot make the folder %1.").arg(options.outDir));
            return;
        }
        m_site = new LiveSite(m_location, options, this);
        connect(m_site, &LiveSite::published, this, [this](const LiveSite::Run &run) {
            if (!run.ok) {
                fail(run.message);
                return;
            }
            if (std::exchange(m_openWhenPublished, false))
                show();
        });
        QString error;
        if (!m_site->start(QHostAddress::LocalHost, 0, &error)) {
            delete m_site;
            fail(error);
            return;
        }
        m_openWhenPublished = true;
    }

private:
    static QString workingFolder(const QString &location)
    {
        const QByteArray key =
            QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex();
        return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/site-preview/") + QString::fromLatin1(key.left(12));
    }

    void show()
    {
        m_window->statusBar()->showMessage(
            tr("Site preview at %1: its pages reload after every save.")
                .arg(m_site->url().toString()),
            10000);
        QDesktopServices::openUrl(m_site->url());
    }

    void fail(const QString &message)
    {
        m_openWhenPublished = false;
        QMessageBox::warning(
            m_window, tr("Site Preview"), tr("The site preview cannot start: %1").arg(message));
    }

    MainWindow *m_window;
    QPointer<LiveSite> m_site;
    QString m_location;
    bool m_openWhenPublished = false;
};

} // namespace

void attachSitePreview(MainWindow *window)
{
    auto *preview = new SitePreview(window);
    auto *action = new QAction(SitePreview::tr("Open &Site Preview"), window);
    action->setObjectName(QStringLiteral("OpenSitePreviewAction"));
    action->setStatusTip(
        SitePreview::tr("Serve the published site on this computer and open it in the browser"));
    window->viewMenu()->addSeparator();
    window->viewMenu()->addAction(action);
    QObject::connect(action, &QAction::triggered, preview, &SitePreview::open);
}
