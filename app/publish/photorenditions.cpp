// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/photorenditions.h"

#include "media/rendition.h"
#include "publish/publisher.h"
#include "store/articlestore.h"

#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

namespace {

// Part of every rendition's key: a change of sizes or encoder settings makes new files.
const QByteArray kRenditionKey = QByteArrayLiteral("rendition-v1-q82-q80");

const QList<Copydesk::ImageFormat> kFormats = {
    Copydesk::ImageFormat::Jpeg, Copydesk::ImageFormat::Webp};

QStringList pathsOf(const Copydesk::Photo &photo)
{
    QStringList paths;
    for (int width : Copydesk::renditionWidths(photo.width)) {
        for (Copydesk::ImageFormat format : kFormats)
            paths << Copydesk::renditionPath(photo.sha256, width, Copydesk::fileExtension(format));
    }
    return paths;
}

} // namespace

int stageRenditions(
    const QList<Copydesk::Photo> &photos, ArticleStore &store, const RenditionSink &sink)
{
    // Each photo once; the first article's entry stands for all (the same bytes, the same size).
    QList<Copydesk::Photo> toMake;
    QSet<QString> seen;
    for (const Copydesk::Photo &photo : photos) {
        if (seen.contains(photo.sha256))
            continue;
        seen.insert(photo.sha256);
        bool all = true;
        for (const QString &path : pathsOf(photo))
            all = sink.keep(path, kRenditionKey) && all;
        if (!all)
            toMake << photo;
    }
    // libvips runs a call on one thread (see media/vipsruntime.cpp): a photo per core.
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    const qsizetype batch = 2 * qMax(1, QThread::idealThreadCount());
    int made = 0;
    for (qsizetype from = 0; from < toMake.size(); from += batch) {
        sink.checkCancel();
        const QList<Copydesk::Photo> part = toMake.mid(from, batch);
        QList<QByteArray> originals;
        for (const Copydesk::Photo &photo : part) {
            try {
                originals << store.photoData(photo.sha256);
            } catch (const StoreError &error) {
                throw PublishError(QStringLiteral("photo %1 (%2): %3")
                                       .arg(photo.id, photo.filename, error.message()));
            }
        }
        QList<QList<Copydesk::Rendition>> results(part.size());
        QList<QString> failures(part.size());
        QList<qsizetype> indexes(part.size());
        std::iota(indexes.begin(), indexes.end(), 0);
        QtConcurrent::blockingMap(&pool, indexes, [&](qsizetype i) {
            try {
                results[i] = Copydesk::makeRenditions(
                    originals.at(i), Copydesk::renditionWidths(part.at(i).width), kFormats);
            } catch (const Copydesk::Error &error) {
                failures[i] = error.message();
            }
        });
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (!failures.at(i).isEmpty())
                throw PublishError(QStringLiteral("photo %1 (%2): %3")
                                       .arg(part.at(i).id, part.at(i).filename, failures.at(i)));
            for (const Copydesk::Rendition &r : std::as_const(results[i])) {
                sink.stage(Copydesk::renditionPath(
                               part.at(i).sha256, r.width, Copydesk::fileExtension(r.format)),
                    r.bytes, kRenditionKey);
                ++made;
            }
        }
    }
    return made;
}
