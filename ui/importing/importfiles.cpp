// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importfiles.h"

#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "importing/importer.h"
#include "mainwindow.h"
#include "store/articlestore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace {

struct FileRead
{
    QString path;
    std::optional<ImportResult> result;
    QString error;
};

QList<FileRead> readFiles(const QStringList &paths)
{
    QList<FileRead> reads;
    for (const QString &path : paths) {
        try {
            reads.append({path, Importer::importFile(path), {}});
        } catch (const ImportError &error) {
            reads.append({path, std::nullopt, error.message()});
        }
    }
    return reads;
}

QList<FileImport> storeFiles(ArticleStore *store, const QList<FileRead> &reads)
{
    QList<FileImport> imports;
    for (const FileRead &read : reads) {
        FileImport import {read.path, {}, {}, {}, read.error};
        if (read.result) {
            import.headline = read.result->article.headline;
            import.warnings = read.result->warnings;
            try {
                // The pictures it brought, in the same transaction as the story.
                store->batch([&] {
                    for (const ImportedOriginal &original : read.result->originals)
                        store->addPhoto({original.sha256, original.mime, original.width,
                                            original.height, original.bytes.size()},
                            original.bytes);
                    import.id = store->create(read.result->article).id;
                });
            } catch (const StoreError &error) {
                import.error = error.message();
            }
        }
        imports.append(import);
    }
    return imports;
}

void finishImport(MainWindow *window, const QList<FileImport> &imports)
{
    QString first;
    bool anythingToSay = false;
    for (const FileImport &import : imports) {
        if (!import.id.isEmpty()) {
            // The list shows it at once, whatever the watcher's next poll finds.
            if (const std::optional<Article> stored = window->store()->find(import.id))
                window->articleList()->model()->articleStored(*stored);
            if (first.isEmpty())
                first = import.id;
        }
        anythingToSay = anythingToSay || !import.error.isEmpty() || !import.warnings.isEmpty();
    }
    if (!first.isEmpty())
        window->openArticle(first);
    auto *dialog = new ImportReportDialog(imports, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    window->statusBar()->showMessage(dialog->summary(), 10000);
    if (anythingToSay)
        dialog->open();
    else
        dialog->deleteLater();
}

// Files dropped on the article list are imported.
class ListDropImport : public QObject
{
public:
    explicit ListDropImport(MainWindow *window) : QObject(window), m_window(window) { }

    static QStringList localFiles(const QMimeData *data)
    {
        QStringList paths;
        if (!data || !data->hasUrls())
            return paths;
        for (const QUrl &url : data->urls()) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                paths << url.toLocalFile();
        }
        return paths;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (localFiles(drag->mimeData()).isEmpty())
                return QObject::eventFilter(watched, event);
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
            return true;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths = localFiles(drop->mimeData());
            if (paths.isEmpty())
                return QObject::eventFilter(watched, event);
            drop->setDropAction(Qt::CopyAction);
            drop->accept();
            importFiles(m_window, paths);
            return true;
        }
        default:
            return QObject::eventFilter(watched, event);
        }
    }

private:
    MainWindow *m_window;
};

} // namespace

ImportReportDialog::ImportReportDialog(const QList<FileImport> &imports, MainWindow *window)
    : QDialog(window), m_summary(new QLabel(this)), m_files(new QTreeWidget(this))
{
    setWindowTitle(tr("Import"));
    int imported = 0;
    int warned = 0;
    for (const FileImport &import : imports) {
        auto *item = new QTreeWidgetItem(m_files);
        const QString name = QFileInfo(import.path).fileName();
        item->setToolTip(0, import.path);
        if (import.id.isEmpty()) {
            item->setText(0, tr("%1: not imported: %2").arg(name, import.error));
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            continue;
        }
        ++imported;
        item->setData(0, Qt::UserRole, import.id);
        const QString headline = import.headline.isEmpty() ? tr("Untitled") : import.headline;
        item->setText(0,
            import.warnings.isEmpty() ? tr("%1 → “%2”").arg(name, headline)
                                      : tr("%1 → “%2” (changes to review: %3)")
                                            .arg(name, headline)
                                            .arg(import.warnings.size()));
        if (!import.warnings.isEmpty())
            ++warned;
        for (const QString &warning : import.warnings)
            new QTreeWidgetItem(item, {warning});
        item->setExpanded(true);
    }
    const int failed = int(imports.size()) - imported;
    // Counts in words that need no plural forms, so the English reads right untranslated.
    QString text = tr("Files imported: %1.").arg(imported);
    if (failed > 0)
        text += u' ' + tr("Not imported: %1.").arg(failed);
    if (warned > 0)
        text += u' ' + tr("The importer changed the copy; review what it did below.");
    m_summary->setText(text);
    m_summary->setWordWrap(true);

    m_files->setHeaderHidden(true);
    m_files->setWordWrap(true);
    m_files->setAccessibleName(tr("Imported files"));
    m_files->header()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_files, &QTreeWidget::itemActivated, this, [window](QTreeWidgetItem *item) {
        while (item->parent())
            item = item->parent();
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            window->openArticle(id);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_files, 1);
    layout->addWidget(buttons);
    resize(620, 380);
}

QString ImportReportDialog::summary() const
{
    return m_summary->text();
}

void importFiles(MainWindow *window, const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    window->statusBar()->showMessage(
        ImportReportDialog::tr("Importing files: %1…").arg(paths.size()));
    auto *watcher = new QFutureWatcher<QList<FileRead>>(window);
    QObject::connect(watcher, &QFutureWatcherBase::finished, window, [window, watcher] {
        watcher->deleteLater();
        finishImport(window, storeFiles(window->store(), watcher->result()));
    });
    watcher->setFuture(QtConcurrent::run(readFiles, paths));
}

void attachFileImport(MainWindow *window)
{
    auto *action = new QAction(ImportReportDialog::tr("&Import…"), window);
    action->setObjectName(QStringLiteral("ImportAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    action->setStatusTip(ImportReportDialog::tr(
        "Imports wire copy, saved pages, Word documents and Markdown as new articles"));
    QMenu *menu = window->fileMenu();
    const QList<QAction *> actions = menu->actions();
    // Under New Article, Duplicate and Kill, before the separator that precedes Quit.
    QAction *before = actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr;
    menu->insertAction(before, action);
    QObject::connect(action, &QAction::triggered, window, [window] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(window, ImportReportDialog::tr("Import"), QString(),
                ImportReportDialog::tr(
                    "Copy (*.txt *.md *.markdown *.html *.htm *.docx *.json *.nitf *.xml);;"
                    "All files (*)"));
        importFiles(window, paths);
    });

    QWidget *list = window->articleList()->view()->viewport();
    list->setAcceptDrops(true);
    list->installEventFilter(new ListDropImport(window));
}
