// SPDX-License-Identifier: GPL-3.0-or-later
// Linked editions (issue 17): one story in Simplified and Traditional Chinese and in English,
// each its own article, the editions pointing at the source they were made from. A group is
// flat: the source and its editions; an edition is never the source of another.
#pragma once

#include <QString>
#include <QStringList>

struct Article;

namespace Copydesk {

// How an edition was made, as `edition_conversion` says it: by a person ("" — a translation),
// or by OpenCC from the source, characters only or with the region's vocabulary too.
inline constexpr QStringView kConvertedCharacters = u"characters";
inline constexpr QStringView kConvertedPhrases = u"phrases";

// The source of the group an article belongs to: its edition_of, else itself.
QString editionGroup(const Article &article);

// Whether the source's text (what an edition translates or converts: headline, deck, bylines,
// dateline, body, sign-off, photo captions) differs between two of its revisions; a change of
// status or schedule alone leaves its editions up to date.
bool editionTextDiffers(const Article &before, const Article &after);

// The language a reader reads a story in, as recommendations keep to it: "zh-Hans" for
// Simplified Chinese, "zh-Hant" for Traditional (Taiwan, Hong Kong), else the primary tag in
// lower case ("en-GB" → "en").
QString readingLanguage(const QString &language);

// An empty draft in `language` for a translator (`copydesk edition ID --language en`),
// linked to `source` at its revision: the headline, deck, bylines, dateline, section, tags,
// photos, schedule and embargo carried over to translate or keep; the body empty.
Article translationDraft(const Article &source, const QString &language);

// The language switcher's name for an edition: 简体, 繁體, English, else the language's own
// name. `groupLanguages`: every language of the group, so that two Traditional editions are
// told apart (繁體（台灣）, 繁體（香港）).
QString editionLabel(const QString &language, const QStringList &groupLanguages);

} // namespace Copydesk
