// SPDX-License-Identifier: GPL-3.0-or-later
// File → Publish…: the dialog publishes on a worker thread, shows the outcome, remembers the
// folder (only one that worked), offers to open the site, says its warnings in its own words,
// and a cancel leaves the previous site alone.
#include "dialogs/publishdialog.h"
#include "dialogs/publishwhileopen.h"
#include "dialogs/sitepreview.h"
#include "editor/articledocument.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "publish/sitesettings.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestPublishDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishesAndRemembersFolder();
    void failedFolderIsNotRemembered();
    void cancelLeavesPreviousSite();
    void windowPreviewIsTheSitesPage();
    void siteSettingsReachDialogAndPreview();
    void titleAndFooterAreTheStores();
    void sitePreviewServesTheSiteLive();
    void keepsTheSitePublishedWhileOpen();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestPublishDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EditorSettings::instance()->store().remove(S("publish/perPage")); // a run before left it
    m_store = m_dir.filePath(S("store.sqlite"));
    auto store = ArticleStore::open(m_store);
    for (int i = 0; i < 300; ++i) {
        Article a;
        a.headline = S("Story %1 about the river").arg(i);
        a.body = S("The council met on Tuesday.\n\nIt voted to build a bridge.\n");
        a.section = S("Local");
        a.tags = {S("tag%1").arg(i % 9)};
        a.status = ArticleStatus::Published;
        a.published = QDateTime::currentDateTimeUtc().addSecs(-i * 60);
        store->create(a);
    }
}

void TestPublishDialog::publishesAndRemembersFolder()
{
    const QString site = m_dir.filePath(S("site"));
    {
        PublishDialog dialog(m_store);
        dialog.show();
        dialog.folderEdit()->setText(site);
        QCOMPARE(dialog.perPageBox()->value(), 20);
        dialog.perPageBox()->setValue(50);
        dialog.baseUrlEdit()->clear(); // a path-only site: the feeds' warning
        QSignalSpy finished(&dialog, &PublishDialog::finished);
        QVERIFY(!dialog.openSiteButton()->isEnabled()); // nothing published yet
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        QVERIFY(!dialog.publishButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(dialog.statusLabel()->text().contains(u"300"),
            qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.publishButton()->isEnabled());
        // The site can be opened from here: its front page.
        QVERIFY(dialog.openSiteButton()->isEnabled());
        QCOMPARE(dialog.siteUrl(), QUrl::fromLocalFile(site + S("/index.html")));
        // The warning speaks of the field above, not of the command line's flag.
        const QString log = dialog.logView()->toPlainText();
        QVERIFY2(log.contains(S("as the base URL above")), qPrintable(log));
        QVERIFY2(!log.contains(S("--base-url")), qPrintable(log));
    }
    QVERIFY(QFile::exists(site + S("/index.html")));
    QVERIFY(QFile::exists(site + S("/news/story-0-about-the-river/index.html")));
    // 300 stories, 50 a page.
    QVERIFY(QFile::exists(site + S("/page/6/index.html")));
    QVERIFY(!QFile::exists(site + S("/page/7")));
    // The next dialog offers the same folder and page size.
    PublishDialog again(m_store);
    QCOMPARE(again.folderEdit()->text(), site);
    QCOMPARE(again.perPageBox()->value(), 50);
}

void TestPublishDialog::failedFolderIsNotRemembered()
{
    const QString site = m_dir.filePath(S("site"));
    const QString notAFolder = m_dir.filePath(S("notes.txt"));
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();
    {
        PublishDialog dialog(m_store);
        dialog.show();
        QCOMPARE(dialog.folderEdit()->text(), site);
        dialog.folderEdit()->setText(notAFolder);
        QSignalSpy finished(&dialog, &PublishDialog::finished);
        dialog.startPublish();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!dialog.openSiteButton()->isEnabled());
    }
    // The next dialog offers the folder that worked, not the one that failed.
    PublishDialog again(m_store);
    QCOMPARE(again.folderEdit()->text(), site);
}

