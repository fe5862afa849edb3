// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/photo.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ArticleDocument;
class ArticleSaver;
class PhotoLibrary;
class QImage;
class QTextCursor;

// A file or pasted image a reporter hands in, read and checked (Copydesk::inspectPhoto).
struct CheckedPhoto
{
    QString name; // the file name: the photo's, and the one messages give
    QByteArray bytes;
    Copydesk::PhotoFile file;
    QString refusal; // "ferry.txt: not a JPEG, PNG, WebP or GIF photo"; empty when accepted
};
// Reads and checks each file, in order; one over 50 MB is refused before it is read. Slow on
// big files (a whole decode each): run it off the GUI thread.
QList<CheckedPhoto> checkPhotoFiles(const QStringList &paths);
// An image from the clipboard, as a PNG named after the time it was pasted.
CheckedPhoto checkPastedImage(const QImage &image);

// Puts photos on the open story the way `copydesk attach` does: checked off the GUI thread,
// each a new entry of the article's media, and its original kept for the save that names it
// (ArticleSaver::keepOriginal: they reach the store in one transaction). A photo added in the
// body is also shown there, `![alt](media:ID)` on a paragraph of its own, and the entry and
// the reference are one undo step. A refused file adds nothing; refused() says why.
class PhotoDesk : public QObject
{
    Q_OBJECT

public:
    PhotoDesk(ArticleSaver *saver, PhotoLibrary *library, QObject *parent = nullptr);

    // The story photos are added to (the window's open article).
    void setDocument(ArticleDocument *document);

    // Adds the photos in `paths` once checked: to the strip only, or also in the body at
    // `bodyCursor`'s position (which follows typing while the check runs).
    void addFiles(const QStringList &paths);
    void addFiles(const QStringList &paths, const QTextCursor &bodyCursor);
    void addImage(const QImage &image, const QTextCursor &bodyCursor);

    // Checks not finished yet.
    int checksInFlight() const { return m_inFlight; }

signals:
    void photosAdded(const QStringList &ids);
    // Files that were refused, a line each naming the file and the reason.
    void refused(const QString &message);

private:
    template<typename Check>
    void check(Check work, const std::optional<QTextCursor> &bodyCursor);
    void attach(ArticleDocument *document, const QList<CheckedPhoto> &checked,
        const std::optional<QTextCursor> &bodyCursor);

    ArticleSaver *m_saver;
    PhotoLibrary *m_library;
    QPointer<ArticleDocument> m_document;
    int m_inFlight = 0;
};
