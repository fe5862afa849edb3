// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "publish/sitesections.h"
#include "render/pagerenderer.h"
#include "siteassetserver.h"

#include <QFutureWatcher>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class PreviewPage;
class QActionGroup;
class QWebEngineProfile;
class QWebEngineView;

// The right-hand pane: the article exactly as the published page will show it. Pages come from
// the publisher's own PageRenderer with the same site settings, so the HTML is the published
// page's, byte for byte: the pane adds no live-update hook to the page at all (its swap code
// runs in an isolated script world), and serves the site's assets itself.
//
// Pages are rendered off the GUI thread; while one render runs, further edits are coalesced
// into at most one more render of the latest article. The web view loads a small shell page
// once and each rendered page is swapped into it, so typing never reloads the view, the
// scroll position holds, and pages of any size show (setHtml() silently fails above 2 MB).
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    // Produces the complete HTML document for an article. Called on a worker thread, one call
    // at a time; must not touch widgets.
    using PageSource = std::function<QString(const Article &)>;

    enum class Width { Desktop, Mobile, Print };
    Q_ENUM(Width)

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // The site the article will be published to: base URL, site name, default house style,
    // as the publisher gets them (PublishOptions). The article's path and recommended news are
    // filled in per article. Default: the publisher's defaults.
    void setSite(const SiteContext &site);
    SiteContext site() const { return m_site; }
    // The articles on the site: the store's published articles (bodies are not needed), which
    // "recommended news" is picked from and the masthead's sections are counted over, as the
    // publisher does (siteNavigation()), so that both match the published page's.
    void setRecommendationCandidates(const QList<Article> &published);
    // The site's own menu of sections (the `sections` site setting), as the publisher gets it.
    void setSiteMenu(const QList<MenuSection> &menu);

    // Replaces the published page with another page source (tests, other page kinds); an
    // empty source goes back to the published page. `baseUrl` is the shell's URL, where
    // relative URLs in the pages resolve.
    void setPageSource(PageSource source, const QUrl &baseUrl = {});

    // Where the photos' originals come from: the page's pictures are made from them as the
    // publisher makes them and served under the preview's scheme. Without it they are missing.
    void setPhotoOriginals(SiteAssetServer::PhotoOriginals originals);

    Width widthPreset() const { return m_width; }
    void setWidthPreset(Width width);

    // The HTML of the page on display, as rendered (before the browser parsed it).
    QString shownHtml() const { return m_shownHtml; }
    // How many renders have been started since the pane was made.
    int renderCount() const { return m_renderCount; }
    QWebEngineView *view() const { return m_view; }

public slots:
    // Shows `article`; called on every edit. Returns at once (renders off the GUI thread).
    void showArticle(const Article &article);
    // Scrolls the preview to the block rendered from this body line (0-based, as
    // QTextBlock::blockNumber()): editor → preview sync.
    void revealSourceLine(int line);
    // Scrolls the preview so the block rendered from this body line is at its top: the
    // preview follows the body's scrolling (the line is the first one the body shows).
    void followSourceLine(int line);

signals:
    // A rendered page is now on display (after the swap in the web view finished).
    void pageShown();
    // A link in the page was activated; http(s) and mailto links go to the system browser.
    void linkActivated(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadShell();
    void rerender();
    QUrl shellUrl() const;
    PageSource pageSource() const;
    void startRender(const Article &article);
    void renderFinished();
    void swapIn();
    void runInPage(const QString &script, const std::function<void(const QVariant &)> &done = {});
    void openLink(const QUrl &url);
    void layoutView();

    PageSource m_source; // empty: the published page
    QUrl m_baseUrl;
    std::shared_ptr<const PageRenderer> m_renderer; // thread-safe; shared with the renders
    SiteContext m_site;
    QList<Article> m_candidates;
    QList<MenuSection> m_menu;
    QWebEngineProfile *m_profile = nullptr;
    SiteAssetServer *m_assets = nullptr;
    QWebEngineView *m_view = nullptr;
    PreviewPage *m_page = nullptr;
    QWidget *m_stage = nullptr; // the grey area the view sits on in the mobile and print presets
    QWidget *m_sheet = nullptr; // the paper with its margins, in the print preset
    QActionGroup *m_widthActions = nullptr;
    Width m_width = Width::Desktop;

    QFutureWatcher<QString> m_watcher;
    std::optional<Article> m_pending; // the latest article, waiting for the render in flight
    std::optional<Article> m_rendering; // the article the render in flight is for
    bool m_renderStale = false; // the settings changed while that render was in flight
    std::optional<Article> m_shown; // the article whose page is on display or on its way
    QList<int> m_blockLines; // body line → block index, for the article on display
    int m_renderCount = 0;

    bool m_shellReady = false;
    QString m_htmlToShow; // rendered, waiting for the shell or for the swap in flight
    bool m_swapInFlight = false;
    QString m_shownHtml;
    int m_revealLine = -1; // a reveal asked for before the page was there
    int m_followLine = -1; // the same for followSourceLine()
    bool pageOnDisplay() const;

    bool m_closing = false; // set in the destructor: late script results are dropped
};
