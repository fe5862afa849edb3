// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/contentprofile.h"

#include "model/articlemedia.h"

#include <QJsonArray>

namespace Copydesk {

namespace {

// What each requirable field holds, as text ("" when empty).
QString fieldText(const Article &a, QStringView field)
{
    if (field == u"headline")
        return a.headline.trimmed();
    if (field == u"deck")
        return a.deck.trimmed();
    if (field == u"body")
        return a.body.trimmed();
    if (field == u"bylines")
        return a.bylineNames().trimmed();
    if (field == u"dateline.place")
        return a.dateline.place.trimmed();
    if (field == u"dateline.date")
        return a.dateline.date.trimmed();
    if (field == u"dateline.source")
        return a.dateline.source.trimmed();
    if (field == u"section")
        return a.section.trimmed();
    if (field == u"tags")
        return a.tags.join(u' ').trimmed();
    if (field == u"editor")
        return a.editor.trimmed();
    if (field == u"signoff")
        return a.signoff.trimmed();
    if (field == u"lead_photo") {
        const Photo *lead = leadPhoto(a.media);
        return lead ? lead->alt.trimmed() : QString();
    }
    return {};
}

} // namespace

QStringList ContentProfile::requirableFields()
{
    return {QStringLiteral("headline"), QStringLiteral("deck"), QStringLiteral("body"),
        QStringLiteral("bylines"), QStringLiteral("dateline.place"),
        QStringLiteral("dateline.date"), QStringLiteral("dateline.source"),
        QStringLiteral("section"), QStringLiteral("tags"), QStringLiteral("editor"),
        QStringLiteral("signoff"), QStringLiteral("lead_photo")};
}

QStringList ContentProfile::limitableFields()
{
    return {QStringLiteral("headline"), QStringLiteral("deck")};
}

QJsonObject ContentProfile::toJson() const
{
    QJsonObject limits;
    for (auto it = maxChars.cbegin(); it != maxChars.cend(); ++it)
        limits.insert(it.key(), it.value());
    return {{QStringLiteral("required"), QJsonArray::fromStringList(required)},
        {QStringLiteral("max_chars"), limits},
        {QStringLiteral("length_tolerance"), lengthTolerance},
        {QStringLiteral("spelling"), spelling}, {QStringLiteral("style"), style}};
}

std::optional<ContentProfile> ContentProfile::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    ContentProfile profile;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"required") {
            if (!value.isArray())
                return fail(QStringLiteral("\"required\" must be a list of field names"));
            for (const QJsonValue &field : value.toArray()) {
                if (!field.isString() || !requirableFields().contains(field.toString()))
                    return fail(QStringLiteral("\"required\": %1 is not a field a profile can "
                                               "require (%2)")
                                    .arg(field.isString() ? u'"' + field.toString() + u'"'
                                                          : QStringLiteral("a non-text value"),
                                        requirableFields().join(QStringLiteral(", "))));
                if (!profile.required.contains(field.toString()))
                    profile.required << field.toString();
            }
        } else if (key == u"max_chars") {
            if (!value.isObject())
                return fail(QStringLiteral("\"max_chars\" must be an object such as "
                                           "{\"headline\": 30}"));
            const QJsonObject limits = value.toObject();
            for (auto limit = limits.begin(); limit != limits.end(); ++limit) {
                if (!limitableFields().contains(limit.key()))
                    return fail(
                        QStringLiteral("\"max_chars\": \"%1\" cannot be limited (%2)")
                            .arg(limit.key(), limitableFields().join(QStringLiteral(", "))));
                const double n = limit.value().toDouble(-1);
                if (!limit.value().isDouble() || n < 1 || n != double(int(n)))
                    return fail(QStringLiteral("\"max_chars\": \"%1\" must be a whole number "
                                               "above 0")
                                    .arg(limit.key()));
                profile.maxChars.insert(limit.key(), int(n));
            }
        } else if (key == u"length_tolerance") {
            const double n = value.toDouble(-1);
            if (!value.isDouble() || n < 0 || n > 1000 || n != double(int(n)))
                return fail(QStringLiteral("\"length_tolerance\" must be a whole percent, 0 "
                                           "(not checked) to 1000"));
            profile.lengthTolerance = int(n);
        } else if (key == u"spelling" || key == u"style") {
            if (!value.isBool())
                return fail(QStringLiteral("\"%1\" must be true or false").arg(key));
            (key == u"spelling" ? profile.spelling : profile.style) = value.toBool();
        } else {
            return fail(QStringLiteral("unknown key \"%1\" (required, max_chars, "
                                       "length_tolerance, spelling, style)")
                            .arg(key));
        }
    }
    return profile;
}

QJsonObject PublishCheck::toJson() const
{
    return {{QStringLiteral("rule"), rule}, {QStringLiteral("severity"), severity},
        {QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
}

QList<PublishCheck> checkFields(const Article &article, const ContentProfile &profile)
{
    QList<PublishCheck> checks;
    for (const QString &field : profile.required) {
        if (!fieldText(article, field).isEmpty())
            continue;
        const QString message = field == u"lead_photo"
            ? (leadPhoto(article.media) ? QStringLiteral("the lead photo has no alt text")
                                        : QStringLiteral("no lead photo"))
            : QStringLiteral("%1 is empty").arg(field);
        checks.append({QStringLiteral("required"), QStringLiteral("error"), field, message});
    }
    for (auto it = profile.maxChars.cbegin(); it != profile.maxChars.cend(); ++it) {
        const qsizetype characters = fieldText(article, it.key()).toUcs4().size();
        if (characters > it.value())
            checks.append({QStringLiteral("max-chars"), QStringLiteral("error"), it.key(),
                QStringLiteral("%1 has %2 characters; at most %3")
                    .arg(it.key())
                    .arg(characters)
                    .arg(it.value())});
    }
    if (profile.lengthTolerance > 0 && article.targetLength > 0) {
        const int length = article.length();
        const double off = 100.0 * (length - article.targetLength) / article.targetLength;
        if (off > profile.lengthTolerance || off < -profile.lengthTolerance)
            checks.append(
                {QStringLiteral("length"), QStringLiteral("error"), QStringLiteral("body"),
                    QStringLiteral("%1 %2 against a target of %3 (%4%5%; within ±%6% wanted)")
                        .arg(length)
                        .arg(article.measuresInCharacters() ? QStringLiteral("字")
                                                            : QStringLiteral("words"))
                        .arg(article.targetLength)
                        .arg(off > 0 ? QStringLiteral("+") : QString())
                        .arg(qRound(off))
                        .arg(profile.lengthTolerance)});
    }
    return checks;
}

} // namespace Copydesk
