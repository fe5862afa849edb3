// SPDX-License-Identifier: GPL-3.0-or-later
// Simplified and Traditional Chinese: telling them apart and converting between them with
// OpenCC's configurations (t2s, s2t, s2tw, s2twp, s2hk, …).
#pragma once

#include "model/article.h"

#include <QString>

#include <optional>

namespace ChineseScript {

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

} // namespace ChineseScript
