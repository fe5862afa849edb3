// SPDX-License-Identifier: GPL-3.0-or-later
// The renditions a page publishes of a photo: the widths, and the files at each width.
#pragma once

#include "model/articlemedia.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Copydesk {

enum class ImageFormat { Jpeg, Webp };

struct Rendition
{
    int width = 0, height = 0;
    ImageFormat format = ImageFormat::Jpeg;
    QByteArray bytes;
};

// renditionWidths() and renditionPath(), the rule for what a page shows of a photo, are in
// model/articlemedia.h: the renderer writes the markup without linking this layer.

// The original at each width (as displayed, so after the EXIF orientation is applied; never
// wider than the photo) in each format, in that order: widths outer, formats inner. Upright,
// sRGB, with no metadata at all (no EXIF, GPS, XMP, IPTC, ICC, camera serials: a published
// photo must not say where or with what it was taken); JPEG at quality 82 with any alpha
// flattened on white, WebP at quality 80 keeping alpha. Decodes with shrink-on-load, once per
// width. Throws Error(Error::Input, …) on input inspectPhoto() would refuse. Safe to call from
// several threads at once, and meant to be: libvips runs each call on one thread, so render
// one photo a core at once (QtConcurrent over the photos; see vipsruntime.cpp for the numbers).
QList<Rendition> makeRenditions(const QByteArray &original, const QList<int> &widths,
    const QList<ImageFormat> &formats = {ImageFormat::Jpeg, ImageFormat::Webp});

QString fileExtension(ImageFormat format); // "jpg", "webp"
QString mimeType(ImageFormat format); // "image/jpeg", "image/webp"

} // namespace Copydesk
