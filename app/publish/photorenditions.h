// SPDX-License-Identifier: GPL-3.0-or-later
// The site's /media/ files: every rendition of every photo the published articles show, made
// once from the original in the store and kept as long as some article shows the photo.
#pragma once

#include "model/articlemedia.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class ArticleStore;

struct RenditionSink
{
    // Whether the file at `path`, made with `key`, is on the site already (and stays).
    std::function<bool(const QString &path, const QByteArray &key)> keep;
    // Writes it.
    std::function<void(const QString &path, const QByteArray &bytes, const QByteArray &key)> stage;
    std::function<void()> checkCancel;
};

// The files (renditionPath()) the site needs for `photos`, each once however many articles
// show it. Those the site has are kept without being read; the others are made from the
// originals, a photo per core at once and a few photos at a time (memory stays at a few
// photos' worth whatever the archive's size). Returns how many files were encoded. A photo
// whose original is missing from the store, or cannot be decoded, throws PublishError naming it.
int stageRenditions(
    const QList<Copydesk::Photo> &photos, ArticleStore &store, const RenditionSink &sink);
