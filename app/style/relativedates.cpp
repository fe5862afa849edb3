// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/relativedates.h"

#include "model/apstyle.h"

#include <QRegularExpression>

namespace RelativeDates {

QList<Mention> find(QStringView line)
{
    static const QRegularExpression chinese(
        QStringLiteral("(前天|昨日|昨天|今日|今天|明日|明天|后天|後天)"));
    static const QRegularExpression english(
        QStringLiteral(R"(\b(yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|)"
                       R"(saturday|sunday)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QHash<QString, int> chineseDays = {{QStringLiteral("前天"), -2},
        {QStringLiteral("昨日"), -1}, {QStringLiteral("昨天"), -1}, {QStringLiteral("今日"), 0},
        {QStringLiteral("今天"), 0}, {QStringLiteral("明日"), 1}, {QStringLiteral("明天"), 1},
        {QStringLiteral("后天"), 2}, {QStringLiteral("後天"), 2}};
    static const QStringList weekdays = {QStringLiteral("monday"), QStringLiteral("tuesday"),
        QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"), QStringLiteral("sunday")};

    // 周一, 星期一, 礼拜天: a day of this week or the last, as news uses them. Not when the word
    // is part of something else: a schedule (每周一, 周一至周五, 周一、三), another week (上周一,
    // 下周一), or a count (一周一次, 两周一).
    static const QRegularExpression chineseWeekday(
        QStringLiteral("(星期|礼拜|禮拜|周|週)([一二三四五六日天])"));
    static const QString numbers = QStringLiteral("一二三四五六七八九十两兩几幾0123456789");
    static const QString notBefore = QStringLiteral("每上下本这這该該个個隔至到、～~—-");
    static const QString notAfter = QStringLiteral("次遍回趟至到、～~—-和或及与與");

    QList<Mention> mentions;
    for (auto it = chinese.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        mentions.append(
            {m.capturedStart(), m.capturedLength(), chineseDays.value(m.captured(1)), false, true});
    }
    for (auto it = chineseWeekday.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart();
        const qsizetype end = m.capturedEnd();
        const QChar before = start > 0 ? line.at(start - 1) : QChar();
        const QChar after = end < line.size() ? line.at(end) : QChar();
        if ((!before.isNull() && (notBefore.contains(before) || numbers.contains(before)))
            || (!after.isNull() && notAfter.contains(after)))
            continue;
        const QChar day = m.captured(2).front();
        const int weekday =
            day == u'日' || day == u'天' ? 7 : int(QStringView(u"一二三四五六").indexOf(day)) + 1;
        mentions.append({start, m.capturedLength(), weekday, true, true});
    }
    for (auto it = english.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured(1).toLower();
        const qsizetype weekday = weekdays.indexOf(word);
        // Weekdays only as names: "Monday" and "monday's", not "Sunday Times" … which would need
        // a dictionary of titles; a capital letter is the least a weekday name has.
        if (weekday >= 0 && !m.captured(1).front().isUpper())
            continue;
        const int days = word == u"yesterday" ? -1 : word == u"tomorrow" ? 1 : 0;
        mentions.append({m.capturedStart(), m.capturedLength(),
            weekday >= 0 ? int(weekday) + 1 : days, weekday >= 0, false});
    }
    std::sort(mentions.begin(), mentions.end(),
        [](const Mention &a, const Mention &b) { return a.offset < b.offset; });
    return mentions;
}

QDate resolve(const Mention &mention, QDate day)
{
    if (!mention.weekday)
        return day.addDays(mention.days);
    for (int back = -1; back <= 5; ++back) {
        const QDate candidate = day.addDays(-back);
        if (candidate.dayOfWeek() == mention.days)
            return candidate;
    }
    return {};
}

QString absoluteDate(QDate day, bool chinese, QDate reference)
{
    const bool sameYear = day.year() == reference.year();
    if (chinese) {
        const QString monthDay = QStringLiteral("%1月%2日").arg(day.month()).arg(day.day());
        return sameYear ? monthDay : QStringLiteral("%1年").arg(day.year()) + monthDay;
    }
    const QString monthDay = ApStyle::date(day);
    return sameYear ? monthDay : QStringLiteral("%1, %2").arg(monthDay).arg(day.year());
}

} // namespace RelativeDates
