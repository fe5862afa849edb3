// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/publishwhileopen.h"

#include "dialogs/publishdialog.h"
#include "editor/articledocument.h"
#include "mainwindow.h"
#include "publish/sitesettings.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"

#include <QStatusBar>

PublishWhileOpen::PublishWhileOpen(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("publishWhileOpen"));
    connect(EditorSettings::instance(), &EditorSettings::publishWhileOpenChanged, this,
        &PublishWhileOpen::follow);
    follow(EditorSettings::instance()->publishWhileOpen());
}

void PublishWhileOpen::follow(bool on)
{
    delete m_site; // a run in progress is cancelled and waited for
    m_folder.clear();
    if (!on)
        return;
    // As File → Publish… would: the store's site settings, the folder and address last used.
    const PublishOptions remembered = PublishDialog::rememberedOptions();
    if (remembered.outDir.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("The site is not kept published: choose an output folder in Settings → "
               "Publishing."));
        return;
    }
    PublishOptions options;
    try {
        options = publishDefaults(readSiteSettings(*m_window->store()));
    } catch (const Copydesk::Error &error) {
        m_window->statusBar()->showMessage(
            tr("The site could not be published: %1").arg(error.message()));
        return;
    }
    options.outDir = remembered.outDir;
    if (!remembered.baseUrl.isEmpty())
        options.baseUrl = remembered.baseUrl;
    m_folder = options.outDir;
    m_site = new LiveSite(m_window->store()->location(), options, this);
    connect(m_site, &LiveSite::published, this, [this](const LiveSite::Run &run) {
        if (!run.ok)
            m_window->statusBar()->showMessage(
                tr("The site could not be published: %1").arg(run.message));
        else if (run.report.written > 0 || run.report.removed > 0)
            m_window->statusBar()->showMessage(
                tr("Site published to %1: %n file(s) written", nullptr, run.report.written)
                    .arg(m_folder),
                8000);
        emit published(run);
    });
    m_site->startWithoutServer();
}
