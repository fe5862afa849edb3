// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/apstyle.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace {

struct State
{
    const char *name;
    const char *postal;
    const char *ap; // what AP writes in a dateline
};

// AP Stylebook, "state names": the eight never abbreviated keep their names.
constexpr State kStates[] = {{"Alabama", "AL", "Ala."}, {"Alaska", "AK", "Alaska"},
    {"Arizona", "AZ", "Ariz."}, {"Arkansas", "AR", "Ark."}, {"California", "CA", "Calif."},
    {"Colorado", "CO", "Colo."}, {"Connecticut", "CT", "Conn."}, {"Delaware", "DE", "Del."},
    {"Florida", "FL", "Fla."}, {"Georgia", "GA", "Ga."}, {"Hawaii", "HI", "Hawaii"},
    {"Idaho", "ID", "Idaho"}, {"Illinois", "IL", "Ill."}, {"Indiana", "IN", "Ind."},
    {"Iowa", "IA", "Iowa"}, {"Kansas", "KS", "Kan."}, {"Kentucky", "KY", "Ky."},
    {"Louisiana", "LA", "La."}, {"Maine", "ME", "Maine"}, {"Maryland", "MD", "Md."},
    {"Massachusetts", "MA", "Mass."}, {"Michigan", "MI", "Mich."}, {"Minnesota", "MN", "Minn."},
    {"Mississippi", "MS", "Miss."}, {"Missouri", "MO", "Mo."}, {"Montana", "MT", "Mont."},
    {"Nebraska", "NE", "Neb."}, {"Nevada", "NV", "Nev."}, {"New Hampshire", "NH", "N.H."},
    {"New Jersey", "NJ", "N.J."}, {"New Mexico", "NM", "N.M."}, {"New York", "NY", "N.Y."},
    {"North Carolina", "NC", "N.C."}, {"North Dakota", "ND", "N.D."}, {"Ohio", "OH", "Ohio"},
    {"Oklahoma", "OK", "Okla."}, {"Oregon", "OR", "Ore."}, {"Pennsylvania", "PA", "Pa."},
    {"Rhode Island", "RI", "R.I."}, {"South Carolina", "SC", "S.C."},
    {"South Dakota", "SD", "S.D."}, {"Tennessee", "TN", "Tenn."}, {"Texas", "TX", "Texas"},
    {"Utah", "UT", "Utah"}, {"Vermont", "VT", "Vt."}, {"Virginia", "VA", "Va."},
    {"Washington", "WA", "Wash."}, {"West Virginia", "WV", "W.Va."}, {"Wisconsin", "WI", "Wis."},
    {"Wyoming", "WY", "Wyo."}};

// A state's spellings without dots, spaces or case: "nh", "newhampshire", "nh" for "N.H.".
QString key(QStringView text)
{
    QString folded;
    for (QChar c : text) {
        if (c.isLetter())
            folded += c.toLower();
    }
    return folded;
}

const QHash<QString, QString> &statesByKey()
{
    static const QHash<QString, QString> states = [] {
        QHash<QString, QString> byKey;
        for (const State &state : kStates) {
            const QString ap = QString::fromLatin1(state.ap);
            byKey.insert(key(QString::fromLatin1(state.name)), ap);
            byKey.insert(key(QString::fromLatin1(state.postal)), ap);
            byKey.insert(key(ap), ap);
        }
        // Older and common forms AP no longer uses.
        byKey.insert(QStringLiteral("calif"), QStringLiteral("Calif."));
        byKey.insert(QStringLiteral("penn"), QStringLiteral("Pa."));
        byKey.insert(QStringLiteral("tex"), QStringLiteral("Texas"));
        return byKey;
    }();
    return states;
}

} // namespace

