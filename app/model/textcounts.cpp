// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcounts.h"

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

TextCounts countText(QStringView text)
{
    TextCounts counts;
    for (char32_t cp : text.toUcs4()) {
        if (isCjkCodePoint(cp))
            ++counts.cjkChars;
        if (!QChar::isSpace(cp))
            ++counts.chars;
    }

    // A word is a boundary-finder segment holding a letter or digit that is not CJK;
    // CJK characters are counted as characters, not as words.
    const QString copy = text.toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, copy);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QStringView segment = QStringView(copy).mid(start, end - start);
        for (char32_t cp : segment.toUcs4()) {
            if (QChar::isLetterOrNumber(cp) && !isCjkCodePoint(cp)) {
                ++counts.words;
                break;
            }
        }
        start = end;
    }
    return counts;
}

QString markdownToPlainText(QStringView markdown)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression autolink(QStringLiteral(R"(<(https?://|mailto:)[^>]*>)"));
    static const QRegularExpression fence(QStringLiteral(R"(^\s*(```|~~~).*$)"),
                                          QRegularExpression::MultilineOption);
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
