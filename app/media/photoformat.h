// SPDX-License-Identifier: GPL-3.0-or-later
// What kind of image a file holds, told from its first bytes alone (never from its name).
#pragma once

#include <QByteArray>
#include <QString>

namespace Copydesk {

enum class PhotoKind { Jpeg, Png, Webp, Gif, Svg, Other };

PhotoKind sniffPhotoKind(const QByteArray &bytes);
QString mimeOf(PhotoKind kind); // empty for Svg and Other

} // namespace Copydesk
