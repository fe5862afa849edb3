// SPDX-License-Identifier: GPL-3.0-or-later
// What kind of image a file holds, told from its first bytes alone (never from its name).
#include "photoformat.h"

namespace Copydesk {

namespace {

// SVG is XML: it may open with a byte order mark, white space, an XML declaration, comments or
// a doctype before <svg. Looking for "<svg" near the start of anything that opens with '<' is
// enough to give the SVG reason instead of the generic one; either way it is refused.
bool looksLikeSvg(const QByteArray &bytes)
{
    QByteArrayView head = QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 4096));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    return head.startsWith('<') && QByteArray(head.data(), head.size()).toLower().contains("<svg");
}

} // namespace

PhotoKind sniffPhotoKind(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return PhotoKind::Jpeg;
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return PhotoKind::Png;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return PhotoKind::Gif;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return PhotoKind::Webp;
    if (looksLikeSvg(bytes))
        return PhotoKind::Svg;
    return PhotoKind::Other;
}

QString mimeOf(PhotoKind kind)
{
    switch (kind) {
    case PhotoKind::Jpeg:
        return QStringLiteral("image/jpeg");
    case PhotoKind::Png:
        return QStringLiteral("image/png");
    case PhotoKind::Webp:
        return QStringLiteral("image/webp");
    case PhotoKind::Gif:
        return QStringLiteral("image/gif");
    case PhotoKind::Svg:
    case PhotoKind::Other:
        break;
    }
    return {};
}

} // namespace Copydesk
