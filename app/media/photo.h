// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a photo a reporter hands in: what it is, how big it is as shown, the words it carries.
#pragma once

#include <QByteArray>
#include <QString>

namespace Copydesk {

inline constexpr qint64 kMaxPhotoBytes = 50 * 1024 * 1024;
inline constexpr qint64 kMaxPhotoPixels = 100'000'000;
// JPEG's own limit, for every format: a decoder's line buffers grow with the width, and a PNG
// 10,000,000×10 is within the pixel limit.
inline constexpr int kMaxPhotoSide = 65535;

struct PhotoFile
{
    QString sha256; // lowercase hex of the original bytes
    QString mime; // "image/jpeg", "image/png", "image/webp", "image/gif"
    int width = 0, height = 0; // as displayed: EXIF orientation applied (orientations 5–8 swap)
    qint64 bytes = 0;
    QString caption; // IPTC Caption-Abstract, else XMP dc:description, else EXIF ImageDescription
    QString credit; // IPTC By-line, else XMP dc:creator, else IPTC Credit / photoshop:Credit
    QString alt; // XMP Iptc4xmpCore:AltTextAccessibility
};

// Checks a photo by decoding it (never by its name or extension); `name` is the file name used
// in messages. Throws Error(Error::Input, "<name>: <reason>") with a reason a reporter can act
// on: not a photo, SVG, truncated or damaged, over 50 MB, over 100 megapixels, over 65535
// pixels on a side. The pixel limits are checked from the header before any pixel is decoded (a
// 30000×30000 PNG of 100 KB is refused at once); then the whole image is decoded once, failing on
// truncation. Embedded words are trimmed and empty when absent. Safe to call from several threads
// at once.
PhotoFile inspectPhoto(const QByteArray &bytes, const QString &name);

} // namespace Copydesk
