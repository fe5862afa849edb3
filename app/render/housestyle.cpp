// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/housestyle.h"

#include "model/apstyle.h"

#include <QDate>

namespace {

QDate isoDate(QStringView text)
{
    if (text.size() != 10)
        return {};
    return QDate::fromString(text.toString(), Qt::ISODate);
}

} // namespace

QString houseStyleName(HouseStyle style)
{
    switch (style) {
    case HouseStyle::ChineseNewspaper:
        return QStringLiteral("chinese-newspaper");
    case HouseStyle::EnglishWire:
        return QStringLiteral("english-wire");
    }
    return {};
}

std::optional<HouseStyle> houseStyleFromName(QStringView name)
{
    for (HouseStyle style : {HouseStyle::ChineseNewspaper, HouseStyle::EnglishWire}) {
        if (name == houseStyleName(style))
            return style;
    }
    return std::nullopt;
}

HouseStyle houseStyleFor(QStringView language, HouseStyle siteDefault)
{
    if (isChineseLanguage(language))
        return HouseStyle::ChineseNewspaper;
    if (language == u"en" || language.startsWith(u"en-"))
        return HouseStyle::EnglishWire;
    return siteDefault;
}

QString chineseDate(QStringView date)
{
    const QDate d = isoDate(date);
    if (!d.isValid())
        return date.toString();
    return QStringLiteral("%1月%2日").arg(d.month()).arg(d.day());
}

QString chineseNewsHeader(const Dateline &dateline, bool traditional)
{
    if (dateline.isEmpty())
        return {};
    const QString dispatch = traditional ? QStringLiteral("電 ") : QStringLiteral("电 ");
    const QString report = traditional ? QStringLiteral("訊：") : QStringLiteral("讯：");
    if (!dateline.date.isEmpty() && !dateline.place.isEmpty())
        return dateline.source + dateline.place + chineseDate(dateline.date) + dispatch;
    // A date without a place reads oddly in a header ("新华社11月24日讯"): left out.
    return dateline.source + dateline.place + report;
}

QString chineseReporterLine(const QList<Byline> &bylines)
{
    if (bylines.isEmpty())
        return {};
    QString line = QStringLiteral("■");
    QString previousRole;
    bool first = true;
    for (const Byline &byline : bylines) {
        if (!first)
            line += u' ';
        if (first || byline.role != previousRole) {
            if (!byline.role.isEmpty())
                line += byline.role + u' ';
        }
        line += byline.name;
        previousRole = byline.role;
        first = false;
    }
    return line;
}

QString chineseEditorLine(QStringView editor, bool traditional)
{
    if (editor.trimmed().isEmpty())
        return {};
    return (traditional ? QStringLiteral("責任編輯：") : QStringLiteral("责任编辑："))
        + editor.trimmed().toString();
}

QString englishDate(QStringView date)
{
    const QDate d = isoDate(date);
    return d.isValid() ? ApStyle::date(d) : date.toString();
}

QString joinEnglishNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return names.first(names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ")
        + names.constLast();
}

QString englishByline(const QList<Byline> &bylines)
{
    QStringList names;
    for (const Byline &byline : bylines)
        names << byline.name;
    if (names.isEmpty())
        return {};
    return QStringLiteral("By ") + joinEnglishNames(names);
}

QString englishAffiliation(const QList<Byline> &bylines)
{
    QStringList affiliations;
    for (const Byline &byline : bylines) {
        if (!byline.affiliation.isEmpty() && !affiliations.contains(byline.affiliation))
            affiliations << byline.affiliation;
    }
    return joinEnglishNames(affiliations);
}

namespace {

QString englishDatelinePhrase(const Dateline &dateline)
{
    QString phrase = ApStyle::datelinePlace(dateline.place);
    if (!dateline.date.isEmpty() && !phrase.isEmpty())
        phrase += QStringLiteral(", ") + englishDate(dateline.date);
    if (!dateline.source.isEmpty()) {
        if (!phrase.isEmpty())
            phrase += u' ';
        phrase += u'(' + dateline.source + u')';
    }
    return phrase;
}

} // namespace

QString englishDateline(const Dateline &dateline)
{
    const QString phrase = englishDatelinePhrase(dateline);
    if (phrase.isEmpty())
        return {};
    // The wire's two conventions: an em dash after "PLACE (SOURCE)", a hyphen once a date is in.
    const bool dated = !dateline.date.isEmpty() && !dateline.place.isEmpty();
    return phrase + (dated ? QStringLiteral(" - ") : QStringLiteral(" — "));
}

QString datelineText(const Dateline &dateline, HouseStyle style, bool traditional)
{
    if (style == HouseStyle::EnglishWire)
        return englishDatelinePhrase(dateline);
    QString header = chineseNewsHeader(dateline, traditional).trimmed();
    if (header.endsWith(u'：'))
        header.chop(1);
    return header;
}

QString correctionLeadIn(
    const Copydesk::Correction &entry, HouseStyle style, bool traditional, const QTimeZone &zone)
{
    using Kind = Copydesk::Correction::Kind;
    const QDateTime local = entry.time.toTimeZone(zone);
    const QDate date = local.date();
    const QTime time = local.time();
    if (style == HouseStyle::ChineseNewspaper) {
        if (entry.kind == Kind::Update)
            return QStringLiteral("更新（%1月%2日 %3）：")
                .arg(date.month())
                .arg(date.day())
                .arg(time.toString(QStringLiteral("HH:mm")));
        const QString label = entry.kind == Kind::Correction ? QStringLiteral("更正")
            : traditional                                    ? QStringLiteral("說明")
                                                             : QStringLiteral("说明");
        return QStringLiteral("%1（%2年%3月%4日）：")
            .arg(label)
            .arg(date.year())
            .arg(date.month())
            .arg(date.day());
    }
    const QString day = englishDate(date.toString(Qt::ISODate)) + QStringLiteral(", ")
        + QString::number(date.year());
    if (entry.kind == Kind::Update) {
        // AP: "2:30 p.m.", "noon" and "midnight" for the round hours that have a name.
        QString clock;
        if (time.hour() == 12 && time.minute() == 0)
            clock = QStringLiteral("noon");
        else if (time.hour() == 0 && time.minute() == 0)
            clock = QStringLiteral("midnight");
        else
            clock = QStringLiteral("%1%2 %3")
                        .arg(time.hour() % 12 == 0 ? 12 : time.hour() % 12)
                        .arg(time.minute() == 0
                                ? QString()
                                : QStringLiteral(":%1").arg(time.minute(), 2, 10, QChar(u'0')))
                        .arg(time.hour() < 12 ? QStringLiteral("a.m.") : QStringLiteral("p.m."));
        return QStringLiteral("Updated %1, %2: ").arg(day, clock);
    }
    return QStringLiteral("%1, %2: ")
        .arg(entry.kind == Kind::Correction ? QStringLiteral("Correction")
                                            : QStringLiteral("Clarification"),
            day);
}

QString correctionsHeading(HouseStyle style, bool traditional)
{
    if (style == HouseStyle::ChineseNewspaper)
        return traditional ? QStringLiteral("更正與更新") : QStringLiteral("更正与更新");
    return QStringLiteral("Corrections and updates");
}
