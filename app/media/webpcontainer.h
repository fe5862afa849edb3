// SPDX-License-Identifier: GPL-3.0-or-later
// Taking the metadata chunks (EXIF, XMP, ICC profile) out of a WebP file's RIFF container.
#pragma once

#include <QByteArray>
#include <optional>

namespace Copydesk {

// The same image without EXIF, "XMP " and ICCP chunks and with their VP8X flags cleared; the
// pixels (VP8, VP8L, ALPH, ANIM/ANMF) are copied unchanged. Nullopt when `webp` is not a
// well-formed WebP container.
std::optional<QByteArray> withoutWebpMetadata(const QByteArray &webp);

} // namespace Copydesk
