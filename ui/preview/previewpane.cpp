// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "previewpage.h"
#include "render/markdown.h"
#include "siteassetserver.h"

#include <QActionGroup>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>
#include <QtConcurrent>

#include <algorithm>

namespace {

// CSS pixels the page is laid out in for the mobile and print presets: an iPhone-sized
// viewport, and an A4 sheet at 96 dpi.
constexpr int kMobileWidth = 375;
constexpr int kPrintWidth = 794;
// The print style sheet's @page margin, 2 cm: the page is laid out between the margins.
constexpr int kPrintMargin = 76;

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Copydesk: missing resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// `text` as a JavaScript string literal. JSON is a subset of JavaScript, so the page's
// HTML reaches the script as data and can never become script source.
QString scriptStringLiteral(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// The index of the block that body line `line` belongs to: the last block starting on or before
// it; the first block for lines before it, -1 without blocks.
int blockAt(const QList<int> &blockLines, int line)
{
    if (blockLines.isEmpty())
        return -1;
    const auto after = std::upper_bound(blockLines.cbegin(), blockLines.cend(), line);
    return after == blockLines.cbegin() ? 0 : int(after - blockLines.cbegin()) - 1;
}

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent), m_renderer(std::make_shared<const PageRenderer>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_widthActions = new QActionGroup(this);
    toolBar->setAccessibleName(tr("Preview width"));
    const auto addPreset = [&](const QString &text, const QString &tip, Width width) {
        QAction *action = toolBar->addAction(text);
        action->setToolTip(tip);
        // "Mobile" alone does not say what it is a button for.
        toolBar->widgetForAction(action)->setAccessibleName(tr("%1 preview").arg(text));
        toolBar->widgetForAction(action)->setAccessibleDescription(tip);
        action->setCheckable(true);
        action->setChecked(width == m_width);
        action->setData(QVariant::fromValue(width));
        m_widthActions->addAction(action);
    };
    addPreset(tr("Desktop"), tr("Preview at the full width of the pane"), Width::Desktop);
    addPreset(tr("Mobile"), tr("Preview on a %1-pixel-wide phone screen").arg(kMobileWidth),
        Width::Mobile);
    addPreset(
        tr("Print"), tr("Preview the printed page (print stylesheet, A4 width)"), Width::Print);
    connect(m_widthActions, &QActionGroup::triggered, this,
        [this](QAction *action) { setWidthPreset(action->data().value<Width>()); });
    layout->addWidget(toolBar);

    m_stage = new QWidget(this);
    m_stage->setBackgroundRole(QPalette::Dark);
    m_stage->setAutoFillBackground(true);
    m_stage->installEventFilter(this);
    layout->addWidget(m_stage, 1);

    // A profile of its own, in memory: no cache or cookies on disk, and the site's assets
    // served under the preview's scheme.
    m_profile = new QWebEngineProfile(this);
    m_assets = new SiteAssetServer(m_profile);
    m_profile->installUrlSchemeHandler(SiteAssetServer::scheme(), m_assets);
    m_page = new PreviewPage(m_profile, this);
    QWebEngineScript script;
    script.setName(QStringLiteral("copydesk-preview"));
    script.setSourceCode(resourceText(QStringLiteral(":/copydesk/preview/preview.js")));
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    m_page->scripts().insert(script);
    connect(m_page, &PreviewPage::linkActivated, this, &PreviewPane::openLink);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_shellReady = ok;
        if (!ok)
            return;
        if (m_width == Width::Print)
            runInPage(QStringLiteral("copydeskPreview.setPrintMedia(true)"));
        // Swap in the page on display before the shell was (re)loaded, or the one waiting.
        if (m_htmlToShow.isNull())
            m_htmlToShow = m_shownHtml;
        swapIn();
    });

    // The paper around the page in the print preset.
    m_sheet = new QWidget(m_stage);
    m_sheet->setBackgroundRole(QPalette::Window); // not the stage's, which it would inherit
    m_sheet->setAutoFillBackground(true);
    QPalette paper = m_sheet->palette();
    paper.setColor(QPalette::Window, Qt::white);
    m_sheet->setPalette(paper);
    m_sheet->hide();

    m_view = new QWebEngineView(m_stage);
    m_view->setAccessibleName(tr("Preview"));
    m_view->setAccessibleDescription(tr("The article as the house style prints it"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &PreviewPane::renderFinished);
    loadShell();
}

PreviewPane::~PreviewPane()
{
    // Script results still on their way would call back into a half-destroyed pane.
    m_closing = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    delete m_page;
    m_page = nullptr;
}

