// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

// Serves the published site's assets (style sheets, scripts) to the preview under its own URL
// scheme, so a page whose links are root-relative ("/assets/site.css") finds the very bytes the
// publisher writes, before anything was ever published.
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

    void requestStarted(QWebEngineUrlRequestJob *job) override;
};