void TestPublishDialog::cancelLeavesPreviousSite()
{
    const QString site = m_dir.filePath(S("site"));
    QFile index(site + S("/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray before = index.readAll();
    index.close();

    PublishDialog dialog(m_store);
    dialog.show();
    dialog.folderEdit()->setText(site);
    QSignalSpy finished(&dialog, &PublishDialog::finished);
    // A full rebuild renders every page, and the flag is checked before each: cancelled as soon
    // as it starts, it stops before writing anything, however fast the worker is.
    dialog.fullRebuildBox()->setChecked(true);
    dialog.startPublish();
    dialog.cancelPublish();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog.statusLabel()->text().contains(u"Cancelled"),
        qPrintable(dialog.statusLabel()->text()));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), before);
    QVERIFY(!QDir(site + S("/.copydesk/staging")).exists());
}

void TestPublishDialog::windowPreviewIsTheSitesPage()
{
    // The editor's preview is the page File → Publish… writes: the remembered base URL in its
    // addresses, and recommended news from the published articles.
    EditorSettings::instance()->store().setValue(
        S("publish/baseUrl"), S("https://news.example.org/"));
    auto store = ArticleStore::open(m_store);
    MainWindow window(store.get());
    attachPublishing(&window);
    const std::optional<Article> story = store->find(S("story-0-about-the-river"));
    QVERIFY(story);
    QVERIFY(window.openArticle(story->id));
    window.show();
    PreviewPane *preview = window.previewPane();
    // Story 9 shares story 0's tag (tag0) and is the newest that does.
    QTRY_VERIFY_WITH_TIMEOUT(
        preview->shownHtml().contains(
            S("href=\"https://news.example.org/news/story-9-about-the-river/\"")),
        60000);
    const QString html = preview->shownHtml();
    QVERIFY(html.contains(S("<link rel=\"canonical\" "
                            "href=\"https://news.example.org/news/story-0-about-the-river/\">")));
    QVERIFY(!html.contains(
        S("href=\"https://news.example.org/news/story-0-about-the-river/\">Story 0")));
}

