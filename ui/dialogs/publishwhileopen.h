// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/livesite.h"

#include <QObject>
#include <QPointer>

class MainWindow;

// Settings → Publishing → "Keep the site published while Copydesk is open": the site in the
// publishing folder is published when the editor starts and again after every save in any
// Copydesk on the store, and a scheduled or embargoed story goes out when it falls due — what
// `copydesk publish --watch` does, for a newsroom without a server running it. Each run is
// reported in the status bar. Made by attachPublishing().
class PublishWhileOpen : public QObject
{
    Q_OBJECT

public:
    explicit PublishWhileOpen(MainWindow *window);

    bool isRunning() const { return m_site; }
    // The folder being kept published (empty when not running).
    QString folder() const { return m_folder; }

signals:
    void published(const LiveSite::Run &run);

private:
    void follow(bool on);

    MainWindow *m_window;
    QPointer<LiveSite> m_site;
    QString m_folder;
};
