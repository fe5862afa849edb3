// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

// How a page places the dateline and the bylines: the conventions of a Chinese newspaper or an
// English news wire. Pure functions over article values; the page templates put the results
// where each style wants them.
enum class HouseStyle { ChineseNewspaper, EnglishWire };

// "chinese-newspaper", "english-wire": the names used in settings and template file names.
QString houseStyleName(HouseStyle style);
std::optional<HouseStyle> houseStyleFromName(QStringView name);
// Chinese articles get the Chinese newspaper style, English ones the wire style, anything else
// the site's default.
HouseStyle houseStyleFor(QStringView language, HouseStyle siteDefault);

// --- Chinese newspaper ---

// An ISO date "2026-11-24" as "11月24日"; anything else is kept as written.
QString chineseDate(QStringView date);
// The news header that opens the lede: "淮安日报讯：" (訊 in Traditional script) when only a
// source is given, "新华社北京11月24日电 " when place and date are given. Empty without a
// dateline. The result ends with the separator the text follows directly.
QString chineseNewsHeader(const Dateline &dateline, bool traditional);
// The reporter line that closes the story: "■融媒体记者 杨丹丹 通讯员 王立"; people with the
// same role in a row share it ("■记者 张三 李四"). Empty without bylines.
QString chineseReporterLine(const QList<Byline> &bylines);
// "责任编辑：王五" (責任編輯 in Traditional script); empty without an editor.
QString chineseEditorLine(QStringView editor, bool traditional);

// --- English wire ---

// An ISO date "2026-11-24" in AP style, "Nov. 24"; anything else is kept as written.
QString englishDate(QStringView date);
// "A", "A and B", "A, B and C".
QString joinEnglishNames(const QStringList &names);
// "By Jane Doe and John Roe"; empty without bylines.
QString englishByline(const QList<Byline> &bylines);
// The affiliations under the byline, each once, in order: "Associated Press"; "Reuters and AP".
QString englishAffiliation(const QList<Byline> &bylines);
// The dateline that opens the lede: "BEIJING (Xinhua) — " or, with a date,
// "BEIJING, Nov. 24 (Xinhua) - ". Empty without a dateline.
QString englishDateline(const Dateline &dateline);

// The dateline as one plain phrase for metadata (JSON-LD "dateline"), in the article's style:
// "新华社北京11月24日电", "BEIJING, Nov. 24 (Xinhua)".
QString datelineText(const Dateline &dateline, HouseStyle style, bool traditional);

// --- Corrections, clarifications and updates ---

// The lead-in of a correction line, in the style's words, dated in `zone`:
// "更正（2026年12月2日）：", "更新（12月2日 14:30）：", "說明（2026年12月2日）："; "Correction,
// Dec. 2, 2026: ", "Clarification, Dec. 2, 2026: ", "Updated Dec. 2, 2026, 2:30 p.m.: ".
QString correctionLeadIn(
    const Copydesk::Correction &entry, HouseStyle style, bool traditional, const QTimeZone &zone);
// What a list of corrections is called, for a screen reader: "更正与更新", "Corrections and
// updates".
QString correctionsHeading(HouseStyle style, bool traditional);
