// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk serve`: the site on 127.0.0.1, republished when the store changes (on SQLite and on
// a real PostgreSQL, whose saves arrive by LISTEN/NOTIFY) with open pages reloading themselves
// — seen in a real browser engine (QtWebEngine's Chromium) — a port in use refused by name,
// addresses outside the site refused, and a clean end on SIGTERM.
#include "postgresserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QtTest>

#include <csignal>

using TestSupport::Run;
using TestSupport::runCli;

namespace {

struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// One request over a socket of its own, as a browser makes it (HTTP/1.1, Connection: close).
Response request(const QUrl &url, const QByteArray &method, const QByteArray &target)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: " + url.host().toUtf8()
        + "\r\nConnection: close\r\n\r\n");
    QByteArray all;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        all += socket.readAll();
    all += socket.readAll();
    Response response;
    const qsizetype end = all.indexOf("\r\n\r\n");
    response.head = all.left(end);
    response.body = all.mid(end + 4);
    response.status = response.head.mid(9, 3).toInt();
    return response;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void servesAndReloadsAfterAnEdit_data();
    void servesAndReloadsAfterAnEdit();
    void refusesAddressesOutsideTheSite();
    void portInUseIsAClearError();
    void badOptions();

private:
    Run cli(const QStringList &arguments) { return runCli(m_store, arguments); }
    QString publishedStory(const QString &headline);
    // Starts `copydesk serve --json` and waits for its address and first publish.
    bool startServe(const QStringList &extra = {});
    // The next JSON line the server prints, within `ms`.
    QJsonObject nextLine(int ms = 30000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<QProcess> m_serve;
    QUrl m_url;
    QString m_folder;
};

void TestServe::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(u"store.sqlite"_qs);
    qputenv("XDG_CACHE_HOME", m_dir->filePath(u"cache"_qs).toUtf8());
}

void TestServe::cleanup()
{
    if (m_serve && m_serve->state() != QProcess::NotRunning) {
        m_serve->kill();
        m_serve->waitForFinished();
    }
    m_serve.reset();
}

QString TestServe::publishedStory(const QString &headline)
{
    const Run created = cli({u"new"_qs, u"--headline"_qs, headline});
    if (created.exitCode != 0)
        return {};
    const QString id = created.outText().trimmed();
    const Run edited = cli({u"edit"_qs, id, u"--set"_qs, u"status=published"_qs, u"--set"_qs,
        u"body=The council met on Tuesday."_qs});
    return edited.exitCode == 0 ? id : QString();
}

QJsonObject TestServe::nextLine(int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (!m_serve->canReadLine() && waited.elapsed() < ms)
        m_serve->waitForReadyRead(100);
    return QJsonDocument::fromJson(m_serve->readLine()).object();
}

bool TestServe::startServe(const QStringList &extra)
{
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessChannelMode(QProcess::SeparateChannels);
    m_serve->start(TestSupport::binary(),
        QStringList {u"--store"_qs, m_store, u"serve"_qs, u"--port"_qs, u"0"_qs, u"--json"_qs}
            + extra);
    if (!m_serve->waitForStarted())
        return false;
    const QJsonObject serving = nextLine();
    m_url = QUrl(serving.value(u"url").toString());
    m_folder = serving.value(u"folder").toString();
    if (!m_url.isValid() || m_folder.isEmpty()) {
        qWarning() << m_serve->readAllStandardError();
        return false;
    }
    return nextLine().value(u"ok").toBool(); // the first publish
}

void TestServe::servesAndReloadsAfterAnEdit_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

