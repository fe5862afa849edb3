// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// What a copy editor counts. Mixed copy counts each script on its own terms:
// "市领导现场督办 and the council voted." is 7 CJK characters and 4 words. A hyphenated
// compound is one word, as AP and Word count it: "late-night", "7-2", "COVID-19".
struct TextCounts
{
    int words = 0; // Latin-script (and other space-separated) words
    int cjkChars = 0; // Han, Kana and Hangul characters
    int chars = 0; // non-space characters (code points)
    // 字数, the print desk's count of Chinese copy: CJK characters, full-width punctuation
    // (，。、“”《》…) and every digit, one each. Latin words are not part of it.
    int zishu = 0;

    friend bool operator==(const TextCounts &, const TextCounts &) = default;
};

TextCounts countText(QStringView text);

// Whether the code point is Han, Hiragana, Katakana or Hangul.
bool isCjkCodePoint(char32_t codePoint);

// Whether the code point is punctuation set full-width in Chinese copy: the CJK symbols and
// punctuation block, the full-width forms, and the quotes, dashes and ellipsis a Chinese font
// sets a full em wide.
bool isFullWidthPunctuation(char32_t codePoint);

// The text a reader sees of a Markdown body: link targets, emphasis markers, heading and
// list markers and code fences left out. Good enough for counting, not for rendering.
QString markdownToPlainText(QStringView markdown);

// Minutes a reader needs: 230 English words or 400 Chinese characters a minute, at least 1
// for any non-empty text.
int readingMinutes(const TextCounts &counts);
