// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a photo for decoding: what is refused before a pixel is decoded, and the one libvips
// loader its first bytes call for.
#include "photoloader.h"

#include "photo.h"

#include "model/error.h"

#include <cmath>

namespace Copydesk {

namespace {

// Each loader is called by name, so that bytes which only look like a photo never reach
// another decoder. Sequential access decodes in strips, holding a few lines rather than the
// whole image; fail_on=truncated turns libvips' "premature end of file" warning into a failure.
VipsImage *loadHeader(PhotoKind kind, const QByteArray &bytes)
{
    void *data = const_cast<char *>(bytes.constData()); // libvips only reads it
    const size_t size = size_t(bytes.size());
    VipsImage *image = nullptr;
    int failed = -1;
    switch (kind) {
    case PhotoKind::Jpeg:
        failed = vips_jpegload_buffer(data, size, &image, "access", VIPS_ACCESS_SEQUENTIAL,
            "fail_on", VIPS_FAIL_ON_TRUNCATED, nullptr);
        break;
    case PhotoKind::Png:
        failed = vips_pngload_buffer(data, size, &image, "access", VIPS_ACCESS_SEQUENTIAL,
            "fail_on", VIPS_FAIL_ON_TRUNCATED, nullptr);
        break;
    case PhotoKind::Webp:
        failed = vips_webpload_buffer(data, size, &image, "access", VIPS_ACCESS_SEQUENTIAL,
            "fail_on", VIPS_FAIL_ON_TRUNCATED, nullptr);
        break;
    case PhotoKind::Gif:
        failed = vips_gifload_buffer(data, size, &image, "access", VIPS_ACCESS_SEQUENTIAL,
            "fail_on", VIPS_FAIL_ON_TRUNCATED, nullptr);
        break;
    case PhotoKind::Svg:
    case PhotoKind::Other:
        break;
    }
    if (failed != 0) {
        vips_error_clear();
        return nullptr;
    }
    return image;
}

} // namespace

void refusePhoto(const QString &name, const QString &reason)
{
    throw Error(Error::Input, name + QStringLiteral(": ") + reason);
}

QString damagedReason()
{
    return QStringLiteral("truncated or damaged image data");
}

OpenedPhoto openPhoto(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        refusePhoto(name, QStringLiteral("the file is empty"));
    if (bytes.size() > kMaxPhotoBytes) {
        // Rounded up, so that a file just over the limit does not read "50.0 MB is over 50 MB".
        const double tenthsOfMegabytes = std::ceil(double(bytes.size()) * 10 / (1024 * 1024));
        refusePhoto(
            name, QStringLiteral("%1 MB is over 50 MB").arg(tenthsOfMegabytes / 10, 0, 'f', 1));
    }
    const PhotoKind kind = sniffPhotoKind(bytes);
    if (kind == PhotoKind::Svg)
        refusePhoto(name, QStringLiteral("SVG images are not accepted (they can carry scripts)"));
    if (kind == PhotoKind::Other)
        refusePhoto(name, QStringLiteral("not a photo (JPEG, PNG, WebP or GIF)"));

    initialiseVips();
    OwnedImage image(loadHeader(kind, bytes));
    if (!image)
        refusePhoto(name, damagedReason());
    const int width = vips_image_get_width(image.get());
    const int height = vips_image_get_height(image.get());
    if (qint64(width) * height > kMaxPhotoPixels) {
        refusePhoto(name,
            QStringLiteral("%1×%2 is over %3 megapixels")
                .arg(width)
                .arg(height)
                .arg(kMaxPhotoPixels / 1'000'000));
    }
    if (width > kMaxPhotoSide || height > kMaxPhotoSide) {
        refusePhoto(name,
            QStringLiteral("%1×%2 is over %3 pixels on a side")
                .arg(width)
                .arg(height)
                .arg(kMaxPhotoSide));
    }
    return {kind, std::move(image)};
}

} // namespace Copydesk
