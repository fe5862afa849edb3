// SPDX-License-Identifier: GPL-3.0-or-later
// Taking the metadata chunks (EXIF, XMP, ICC profile) out of a WebP file's RIFF container.
#include "webpcontainer.h"

#include <QByteArrayView>
#include <QtEndian>

namespace Copydesk {

namespace {

// The VP8X feature flags (https://developers.google.com/speed/webp/docs/riff_container).
constexpr quint8 kIccFlag = 0x20;
constexpr quint8 kExifFlag = 0x08;
constexpr quint8 kXmpFlag = 0x04;

bool isMetadata(QByteArrayView fourCc)
{
    return fourCc == "EXIF" || fourCc == "XMP " || fourCc == "ICCP";
}

} // namespace

std::optional<QByteArray> withoutWebpMetadata(const QByteArray &webp)
{
    constexpr qsizetype headerSize = 12; // "RIFF", the size of the rest, "WEBP"
    if (webp.size() < headerSize || !webp.startsWith("RIFF") || webp.mid(8, 4) != "WEBP")
        return std::nullopt;
    const qsizetype end =
        qMin<qsizetype>(webp.size(), 8 + qFromLittleEndian<quint32>(webp.constData() + 4));
    QByteArray out = webp.first(headerSize);
    for (qsizetype at = headerSize; at < end;) {
        if (end - at < 8)
            return std::nullopt;
        const QByteArrayView fourCc(webp.constData() + at, 4);
        const qsizetype size = qFromLittleEndian<quint32>(webp.constData() + at + 4);
        const qsizetype chunkSize = 8 + size + (size & 1); // payloads are padded to even sizes
        if (size > end - at - 8)
            return std::nullopt;
        if (!isMetadata(fourCc)) {
            QByteArray chunk = webp.mid(at, qMin(chunkSize, end - at));
            if (fourCc == "VP8X" && size >= 1)
                chunk[8] = char(quint8(chunk[8]) & ~(kIccFlag | kExifFlag | kXmpFlag));
            out += chunk;
        }
        at += chunkSize;
    }
    qToLittleEndian<quint32>(quint32(out.size() - 8), out.data() + 4);
    return out;
}

} // namespace Copydesk
