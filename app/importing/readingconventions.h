// SPDX-License-Identifier: GPL-3.0-or-later
// How newsroom copy is read: the headers, reporter lines, wire bylines, datelines and
// sign-offs that a copy editor recognises at a glance, as plain functions over text.
#pragma once

#include "model/article.h"

#include <QStringList>

#include <optional>

namespace ReadingConventions {

// A Chinese news header at the start of a lede: "淮安日报讯：", "本报讯（记者 A 通讯员 B）",
// "新华社北京11月24日电（记者 X）", "据新华社电", "（中央社記者NAME台北1日電）", and the
// Taiwan and Hong Kong "【記者NAME／台北報導】". `length` is how much of the lede it takes,
// separators included.
struct NewsHeader
{
    Dateline dateline;
    QList<Byline> bylines;
    qsizetype length = 0;
};
std::optional<NewsHeader> parseChineseNewsHeader(QStringView lede);

// Chinese credits "记者 赵雨桐 通讯员 孙浩" → bylines with the role as written. Nothing when
// the text is not only roles and names (a sentence that happens to start with 记者).
std::optional<QList<Byline>> parseChineseCredits(QStringView text);

// A whole line of credits: "■记者 NAME", "■融媒体记者 NAME", "（记者 NAME）",
// "記者NAME／台北報導".
std::optional<QList<Byline>> parseReporterLine(QStringView line);

// The Taiwan and Hong Kong byline that says where it was reported from, at the start of a
// text: "記者王小明／台北報導", "【記者A、B／綜合報導】", "（記者NAME／台北即時報導）".
// The place goes to the dateline ("綜合報導", a report put together, names none).
std::optional<NewsHeader> parseDatelinedByline(QStringView text);

// Credits in parentheses after the last sentence of a story: "……。（本报记者 A 通讯员 B）",
// "……。（据新华社电）". `position` is where they start (0: the paragraph is nothing else).
struct ClosingCredit
{
    Dateline dateline;
    QList<Byline> bylines;
    qsizetype position = 0;
};
std::optional<ClosingCredit> parseClosingCredit(QStringView paragraph);

// The wire's mark for the end of a story, closing a paragraph or on a line of its own:
// "（完）", "(END)", "-30-", "###". `position` is where it starts (0: the mark alone).
struct EndMark
{
    QString mark;
    qsizetype position = 0;
};
std::optional<EndMark> parseEndMark(QStringView paragraph);

// "责任编辑：NAME" (or 責任編輯, 责编, 编辑) → NAME.
std::optional<QString> parseEditorLine(QStringView line);

// "By ELENA PETROVA and JOHN SMITH" → bylines, capitals made title case; an affiliation or
// role after a comma ("By Jane Doe, Associated Press") goes to every name.
std::optional<QList<Byline>> parseEnglishByline(QStringView line);

// A line naming an organisation on its own: "Associated Press", "The New York Times".
bool isAffiliationLine(QStringView line);

// "PORTLAND, Maine (AP) — ", "SANTIAGO, Nov 21 (Reuters) - " or, from two places,
// "BANGKOK/HANOI, Dec 1 (Reuters) - " at the start of a lede.
struct EnglishDateline
{
    Dateline dateline;
    qsizetype length = 0;
};
std::optional<EnglishDateline> parseEnglishDateline(QStringView lede);

// "Reporting by A in X and B in Y; Additional reporting by C; Writing by D; Editing by E" →
// bylines A and B, C (role "Additional reporting") and D (role "Writing"), editor E, and the
// line itself as the sign-off.
struct WireSignoff
{
    QList<Byline> bylines;
    QString editor;
    QString signoff;
};
std::optional<WireSignoff> parseWireSignoff(QStringView line);

// AP's line crediting other reporters, which stays in the story: "Associated Press writer
// NAME contributed to this report." → NAME as a byline with the role "contributing".
std::optional<QList<Byline>> parseContributorLine(QStringView line);

// A label that starts the page furniture after a story: "Related Coverage", "相关新闻",
// "推荐新闻", "新闻搜索", …
bool isFurnitureLabel(QStringView line);

// Reads the conventions out of the blocks (paragraphs) of a story's body: fills the
// article's bylines, dateline, editor and signoff, and removes what it read, and the page
// furniture after the story and its end mark, from `blocks` (a contributor line is read and
// kept). Every change is described in `warnings`.
// `plainText`: the blocks come from plain text, where a trailing list of short lines is a
// list of other headlines rather than part of the story.
void apply(Article &article, QStringList &blocks, QStringList *warnings, bool plainText);

} // namespace ReadingConventions
