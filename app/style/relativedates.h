// SPDX-License-Identifier: GPL-3.0-or-later
// "昨日", "yesterday", "on Monday": words whose day depends on when they are read. A story
// written on 11月24日 and published on 11月26日 that says 昨日 means 11月23日, and its
// readers would take it for 11月25日.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace RelativeDates {

// One relative day word in a line of copy.
struct Mention
{
    qsizetype offset = 0;
    qsizetype length = 0;
    // The day it names, counted from the day it is read: -1 for 昨日, or the weekday (1 Monday
    // … 7 Sunday) when `weekday` is set.
    int days = 0;
    bool weekday = false;
    bool chinese = false;
};

// The relative day words in a line (prose only: the caller blanks code and links).
QList<Mention> find(QStringView line);

// The day a mention names when read on `day`: day + days, or the weekday nearest before it
// (from five days back to the day after, as news uses "on Monday").
QDate resolve(const Mention &mention, QDate day);

// "11月23日" (with the year when it is not `reference`'s), or AP's "Nov. 23" ("Nov. 23, 2025").
QString absoluteDate(QDate day, bool chinese, QDate reference);

} // namespace RelativeDates
