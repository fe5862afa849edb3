// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorapp.h"

#include "store/articlestore.h"
#include "store/demonewsroom.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>

int runEditor(QApplication &app, const Cli::GlobalOptions &options)
{
    std::unique_ptr<ArticleStore> store;
    try {
        store = ArticleStore::open(options.store);
        if (options.demo)
            loadDemoNewsroom(*store);
    } catch (const StoreError &error) {
        QMessageBox::critical(nullptr, QObject::tr("Copydesk"), error.message());
        return 2;
    }
    QMainWindow window;
    window.setWindowTitle(QObject::tr("Copydesk"));
    window.setCentralWidget(new QLabel(QObject::tr("%n article(s) in the store", nullptr, store->count())));
    window.resize(1200, 800);
    window.show();
    return app.exec();
}
