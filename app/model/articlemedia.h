// SPDX-License-Identifier: GPL-3.0-or-later
// A photo of an article: which stored original it shows and what the page says about it.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Copydesk {

// One entry of an article's `media` list. The original's bytes live in the store, once per
// SHA-256 however many articles show them; this is what the article says of it. An inline
// photo in the body is `![alt](media:ID)`; the lead photo (at most one) stands under the
// headline.
struct Photo
{
    QString id; // short, unique within the article: what media:ID in the body names
    QString sha256; // lowercase hex of the original's bytes
    QString filename; // as attached ("ferry-dawn.jpg"); shown to the reporter, never a path
    QString mime; // image/jpeg, image/png, image/webp or image/gif
    int width = 0; // as displayed (EXIF orientation applied)
    int height = 0;
    qint64 bytes = 0; // of the original
    QString caption;
    QString credit; // the photographer: "张三" or "Jane Doe/AP"
    QString alt; // what a screen reader says instead of the picture
    bool lead = false;

    QJsonObject toJson() const;
    // Reads what toJson() wrote; an error names the key and what it must be.
    static std::optional<Photo> fromJson(const QJsonValue &value, QString *error);
    // A new photo id that none of `taken` has.
    static QString newId(const QList<Photo> &taken);

    friend bool operator==(const Photo &, const Photo &) = default;
};

QJsonArray mediaToJson(const QList<Photo> &media);
// The `media` list: a problem (wrong type, duplicate id, two lead photos) goes to `error`.
QList<Photo> mediaFromJson(const QJsonValue &value, QString *error);
// What a media list must never be: more than kMaxPhotos entries, ids repeated or malformed, a
// SHA-256 that is not 64 hex digits, two lead photos, captions past their length. Empty: valid.
QString validateMedia(const QList<Photo> &media);
inline constexpr qsizetype kMaxPhotos = 200;

// How a body shows a photo: `![alt](target)`, the alt text on one line with its brackets and
// backslashes escaped; `target` is "media:ID" (or an importer's placeholder until the photo has
// its id).
QString photoMarkdown(const QString &alt, const QString &target);

// The widths a photo is published at: those of 480, 960 and 1600 no wider than the photo, and
// the photo's own width when it is narrower than 1600 (never upscaled): 700 → {480, 700},
// 300 → {300}, 4000 → {480, 960, 1600}.
QList<int> renditionWidths(int displayedWidth);
// The height of the rendition `width` pixels wide of a photo of `photoWidth`×`photoHeight`
// (libvips rounds the same way).
int renditionHeight(int photoWidth, int photoHeight, int width);
// Where a rendition lives below the site root: "media/v1-<first 20 hex digits of the original's
// SHA-256>-<width>.<extension>". Named by content, so a browser may cache it for ever and a
// caption edit renames nothing; `v1` changes when the encoding settings do.
QString renditionPath(const QString &sha256, int width, QStringView extension);

// The lead photo, if the article has one.
const Photo *leadPhoto(const QList<Photo> &media);
const Photo *findPhoto(const QList<Photo> &media, QStringView id);

} // namespace Copydesk
