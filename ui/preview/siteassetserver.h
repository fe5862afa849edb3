// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articlemedia.h"

#include <QByteArray>
#include <QCache>
#include <QFuture>
#include <QHash>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

#include <functional>

// Serves the published site's assets (style sheets, scripts) to the preview under its own URL
// scheme, so a page whose links are root-relative ("/assets/site.css") finds the very bytes the
// publisher writes, before anything was ever published. The same for the photos: the page
// names their renditions (media/v1-<hash>-<width>.jpg|webp, see renditionPath()), and they are
// made here from the stored original as the publisher makes them (makeRenditions), off the GUI
// thread, instead of being written to a folder first.
class SiteAssetServer : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    // "copydesk-preview": pages in the preview live at copydesk-preview://site/…
    static QByteArray scheme();
    static QString host() { return QStringLiteral("site"); }
    // Registers the scheme with Qt WebEngine; must run before the web engine starts, so it
    // runs as a QCoreApplication start-up function (see siteassetserver.cpp).
    static void registerScheme();

    explicit SiteAssetServer(QObject *parent = nullptr);

    // The original's bytes by SHA-256 (empty when there is none); called on the GUI thread.
    using PhotoOriginals = std::function<QFuture<QByteArray>(const QString &sha256)>;
    void setPhotoOriginals(PhotoOriginals originals) { m_originals = std::move(originals); }
    // Photos a page may show: only their renditions are served.
    void notePhotos(const QList<Copydesk::Photo> &photos);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void servePhoto(
        QWebEngineUrlRequestJob *job, const QString &sha256, int width, const QString &extension);

    PhotoOriginals m_originals;
    QHash<QString, Copydesk::Photo> m_photos; // by the 20 hex digits renditionPath() names
    QCache<QString, QByteArray> m_renditions; // by path; cost: bytes
};
