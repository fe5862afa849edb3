// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include "editions.h"
#include "slug.h"

namespace {

const QString kName = QStringLiteral("name");
const QString kRole = QStringLiteral("role");
const QString kAffiliation = QStringLiteral("affiliation");
const QString kPlace = QStringLiteral("place");
const QString kDate = QStringLiteral("date");
const QString kSource = QStringLiteral("source");

struct StatusName
{
    ArticleStatus status;
    QLatin1StringView name;
};

constexpr StatusName kStatusNames[] = {
    {ArticleStatus::Draft, QLatin1StringView("draft")},
    {ArticleStatus::Edit, QLatin1StringView("edit")},
    {ArticleStatus::Ready, QLatin1StringView("ready")},
    {ArticleStatus::Published, QLatin1StringView("published")},
    {ArticleStatus::Killed, QLatin1StringView("killed")},
};

QJsonValue timestampJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

// Sizes no story comes near; past them the text is a paste gone wrong or a file that is no
// article, and is refused rather than cut short.
constexpr qsizetype kMaxHeadline = 1000;
constexpr qsizetype kMaxDeck = 5000;
constexpr qsizetype kMaxName = 200; // a section, a tag, a byline's name
constexpr qsizetype kMaxBylines = 200;
constexpr qsizetype kMaxTags = 1000;

QString tooLong(const QString &what, const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return {};
    return QStringLiteral("%1 is %2 characters long; at most %3 are allowed")
        .arg(what)
        .arg(text.size())
        .arg(limit);
}

QString tooMany(const QString &key, qsizetype count, qsizetype limit)
{
    return QStringLiteral("\"%1\" holds %2 entries; at most %3 are allowed")
        .arg(key)
        .arg(count)
        .arg(limit);
}

// A byline's or dateline's parts are text; anything else is an error naming the part
// ("dateline.place must be text"), not a value silently dropped.
QString textMembersError(const QJsonObject &object, const char *key)
{
    const bool isDateline = qstrcmp(key, "dateline") == 0;
    const QString parts[] = {isDateline ? kPlace : kName, isDateline ? kDate : kRole,
        isDateline ? kSource : kAffiliation};
    for (const QString &part : parts) {
        const QJsonValue value = object.value(part);
        if (!value.isString() && !value.isNull() && !value.isUndefined())
            return QStringLiteral("\"%1.%2\" must be text").arg(QLatin1StringView(key), part);
    }
    return {};
}

QString typeError(const QString &key, const char *expected)
{
    return QStringLiteral("\"%1\" must be %2").arg(key, QLatin1StringView(expected));
}

} // namespace

QJsonObject Byline::toJson() const
{
    return {{kName, name}, {kRole, role}, {kAffiliation, affiliation}};
}

Byline Byline::fromJson(const QJsonObject &object)
{
    return {object.value(kName).toString().trimmed(), object.value(kRole).toString().trimmed(),
        object.value(kAffiliation).toString().trimmed()};
}

QJsonObject Dateline::toJson() const
{
    return {{kPlace, place}, {kDate, date}, {kSource, source}};
}

Dateline Dateline::fromJson(const QJsonObject &object)
{
    return {object.value(kPlace).toString().trimmed(), object.value(kDate).toString().trimmed(),
        object.value(kSource).toString().trimmed()};
}

QString statusName(ArticleStatus status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return entry.name;
    }
    return {};
}

std::optional<ArticleStatus> statusFromName(QStringView name)
{
    for (const auto &entry : kStatusNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.status;
    }
    return std::nullopt;
}

QStringList statusNames()
{
    QStringList names;
    for (const auto &entry : kStatusNames)
        names.append(entry.name);
    return names;
}

QString isoTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

bool isChineseLanguage(QStringView language)
{
    return language.compare(u"zh", Qt::CaseInsensitive) == 0
        || language.startsWith(u"zh-", Qt::CaseInsensitive);
}