// The site's settings in the store (`copydesk site set`) are what File → Publish… writes with and
// what the preview shows: the title, the footer line, the menu's labels; the base URL typed in
// the dialog still wins over the site's.
void TestPublishDialog::siteSettingsReachDialogAndPreview()
{
    EditorSettings::instance()->store().remove(S("publish/baseUrl"));
    auto store = ArticleStore::open(m_store);
    writeSiteSettings(*store,
        {{S("title"), S("The River Times")}, {S("footer"), S("Printed on the river")},
            {S("sections"), S(R"([{"section":"Local","label":"Our town"}])")},
            {S("base_url"), S("https://river.example.org/")}});

    const QString site = m_dir.filePath(S("site-settings"));
    {
        PublishDialog dialog(m_store);
        dialog.folderEdit()->setText(site);
        QVERIFY(dialog.baseUrlEdit()->text().isEmpty());
        QSignalSpy finished(&dialog, &PublishDialog::finished);
        dialog.startPublish();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().first().toBool(), true);
    }
    QFile index(site + S("/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString front = QString::fromUtf8(index.readAll());
    QVERIFY(front.contains(S("<title>Latest news - The River Times</title>")));
    QVERIFY(front.contains(S("<p class=\"site-note\">Printed on the river</p>")));
    QVERIFY2(front.contains(S("<a href=\"https://river.example.org/section/local/\">Our town</a>")),
        qPrintable(front.left(2000)));

    MainWindow window(store.get());
    attachPublishing(&window);
    const std::optional<Article> story = store->find(S("story-3-about-the-river"));
    QVERIFY(story);
    QVERIFY(window.openArticle(story->id));
    window.show();
    PreviewPane *preview = window.previewPane();
    QTRY_VERIFY_WITH_TIMEOUT(preview->shownHtml().contains(S("Printed on the river")), 60000);
    const QString html = preview->shownHtml();
    QVERIFY(html.contains(S(" - The River Times</title>")));
    QVERIFY2(html.contains(S("<a href=\"https://river.example.org/section/local/\" "
                             "aria-current=\"true\">Our town</a>")),
        qPrintable(html.left(2000)));
}

// The dialog edits the site's title and footer line kept in the store (what `copydesk site set`
// writes, shared on PostgreSQL): it shows them, a publish saves them changed, and the pages have
// them.
void TestPublishDialog::titleAndFooterAreTheStores()
{
    auto store = ArticleStore::open(m_store);
    writeSiteSettings(*store, {{S("title"), S("The River Times")}, {S("footer"), QString()}});
    const QString site = m_dir.filePath(S("site-title"));
    {
        PublishDialog dialog(m_store);
        QCOMPARE(dialog.siteTitleEdit()->text(), S("The River Times"));
        QCOMPARE(dialog.footerEdit()->text(), QString());
        dialog.folderEdit()->setText(site);
        dialog.siteTitleEdit()->setText(S("淮安日报"));
        dialog.footerEdit()->setText(S("© 2026 淮安日报社 <版权所有>"));
        QCOMPARE(dialog.houseStyleBox()->currentData().toString(), S("english-wire"));
        QCOMPARE(dialog.quoteStyleBox()->currentData().toString(), S("auto"));
        dialog.sectionsEdit()->setText(S(" Local = 本地新闻 ,, Sport"));
        dialog.houseStyleBox()->setCurrentIndex(
            dialog.houseStyleBox()->findData(S("chinese-newspaper")));
        dialog.quoteStyleBox()->setCurrentIndex(dialog.quoteStyleBox()->findData(S("corner")));
        QSignalSpy finished(&dialog, &PublishDialog::finished);
        dialog.startPublish();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.statusLabel()->text()));
    }
    const SiteSettings saved = readSiteSettings(*store);
    QCOMPARE(saved.title, S("淮安日报"));
    QCOMPARE(saved.footer, S("© 2026 淮安日报社 <版权所有>"));
    QCOMPARE(saved.sections,
        (QList<MenuSection> {{S("Local"), S("本地新闻")}, {S("Sport"), S("Sport")}}));
    QCOMPARE(saved.houseStyle, S("chinese-newspaper"));
    QCOMPARE(saved.quoteStyle, S("corner"));
    QFile front(site + S("/index.html"));
    QVERIFY(front.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(front.readAll());
    QVERIFY2(html.contains(S("<a class=\"site-name\" href=")) && html.contains(S(">淮安日报</a>")),
        qPrintable(html.left(3000)));
    QVERIFY(html.contains(S("© 2026 淮安日报社 &lt;版权所有&gt;")));
    QVERIFY2(html.contains(S(">本地新闻</a>")), qPrintable(html.left(4000))); // the menu's label
    // The next dialog shows them as the store now has them.
    PublishDialog again(m_store);
    QCOMPARE(again.siteTitleEdit()->text(), S("淮安日报"));
    QCOMPARE(again.footerEdit()->text(), S("© 2026 淮安日报社 <版权所有>"));
    QCOMPARE(again.sectionsEdit()->text(), S("Local=本地新闻, Sport"));
    QCOMPARE(again.houseStyleBox()->currentData().toString(), S("chinese-newspaper"));
    QCOMPARE(again.quoteStyleBox()->currentData().toString(), S("corner"));
    // Put back: the site's defaults again for the tests after this one.
    writeSiteSettings(*store,
        {{S("sections"), QString()}, {S("house_style"), QString()}, {S("quote_style"), QString()}});
}

// View → Open Site Preview serves the store's site on 127.0.0.1 and opens it in the browser
// (here a URL handler stands in for it); a save in the editor is on the served page moments
// later, without a publish.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

