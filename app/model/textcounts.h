// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// What a copy editor counts. Mixed copy counts each script on its own terms:
// "市领导现场督办 and the council voted." is 7 CJK characters and 4 words.
struct TextCounts
{
    int words = 0; // Latin-script (and other space-separated) words
    int cjkChars = 0; // Han, Kana and Hangul characters
    int chars = 0; // non-space characters (code points)

    friend bool operator==(const TextCounts &, const TextCounts &) = default;
};

TextCounts countText(QStringView text);

// Whether the code point is Han, Hiragana, Katakana or Hangul.
bool isCjkCodePoint(char32_t codePoint);

// The text a reader sees of a Markdown body: link targets, emphasis markers, heading and
// list markers and code fences left out. Good enough for counting, not for rendering.
QString markdownToPlainText(QStringView markdown);

// Minutes a reader needs: 230 English words or 400 Chinese characters a minute, at least 1
// for any non-empty text.
int readingMinutes(const TextCounts &counts);
