// SPDX-License-Identifier: GPL-3.0-or-later
// A story's life after "ready": when it may appear (a schedule, an embargo), the corrections
// and updates it carries in the open, and whether it is on the site at a given time.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

struct Article;

namespace Copydesk {

// One dated entry at the end (or top) of a published story. Entries are appended and never
// edited or removed: a mistaken entry is followed by another one.
struct Correction
{
    enum class Kind { Correction, Clarification, Update };

    Kind kind = Kind::Correction;
    QString text;
    QDateTime time; // UTC
    QString author;

    QJsonObject toJson() const;
    static std::optional<Correction> fromJson(const QJsonValue &value, QString *error);
    friend bool operator==(const Correction &, const Correction &) = default;
};

QString correctionKindName(Correction::Kind kind);
std::optional<Correction::Kind> correctionKindFromName(QStringView name);
QStringList correctionKindNames();

QJsonArray correctionsToJson(const QList<Correction> &corrections);
// Reads `corrections` as toJson() wrote it; a problem names the entry and the key.
QList<Correction> correctionsFromJson(const QJsonValue &value, QString *error);
// What a store must never hold: an entry without text or time, or too long, or too many.
QString validateCorrections(const QList<Correction> &corrections);
// Whether `next` keeps every entry of `previous` as it was and only adds after them.
bool onlyAppends(const QList<Correction> &previous, const QList<Correction> &next);

// A time as a reporter types it: ISO 8601 with an offset or "Z" ("2026-12-03T08:00:00+08:00"),
// or a local time without one ("2026-12-03 08:00", read in `zone`). Invalid when neither.
QDateTime parseReporterTime(
    const QString &text, const QTimeZone &zone = QTimeZone::systemTimeZone());

// Whether a published story may be on the site at `now`: its schedule (publish_at) and its
// embargo have both passed. A schedule in the past means "now".
bool isDue(const Article &article, const QDateTime &now);
// When a story that is not yet due will be: the later of its schedule and its embargo.
QDateTime dueAt(const Article &article);
// Whether the embargo forbids publishing at `now` (an explicit early publish is refused).
bool isEmbargoed(const Article &article, const QDateTime &now);

// The clock the command line, the store and the publisher read: when $COPYDESK_NOW (an ISO
// 8601 time) is set, that time at the process's first look at the clock, running on from
// there, so that tests and rehearsals can publish "at" a time without waiting for it; the
// system clock otherwise.
QDateTime currentTime();

} // namespace Copydesk
