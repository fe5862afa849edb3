// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcounts.h"

#include <algorithm>

#include <QList>
#include <QRegularExpression>
#include <QStringTokenizer>
#include <QTextBoundaryFinder>

bool isCjkCodePoint(char32_t codePoint)
{
    switch (QChar::script(codePoint)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

bool isFullWidthPunctuation(char32_t codePoint)
{
    if (isCjkCodePoint(codePoint)) // 々 and 〇 sit in the punctuation block but are Han
        return false;
    if (codePoint > 0x3000 && codePoint <= 0x303f)
        return true;
    if ((codePoint >= 0xff01 && codePoint <= 0xff60)
        || (codePoint >= 0xffe0 && codePoint <= 0xffe6))
        return QChar::isPunct(codePoint) || QChar::isSymbol(codePoint);
    switch (codePoint) {
    case 0x00b7: // · between the parts of a transliterated name
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2026: // …
        return true;
    default:
        return false;
    }
}

namespace {

bool isWordCharacter(char32_t codePoint)
{
    return QChar::isLetterOrNumber(codePoint) && !isCjkCodePoint(codePoint);
}

// Joins the two halves of a compound: "late-night", "7-2" (the en dash of "7–2" too).
bool isCompoundJoiner(QStringView segment)
{
    return segment.size() == 1
        && (segment[0] == u'-' || segment[0] == u'\u2010' || segment[0] == u'\u2011'
            || segment[0] == u'\u2013');
}

} // namespace

TextCounts countText(QStringView text)
{
    TextCounts counts;
    const QList<uint> codePoints = text.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t cp = codePoints[i];
        if (isCjkCodePoint(cp))
            ++counts.cjkChars;
        if (!QChar::isSpace(cp))
            ++counts.chars;
        // The ’ of "couldn’t" is an apostrophe, not a closing quote.
        const bool apostrophe = cp == U'\u2019' && i > 0 && i + 1 < codePoints.size()
            && isWordCharacter(codePoints[i - 1]) && isWordCharacter(codePoints[i + 1]);
        if (isCjkCodePoint(cp) || (isFullWidthPunctuation(cp) && !apostrophe)
            || QChar::category(cp) == QChar::Number_DecimalDigit)
            ++counts.zishu;
    }

    // A word is a boundary-finder segment holding a letter or digit that is not CJK, and a
    // word joined to the one before by a single hyphen is part of it; CJK characters are
    // counted as characters, not as words.
    const QString copy = text.toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, copy);
    qsizetype start = 0;
    bool afterWord = false; // the previous segment was a word
    bool afterJoiner = false; // the previous segment was a hyphen right after a word
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QStringView segment = QStringView(copy).mid(start, end - start);
        const auto ucs4 = segment.toUcs4();
        const bool isWord = std::any_of(ucs4.cbegin(), ucs4.cend(), isWordCharacter);
        if (isWord && !afterJoiner)
            ++counts.words;
        afterJoiner = afterWord && isCompoundJoiner(segment);
        afterWord = isWord;
        start = end;
    }
    return counts;
}

QString markdownToPlainText(QStringView markdown)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression autolink(QStringLiteral(R"(<(https?://|mailto:)[^>]*>)"));
    static const QRegularExpression fence(
        QStringLiteral(R"(^\s*(```|~~~).*$)"), QRegularExpression::MultilineOption);
    static const QRegularExpression blockMarker(
        QStringLiteral(R"(^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+))"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression emphasis(QStringLiteral(R"((\*\*|__|\*|_|~~|`))"));

    QString plain = markdown.toString();
    plain.replace(image, QStringLiteral("\\1"));
    plain.replace(link, QStringLiteral("\\1"));
    plain.replace(autolink, QString());
    plain.replace(fence, QString());
    plain.replace(blockMarker, QString());
    plain.replace(emphasis, QString());
    return plain;
}

int readingMinutes(const TextCounts &counts)
{
    if (counts.words == 0 && counts.cjkChars == 0)
        return 0;
    const double minutes = counts.words / 230.0 + counts.cjkChars / 400.0;
    return qMax(1, qRound(minutes));
}