void PreviewPane::setSite(const SiteContext &site)
{
    const QUrl before = shellUrl();
    m_site = site;
    if (!m_site.baseUrl.endsWith(u'/'))
        m_site.baseUrl += u'/'; // as the publisher does
    if (shellUrl() != before)
        loadShell();
    rerender();
}

void PreviewPane::setRecommendationCandidates(const QList<Article> &published)
{
    m_candidates = published;
    for (Article &article : m_candidates)
        article.body.clear(); // not needed to pick, and copied into every render
    rerender();
}

void PreviewPane::setSiteMenu(const QList<MenuSection> &menu)
{
    if (menu == m_menu)
        return;
    m_menu = menu;
    rerender();
}

void PreviewPane::setPageSource(PageSource source, const QUrl &baseUrl)
{
    const QUrl before = shellUrl();
    m_source = std::move(source);
    m_baseUrl = baseUrl;
    if (shellUrl() != before)
        loadShell();
    rerender();
}

void PreviewPane::rerender()
{
    // Show the article on display through the new settings. A render in flight was started
    // with the old ones: it is done again once it is back.
    if (m_rendering)
        m_renderStale = true;
    if (m_shown) {
        const Article article = *m_shown;
        m_shown.reset();
        showArticle(article);
    }
}

PreviewPane::PageSource PreviewPane::pageSource() const
{
    if (m_source)
        return m_source;
    return [renderer = m_renderer, site = m_site, candidates = m_candidates, menu = m_menu](
               const Article &article) {
        SiteContext context = site;
        context.articlePath = articlePath(article.slug);
        context.sections = siteNavigation(candidates, {}, &article, menu).sections;
        context.authorPages = true; // the site has a page for every name in a byline
        context.recommended = recommendedLinks(article, candidates);
        return renderer->articlePage(article, context);
    };
}

QUrl PreviewPane::shellUrl() const
{
    if (m_source)
        return m_baseUrl.isEmpty() ? QUrl(QStringLiteral("qrc:/copydesk/preview/shell.html"))
                                   : m_baseUrl;
    // A site published to an address of its own: the page there, with that origin, so the
    // page's own Content-Security-Policy ('self') admits the site's assets from it.
    const QUrl base(m_site.baseUrl);
    if (base.scheme() == u"http" || base.scheme() == u"https")
        return base;
    // Root-relative links ("/assets/site.css"): the preview's own origin serves the assets.
    QUrl url;
    url.setScheme(QString::fromLatin1(SiteAssetServer::scheme()));
    url.setHost(SiteAssetServer::host());
    url.setPath(m_site.baseUrl.startsWith(u'/') ? m_site.baseUrl : u'/' + m_site.baseUrl);
    return url;
}

void PreviewPane::loadShell()
{
    m_shellReady = false;
    m_page->allowNextLoad();
    m_page->setHtml(resourceText(QStringLiteral(":/copydesk/preview/shell.html")), shellUrl());
}

void PreviewPane::showArticle(const Article &article)
{
    // In flight until renderFinished() ran, not just until the worker returned: a render
    // that finished while the GUI thread was busy must still be the one the burst waits for.
    if (m_rendering) {
        // Coalesce: only the latest article is rendered after the one in flight.
        if (m_rendering && *m_rendering == article)
            m_pending.reset();
        else
            m_pending = article;
        return;
    }
    if (m_shown && *m_shown == article)
        return;
    startRender(article);
}

void PreviewPane::setPhotoOriginals(SiteAssetServer::PhotoOriginals originals)
{
    m_assets->setPhotoOriginals(std::move(originals));
}

void PreviewPane::startRender(const Article &article)
{
    m_assets->notePhotos(article.media);
    m_rendering = article;
    m_renderStale = false;
    ++m_renderCount;
    m_watcher.setFuture(QtConcurrent::run([source = pageSource(), article]() -> QString {
        try {
            return source(article);
        } catch (const std::exception &error) {
            return QStringLiteral("<!DOCTYPE html><html><body><p>")
                + tr("The page could not be rendered: %1")
                      .arg(QString::fromLocal8Bit(error.what()))
                      .toHtmlEscaped()
                + QStringLiteral("</p></body></html>");
        }
    }));
}

void PreviewPane::renderFinished()
{
    m_shown = m_rendering;
    m_rendering.reset();
    m_blockLines = topLevelBlockLines(m_shown->body);
    m_htmlToShow = m_watcher.result();
    swapIn();

    if (m_pending) {
        const Article next = *std::exchange(m_pending, std::nullopt);
        if (next != *m_shown || m_renderStale)
            startRender(next);
    } else if (m_renderStale) {
        startRender(*m_shown);
    }
}

