// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlemedia.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace Copydesk {

namespace {

constexpr qsizetype kMaxCaption = 5000;
constexpr qsizetype kMaxCredit = 500;
constexpr qsizetype kMaxAlt = 2000;
constexpr qsizetype kMaxFilename = 255;

const QString kId = QStringLiteral("id");
const QString kSha256 = QStringLiteral("sha256");
const QString kFilename = QStringLiteral("filename");
const QString kMime = QStringLiteral("mime");
const QString kWidth = QStringLiteral("width");
const QString kHeight = QStringLiteral("height");
const QString kBytes = QStringLiteral("bytes");
const QString kCaption = QStringLiteral("caption");
const QString kCredit = QStringLiteral("credit");
const QString kAlt = QStringLiteral("alt");
const QString kLead = QStringLiteral("lead");

bool isPhotoId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
    return shape.match(id).hasMatch();
}

bool isSha256(const QString &hash)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    return shape.match(hash).hasMatch();
}

} // namespace

QJsonObject Photo::toJson() const
{
    return {{kId, id}, {kSha256, sha256}, {kFilename, filename}, {kMime, mime}, {kWidth, width},
        {kHeight, height}, {kBytes, bytes}, {kCaption, caption}, {kCredit, credit}, {kAlt, alt},
        {kLead, lead}};
}

std::optional<Photo> Photo::fromJson(const QJsonValue &value, QString *error)
{
    const auto fail = [error](const QString &key, const char *expected) {
        if (error)
            *error =
                QStringLiteral("\"media.%1\" must be %2").arg(key, QLatin1StringView(expected));
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(QStringLiteral("[]"), "an object {id, sha256, caption, credit, alt, lead, …}");
    const QJsonObject object = value.toObject();
    Photo photo;
    for (const auto &[key, field] : {std::pair {kId, &photo.id}, {kSha256, &photo.sha256},
             {kFilename, &photo.filename}, {kMime, &photo.mime}, {kCaption, &photo.caption},
             {kCredit, &photo.credit}, {kAlt, &photo.alt}}) {
        const QJsonValue member = object.value(key);
        if (member.isString())
            *field = member.toString();
        else if (!member.isUndefined() && !member.isNull())
            return fail(key, "text");
    }
    for (const auto &[key, field] : {std::pair {kWidth, &photo.width}, {kHeight, &photo.height}}) {
        const QJsonValue member = object.value(key);
        if (member.isDouble() && member.toDouble() >= 0 && member.toDouble() <= 1e6)
            *field = member.toInt();
        else if (!member.isUndefined() && !member.isNull())
            return fail(key, "a number of pixels");
    }
    const QJsonValue bytes = object.value(kBytes);
    if (bytes.isDouble() && bytes.toDouble() >= 0)
        photo.bytes = qint64(bytes.toDouble());
    else if (!bytes.isUndefined() && !bytes.isNull())
        return fail(kBytes, "a number");
    const QJsonValue lead = object.value(kLead);
    if (lead.isBool())
        photo.lead = lead.toBool();
    else if (!lead.isUndefined() && !lead.isNull())
        return fail(kLead, "true or false");
    return photo;
}

QString Photo::newId(const QList<Photo> &taken)
{
    for (;;) {
        const QString id = QUuid::createUuid().toString(QUuid::Id128).left(8);
        if (!findPhoto(taken, id) && !id.front().isDigit())
            return id;
    }
}

QJsonArray mediaToJson(const QList<Photo> &media)
{
    QJsonArray array;
    for (const Photo &photo : media)
        array.append(photo.toJson());
    return array;
}

QList<Photo> mediaFromJson(const QJsonValue &value, QString *error)
{
    QList<Photo> media;
    if (value.isUndefined() || value.isNull())
        return media;
    if (!value.isArray()) {
        if (error)
            *error = QStringLiteral("\"media\" must be a list of photos");
        return media;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxPhotos) {
        if (error)
            *error = QStringLiteral("\"media\" holds %1 photos; at most %2 are allowed")
                         .arg(array.size())
                         .arg(kMaxPhotos);
        return media;
    }
    for (const QJsonValue &entry : array) {
        std::optional<Photo> photo = Photo::fromJson(entry, error);
        if (!photo)
            return {};
        media.append(*photo);
    }
    if (QString problem = validateMedia(media); !problem.isEmpty() && error)
        *error = problem;
    return media;
}

QString validateMedia(const QList<Photo> &media)
{
    if (media.size() > kMaxPhotos)
        return QStringLiteral("an article holds at most %1 photos").arg(kMaxPhotos);
    QSet<QString> ids;
    int leads = 0;
    for (const Photo &photo : media) {
        if (!isPhotoId(photo.id))
            return QStringLiteral("photo id \"%1\" may hold only a-z, 0-9 and hyphens, at most "
                                  "32 characters")
                .arg(photo.id.left(40));
        if (ids.contains(photo.id))
            return QStringLiteral("two photos have the id \"%1\"").arg(photo.id);
        ids.insert(photo.id);
        if (!isSha256(photo.sha256))
            return QStringLiteral("photo %1: \"%2\" is not a SHA-256 (64 hex digits)")
                .arg(photo.id, photo.sha256.left(70));
        if (photo.lead)
            ++leads;
        const std::pair<const QString *, qsizetype> limits[] = {{&photo.caption, kMaxCaption},
            {&photo.credit, kMaxCredit}, {&photo.alt, kMaxAlt}, {&photo.filename, kMaxFilename}};
        for (const auto &[text, limit] : limits) {
            if (text->size() > limit)
                return QStringLiteral("photo %1: a text of %2 characters; at most %3 are allowed")
                    .arg(photo.id)
                    .arg(text->size())
                    .arg(limit);
        }
    }
    if (leads > 1)
        return QStringLiteral("%1 photos are marked as the lead photo; at most one can be")
            .arg(leads);
    return {};
}

QList<int> renditionWidths(int displayedWidth)
{
    constexpr int kStandardWidths[] = {480, 960, 1600};
    QList<int> widths;
    for (int width : kStandardWidths) {
        if (width <= displayedWidth)
            widths << width;
    }
    if (displayedWidth > 0 && displayedWidth < kStandardWidths[std::size(kStandardWidths) - 1]
        && !widths.contains(displayedWidth))
        widths << displayedWidth;
    return widths;
}

int renditionHeight(int photoWidth, int photoHeight, int width)
{
    if (photoWidth <= 0)
        return 0;
    return qMax(1, qRound(double(photoHeight) * width / photoWidth));
}

QString renditionPath(const QString &sha256, int width, QStringView extension)
{
    return QStringLiteral("media/v1-%1-%2.%3").arg(sha256.left(20)).arg(width).arg(extension);
}

const Photo *leadPhoto(const QList<Photo> &media)
{
    for (const Photo &photo : media) {
        if (photo.lead)
            return &photo;
    }
    return nullptr;
}

const Photo *findPhoto(const QList<Photo> &media, QStringView id)
{
    for (const Photo &photo : media) {
        if (photo.id == id)
            return &photo;
    }
    return nullptr;
}

QString photoMarkdown(const QString &alt, const QString &target)
{
    QString text = alt.simplified();
    text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'[', QStringLiteral("\\["))
        .replace(u']', QStringLiteral("\\]"));
    return QStringLiteral("![%1](%2)").arg(text, target);
}

} // namespace Copydesk