bool isTraditionalChinese(QStringView language)
{
    if (!isChineseLanguage(language))
        return false;
    for (QStringView subtag : {u"hant", u"tw", u"hk", u"mo"}) {
        for (QStringView part : language.split(u'-')) {
            if (part.compare(subtag, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

TextCounts Article::counts() const
{
    return countText(markdownToPlainText(body));
}

bool Article::measuresInCharacters() const
{
    return isChineseLanguage(language) || language.startsWith(u"ja") || language.startsWith(u"ko");
}

int Article::length() const
{
    const TextCounts c = counts();
    return measuresInCharacters() ? c.zishu : c.words;
}

QString Article::bylineNames() const
{
    QStringList names;
    for (const Byline &byline : bylines)
        names.append(byline.name);
    return names.join(QStringLiteral(", "));
}

QJsonObject Article::toJson() const
{
    QJsonObject object = fieldsToJson();
    const TextCounts c = counts();
    object.insert(QStringLiteral("counts"),
        QJsonObject {{QStringLiteral("words"), c.words}, {QStringLiteral("cjk_chars"), c.cjkChars},
            {QStringLiteral("chars"), c.chars}});
    return object;
}

QJsonObject Article::fieldsToJson() const
{
    QJsonArray bylineArray;
    for (const Byline &byline : bylines)
        bylineArray.append(byline.toJson());
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("headline"), headline},
        {QStringLiteral("deck"), deck},
        {QStringLiteral("bylines"), bylineArray},
        {QStringLiteral("dateline"), dateline.toJson()},
        {QStringLiteral("body"), body},
        {QStringLiteral("language"), language},
        {QStringLiteral("section"), section},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("editor"), editor},
        {QStringLiteral("signoff"), signoff},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("target_length"), targetLength},
        {QStringLiteral("created"), timestampJson(created)},
        {QStringLiteral("updated"), timestampJson(updated)},
        {QStringLiteral("published"), timestampJson(published)},
        {QStringLiteral("media"), Copydesk::mediaToJson(media)},
        {QStringLiteral("publish_at"), timestampJson(publishAt)},
        {QStringLiteral("embargo_until"), timestampJson(embargoUntil)},
        {QStringLiteral("corrections"), Copydesk::correctionsToJson(corrections)},
        {QStringLiteral("kill_notice"), killNotice},
        {QStringLiteral("edition_of"), editionOf.isEmpty() ? QJsonValue() : QJsonValue(editionOf)},
        {QStringLiteral("edition_revision"), editionRevision},
        {QStringLiteral("edition_conversion"), editionConversion},
    };
}

std::optional<Article> Article::fromJson(const QJsonObject &object, QString *error)
{
    Article article;
    QString problem;
    auto text = [&](const char *key, QString &field) {
        const QString name = QLatin1StringView(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString())
            problem = typeError(name, "text");
        else
            field = value.toString();
    };
    auto time = [&](const char *key, QDateTime &field) {
        const QString name = QLatin1StringView(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return;
        field = parseTimestamp(value.toString());
        if (!field.isValid())
            problem = typeError(name, "an ISO 8601 time or null");
    };

    text("id", article.id);
    text("slug", article.slug);
    text("headline", article.headline);
    text("deck", article.deck);
    text("body", article.body);
    text("language", article.language);
    text("section", article.section);
    text("editor", article.editor);
    text("signoff", article.signoff);
    text("notes", article.notes);
    time("created", article.created);
    time("updated", article.updated);
    time("published", article.published);
    time("publish_at", article.publishAt);
    time("embargo_until", article.embargoUntil);
    text("kill_notice", article.killNotice);
    text("edition_of", article.editionOf);
    text("edition_conversion", article.editionConversion);
    if (article.language.isEmpty())
        article.language = QStringLiteral("en");

    const QJsonValue revision = object.value(QStringLiteral("revision"));
    if (revision.isDouble())
        article.revision = revision.toInt();
    const QJsonValue editionRevision = object.value(QStringLiteral("edition_revision"));
    if (editionRevision.isDouble())
        article.editionRevision = editionRevision.toInt();
    else if (!editionRevision.isUndefined() && !editionRevision.isNull())
        problem = typeError(QStringLiteral("edition_revision"), "a number");
    const QJsonValue target = object.value(QStringLiteral("target_length"));
    if (!target.isUndefined() && !target.isNull()) {
        if (!target.isDouble())
            problem = typeError(QStringLiteral("target_length"), "a number");
        article.targetLength = target.toInt();
    }

    const QJsonValue status = object.value(QStringLiteral("status"));
    if (status.isString()) {
        if (auto parsed = statusFromName(status.toString()))
            article.status = *parsed;
        else
            problem = QStringLiteral("unknown status \"%1\" (expected one of: %2)")
                          .arg(status.toString(), statusNames().join(QStringLiteral(", ")));
    }

    const QJsonValue bylines = object.value(QStringLiteral("bylines"));
    if (bylines.isArray() && bylines.toArray().size() > kMaxBylines) {
        problem = tooMany(QStringLiteral("bylines"), bylines.toArray().size(), kMaxBylines);
    } else if (bylines.isArray()) {
        for (const QJsonValue &entry : bylines.toArray()) {
            if (entry.isObject() && !textMembersError(entry.toObject(), "bylines").isEmpty())
                problem = textMembersError(entry.toObject(), "bylines");
            else if (entry.isObject())
                article.bylines.append(Byline::fromJson(entry.toObject()));
            else if (entry.isString())
                article.bylines.append(Byline {entry.toString().trimmed(), {}, {}});
            else
                problem =
                    typeError(QStringLiteral("bylines"), "a list of {name, role, affiliation}");
        }
    } else if (!bylines.isUndefined() && !bylines.isNull()) {
        problem = typeError(QStringLiteral("bylines"), "a list of {name, role, affiliation}");
    }

    const QJsonValue dateline = object.value(QStringLiteral("dateline"));
    if (dateline.isObject() && !textMembersError(dateline.toObject(), "dateline").isEmpty())
        problem = textMembersError(dateline.toObject(), "dateline");
    else if (dateline.isObject())
        article.dateline = Dateline::fromJson(dateline.toObject());
    else if (!dateline.isUndefined() && !dateline.isNull())
        problem = typeError(QStringLiteral("dateline"), "an object {place, date, source}");

    const QJsonValue tags = object.value(QStringLiteral("tags"));
    if (tags.isArray() && tags.toArray().size() > kMaxTags) {
        problem = tooMany(QStringLiteral("tags"), tags.toArray().size(), kMaxTags);
    } else if (tags.isArray()) {
        QSet<QString> seen;
        for (const QJsonValue &tag : tags.toArray()) {
            const QString name = tag.toString().trimmed();
            if (!tag.isString())
                problem = typeError(QStringLiteral("tags"), "a list of text");
            else if (!name.isEmpty() && !seen.contains(name)) {
                seen.insert(name);
                article.tags.append(name);
            }
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        problem = typeError(QStringLiteral("tags"), "a list of text");
    }

    QString mediaProblem;
    article.media = Copydesk::mediaFromJson(object.value(QStringLiteral("media")), &mediaProblem);
    if (!mediaProblem.isEmpty())
        problem = mediaProblem;
    QString correctionsProblem;
    article.corrections = Copydesk::correctionsFromJson(
        object.value(QStringLiteral("corrections")), &correctionsProblem);
    if (!correctionsProblem.isEmpty())
        problem = correctionsProblem;

    if (problem.isEmpty())
        problem = article.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return article;
}

QStringList Article::editableFields()
{
    return {QStringLiteral("headline"), QStringLiteral("deck"), QStringLiteral("bylines"),
        QStringLiteral("dateline"), QStringLiteral("body"), QStringLiteral("language"),
        QStringLiteral("section"), QStringLiteral("tags"), QStringLiteral("status"),
        QStringLiteral("editor"), QStringLiteral("signoff"), QStringLiteral("notes"),
        QStringLiteral("target_length"), QStringLiteral("slug"), QStringLiteral("published"),
        QStringLiteral("dateline.place"), QStringLiteral("dateline.date"),
        QStringLiteral("dateline.source"), QStringLiteral("publish_at"),
        QStringLiteral("embargo_until"), QStringLiteral("kill_notice")};
}

QString Article::setField(const QString &field, const QString &value)
{
    auto parseJson = [&](bool wantArray, QJsonValue *out) -> QString {
        QJsonParseError parseError;
        // Wrapping lets QJsonDocument parse any JSON value, not only objects and arrays.
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray("[") + value.toUtf8() + QByteArray("]"), &parseError);
        if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
            return QStringLiteral("%1 must be JSON: %2").arg(field, parseError.errorString());
        *out = doc.array().first();
        if (wantArray ? !out->isArray() : !out->isObject())
            return QStringLiteral("%1 must be a JSON %2")
                .arg(field, wantArray ? QStringLiteral("array") : QStringLiteral("object"));
        return {};
    };

    Article changed = *this;
    if (field == u"headline") {
        changed.headline = value;
    } else if (field == u"deck") {
        changed.deck = value;
    } else if (field == u"body") {
        changed.body = value;
    } else if (field == u"language") {
        changed.language = value.trimmed();
    } else if (field == u"section") {
        changed.section = value.trimmed();
    } else if (field == u"editor") {
        changed.editor = value.trimmed();
    } else if (field == u"signoff") {
        changed.signoff = value;
    } else if (field == u"notes") {
        changed.notes = value;
    } else if (field == u"slug") {
        changed.slug = value.trimmed();
        if (!isValidSlug(changed.slug))
            return QStringLiteral("slug \"%1\" may hold only a-z, 0-9 and single hyphens")
                .arg(value);
    } else if (field == u"status") {
        const auto parsed = statusFromName(value.trimmed());
        if (!parsed)
            return QStringLiteral("unknown status \"%1\" (expected one of: %2)")
                .arg(value, statusNames().join(QStringLiteral(", ")));
        changed.status = *parsed;
    } else if (field == u"target_length") {
        bool ok = false;
        changed.targetLength = value.trimmed().toInt(&ok);
        if (!ok)
            return QStringLiteral("target_length must be a whole number, not \"%1\"").arg(value);
    } else if (field == u"published") {
        changed.published = parseTimestamp(value.trimmed());
        if (!value.trimmed().isEmpty() && !changed.published.isValid())
            return QStringLiteral("published must be an ISO 8601 time, not \"%1\"").arg(value);
    } else if (field == u"publish_at" || field == u"embargo_until") {
        QDateTime &time = field == u"publish_at" ? changed.publishAt : changed.embargoUntil;
        time = Copydesk::parseReporterTime(value);
        if (!value.trimmed().isEmpty() && !time.isValid())
            return QStringLiteral("%1 must be a time: ISO 8601 with an offset "
                                  "(2026-12-03T08:00:00+08:00) or local (2026-12-03 08:00), not "
                                  "\"%2\"")
                .arg(field, value);
    } else if (field == u"kill_notice") {
        changed.killNotice = value.trimmed();
    } else if (field.startsWith(u"dateline.")) {
        const QString key = field.mid(9);
        if (key == u"place")
            changed.dateline.place = value.trimmed();
        else if (key == u"date")
            changed.dateline.date = value.trimmed();
        else if (key == u"source")
            changed.dateline.source = value.trimmed();
        else
            return QStringLiteral("unknown field \"%1\"").arg(field);
    } else if (field == u"dateline" || field == u"bylines" || field == u"tags") {
        QJsonValue json;
        if (QString error = parseJson(field != u"dateline", &json); !error.isEmpty())
            return error;
        QString error;
        const auto parsed = Article::fromJson({{field, json}}, &error);
        if (!parsed)
            return error;
        if (field == u"tags")
            changed.tags = parsed->tags;
        else if (field == u"bylines")
            changed.bylines = parsed->bylines;
        else
            changed.dateline = parsed->dateline;
    } else {
        return QStringLiteral("unknown field \"%1\" (editable: %2)")
            .arg(field, editableFields().join(QStringLiteral(", ")));
    }
    if (QString error = changed.validate(); !error.isEmpty())
        return error;
    *this = changed;
    return {};
}

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

// Text without control characters; `keepLines`: tabs and line breaks stay, else they become
// spaces. Returns whether it changed.
bool stripControls(QString &text, bool keepLines)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()); }))
        return false;
    QString out;
    out.reserve(text.size());
    for (QChar c : std::as_const(text)) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            out += keepLines ? c : QChar(u' ');
        else if (!isControl(c.unicode()))
            out += c;
    }
    text = std::move(out);
    return true;
}

} // namespace