void PreviewPane::swapIn()
{
    if (!m_shellReady || m_swapInFlight || m_htmlToShow.isNull())
        return;
    const QString html = std::exchange(m_htmlToShow, QString());
    m_swapInFlight = true;
    runInPage(
        QStringLiteral("copydeskPreview.show(") + scriptStringLiteral(html) + QStringLiteral(")"),
        [this, html](const QVariant &) {
            m_swapInFlight = false;
            m_shownHtml = html;
            if (m_htmlToShow.isNull() && m_revealLine >= 0)
                revealSourceLine(std::exchange(m_revealLine, -1));
            if (m_htmlToShow.isNull() && m_followLine >= 0)
                followSourceLine(std::exchange(m_followLine, -1));
            emit pageShown();
            swapIn(); // a page rendered meanwhile
        });
}

bool PreviewPane::pageOnDisplay() const
{
    return m_shellReady && !m_swapInFlight && m_htmlToShow.isNull() && !m_shownHtml.isNull();
}

void PreviewPane::revealSourceLine(int line)
{
    if (!pageOnDisplay()) {
        m_revealLine = line; // once the page is there
        return;
    }
    const int block = blockAt(m_blockLines, line);
    if (block >= 0)
        runInPage(QStringLiteral("copydeskPreview.revealBlock(%1)").arg(block));
}

void PreviewPane::followSourceLine(int line)
{
    if (!pageOnDisplay()) {
        m_followLine = line;
        return;
    }
    // A line before the body's first block (the body scrolled to its top) shows the page top.
    const int block = line <= 0 ? 0 : blockAt(m_blockLines, line);
    if (block >= 0)
        runInPage(QStringLiteral("copydeskPreview.alignBlock(%1)").arg(block));
}

void PreviewPane::setWidthPreset(Width width)
{
    const bool printChanged = (width == Width::Print) != (m_width == Width::Print);
    m_width = width;
    for (QAction *action : m_widthActions->actions())
        action->setChecked(action->data().value<Width>() == width);
    layoutView();
    if (printChanged && m_shellReady)
        runInPage(width == Width::Print ? QStringLiteral("copydeskPreview.setPrintMedia(true)")
                                        : QStringLiteral("copydeskPreview.setPrintMedia(false)"));
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_stage && event->type() == QEvent::Resize)
        layoutView();
    return QWidget::eventFilter(watched, event);
}

void PreviewPane::layoutView()
{
    const QSize area = m_stage->size();
    // The page's width in CSS pixels and, for print, the sheet around it.
    int cssWidth = area.width();
    int sheetWidth = 0;
    if (m_width == Width::Mobile) {
        cssWidth = kMobileWidth;
    } else if (m_width == Width::Print) {
        sheetWidth = kPrintWidth;
        cssWidth = kPrintWidth - 2 * kPrintMargin;
    }
    const int outer = std::max(cssWidth, sheetWidth);
    // A preset wider than the pane is scaled down, so the page keeps the preset's layout.
    const qreal zoom = outer > area.width() && outer > 0 ? qreal(area.width()) / outer : 1.0;
    const int width = qRound(cssWidth * zoom);
    const int margin = sheetWidth ? qRound(kPrintMargin * zoom) : 0;
    m_sheet->setVisible(sheetWidth > 0);
    if (sheetWidth) {
        const int sheet = qRound(sheetWidth * zoom);
        m_sheet->setGeometry((area.width() - sheet) / 2, 0, sheet, area.height());
    }
    m_view->setGeometry((area.width() - width) / 2, margin, width, area.height() - margin);
    m_view->setZoomFactor(std::max<qreal>(zoom, 0.25)); // WebEngine's lower limit
}

void PreviewPane::runInPage(
    const QString &script, const std::function<void(const QVariant &)> &done)
{
    m_page->runJavaScript(
        script, QWebEngineScript::ApplicationWorld, [this, done](const QVariant &result) {
            if (!m_closing && done)
                done(result);
        });
}

void PreviewPane::openLink(const QUrl &url)
{
    emit linkActivated(url);
    // Links inside the site resolve against the preview's base URL and have no page to
    // open yet; only links out of the site go to the browser.
    static const QStringList external {
        QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto")};
    if (external.contains(url.scheme()))
        QDesktopServices::openUrl(url);
}
