// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/photomarkup.h"

#include "render/htmlescape.h"

namespace {

// The article column is at most 46rem wide (site.css); on a phone it is the screen.
const QString kSizes = QStringLiteral("(min-width: 48rem) 46rem, 100vw");

QString srcset(const Copydesk::Photo &photo, const QString &baseUrl, QStringView extension)
{
    QStringList parts;
    for (int width : Copydesk::renditionWidths(photo.width))
        parts << baseUrl + Copydesk::renditionPath(photo.sha256, width, extension)
                + QStringLiteral(" %1w").arg(width);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString photoCredit(const QString &credit, HouseStyle style, bool traditional)
{
    const QString name = credit.trimmed();
    if (name.isEmpty())
        return {};
    if (style == HouseStyle::ChineseNewspaper) {
        if (name.contains(u'摄') || name.contains(u'攝') || name.startsWith(u'（')
            || name.contains(u'／') || name.startsWith(QStringLiteral("图"))
            || name.startsWith(u'圖'))
            return name;
        return traditional ? QStringLiteral("（%1攝）").arg(name)
                           : QStringLiteral("（%1 摄）").arg(name);
    }
    if (name.startsWith(QStringLiteral("Photo"), Qt::CaseInsensitive))
        return name;
    return QStringLiteral("Photo: ") + name;
}

QList<PhotoRendition> photoJpegRenditions(const Copydesk::Photo &photo, const QString &baseUrl)
{
    QList<PhotoRendition> renditions;
    for (int width : Copydesk::renditionWidths(photo.width))
        renditions.append({baseUrl + Copydesk::renditionPath(photo.sha256, width, u"jpg"), width,
            Copydesk::renditionHeight(photo.width, photo.height, width)});
    return renditions;
}

QString photoPicture(const Copydesk::Photo &photo, const QString &baseUrl, bool lead)
{
    const QList<PhotoRendition> jpegs = photoJpegRenditions(photo, baseUrl);
    if (jpegs.isEmpty())
        return {};
    // The middle rendition for browsers that read no srcset; width and height of the widest
    // keep the page from jumping while it loads.
    const PhotoRendition &fallback = jpegs.at(jpegs.size() > 1 ? 1 : 0);
    const PhotoRendition &widest = jpegs.constLast();
    return QStringLiteral("<picture><source type=\"image/webp\" srcset=\"%1\" sizes=\"%2\">"
                          "<img src=\"%3\" srcset=\"%4\" sizes=\"%2\" width=\"%5\" height=\"%6\" "
                          "alt=\"%7\"%8 decoding=\"async\"></picture>")
        .arg(Html::escape(srcset(photo, baseUrl, u"webp")), kSizes, Html::escape(fallback.url),
            Html::escape(srcset(photo, baseUrl, u"jpg")))
        .arg(widest.width)
        .arg(widest.height)
        .arg(Html::escape(photo.alt),
            lead ? QStringLiteral(" fetchpriority=\"high\"") : QStringLiteral(" loading=\"lazy\""));
}

QString photoFigure(const Copydesk::Photo &photo, const QString &baseUrl, HouseStyle style,
    bool traditional, bool lead)
{
    QString caption = Html::escape(photo.caption.trimmed());
    if (const QString credit = photoCredit(photo.credit, style, traditional); !credit.isEmpty())
        caption += (caption.isEmpty() ? QString() : QStringLiteral(" "))
            + QStringLiteral("<span class=\"credit\">") + Html::escape(credit)
            + QStringLiteral("</span>");
    return QStringLiteral("<figure class=\"%1\">")
               .arg(lead ? QStringLiteral("photo lead-photo") : QStringLiteral("photo"))
        + photoPicture(photo, baseUrl, lead)
        + (caption.isEmpty()
                ? QString()
                : QStringLiteral("<figcaption>") + caption + QStringLiteral("</figcaption>"))
        + QStringLiteral("</figure>");
}
