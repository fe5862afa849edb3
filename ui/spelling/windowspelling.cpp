// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/windowspelling.h"

#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "editor/singlelinetextedit.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "spelling/spellingdialog.h"
#include "spelling/spellingmarker.h"
#include "spelling/spellingpreferences.h"
#include "spelling/spellingsession.h"
#include "store/articlestore.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>

#include <memory>

SpellingSession *attachSpelling(MainWindow *window)
{
    auto *session = new SpellingSession(window->store(), window);
    session->setObjectName(QStringLiteral("spellingSession"));
    QObject::connect(EditorSettings::instance(), &EditorSettings::spellingChanged, session,
        [session] { session->setPreferences(SpellingPreferences::load()); });
    const QList<SpellingMarker *> markers = {new SpellingMarker(window->headlineEdit(), session),
        new SpellingMarker(window->deckEdit(), session),
        new SpellingMarker(window->bodyEditor(), session)};
    // Settings → Spelling → "Check spelling as you type".
    const auto setActive = [markers](bool on) {
        for (SpellingMarker *marker : markers)
            marker->setActive(on);
    };
    setActive(EditorSettings::instance()->checkSpellingAsYouType());
    QObject::connect(EditorSettings::instance(), &EditorSettings::checkSpellingAsYouTypeChanged,
        session, setActive);

    // The open article's language and names; the body editor gets a new document per article.
    auto followed = std::make_shared<QPointer<ArticleDocument>>();
    auto follow = [window, session, followed] {
        ArticleDocument *document = window->document();
        if (!document)
            return;
        session->setArticle(document->article());
        if (*followed != document) {
            *followed = document;
            QObject::connect(document, &ArticleDocument::fieldChanged, session,
                [document, session](ArticleDocument::Field field) {
                    if (field == ArticleDocument::Language || field == ArticleDocument::Bylines
                        || field == ArticleDocument::DatelinePlace
                        || field == ArticleDocument::DatelineSource)
                        session->setArticle(document->article());
                });
        }
        if (const QString problem = session->problem(); !problem.isEmpty())
            window->statusBar()->showMessage(problem, 15000);
    };
    QObject::connect(markers.last(), &SpellingMarker::documentReplaced, session, follow);
    follow();

    // Tools menu, before Help.
    auto *tools = new QMenu(QObject::tr("&Tools"), window);
    tools->setObjectName(QStringLiteral("ToolsMenu"));
    QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), tools);
    auto *check = tools->addAction(QObject::tr("Check &Spelling…"));
    check->setObjectName(QStringLiteral("checkSpellingAction"));
    check->setShortcut(QKeySequence(Qt::Key_F7));
    QObject::connect(check, &QAction::triggered, window, [window, session, markers] {
        SpellingMarker *start = markers.last();
        for (SpellingMarker *marker : markers) {
            if (marker->edit()->hasFocus())
                start = marker;
        }
        SpellingDialog dialog(session, markers, start, window);
        dialog.exec();
    });
    return session;
}
