// SPDX-License-Identifier: GPL-3.0-or-later
// The renditions a page publishes of a photo: the widths, and the files at each width.
#include "rendition.h"

#include "photoloader.h"
#include "webpcontainer.h"

#include "model/error.h"

namespace Copydesk {

namespace {

constexpr int kJpegQuality = 82;
constexpr int kWebpQuality = 80;

// Messages name no file: the caller has one only if it inspected the photo first.
const QString &photoName()
{
    static const QString name = QStringLiteral("photo");
    return name;
}

[[noreturn]] void failed()
{
    vips_error_clear();
    refusePhoto(photoName(), damagedReason());
}

// A copy of `image` that carries pixels only: every metadata item removed (EXIF with its GPS
// position and camera serials, XMP, IPTC, the ICC profile, …). The savers' "strip" alone is not
// enough: libvips 8.14.0 and 8.14.1 (Debian 12) ignore it in webpsave and copy EXIF, XMP and the
// ICC profile into every WebP (libvips issue 3340), which tst_media catches.
OwnedImage withoutMetadata(VipsImage *image)
{
    VipsImage *copy = nullptr;
    if (vips_copy(image, &copy, nullptr) != 0)
        failed();
    OwnedImage bare(copy);
    if (gchar **fields = vips_image_get_fields(copy)) {
        for (gchar **field = fields; *field; ++field)
            vips_image_remove(copy, *field); // false for the header's own fields (width, …)
        g_strfreev(fields);
    }
    return bare;
}

// The photo `width` pixels wide as displayed (libvips applies the EXIF orientation and sizes
// the upright image), never upscaled, in sRGB with 8 bits a channel, its pixels in memory so
// that each format encodes them without decoding the original again. vips_thumbnail_buffer
// shrinks on load: a JPEG is decoded at 1/2, 1/4 or 1/8 of its size when that is still at
// least as large as the rendition, a WebP at the scale needed.
OwnedImage upright(const QByteArray &original, int width)
{
    VipsImage *out = nullptr;
    if (vips_thumbnail_buffer(const_cast<char *>(original.constData()), size_t(original.size()),
            &out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, "export_profile", "srgb",
            "option_string", "fail_on=truncated", nullptr)
        != 0) {
        failed();
    }
    OwnedImage image(out);
    // Greyscale and 16-bit images (PNG) come out of the thumbnail as they went in.
    if (vips_image_get_interpretation(image.get()) != VIPS_INTERPRETATION_sRGB
        || vips_image_get_format(image.get()) != VIPS_FORMAT_UCHAR) {
        if (vips_colourspace(image.get(), &out, VIPS_INTERPRETATION_sRGB, nullptr) != 0)
            failed();
        image.reset(out);
    }
    OwnedImage pixels(vips_image_copy_memory(image.get()));
    if (!pixels)
        failed();
    return withoutMetadata(pixels.get());
}

QByteArray takeBuffer(void *buffer, size_t size)
{
    QByteArray bytes(static_cast<const char *>(buffer), qsizetype(size));
    g_free(buffer);
    return bytes;
}

// "strip" leaves out every metadata block: EXIF (GPS, camera and lens serials, owner names),
// XMP, IPTC and the ICC profile (the pixels are sRGB, which browsers assume without one).
QByteArray encode(VipsImage *image, ImageFormat format)
{
    void *buffer = nullptr;
    size_t size = 0;
    int status = -1;
    if (format == ImageFormat::Jpeg) {
        OwnedImage opaque;
        if (vips_image_hasalpha(image)) {
            VipsArrayDouble *white = vips_array_double_newv(1, 255.0);
            VipsImage *flat = nullptr;
            status = vips_flatten(image, &flat, "background", white, nullptr);
            vips_area_unref(VIPS_AREA(white));
            if (status != 0)
                failed();
            opaque.reset(flat);
            image = flat;
        }
        status = vips_jpegsave_buffer(image, &buffer, &size, "Q", kJpegQuality, "strip", TRUE,
            "optimize_coding", TRUE, nullptr);
    } else {
        status =
            vips_webpsave_buffer(image, &buffer, &size, "Q", kWebpQuality, "strip", TRUE, nullptr);
    }
    auto cannotWrite = [format] {
        return Error(Error::Failed,
            QStringLiteral("%1: could not write the %2 rendition")
                .arg(photoName(), fileExtension(format)));
    };
    if (status != 0) {
        vips_error_clear();
        throw cannotWrite();
    }
    QByteArray bytes = takeBuffer(buffer, size);
    if (format == ImageFormat::Webp) {
        // Even with no metadata left on the image, libvips 8.14 webpsave writes an EXIF chunk
        // of its own (resolution, orientation 1): taken out of the container.
        std::optional<QByteArray> bare = withoutWebpMetadata(bytes);
        if (!bare)
            throw cannotWrite();
        bytes = std::move(*bare);
    }
    return bytes;
}

} // namespace

QList<Rendition> makeRenditions(
    const QByteArray &original, const QList<int> &widths, const QList<ImageFormat> &formats)
{
    // The same refusals as inspectPhoto() (format, size, pixels) before anything is decoded.
    openPhoto(original, photoName());
    QList<Rendition> renditions;
    renditions.reserve(widths.size() * formats.size());
    for (int width : widths) {
        if (width <= 0) {
            throw Error(Error::Input,
                QStringLiteral("%1: a rendition %2 pixels wide").arg(photoName()).arg(width));
        }
        const OwnedImage pixels = upright(original, width);
        for (ImageFormat format : formats) {
            renditions.append({vips_image_get_width(pixels.get()),
                vips_image_get_height(pixels.get()), format, encode(pixels.get(), format)});
        }
    }
    return renditions;
}

QString fileExtension(ImageFormat format)
{
    return format == ImageFormat::Jpeg ? QStringLiteral("jpg") : QStringLiteral("webp");
}

QString mimeType(ImageFormat format)
{
    return format == ImageFormat::Jpeg ? QStringLiteral("image/jpeg")
                                       : QStringLiteral("image/webp");
}

} // namespace Copydesk
