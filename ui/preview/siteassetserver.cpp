// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteassetserver.h"

#include "media/rendition.h"
#include "render/pagerenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMimeDatabase>
#include <QRegularExpression>
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

// Renditions once made are kept (up to 64 MB): every edit swaps a new page in, which asks for
// its pictures again, and a 1600-pixel WebP takes libvips a few hundred milliseconds.
SiteAssetServer::SiteAssetServer(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_renditions(64 * 1024 * 1024)
{
}

void SiteAssetServer::notePhotos(const QList<Copydesk::Photo> &photos)
{
    for (const Copydesk::Photo &photo : photos)
        m_photos.insert(photo.sha256.left(20), photo);
}

void SiteAssetServer::requestStarted(QWebEngineUrlRequestJob *job)
{
    // The site's assets live at <base path>assets/<name>; the base path is the publisher's.
    const QString path = job->requestUrl().path();
    static const QRegularExpression rendition(
        QStringLiteral(R"(/media/v1-([0-9a-f]{20})-([0-9]{1,5})\.(jpg|webp)$)"));
    if (const auto match = rendition.match(path); match.hasMatch()) {
        servePhoto(job, match.captured(1), match.captured(2).toInt(), match.captured(3));
        return;
    }
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

void SiteAssetServer::servePhoto(
    QWebEngineUrlRequestJob *job, const QString &hash, int width, const QString &extension)
{
    const auto photo = m_photos.constFind(hash);
    // Only the widths the page names (renditionWidths()): no encoding of any size asked for.
    if (photo == m_photos.cend() || !m_originals
        || !Copydesk::renditionWidths(photo->width).contains(width)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const Copydesk::ImageFormat format =
        extension == u"webp" ? Copydesk::ImageFormat::Webp : Copydesk::ImageFormat::Jpeg;
    const QByteArray type = Copydesk::mimeType(format).toLatin1();
    const QString key = Copydesk::renditionPath(photo->sha256, width, extension);
    if (const QByteArray *cached = m_renditions.object(key)) {
        auto *buffer = new QBuffer(job);
        buffer->setData(*cached);
        job->reply(type, buffer);
        return;
    }
    // Made off the GUI thread; the watcher goes with the job when the page drops the request.
    auto *watcher = new QFutureWatcher<QByteArray>(job);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, job, [this, watcher, job, key, type] {
        const QByteArray bytes = watcher->result();
        if (bytes.isEmpty()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        m_renditions.insert(key, new QByteArray(bytes), bytes.size());
        auto *buffer = new QBuffer(job);
        buffer->setData(bytes);
        job->reply(type, buffer);
    });
    watcher->setFuture(m_originals(photo->sha256)
                           .then(QtFuture::Launch::Async,
                               [width, format](const QByteArray &original) -> QByteArray {
                                   if (original.isEmpty())
                                       return {};
                                   try {
                                       const QList<Copydesk::Rendition> made =
                                           Copydesk::makeRenditions(original, {width}, {format});
                                       return made.isEmpty() ? QByteArray() : made.first().bytes;
                                   } catch (const std::exception &) {
                                       return {}; // refused or damaged: the page shows the alt text
                                   }
                               }));
}
