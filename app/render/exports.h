// SPDX-License-Identifier: GPL-3.0-or-later
// A story for the print desk and for partners (issue 17): the text a paginator pastes, and the
// IPTC formats aggregators read — ninjs 2 (JSON), NITF 3.6 and NewsML-G2 (XML, written with
// QXmlStreamWriter) — and InCopy's ICML for the paginator. Pure functions over the article.
#pragma once

#include "model/article.h"
#include "render/housestyle.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Exports {

// Where the story and its photos are on the web ("https://news.example/"); may be empty.
struct Site
{
    QString baseUrl;
    QString provider = QStringLiteral("copydesk"); // NITF regsrc, NewsML-G2 provider
};

// Headline, deck, the news header or dateline and bylines in the article's house style, the
// paragraphs (Chinese ones indented with two full-width spaces), the reporter and editor
// lines, photo captions with credits, and the length: "字数：1234" / "Words: 812".
QString printText(const Article &article, HouseStyle siteDefault = HouseStyle::EnglishWire);

// ninjs 2.x: uri, type, version, firstcreated, versioncreated, pubstatus (usable, withheld
// under embargo or schedule, canceled when killed), embargoed, language, headlines, bylines,
// located, datelines, descriptions, bodies, subjects, associations (photos), altids.
QJsonObject ninjs(const Article &article, const Site &site);
// NITF 3.6: head/docdata (doc-id with regsrc and the revision as du-key, urgency,
// date.issue, date.release under embargo, ed-msg for a kill and corrections, key-list of the
// tags), pubdata with the section, body.head (hedline hl1/hl2, byline per person with byttl
// and org, dateline, abstract), body.content, body.end/tagline (sign-off).
QByteArray nitf(const Article &article, const Site &site);
// NewsML-G2 newsItem: itemMeta (pubStatus, signal for corrections), contentMeta (located,
// dateline, headline, by, slugline, language, subject), contentSet/inlineXML with the body
// as XHTML.
QByteArray newsml(const Article &article, const Site &site);
// Adobe InCopy's ICML, which InDesign places: the print text's paragraphs (as printText()
// orders them) each in a named paragraph style — headline, deck, byline, dateline, body,
// subhead, quote, reporter-line, caption — with bold and italic as character styles and the
// story's language as InDesign names it ("$ID/English: USA"). In icml.cpp.
QByteArray icml(const Article &article, const Site &site);

} // namespace Exports