void Article::stripControlCharacters()
{
    for (QString *field : {&headline, &deck, &section, &editor, &language, &slug, &dateline.place,
             &dateline.date, &dateline.source})
        stripControls(*field, false);
    for (QString *field : {&body, &notes, &signoff, &killNotice})
        stripControls(*field, true);
    for (Copydesk::Correction &entry : corrections) {
        stripControls(entry.text, false);
        stripControls(entry.author, false);
    }
    for (Byline &byline : bylines) {
        for (QString *field : {&byline.name, &byline.role, &byline.affiliation})
            stripControls(*field, false);
    }
    for (Copydesk::Photo &photo : media) {
        for (QString *field : {&photo.caption, &photo.credit, &photo.alt, &photo.filename})
            stripControls(*field, false);
    }
    bool blankTag = false;
    for (QString &tag : tags) {
        if (stripControls(tag, false) && tag.trimmed().isEmpty())
            blankTag = true;
    }
    if (blankTag)
        tags.removeIf([](const QString &tag) { return tag.trimmed().isEmpty(); });
}

QString Article::validate() const
{
    static const QRegularExpression languageTag(
        QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!languageTag.match(language).hasMatch())
        return QStringLiteral("\"%1\" is not a BCP 47 language tag (e.g. en, zh-Hans, zh-Hant)")
            .arg(language);
    if (!slug.isEmpty() && !isValidSlug(slug))
        return QStringLiteral("slug \"%1\" may hold only a-z, 0-9 and single hyphens, at most "
                              "100 characters")
            .arg(slug.size() > 120 ? slug.left(100) + QStringLiteral("…") : slug);
    if (QString error = tooLong(QStringLiteral("headline"), headline, kMaxHeadline);
        !error.isEmpty())
        return error;
    if (QString error = tooLong(QStringLiteral("deck"), deck, kMaxDeck); !error.isEmpty())
        return error;
    if (QString error = tooLong(QStringLiteral("section"), section, kMaxName); !error.isEmpty())
        return error;
    if (bylines.size() > kMaxBylines)
        return tooMany(QStringLiteral("bylines"), bylines.size(), kMaxBylines);
    if (tags.size() > kMaxTags)
        return tooMany(QStringLiteral("tags"), tags.size(), kMaxTags);
    for (const Byline &byline : bylines) {
        if (byline.name.isEmpty())
            return QStringLiteral("every byline needs a name");
        if (QString error = tooLong(QStringLiteral("a byline's name"), byline.name, kMaxName);
            !error.isEmpty())
            return error;
    }
    for (const QString &tag : tags) {
        if (QString error = tooLong(QStringLiteral("a tag"), tag, kMaxName); !error.isEmpty())
            return error;
    }
    if (targetLength < 0)
        return QStringLiteral("target_length cannot be negative");
    if (QString error = tooLong(QStringLiteral("kill_notice"), killNotice, kMaxDeck);
        !error.isEmpty())
        return error;
    if (QString error = Copydesk::validateCorrections(corrections); !error.isEmpty())
        return error;
    if (!editionOf.isEmpty() && editionOf == id)
        return QStringLiteral("an article cannot be an edition of itself");
    if (!editionConversion.isEmpty() && editionConversion != Copydesk::kConvertedCharacters
        && editionConversion != Copydesk::kConvertedPhrases)
        return QStringLiteral(
            "edition_conversion is \"\", \"characters\" or \"phrases\", not \"%1\"")
            .arg(editionConversion);
    if (editionRevision < 0
        || (editionOf.isEmpty() && (editionRevision || !editionConversion.isEmpty())))
        return QStringLiteral("edition_revision and edition_conversion belong to an edition "
                              "(edition_of)");
    // An embargo is a promise to a source: a schedule cannot bring the story out before it.
    if (publishAt.isValid() && embargoUntil.isValid() && publishAt < embargoUntil)
        return QStringLiteral("the story is embargoed until %1: it cannot be scheduled for %2, "
                              "before the embargo lifts")
            .arg(isoTimestamp(embargoUntil), isoTimestamp(publishAt));
    return Copydesk::validateMedia(media);
}
