// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylife.h"

#include "article.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimeZone>

namespace Copydesk {

namespace {

struct KindName
{
    Correction::Kind kind;
    const char16_t *name;
};

constexpr KindName kKindNames[] = {
    {Correction::Kind::Correction, u"correction"},
    {Correction::Kind::Clarification, u"clarification"},
    {Correction::Kind::Update, u"update"},
};

// An entry's text is a sentence or a paragraph, never a document.
constexpr qsizetype kMaxCorrectionText = 4000;
constexpr qsizetype kMaxCorrections = 200;

} // namespace

QString correctionKindName(Correction::Kind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<Correction::Kind> correctionKindFromName(QStringView name)
{
    for (const KindName &entry : kKindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QStringList correctionKindNames()
{
    QStringList names;
    for (const KindName &entry : kKindNames)
        names << QString::fromUtf16(entry.name);
    return names;
}

QJsonObject Correction::toJson() const
{
    return {
        {QStringLiteral("kind"), correctionKindName(kind)},
        {QStringLiteral("text"), text},
        {QStringLiteral("time"), time.isValid() ? QJsonValue(isoTimestamp(time)) : QJsonValue()},
        {QStringLiteral("author"), author},
    };
}

std::optional<Correction> Correction::fromJson(const QJsonValue &value, QString *error)
{
    auto fail = [&](const QString &problem) -> std::optional<Correction> {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(QStringLiteral("a correction must be an object {kind, text, time, author}"));
    const QJsonObject object = value.toObject();
    Correction entry;
    const auto kind = correctionKindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind)
        return fail(QStringLiteral("a correction's kind must be one of: %1")
                        .arg(correctionKindNames().join(QStringLiteral(", "))));
    entry.kind = *kind;
    for (const char *key : {"text", "author"}) {
        const QJsonValue member = object.value(QLatin1StringView(key));
        if (!member.isUndefined() && !member.isNull() && !member.isString())
            return fail(
                QStringLiteral("a correction's %1 must be text").arg(QLatin1StringView(key)));
    }
    entry.text = object.value(QStringLiteral("text")).toString();
    entry.author = object.value(QStringLiteral("author")).toString();
    if (entry.text.trimmed().isEmpty())
        return fail(QStringLiteral("a correction needs its text"));
    if (entry.text.size() > kMaxCorrectionText)
        return fail(QStringLiteral("a correction's text is %1 characters; at most %2")
                        .arg(entry.text.size())
                        .arg(kMaxCorrectionText));
    entry.time = parseTimestamp(object.value(QStringLiteral("time")).toString());
    if (!entry.time.isValid())
        return fail(QStringLiteral("a correction's time must be an ISO 8601 time"));
    return entry;
}

QJsonArray correctionsToJson(const QList<Correction> &corrections)
{
    QJsonArray array;
    for (const Correction &entry : corrections)
        array.append(entry.toJson());
    return array;
}

QList<Correction> correctionsFromJson(const QJsonValue &value, QString *error)
{
    QList<Correction> corrections;
    if (value.isUndefined() || value.isNull())
        return corrections;
    if (!value.isArray()) {
        if (error)
            *error = QStringLiteral("corrections must be a list of {kind, text, time, author}");
        return corrections;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxCorrections) {
        if (error)
            *error =
                QStringLiteral("%1 corrections; at most %2").arg(array.size()).arg(kMaxCorrections);
        return corrections;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        const auto entry = Correction::fromJson(array.at(i), &problem);
        if (!entry) {
            if (error)
                *error = QStringLiteral("corrections[%1]: %2").arg(i).arg(problem);
            return {};
        }
        corrections.append(*entry);
    }
    return corrections;
}

QString validateCorrections(const QList<Correction> &corrections)
{
    if (corrections.size() > kMaxCorrections)
        return QStringLiteral("%1 corrections; at most %2")
            .arg(corrections.size())
            .arg(kMaxCorrections);
    for (const Correction &entry : corrections) {
        if (entry.text.trimmed().isEmpty())
            return QStringLiteral("a correction needs its text");
        if (entry.text.size() > kMaxCorrectionText)
            return QStringLiteral("a correction's text is %1 characters; at most %2")
                .arg(entry.text.size())
                .arg(kMaxCorrectionText);
        if (!entry.time.isValid())
            return QStringLiteral("a correction needs its time");
    }
    return {};
}

bool onlyAppends(const QList<Correction> &previous, const QList<Correction> &next)
{
    if (next.size() < previous.size())
        return false;
    for (qsizetype i = 0; i < previous.size(); ++i) {
        if (!(previous.at(i) == next.at(i)))
            return false;
    }
    return true;
}

QDateTime parseReporterTime(const QString &text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // With an offset or Z: exactly that instant.
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (time.isValid() && time.timeSpec() != Qt::LocalTime)
        return time.toUTC();
    // Without one: the reporter's wall clock.
    for (const QString &format :
        {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
            QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss")}) {
        const QDateTime local = QDateTime::fromString(trimmed, format);
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone).toUTC();
    }
    return {};
}

bool isDue(const Article &article, const QDateTime &now)
{
    return (!article.publishAt.isValid() || article.publishAt <= now)
        && (!article.embargoUntil.isValid() || article.embargoUntil <= now);
}

QDateTime dueAt(const Article &article)
{
    if (!article.publishAt.isValid())
        return article.embargoUntil;
    if (!article.embargoUntil.isValid())
        return article.publishAt;
    return std::max(article.publishAt, article.embargoUntil);
}

bool isEmbargoed(const Article &article, const QDateTime &now)
{
    return article.embargoUntil.isValid() && article.embargoUntil > now;
}

QDateTime currentTime()
{
    // Started at the first look at the clock, so that a process started "at" $COPYDESK_NOW
    // (a publish --watch) sees its time go on from there.
    static QElapsedTimer running;
    if (!running.isValid())
        running.start();
    const QByteArray given = qgetenv("COPYDESK_NOW");
    if (!given.isEmpty()) {
        const QDateTime time = parseTimestamp(QString::fromUtf8(given));
        if (time.isValid())
            return time.addMSecs(running.elapsed());
    }
    return QDateTime::currentDateTimeUtc();
}

} // namespace Copydesk
