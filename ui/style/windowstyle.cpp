// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/windowstyle.h"

#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "editor/singlelinetextedit.h"
#include "mainwindow.h"
#include "style/styledialog.h"
#include "style/stylelistdialog.h"
#include "style/stylemarker.h"
#include "style/stylesession.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>

#include <memory>

namespace {

QMenu *toolsMenu(MainWindow *window)
{
    if (auto *tools = window->findChild<QMenu *>(QStringLiteral("ToolsMenu")))
        return tools;
    auto *tools = new QMenu(QObject::tr("&Tools"), window);
    tools->setObjectName(QStringLiteral("ToolsMenu"));
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), tools);
    return tools;
}

} // namespace

StyleSession *attachStyle(MainWindow *window)
{
    auto *session = new StyleSession(window->store(), window);
    session->setObjectName(QStringLiteral("styleSession"));
    const QList<StyleMarker *> markers = {new StyleMarker(window->headlineEdit(), session),
        new StyleMarker(window->deckEdit(), session),
        new StyleMarker(window->bodyEditor(), session)};

    // The open article's language and publish day; the body editor gets a new document per
    // article.
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
                    if (field == ArticleDocument::Language
                        || field == ArticleDocument::DatelineDate)
                        session->setArticle(document->article());
                });
        }
    };
    QObject::connect(markers.last(), &StyleMarker::documentReplaced, session, follow);
    follow();

    QMenu *tools = toolsMenu(window);
    auto *check = tools->addAction(QObject::tr("Check St&yle…"));
    check->setObjectName(QStringLiteral("checkStyleAction"));
    check->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    QObject::connect(check, &QAction::triggered, window, [window, session, markers] {
        StyleMarker *start = markers.last();
        for (StyleMarker *marker : markers) {
            if (marker->edit()->hasFocus())
                start = marker;
        }
        StyleDialog dialog(session, markers, start, window);
        dialog.exec();
    });
    auto *underline = tools->addAction(QObject::tr("&Underline Style Findings"));
    underline->setObjectName(QStringLiteral("underlineStyleAction"));
    underline->setCheckable(true);
    underline->setChecked(session->isEnabled());
    QObject::connect(underline, &QAction::toggled, session, &StyleSession::setEnabled);
    auto *list = tools->addAction(QObject::tr("Style &List…"));
    list->setObjectName(QStringLiteral("styleListAction"));
    list->setEnabled(window->store() != nullptr);
    QObject::connect(list, &QAction::triggered, window, [window, session] {
        StyleListDialog dialog(window->store(), window);
        QObject::connect(
            &dialog, &StyleListDialog::listChanged, session, &StyleSession::reloadFromStore);
        dialog.exec();
    });
    return session;
}
