// SPDX-License-Identifier: GPL-3.0-or-later
// The Associated Press's way of writing places and dates in a dateline, as plain functions:
// what the renderer prints and what the copy desk's dateline check offers.
#pragma once

#include <QDate>
#include <QString>

namespace ApStyle {

// A dateline's place as AP writes it: the city in capitals, a U.S. state as AP abbreviates it
// (the eight states never abbreviated spelled out), a country or region as written, and the
// cities AP lets stand alone on their own: "Galveston, TX" → "GALVESTON, Texas",
// "springfield, illinois" → "SPRINGFIELD, Ill.", "Beijing, China" → "BEIJING". Several
// cities ("New York/London") each in capitals.
QString datelinePlace(QStringView place);

// The same correction in the case the reporter typed the city in: what a check offers as the
// entry ("Springfield, Illinois" → "Springfield, Ill."). Equal to the entry when it is AP's.
QString datelineEntry(QStringView place);

// The U.S. state AP writes for a name, postal code or abbreviation ("IL", "Illinois", "Ill"),
// or nothing when it is none.
QString stateAbbreviation(QStringView state);

// Whether AP lets this city stand without its state or country ("CHICAGO", "BEIJING").
bool standsAlone(QStringView city);

// "Nov. 24", "March 3", "Sept. 9": AP's months, five spelled out in full.
QString date(QDate day);

} // namespace ApStyle
