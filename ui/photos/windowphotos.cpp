// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos/windowphotos.h"

#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "photos/photodesk.h"
#include "photos/photolibrary.h"
#include "photos/photostrip.h"
#include "preview/previewpane.h"
#include "store/articlestore.h"

#include <QAction>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStandardPaths>

namespace {

// Dropped or pasted files the body takes as photos: those named like images (the check that
// counts is inspectPhoto()'s, by the bytes); other files stay the text editor's.
QStringList imageFiles(const QMimeData *mime)
{
    QStringList images;
    const QMimeDatabase types;
    for (const QString &file : localFiles(mime)) {
        if (types.mimeTypeForFile(file, QMimeDatabase::MatchExtension)
                .name()
                .startsWith(QStringLiteral("image/")))
            images.append(file);
    }
    return images;
}

} // namespace

PhotoDesk *attachPhotos(MainWindow *window)
{
    auto *library = new PhotoLibrary(window->store()->location(), window);
    auto *desk = new PhotoDesk(window->saver(), library, window);
    desk->setObjectName(QStringLiteral("photoDesk"));
    auto *strip = new PhotoStrip(library, window->articleForm());
    window->articleForm()->addPanel(strip);

    const auto follow = [window, desk, strip] {
        desk->setDocument(window->document());
        strip->setDocument(window->document());
    };
    QObject::connect(window, &MainWindow::documentChanged, desk, follow);
    follow();
    // Once stored, an original is read from the store like any other.
    QObject::connect(window->saver(), &ArticleSaver::articleStored, library, [window, library] {
        for (const QString &sha256 : library->keptOriginals()) {
            if (!window->saver()->holdsOriginal(sha256))
                library->forget(sha256);
        }
    });

    QObject::connect(desk, &PhotoDesk::refused, window, [window](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, PhotoDesk::tr("Photo not added"), message,
            QMessageBox::Ok, window);
        box->setObjectName(QStringLiteral("photoRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): the check that failed may have run while the reporter typed
    });

    const auto choose = [window, desk] {
        static QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QStringList files = QFileDialog::getOpenFileNames(window, PhotoDesk::tr("Add Photo"),
            folder, PhotoDesk::tr("Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)"));
        if (files.isEmpty())
            return;
        folder = QFileInfo(files.first()).absolutePath();
        desk->addFiles(files);
    };
    QObject::connect(strip, &PhotoStrip::addRequested, desk, choose);
    QObject::connect(strip, &PhotoStrip::filesDropped, desk,
        [desk](const QStringList &files) { desk->addFiles(files); });

    QMenu *story = window->storyMenu();
    QAction *add = story->addAction(PhotoDesk::tr("Add &Photo…"));
    add->setObjectName(QStringLiteral("addPhotoAction"));
    QObject::connect(add, &QAction::triggered, desk, choose);

    BodyEditor *body = window->bodyEditor();
    body->setMediaInsert({[](const QMimeData *source) {
                              return !imageFiles(source).isEmpty() || source->hasImage();
                          },
        [desk, body](const QMimeData *source) {
            if (const QStringList files = imageFiles(source); !files.isEmpty())
                desk->addFiles(files, body->textCursor());
            else if (source->hasImage())
                desk->addImage(qvariant_cast<QImage>(source->imageData()), body->textCursor());
            else
                return false;
            return true;
        }});

    window->previewPane()->setPhotoOriginals(
        [library](const QString &sha256) { return library->original(sha256); });
    return desk;
}
