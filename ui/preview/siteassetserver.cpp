// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteassetserver.h"

#include "render/pagerenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMimeDatabase>
#include <QUrl>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

QByteArray SiteAssetServer::scheme()
{
    return QByteArrayLiteral("copydesk-preview");
}

void SiteAssetServer::registerScheme()
{
    QWebEngineUrlScheme preview(scheme());
    // Host syntax gives pages an origin of their own, so the page's CSP 'self' admits the
    // assets; secure like the https sites pages are published to.
    preview.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    preview.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(preview);
}

// Qt WebEngine accepts schemes only before it starts, which the first web view does; running
// with the application object is early enough wherever the pane is used.
static void registerPreviewScheme()
{
    SiteAssetServer::registerScheme();
}
Q_COREAPP_STARTUP_FUNCTION(registerPreviewScheme)

SiteAssetServer::SiteAssetServer(QObject *parent) : QWebEngineUrlSchemeHandler(parent) { }

void SiteAssetServer::requestStarted(QWebEngineUrlRequestJob *job)
{
    // The site's assets live at <base path>assets/<name>; the base path is the publisher's.
    const QString path = job->requestUrl().path();
    for (const auto &[name, bytes] : PageRenderer::siteAssets()) {
        if (!path.endsWith(QStringLiteral("/assets/") + name))
            continue;
        auto *buffer = new QBuffer(job);
        buffer->setData(bytes);
        const QByteArray type =
            QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name().toLatin1();
        job->reply(type, buffer);
        return;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}