void TestServe::servesAndReloadsAfterAnEdit()
{
    QFETCH(QString, backend);
    if (backend == u"postgresql") {
        if (PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (no initdb/pg_ctl)");
        if (!m_server) {
            m_server = std::make_unique<PostgresServer>();
            QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        }
        m_store = m_server->createDatabase(u"serve"_qs);
        QVERIFY2(!m_store.isEmpty(), qPrintable(m_server->error()));
    }
    const QString id = publishedStory(u"Council approves new bridge"_qs);
    QVERIFY(!id.isEmpty());
    QVERIFY(startServe());
    QCOMPARE(m_url.host(), u"127.0.0.1"_qs);

    // The front page as a reader's browser gets it: the story, and the reload script, which
    // the site on disk does not carry.
    const Response front = request(m_url, "GET", "/");
    QCOMPARE(front.status, 200);
    QVERIFY(front.head.contains("Content-Type: text/html; charset=utf-8"));
    QVERIFY(front.body.contains("Council approves new bridge"));
    QVERIFY(front.body.contains("<script src=\"/.copydesk-live/reload.js\"></script>"));
    const QString onDisk = readText(m_folder + u"/index.html"_qs);
    QVERIFY(onDisk.contains(u"Council approves new bridge"_qs));
    QVERIFY(!onDisk.contains(u"copydesk-live"_qs));
    // Feeds name pages by the address they are served at.
    QVERIFY(readText(m_folder + u"/feed.xml"_qs).contains(m_url.toString() + u"news/"_qs));

    // The page open in a browser engine.
    QWebEnginePage page;
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    const QString slug =
        cli({u"show"_qs, id, u"--json"_qs}).json().object().value(u"slug").toString();
    page.load(m_url.resolved(QUrl(u"news/"_qs + slug + u'/')));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
    QVERIFY(loaded.first().first().toBool());
    const auto title = [&page] {
        QString text;
        page.runJavaScript(u"document.querySelector('h1').textContent"_qs,
            [&text](const QVariant &value) { text = value.toString(); });
        for (int waited = 0; text.isEmpty() && waited < 10000; waited += 50)
            QTest::qWait(50);
        return text;
    };
    QCOMPARE(title(), u"Council approves new bridge"_qs);
    // The page's event stream is open before the edit.
    QTest::qWait(500);

    QElapsedTimer sinceSave;
    sinceSave.start();
    const Run edited =
        cli({u"edit"_qs, id, u"--set"_qs, u"headline=Council delays the bridge vote"_qs});
    QVERIFY2(edited.exitCode == 0, edited.err);
    // (A run may come between that changes nothing: the first publication's stamp in the store
    // is seen as a change as well.)
    QJsonObject republished;
    for (int runs = 0; runs < 3 && republished.value(u"written").toInt() == 0; ++runs) {
        republished = nextLine();
        QVERIFY2(republished.value(u"ok").toBool(), m_serve->readAllStandardError().constData());
    }
    QVERIFY(republished.value(u"written").toInt() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
    qInfo("%s: the open page reloaded %lld ms after the save", qPrintable(backend),
        sinceSave.elapsed());
    QCOMPARE(title(), u"Council delays the bridge vote"_qs);

    // SIGTERM: a clean end.
    m_serve->terminate();
    QVERIFY(m_serve->waitForFinished(30000));
    QCOMPARE(m_serve->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_serve->exitCode(), 0);
    QVERIFY(m_serve->readAllStandardError().contains("serve: stopped"));
}

void TestServe::refusesAddressesOutsideTheSite()
{
    QVERIFY(!publishedStory(u"A story"_qs).isEmpty());
    QVERIFY(startServe());
    QCOMPARE(request(m_url, "GET", "/../../../etc/passwd").status, 400);
    QCOMPARE(request(m_url, "GET", "/%2e%2e/%2e%2e/etc/passwd").status, 400);
    QCOMPARE(request(m_url, "GET", "/.copydesk/").status, 400);
    const Response missing = request(m_url, "GET", "/no/such/page/");
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.contains("not-found-page")); // the site's own 404 page
    QCOMPARE(request(m_url, "POST", "/").status, 405);
    const Response folder = request(m_url, "GET", "/search");
    QCOMPARE(folder.status, 301);
    QVERIFY(folder.head.contains("\r\nLocation: /search/"));
    const Response head = request(m_url, "HEAD", "/assets/site.css");
    QCOMPARE(head.status, 200);
    QVERIFY(head.head.contains("Content-Type: text/css"));
    QVERIFY(head.body.isEmpty());
    QCOMPARE(request(m_url, "GET", "/search/?q=bridge").status, 200);
}

void TestServe::portInUseIsAClearError()
{
    QVERIFY(!publishedStory(u"A story"_qs).isEmpty());
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    const Run refused = cli({u"serve"_qs, u"--port"_qs, QString::number(taken.serverPort())});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.errText().contains(u"port %1 on 127.0.0.1 is in use"_qs.arg(taken.serverPort())),
        refused.err);
}

void TestServe::badOptions()
{
    QVERIFY(!publishedStory(u"A story"_qs).isEmpty());
    const Run port = cli({u"serve"_qs, u"--port"_qs, u"http"_qs});
    QCOMPARE(port.exitCode, 1);
    QVERIFY2(port.errText().contains(u"--port wants a number from 0 to 65535"_qs), port.err);
    const Run bind = cli({u"serve"_qs, u"--bind"_qs, u"localhost:80"_qs});
    QCOMPARE(bind.exitCode, 1);
    QVERIFY2(bind.errText().contains(u"--bind wants an IP address"_qs), bind.err);
}

QTEST_MAIN(TestServe)
#include "tst_serve.moc"
