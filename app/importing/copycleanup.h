// SPDX-License-Identifier: GPL-3.0-or-later
// Cleanup of Chinese copy that went through converters and English-keyboard typing.
#pragma once

#include "script/chinesescript.h"

#include <QString>
#include <QStringList>

namespace CopyCleanup {

using ChineseScript::isHan;
// Han, or full-width / CJK punctuation: what surrounds Chinese punctuation.
bool isChineseContext(char32_t codePoint);
// Whether the text holds any Han character.
bool containsHan(QStringView text);

// Removes pinyin that a site converter left after characters: 領(lǐng)導(dǎo) → 領導.
// Only a Han character followed by a parenthesised pinyin syllable is touched; a syllable
// without tone mark counts only when the text has toned debris too. `removed` gets the count.
QString removePinyinDebris(const QString &text, int *removed = nullptr);

// ASCII , : ; ? ! ( ) between Chinese characters become ，：；？！（）. Latin text, numbers
// and URLs are left alone. `changed` gets the number of marks replaced.
QString fullWidthChinesePunctuation(const QString &text, int *changed = nullptr);

// Both of the above; each kind of change adds one warning an editor can review.
QString cleanUpChineseText(const QString &text, QStringList *warnings);

// "ELENA PETROVA" → "Elena Petrova", "MARY O'NEIL-SMITH" → "Mary O'Neil-Smith"; names not
// in capitals are returned as they are.
QString titleCaseName(const QString &name);

} // namespace CopyCleanup
