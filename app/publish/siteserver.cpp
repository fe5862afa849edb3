// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/siteserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

constexpr qint64 kMaxRequestHead = 16 * 1024;
constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;
constexpr char kLivePrefix[] = "/.copydesk-live/";

// Reloads the page when the server says the site changed. EventSource reconnects by itself
// when the server restarts; a page served by a newer run then carries on.
constexpr char kReloadScript[] =
    "(function () {\n"
    "  \"use strict\";\n"
    "  var events = new EventSource(\"/.copydesk-live/events\");\n"
    "  events.addEventListener(\"reload\", function () { window.location.reload(); });\n"
    "})();\n";

QByteArray contentType(const QString &path)
{
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("xml"), "application/xml"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("avif"), "image/avif"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("woff2"), "font/woff2"},
    };
    return types.value(QFileInfo(path).suffix().toLower(), "application/octet-stream");
}

// The page with the reload script before its </body> (or at its end).
QByteArray withReloadScript(QByteArray page)
{
    static const QByteArray tag =
        QByteArray("<script src=\"") + kLivePrefix + "reload.js\"></script>\n";
    const qsizetype at = page.lastIndexOf("</body>");
    return at < 0 ? page + tag : page.insert(at, tag);
}

} // namespace

SiteServer::SiteServer(const QString &root, QObject *parent)
    : QObject(parent), m_root(QDir(root).absolutePath()), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SiteServer::accept);
}

SiteServer::~SiteServer() = default;

bool SiteServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error) {
        *error = m_server->serverError() == QAbstractSocket::AddressInUseError
            ? QStringLiteral("port %1 on %2 is in use (another server is listening there); choose "
                             "another with --port, or --port 0 for any free one")
                  .arg(port)
                  .arg(address.toString())
            : QStringLiteral("cannot listen on %1 port %2: %3")
                  .arg(address.toString())
                  .arg(port)
                  .arg(m_server->errorString());
    }
    return false;
}

QUrl SiteServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void SiteServer::reloadPages()
{
    ++m_reloads;
    const QByteArray event = "event: reload\ndata: " + QByteArray::number(m_reloads) + "\n\n";
    for (const QPointer<QTcpSocket> &stream : std::as_const(m_streams)) {
        if (stream && stream->state() == QAbstractSocket::ConnectedState)
            stream->write(event);
    }
}

int SiteServer::openPages() const
{
    int open = 0;
    for (const QPointer<QTcpSocket> &stream : m_streams)
        open += stream && stream->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return open;
}

QString SiteServer::fileFor(const QString &target)
{
    QString path = target.section(u'?', 0, 0).section(u'#', 0, 0);
    path = QUrl::fromPercentEncoding(path.toUtf8());
    if (!path.startsWith(u'/') || path.contains(QChar(0)) || path.contains(u'\\'))
        return {};
    // No step out of the root, and not into the publisher's own state.
    const QStringList steps = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        if (step == u".." || step == u"." || step == u".copydesk")
            return {};
    }
    QString file = steps.join(u'/');
    if (path.endsWith(u'/'))
        file += file.isEmpty() ? QStringLiteral("index.html") : QStringLiteral("/index.html");
    return file;
}

void SiteServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
    }
}

void SiteServer::read(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll(); // an event stream's client says nothing more that matters
        return;
    }
    const QByteArray head = socket->peek(kMaxRequestHead);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() >= kMaxRequestHead) {
            reply(socket, "431 Request Header Fields Too Large", "text/plain; charset=utf-8",
                "The request's head is too large.\n", false);
        }
        return;
    }
    socket->read(end + 4);
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        reply(socket, "400 Bad Request", "text/plain; charset=utf-8", "Not an HTTP request.\n",
            false);
        return;
    }
    respond(socket, requestLine.at(0), requestLine.at(1));
}

void SiteServer::respond(QTcpSocket *socket, const QByteArray &method, const QByteArray &target)
{
    const bool head = method == "HEAD";
    if (method != "GET" && !head) {
        reply(socket, "405 Method Not Allowed", "text/plain; charset=utf-8", "Only GET and HEAD.\n",
            false, {"Allow: GET, HEAD"});
        return;
    }
    const QByteArray path = target.split('?').front();
    if (path == QByteArray(kLivePrefix) + "reload.js") {
        reply(socket, "200 OK", "text/javascript; charset=utf-8", kReloadScript, head);
        return;
    }
    if (path == QByteArray(kLivePrefix) + "events" && !head) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                      "Cache-Control: no-store\r\nConnection: keep-alive\r\n\r\n"
                      ": the site reloads when it changes\n\n");
        m_streams.removeAll(nullptr);
        m_streams << socket;
        return;
    }

    const QString file = fileFor(QString::fromUtf8(target));
    if (file.isEmpty()) {
        reply(socket, "400 Bad Request", "text/plain; charset=utf-8",
            "That address names nothing on this site.\n", head);
        return;
    }
    const QFileInfo info(m_root + u'/' + file);
    if (info.isDir()) {
        // /section/x → /section/x/, where the page's relative links work.
        reply(socket, "301 Moved Permanently", "text/plain; charset=utf-8", {}, head,
            {"Location: " + path + '/'});
        return;
    }
    QFile body(info.filePath());
    if (!info.isFile() || !body.open(QIODevice::ReadOnly)) {
        QFile notFound(m_root + QStringLiteral("/404.html"));
        const QByteArray page = notFound.open(QIODevice::ReadOnly)
            ? withReloadScript(notFound.readAll())
            : QByteArray("<!doctype html><title>Not found</title><p>Not found.</p>\n");
        reply(socket, "404 Not Found", "text/html; charset=utf-8", page, head);
        return;
    }
    if (body.size() > kMaxFileBytes) {
        reply(socket, "500 Internal Server Error", "text/plain; charset=utf-8",
            "The file is too large to preview.\n", head);
        return;
    }
    const QByteArray type = contentType(file);
    QByteArray bytes = body.readAll();
    if (type.startsWith("text/html"))
        bytes = withReloadScript(std::move(bytes));
    reply(socket, "200 OK", type, bytes, head);
}

void SiteServer::reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &type,
    const QByteArray &body, bool headOnly, const QList<QByteArray> &headers)
{
    QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: " + type
        + "\r\nContent-Length: "
        + QByteArray::number(body.size())
        // A preview: always the file as it is now.
        + "\r\nCache-Control: no-store\r\nConnection: close\r\n";
    for (const QByteArray &header : headers)
        response += header + "\r\n";
    response += "\r\n";
    if (!headOnly)
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
}
