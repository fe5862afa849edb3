// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboard/windowkeyboard.h"

#include "articles/articlelistpane.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/singlelinetextedit.h"
#include "history/historypanel.h"
#include "keyboard/focusring.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "store/articlestore.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTreeView>

namespace {

struct Pane
{
    QWidget *area; // everything that belongs to the pane
    QWidget *entry; // where the focus goes in it; null: its first field
};

QList<Pane> panes(MainWindow *window)
{
    QWidget *history = window->historyPanel();
    return {{window->articleList(), window->articleList()->view()},
        {window->articleForm(), window->headlineEdit()},
        {window->bodyEditor()->parentWidget(), window->bodyEditor()}, // toolbar, body, find bar
        {window->previewPane(), nullptr}, {history, nullptr}};
}

bool reachable(QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

// The first field of `area` in the focus chain.
QWidget *firstField(QWidget *area)
{
    for (QWidget *w = area->nextInFocusChain(); w && w != area; w = w->nextInFocusChain()) {
        if (area->isAncestorOf(w) && reachable(w))
            return w;
    }
    return reachable(area) ? area : nullptr;
}

void movePane(MainWindow *window, int step)
{
    const QList<Pane> all = panes(window);
    QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < all.size() && current < 0; ++i) {
        if (focus && (focus == all[i].area || all[i].area->isAncestorOf(focus)))
            current = i;
    }
    if (current < 0)
        current = step > 0 ? all.size() - 1 : 0;
    for (qsizetype n = 1; n <= all.size(); ++n) {
        const Pane &pane = all[(current + step * n + all.size() * n) % all.size()];
        if (!pane.area->isVisible())
            continue;
        QWidget *target = pane.entry && reachable(pane.entry) ? pane.entry : firstField(pane.area);
        if (target) {
            target->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace

void attachKeyboardNavigation(MainWindow *window)
{
    for (QWidget *field : std::initializer_list<QWidget *> {
             window->headlineEdit(), window->deckEdit(), window->bodyEditor()})
        new FocusRing(field);

    auto *next = new QAction(QObject::tr("Ne&xt Pane"), window);
    next->setObjectName(QStringLiteral("nextPaneAction"));
    next->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    auto *previous = new QAction(QObject::tr("Pre&vious Pane"), window);
    previous->setObjectName(QStringLiteral("previousPaneAction"));
    previous->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    QObject::connect(next, &QAction::triggered, window, [window] { movePane(window, 1); });
    QObject::connect(previous, &QAction::triggered, window, [window] { movePane(window, -1); });
    window->addActions({next, previous});
    window->viewMenu()->addSeparator();
    window->viewMenu()->addActions({next, previous});
}
