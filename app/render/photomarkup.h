// SPDX-License-Identifier: GPL-3.0-or-later
// A photo as every page shows it: <figure>, <picture> with WebP and JPEG renditions, caption
// and credit in the house style.
#pragma once

#include "model/articlemedia.h"
#include "render/housestyle.h"

#include <QString>

// The credit line under a caption: "（记者 张三 摄）" / "（張三攝）" in a Chinese paper,
// "Photo: Jane Doe/AP" on the wire. A credit already written that way ("张三 摄",
// "Photo: …", "圖／…") is kept as it is. Empty without a credit.
QString photoCredit(const QString &credit, HouseStyle style, bool traditional);

// `<picture>` with the photo's renditions below `baseUrl` (see renditionPath()), the JPEG as
// <img> with width, height and alt; lazy unless it is the lead photo.
QString photoPicture(const Copydesk::Photo &photo, const QString &baseUrl, bool lead);
// The figure: the picture and a <figcaption> with the caption and the credit.
QString photoFigure(const Copydesk::Photo &photo, const QString &baseUrl, HouseStyle style,
    bool traditional, bool lead);

// The widest rendition, for og:image and JSON-LD: its absolute or root-relative address,
// width and height.
struct PhotoRendition
{
    QString url;
    int width = 0;
    int height = 0;
};
QList<PhotoRendition> photoJpegRenditions(const Copydesk::Photo &photo, const QString &baseUrl);
