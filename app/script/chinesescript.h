// SPDX-License-Identifier: GPL-3.0-or-later
// Simplified and Traditional Chinese: telling them apart and converting between them with
// OpenCC's configurations (t2s, s2t, s2tw, s2twp, s2hk, …), and folding the two together so
// that a search in one script finds a story written in the other.
#pragma once

#include "model/article.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ChineseScript {

// Whether the code point is a Han character (ideographs and radicals, not CJK punctuation).
bool isHan(char32_t codePoint);

// "en", "zh-Hans" or "zh-Hant" for a text: Chinese when Han characters carry the text,
// Traditional when more of them are Traditional-only than Simplified-only.
QString detectLanguage(QStringView text);

// The language tags `convert --to` accepts: zh-Hans, zh-Hant, zh-TW, zh-HK.
QStringList conversionTargets();

// The OpenCC configuration that turns text in `from` into `to` ("s2t", "tw2s", …), or
// nothing when there is no such conversion. `taiwanPhrases` picks s2twp (Taiwan vocabulary,
// 软件 → 軟體) over s2tw (characters only).
std::optional<QString> configFor(
    const QString &from, const QString &to, bool taiwanPhrases = false);

// Runs an OpenCC configuration over text. Throws std::runtime_error when OpenCC cannot load it.
QString convert(const QString &text, const QString &config);

// The article with every text a reader sees converted — headline, deck, body, bylines,
// dateline, section, tags, editor, sign-off — plus the internal notes, and `language` set
// to `to`. The slug, status and ids stay as they are.
Article convertArticle(const Article &article, const QString &config, const QString &to);

// A machine edition of `source` in `to` (issue 17), converted with OpenCC (`phrases`: with the
// region's vocabulary, s2twp or s2hk): a new article (no id yet) linked to the source at its
// revision, in draft, with the source's photos, schedule and embargo. Given `edition`, that
// edition brought up to the source's text now ("Convert again"): its own id, address,
// status, times, corrections, editor and notes stay. Throws std::runtime_error when OpenCC
// cannot convert.
Article convertedEdition(
    const Article &source, const QString &to, bool phrases, const Article *edition = nullptr);

// `edition` brought up to its `source` as it stands: converted again when OpenCC made it
// (edition_conversion), else (a translation) only marked as following the source's revision.
// What `convert --again`, `edition --caught-up` and the editor's Convert Again / Mark Up to
// Date save. Throws std::runtime_error when OpenCC cannot convert.
Article caughtUpEdition(const Article &edition, const Article &source);

// The ways a search term may be written in the articles: the term as typed first, then its
// Simplified, Traditional, Taiwan and Hong Kong forms, each once (茶馆 → 茶馆, 茶館). A term
// without Han characters, or with OpenCC missing, is its only spelling.
QStringList searchSpellings(const QString &term);

// Every Traditional character and its Simplified form, character by character (OpenCC's t2s
// without its phrases), in code point order: what the published site's search folds its index
// and its queries with, so that 茶館 and 茶馆 are the same word there. Empty without OpenCC.
const QList<std::pair<char32_t, char32_t>> &simplifiedFolding();

} // namespace ChineseScript
