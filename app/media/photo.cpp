// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a photo a reporter hands in: what it is, how big it is as shown, the words it carries.
#include "photo.h"

#include "photoloader.h"
#include "photometadata.h"

#include <QCryptographicHash>

namespace Copydesk {

PhotoFile inspectPhoto(const QByteArray &bytes, const QString &name)
{
    const OpenedPhoto photo = openPhoto(bytes, name);
    VipsImage *image = photo.image.get();

    // One pass over every pixel proves the file is readable to the end; the average itself is
    // of no use. With sequential access this holds a few lines, not the image.
    double average = 0;
    if (vips_avg(image, &average, nullptr) != 0) {
        vips_error_clear();
        refusePhoto(name, damagedReason());
    }

    PhotoFile file;
    file.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    file.mime = mimeOf(photo.kind);
    file.width = vips_image_get_width(image);
    file.height = vips_image_get_height(image);
    if (vips_image_get_orientation_swap(image))
        std::swap(file.width, file.height);
    file.bytes = bytes.size();
    const EmbeddedText text = readEmbeddedText(bytes);
    file.caption = text.caption;
    file.credit = text.credit;
    file.alt = text.alt;
    return file;
}

} // namespace Copydesk
