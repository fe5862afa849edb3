// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

#include <QWebEngineSettings>

namespace {

// Catches the first navigation of a window the page asked for (target="_blank",
// window.open) and hands its URL over instead of opening a window.
class NewWindowCatcher : public QWebEnginePage
{
public:
    NewWindowCatcher(QWebEngineProfile *profile, PreviewPage *origin)
        : QWebEnginePage(profile, origin), m_origin(origin)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (m_origin && !m_done) {
            m_done = true;
            emit m_origin->linkActivated(url);
        }
        deleteLater();
        return false;
    }

private:
    PreviewPage *m_origin;
    bool m_done = false;
};

} // namespace

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    // Content never runs script: main-world JavaScript is off, so neither <script>
    // nor event-handler attributes can run even if markup slipped through the
    // renderer's escaping. The pane's own swap code runs in the isolated
    // ApplicationWorld, which this setting does not affect.
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && m_allowNextLoad) {
        m_allowNextLoad = false;
        return true;
    }
    // Jumps to an anchor on the page itself stay in the pane.
    if (isMainFrame && url.hasFragment()
        && url.adjusted(QUrl::RemoveFragment) == this->url().adjusted(QUrl::RemoveFragment))
        return true;
    if (type == NavigationTypeLinkClicked)
        emit linkActivated(url);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return new NewWindowCatcher(profile(), this);
}
