// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QThreadPool>

#include <memory>

// The originals of the open story's photos, for the editor's thumbnails and the preview's
// images. Those the store holds are read in a thread of the library's own, which keeps its own
// store connection (a connection stays in the thread that opened it), so a 50 MB original never
// stalls typing; one just added, whose original waits for the save that stores it, is served
// from memory (keep()), or after a crash from the recovery folder.
class PhotoLibrary : public QObject
{
    Q_OBJECT

public:
    explicit PhotoLibrary(const QString &storeLocation, QObject *parent = nullptr);
    ~PhotoLibrary() override;

    // An original the store does not hold yet (see ArticleSaver::keepOriginal).
    void keep(const QString &sha256, const QByteArray &bytes);
    // It has been stored: read it from the store from now on.
    void forget(const QString &sha256) { m_kept.remove(sha256); }
    QStringList keptOriginals() const { return m_kept.keys(); }

    // The original's bytes; empty when neither the store nor keep() has it.
    QFuture<QByteArray> original(const QString &sha256);
    // The photo upright and scaled to fit in `bound`, decoded at the reduced size where the
    // format allows (JPEG); null when it cannot be read.
    QFuture<QImage> thumbnail(const QString &sha256, const QSize &bound);

private:
    struct Reader;
    std::shared_ptr<Reader> m_reader;
    QThreadPool m_pool; // one thread that never expires: the reader's store lives in it
    QHash<QString, QByteArray> m_kept;
};
