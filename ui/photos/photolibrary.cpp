// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos/photolibrary.h"

#include "editor/articledocument.h"
#include "editor/articlesaver.h"
#include "media/rendition.h"
#include "store/articlestore.h"

#include <QBuffer>
#include <QImageReader>
#include <QtConcurrent>

struct PhotoLibrary::Reader
{
    QString location;
    std::unique_ptr<ArticleStore> store; // opened in, used in and closed in the pool's thread

    QByteArray read(const QString &sha256)
    {
        try {
            if (!store)
                store = ArticleStore::open(location, ArticleStore::OpenMode::ExistingOnly);
            if (store->hasPhoto(sha256))
                return store->photoData(sha256);
        } catch (const StoreError &) {
        }
        // Not stored yet: a journal restored after a crash, waiting for its save.
        return RecoveryJournal::readPhoto(sha256);
    }
};

namespace {

QImage decodeThumbnail(QByteArray bytes, const QSize &bound)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // inspectPhoto() admits 100 megapixels; decoded whole (PNG) that is 400 MB.
    reader.setAllocationLimit(512);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(bound, Qt::KeepAspectRatio).expandedTo({1, 1}));
    QImage image = reader.read();
    if (!image.isNull())
        return image;
    // A format Qt has no plugin for here (WebP): libvips, as the site's renditions are made.
    try {
        const QList<Copydesk::Rendition> small =
            Copydesk::makeRenditions(bytes, {bound.width()}, {Copydesk::ImageFormat::Jpeg});
        if (!small.isEmpty() && image.loadFromData(small.first().bytes))
            return image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    } catch (const std::exception &) {
    }
    return {};
}

} // namespace

PhotoLibrary::PhotoLibrary(const QString &storeLocation, QObject *parent)
    : QObject(parent), m_reader(std::make_shared<Reader>())
{
    m_reader->location = storeLocation;
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("copydesk-photo-reader"));
}

PhotoLibrary::~PhotoLibrary()
{
    // The store closes in the thread that opened it.
    m_pool.start([reader = m_reader] { reader->store.reset(); });
    m_pool.waitForDone();
}

void PhotoLibrary::keep(const QString &sha256, const QByteArray &bytes)
{
    m_kept.insert(sha256, bytes);
}

QFuture<QByteArray> PhotoLibrary::original(const QString &sha256)
{
    if (const auto kept = m_kept.constFind(sha256); kept != m_kept.cend())
        return QtFuture::makeReadyFuture(*kept);
    return QtConcurrent::run(&m_pool, [reader = m_reader, sha256] { return reader->read(sha256); });
}

QFuture<QImage> PhotoLibrary::thumbnail(const QString &sha256, const QSize &bound)
{
    return QtConcurrent::run(
        &m_pool, [reader = m_reader, sha256, bound, kept = m_kept.value(sha256)] {
            return decodeThumbnail(kept.isEmpty() ? reader->read(sha256) : kept, bound);
        });
}
