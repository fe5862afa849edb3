// SPDX-License-Identifier: GPL-3.0-or-later
// A published site's folder served over HTTP for preview, with live reload: pages served from
// here load a small script that waits on an event stream (/.copydesk-live/events) and reloads
// the page when told the site changed. The script is added to the pages as they are served,
// never written into the site, so the site a publish writes stays free of it.
//
// Deliberately small: GET and HEAD of files, one request a connection, the whole file in one
// write (a site's files are pages of tens of kilobytes and photos of a few hundred). It is for
// one reporter's browser on 127.0.0.1, not for readers.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

class SiteServer : public QObject
{
    Q_OBJECT

public:
    explicit SiteServer(const QString &root, QObject *parent = nullptr);
    ~SiteServer() override;

    // Listens on address:port (0: any free port). False with `error` saying why ("port 8080
    // on 127.0.0.1 is in use"), and nothing listening.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // http://ADDRESS:PORT/ once listening.
    QUrl url() const;

    // Every open page reloads itself.
    void reloadPages();
    // Pages open now, waiting to be told (their event streams).
    int openPages() const;

    // The path under the site's root that a request's target names, "" when it names nothing
    // that may be served (outside the root, the publisher's own .copydesk folder, a NUL).
    static QString fileFor(const QString &target);

private:
    void accept();
    void read(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &method, const QByteArray &target);
    static void reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &type,
        const QByteArray &body, bool headOnly, const QList<QByteArray> &headers = {});

    QString m_root;
    QTcpServer *m_server = nullptr;
    QList<QPointer<QTcpSocket>> m_streams; // open pages' event streams
    int m_reloads = 0;
};