namespace ApStyle {

QString stateAbbreviation(QStringView state)
{
    const QString folded = key(state);
    // "IN", "OR", "ME": postal codes that are words too count only when written as codes.
    if (folded.size() == 2 && state.trimmed().size() == 2
        && state.trimmed() != state.trimmed().toString().toUpper())
        return {};
    return statesByKey().value(folded);
}

bool standsAlone(QStringView city)
{
    // AP Stylebook, "datelines": U.S. and international cities that need no state or country.
    static const QSet<QString> cities = [] {
        QSet<QString> set;
        for (const char *name : {"ATLANTA", "BALTIMORE", "BOSTON", "CHICAGO", "CINCINNATI",
                 "CLEVELAND", "DALLAS", "DENVER", "DETROIT", "HONOLULU", "HOUSTON", "INDIANAPOLIS",
                 "LAS VEGAS", "LOS ANGELES", "MIAMI", "MILWAUKEE", "MINNEAPOLIS", "NEW ORLEANS",
                 "NEW YORK", "OKLAHOMA CITY", "PHILADELPHIA", "PHOENIX", "PITTSBURGH", "ST. LOUIS",
                 "SALT LAKE CITY", "SAN ANTONIO", "SAN DIEGO", "SAN FRANCISCO", "SEATTLE",
                 "WASHINGTON", "AMSTERDAM", "BAGHDAD", "BANGKOK", "BEIJING", "BEIRUT", "BERLIN",
                 "BRUSSELS", "CAIRO", "DJIBOUTI", "DUBLIN", "GENEVA", "GIBRALTAR", "GUATEMALA CITY",
                 "HAVANA", "HELSINKI", "HONG KONG", "ISLAMABAD", "ISTANBUL", "JERUSALEM",
                 "JOHANNESBURG", "KABUL", "KUWAIT CITY", "LONDON", "LUXEMBOURG", "MACAU", "MADRID",
                 "MEXICO CITY", "MILAN", "MONACO", "MONTREAL", "MOSCOW", "MUNICH", "NEW DELHI",
                 "OTTAWA", "PANAMA CITY", "PARIS", "PRAGUE", "QUEBEC CITY", "RIO DE JANEIRO",
                 "ROME", "SAN MARINO", "SAO PAULO", "SHANGHAI", "SINGAPORE", "STOCKHOLM", "SYDNEY",
                 "TOKYO", "TORONTO", "VATICAN CITY", "VIENNA", "ZURICH"})
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    return cities.contains(city.trimmed().toString().toUpper());
}

namespace {

// The place split at its first comma, the region corrected; `city` as it should be cased.
QString corrected(QStringView place, bool capitals)
{
    const QString trimmed = place.trimmed().toString();
    const qsizetype comma = trimmed.indexOf(u',');
    const QString city = (comma < 0 ? trimmed : trimmed.left(comma)).trimmed();
    const QString region = comma < 0 ? QString() : trimmed.mid(comma + 1).trimmed();
    const QString cityOut = capitals ? city.toUpper() : city;
    // Several cities of one dispatch ("NEW YORK/LONDON"): AP writes them alone.
    if (region.isEmpty() || city.contains(u'/') || standsAlone(city))
        return cityOut;
    const QString state = stateAbbreviation(region);
    if (!state.isEmpty())
        return cityOut + QStringLiteral(", ") + state;
    // A country or region as written, though not shouted: "POKHARA, NEPAL" → "POKHARA, Nepal".
    QString out = region;
    if (region == region.toUpper() && region != region.toLower()) {
        out = region.toLower();
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i).isLetter() && (i == 0 || out.at(i - 1) == u' ' || out.at(i - 1) == u'-'))
                out[i] = out.at(i).toUpper();
        }
    }
    return cityOut + QStringLiteral(", ") + out;
}

} // namespace

QString datelinePlace(QStringView place)
{
    return corrected(place, true);
}

QString datelineEntry(QStringView place)
{
    return corrected(place, false);
}

QString date(QDate day)
{
    if (!day.isValid())
        return {};
    static const char *const months[] = {"Jan.", "Feb.", "March", "April", "May", "June", "July",
        "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
    return QStringLiteral("%1 %2").arg(QLatin1StringView(months[day.month() - 1])).arg(day.day());
}

} // namespace ApStyle
