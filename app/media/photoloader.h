// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a photo for decoding: what is refused before a pixel is decoded, and the one libvips
// loader its first bytes call for.
#pragma once

#include "photoformat.h"
#include "vipsruntime.h"

#include <QByteArray>
#include <QString>

namespace Copydesk {

struct OpenedPhoto
{
    PhotoKind kind = PhotoKind::Other;
    OwnedImage image; // its header read, no pixel decoded; reads from the caller's bytes
};

// Refuses (Error::Input, "<name>: <reason>") empty input, more than kMaxPhotoBytes, anything
// but JPEG, PNG, WebP and GIF, a header that cannot be read and more than kMaxPhotoPixels.
// The image decodes sequentially and fails on truncated data; `bytes` must outlive it.
OpenedPhoto openPhoto(const QByteArray &bytes, const QString &name);

// Throws Error(Error::Input, "<name>: <reason>").
[[noreturn]] void refusePhoto(const QString &name, const QString &reason);

// The reason given when libvips could not decode what the header promised.
QString damagedReason();

} // namespace Copydesk
