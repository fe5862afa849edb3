// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorapp.h"

#include "dialogs/publishdialog.h"
#include "dialogs/sitepreview.h"
#include "editions/editionpanel.h"
#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "editor/languagehint.h"
#include "importing/windowimporting.h"
#include "keyboard/windowkeyboard.h"
#include "mainwindow.h"
#include "photos/windowphotos.h"
#include "settings/editorsettings.h"
#include "settings/translations.h"
#include "sharing/sharedstorelink.h"
#include "sharing/storesettingsdialog.h"
#include "sharing/storestartup.h"
#include "spelling/windowspelling.h"
#include "store/articlestore.h"
#include "store/demonewsroom.h"
#include "store/sqldialect.h"
#include "storylife/storylifepanel.h"
#include "style/windowstyle.h"

#include <QApplication>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace {

// Hidden hooks for tests and screenshots, read from the environment:
//   COPYDESK_TEST_TYPE=text   types `text` into the body with real key events, one character
//                             every COPYDESK_TEST_TYPE_MS (default 40) ms, printing "typed N".
//   COPYDESK_TEST_PRINT=1     prints the article the window opened with (JSON, one line) and
//                             whether a journal was recovered, saves it and quits.
//   COPYDESK_OPEN=id|slug     opens that article after start-up.
//   COPYDESK_SCREENSHOT=f.png grabs the window once it has settled, saves it and quits
//                             (COPYDESK_SCREENSHOT_SIZE=WxH resizes the window first).
void installTestHooks(QApplication &app, MainWindow &window)
{
    const QString typing = qEnvironmentVariable("COPYDESK_TEST_TYPE");
    if (!typing.isEmpty()) {
        const int pace = qEnvironmentVariableIntValue("COPYDESK_TEST_TYPE_MS");
        auto *timer = new QTimer(&window);
        timer->setInterval(pace > 0 ? pace : 40);
        const QList<uint> codePoints = typing.toUcs4();
        auto typed = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, codePoints, typed] {
            if (*typed >= codePoints.size()) {
                timer->stop();
                return;
            }
            const char32_t cp = codePoints[*typed];
            const QString text = QString::fromUcs4(&cp, 1);
            const int key = text == u'\n' ? int(Qt::Key_Return) : int(Qt::Key_unknown);
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
            QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
            QCoreApplication::sendEvent(window.bodyEditor(), &press);
            QCoreApplication::sendEvent(window.bodyEditor(), &release);
            ++*typed;
            std::printf("typed %lld\n", static_cast<long long>(*typed));
            std::fflush(stdout);
        });
        QTimer::singleShot(0, &window, [&window, timer] {
            window.bodyEditor()->moveCursor(QTextCursor::End);
            timer->start();
        });
    }
    if (qEnvironmentVariableIsSet("COPYDESK_TEST_PRINT")) {
        QTimer::singleShot(0, &window, [&window] {
            QJsonObject out;
            out.insert(QStringLiteral("modified"), window.document()->isModified());
            out.insert(QStringLiteral("article"), window.document()->article().toJson());
            std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            window.close();
        });
    }
    const QString open = qEnvironmentVariable("COPYDESK_OPEN");
    if (!open.isEmpty()) {
        if (const auto article = window.store()->find(open))
            window.openArticle(article->id);
    }
    const QString screenshot = qEnvironmentVariable("COPYDESK_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        const QStringList size = qEnvironmentVariable("COPYDESK_SCREENSHOT_SIZE").split(u'x');
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt());
        QTimer::singleShot(2500, &window, [&app, &window, screenshot] {
            window.grab().save(screenshot);
            app.quit();
        });
    }
}

// Opens the store; a shared one that refuses for want of a password (none in PGPASSWORD or
// ~/.pgpass) gets one asked for, kept in this process's environment only (libpq reads it from
// there for every connection, the saver's and the watcher's too) and never written down.
std::unique_ptr<ArticleStore> openStoreAsking(const QString &location)
{
    try {
        return ArticleStore::open(location);
    } catch (const StoreError &error) {
        if (!isPostgresLocation(location) || !error.message().contains(u"password"))
            throw;
        bool ok = false;
        const QString password = QInputDialog::getText(nullptr, QObject::tr("Copydesk"),
            QObject::tr("Password for %1:").arg(describePostgresLocation(location)),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            throw;
        qputenv("PGPASSWORD", password.toUtf8());
        return ArticleStore::open(location);
    }
}

} // namespace

int runEditor(QApplication &app, const EditorOptions &options)
{
    installTranslations(EditorSettings::instance()->uiLanguage());
    EditorSettings::instance()->applyUserName();
    // --store, else $COPYDESK_STORE, else File → Store…, else the default file.
    QString location = options.store;
    if (location.isEmpty() && qEnvironmentVariableIsEmpty("COPYDESK_STORE"))
        location = StoreSettingsDialog::savedLocation();
    std::unique_ptr<ArticleStore> store =
        openStoreAtStartup(location, [&options](const QString &chosen) {
            auto opened = openStoreAsking(chosen);
            if (options.demo)
                loadDemoNewsroom(*opened);
            return opened;
        });
    if (!store)
        return 2; // the reporter quit: as before, the exit code of a store error
    MainWindow window(store.get());
    QObject::connect(EditorSettings::instance(), &EditorSettings::userNameChanged, &window,
        [&store] { store->setUser(ArticleStore::defaultUser()); });
    attachSpelling(&window);
    attachStyle(&window);
    attachPublishing(&window);
    attachSitePreview(&window);
    attachSharedStore(&window);
    attachImporting(&window);
    attachKeyboardNavigation(&window);
    attachLanguageHint(&window);
    attachPhotos(&window);
    attachStoryLife(&window);
    attachEditions(&window);
    window.restoreSession();
    window.show();
    installTestHooks(app, window);
    return app.exec();
}
