// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos/photodesk.h"

#include "editor/articledocument.h"
#include "editor/articlesaver.h"
#include "model/error.h"
#include "photos/photolibrary.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>
#include <QtConcurrent>

using Copydesk::Photo;

namespace {

CheckedPhoto checkBytes(const QString &name, const QByteArray &bytes)
{
    CheckedPhoto checked {name, bytes, {}, {}};
    try {
        checked.file = Copydesk::inspectPhoto(bytes, name);
    } catch (const Copydesk::Error &error) {
        checked.refusal = error.message();
        checked.bytes.clear();
    }
    return checked;
}

} // namespace

QList<CheckedPhoto> checkPhotoFiles(const QStringList &paths)
{
    QList<CheckedPhoto> checked;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        QFile file(path);
        if (info.isDir()) {
            checked.append({name, {}, {}, PhotoDesk::tr("%1: is a folder, not a photo").arg(name)});
        } else if (info.size() > Copydesk::kMaxPhotoBytes) {
            checked.append({name, {}, {},
                PhotoDesk::tr("%1: %2 MB is over %3 MB")
                    .arg(name)
                    .arg((info.size() + 1024 * 1024 - 1) / (1024 * 1024))
                    .arg(Copydesk::kMaxPhotoBytes / (1024 * 1024))});
        } else if (!file.open(QIODevice::ReadOnly)) {
            checked.append({name, {}, {}, QStringLiteral("%1: %2").arg(name, file.errorString())});
        } else {
            checked.append(checkBytes(name, file.readAll()));
        }
    }
    return checked;
}

CheckedPhoto checkPastedImage(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString name =
        QStringLiteral("pasted-%1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return checkBytes(name, png);
}

PhotoDesk::PhotoDesk(ArticleSaver *saver, PhotoLibrary *library, QObject *parent)
    : QObject(parent), m_saver(saver), m_library(library)
{
}

void PhotoDesk::setDocument(ArticleDocument *document)
{
    m_document = document;
}

void PhotoDesk::addFiles(const QStringList &paths)
{
    check([paths] { return checkPhotoFiles(paths); }, std::nullopt);
}

void PhotoDesk::addFiles(const QStringList &paths, const QTextCursor &bodyCursor)
{
    check([paths] { return checkPhotoFiles(paths); }, bodyCursor);
}

void PhotoDesk::addImage(const QImage &image, const QTextCursor &bodyCursor)
{
    check([image] { return QList<CheckedPhoto> {checkPastedImage(image)}; }, bodyCursor);
}

template<typename Check>
void PhotoDesk::check(Check work, const std::optional<QTextCursor> &bodyCursor)
{
    if (!m_document)
        return;
    ++m_inFlight;
    // The story the photos were handed to: if another is open by the time they are checked,
    // they are not put on that one.
    QPointer<ArticleDocument> document = m_document;
    auto *watcher = new QFutureWatcher<QList<CheckedPhoto>>(this);
    connect(watcher, &QFutureWatcher<QList<CheckedPhoto>>::finished, this,
        [this, watcher, document, bodyCursor] {
            watcher->deleteLater();
            --m_inFlight;
            if (document && document == m_document)
                attach(document, watcher->result(), bodyCursor);
        });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void PhotoDesk::attach(ArticleDocument *document, const QList<CheckedPhoto> &checked,
    const std::optional<QTextCursor> &bodyCursor)
{
    QStringList refusals;
    QList<Photo> media = document->value(ArticleDocument::Media).value<QList<Photo>>();
    QList<Photo> added;
    for (const CheckedPhoto &c : checked) {
        if (!c.refusal.isEmpty()) {
            refusals.append(c.refusal);
            continue;
        }
        Photo photo;
        photo.id = Photo::newId(media);
        photo.sha256 = c.file.sha256;
        photo.filename = c.name;
        photo.mime = c.file.mime;
        photo.width = c.file.width;
        photo.height = c.file.height;
        photo.bytes = c.file.bytes;
        photo.caption = c.file.caption;
        photo.credit = c.file.credit;
        photo.alt = c.file.alt;
        media.append(photo);
        if (const QString problem = Copydesk::validateMedia(media); !problem.isEmpty()) {
            media.removeLast();
            refusals.append(QStringLiteral("%1: %2").arg(c.name, problem));
            continue;
        }
        added.append(photo);
        m_saver->keepOriginal(
            {photo.sha256, photo.mime, photo.width, photo.height, photo.bytes}, c.bytes);
        m_library->keep(photo.sha256, c.bytes);
    }
    if (!added.isEmpty()) {
        QUndoStack *stack = document->undoStack();
        const QString undoText = tr("Add %n photo(s)", nullptr, int(added.size()));
        stack->beginMacro(undoText);
        document->setValue(ArticleDocument::Media, QVariant::fromValue(media), undoText, {});
        if (bodyCursor && bodyCursor->document()
            && bodyCursor->document() == document->textDocument(ArticleDocument::Body)) {
            // Each on a paragraph of its own, so the page shows it as a figure.
            QStringList images;
            for (const Photo &photo : std::as_const(added))
                images.append(
                    Copydesk::photoMarkdown(photo.alt, QStringLiteral("media:") + photo.id));
            QTextCursor cursor = *bodyCursor;
            cursor.clearSelection();
            const QString body = document->value(ArticleDocument::Body).toString();
            const int at = cursor.position();
            const QString before = body.left(at);
            const QString after = body.mid(at);
            const QString lead = before.isEmpty() || before.endsWith(QStringLiteral("\n\n"))
                ? QString()
                : before.endsWith(u'\n') ? QStringLiteral("\n")
                                         : QStringLiteral("\n\n");
            const QString tail = after.isEmpty() || after.startsWith(QStringLiteral("\n\n"))
                ? QString()
                : after.startsWith(u'\n') ? QStringLiteral("\n")
                                          : QStringLiteral("\n\n");
            cursor.insertText(lead + images.join(QStringLiteral("\n\n")) + tail);
        }
        stack->endMacro();
        QStringList ids;
        for (const Photo &photo : std::as_const(added))
            ids.append(photo.id);
        emit photosAdded(ids);
    }
    if (!refusals.isEmpty())
        emit refused(refusals.join(u'\n'));
}
