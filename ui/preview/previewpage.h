// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

// The web page behind the preview. It loads the shell once and then never navigates:
// a link the reader would follow opens in the system browser instead (also links that
// ask for a new window), and forms, redirects and anything else are refused, so the
// pane always shows the article being edited.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    PreviewPage(QWebEngineProfile *profile, QObject *parent);

    // Lets the next main-frame load through: the shell page, loaded by the pane itself.
    void allowNextLoad() { m_allowNextLoad = true; }

signals:
    // A link was activated in the page; the pane opens it outside.
    void linkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    bool m_allowNextLoad = false;
};