namespace {

// The page's bytes, fetched without blocking: the server answers from this thread's event loop.
QByteArray httpGet(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    return reply->readAll();
}

} // namespace

void TestPublishDialog::sitePreviewServesTheSiteLive()
{
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(S("http"), &browser, "open");
    auto store = ArticleStore::open(m_store);
    MainWindow window(store.get());
    attachSitePreview(&window);
    auto *action = window.findChild<QAction *>(S("OpenSitePreviewAction"));
    QVERIFY(action);
    QVERIFY(window.viewMenu()->actions().contains(action));
    action->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 1, 120000);
    const QUrl site = browser.opened.first();
    QCOMPARE(site.host(), S("127.0.0.1"));
    QVERIFY(httpGet(site).contains("Story 0 about the river"));

    // A save in the editor: the served page has it.
    const std::optional<Article> story = store->find(S("story-0-about-the-river"));
    QVERIFY(story);
    Article edited = *story;
    edited.headline = S("Story 0 about the new bridge");
    store->save(edited);
    for (int i = 0; i < 10; ++i) {
        QTest::qWait(1000);
        const QByteArray p = httpGet(site.resolved(QUrl(S("news/story-0-about-the-river/"))));
        qWarning() << i << p.left(200) << p.mid(p.indexOf("<h1"), 100);
    }
    QTRY_VERIFY_WITH_TIMEOUT(httpGet(site.resolved(QUrl(S("news/story-0-about-the-river/"))))
                                 .contains("<h1>Story 0 about the new bridge</h1>"),
        30000);
    // Asked again: the same site, opened again, not a second server.
    action->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 2, 30000);
    QCOMPARE(browser.opened.at(1), site);
    QDesktopServices::unsetUrlHandler(S("http"));
}

// Settings → Publishing → "Keep the site published while Copydesk is open": the folder is
// published at once, a story saved published anywhere on the store goes out within seconds,
// and switched off nothing more is written.
void TestPublishDialog::keepsTheSitePublishedWhileOpen()
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(S("small.sqlite"));
    auto store = ArticleStore::open(storePath);
    Article first;
    first.headline = S("Harbour reopens");
    first.body = S("Boats are back.");
    first.status = ArticleStatus::Published;
    store->create(first);
    const QString site = dir.filePath(S("site"));
    PublishOptions remembered = PublishDialog::rememberedOptions();
    remembered.outDir = site;
    remembered.baseUrl = S("/");
    PublishDialog::rememberOptions(remembered);
    const auto siteHolds = [&](const QString &text) {
        QDirIterator files(site, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
                return true;
        }
        return false;
    };

    EditorSettings::instance()->setPublishWhileOpen(false);
    MainWindow window(store.get());
    attachPublishing(&window);
    auto *watch = window.findChild<PublishWhileOpen *>();
    QVERIFY(watch);
    QVERIFY(!watch->isRunning());
    EditorSettings::instance()->setPublishWhileOpen(true);
    QVERIFY(watch->isRunning());
    QCOMPARE(watch->folder(), site);
    QTRY_VERIFY_WITH_TIMEOUT(siteHolds(S("Harbour reopens")), 30000);

    // Saved by another Copydesk on the store (its own connection): on the site shortly after.
    {
        auto other = ArticleStore::open(storePath);
        Article second;
        second.headline = S("Bridge vote tonight");
        second.body = S("The council decides.");
        second.status = ArticleStatus::Published;
        other->create(second);
    }
    QTRY_VERIFY_WITH_TIMEOUT(siteHolds(S("Bridge vote tonight")), 30000);

    EditorSettings::instance()->setPublishWhileOpen(false);
    QVERIFY(!watch->isRunning());
    Article third;
    third.headline = S("Ferry timetable changes");
    third.status = ArticleStatus::Published;
    store->create(third);
    QTest::qWait(1500);
    QVERIFY(!siteHolds(S("Ferry timetable changes")));
}

QTEST_MAIN(TestPublishDialog)
#include "tst_publishdialog.moc"
