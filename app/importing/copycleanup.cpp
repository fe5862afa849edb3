// SPDX-License-Identifier: GPL-3.0-or-later
#include "copycleanup.h"

#include <QRegularExpression>

namespace CopyCleanup {

namespace {

bool isToneMarked(QStringView syllable)
{
    static const QString toned = QStringLiteral("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ");
    for (QChar c : syllable) {
        if (toned.contains(c))
            return true;
    }
    return false;
}

// A Mandarin syllable once tone marks are taken off: initial, vowels, final nasal or r.
bool isPinyinSyllable(const QString &syllable)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?$|^(?:m|n|ng|hm|hng)$"));
    QString plain = syllable.toLower().normalized(QString::NormalizationForm_D);
    plain.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    plain.replace(u'ü', u'v');
    return shape.match(plain).hasMatch();
}

char32_t codePointBefore(const QString &text, qsizetype index)
{
    if (index <= 0)
        return 0;
    const QChar c = text.at(index - 1);
    if (c.isLowSurrogate() && index >= 2 && text.at(index - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(index - 2), c);
    return c.unicode();
}

char32_t codePointAt(const QString &text, qsizetype index)
{
    if (index >= text.size())
        return 0;
    const QChar c = text.at(index);
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(index + 1));
    return c.unicode();
}

bool isInlineSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Markdown emphasis between a mark and the character it belongs to: "**淮安日报讯:**今天".
bool isTransparent(QChar c)
{
    return isInlineSpace(c) || c == u'*' || c == u'_';
}

} // namespace

bool isChineseContext(char32_t c)
{
    return isHan(c) || (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation
        || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
        || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0x201C
        || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026;
}

bool containsHan(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        if (isHan(c))
            return true;
    }
    return false;
}

QString removePinyinDebris(const QString &text, int *removed)
{
    static const QRegularExpression debris(QStringLiteral(
        "(?<=\\p{Han})[(（]([a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]{1,6})[)）]"));
    // Neutral-tone syllables ("的(de)") are only debris when the converter left toned ones too.
    bool anyToned = false;
    for (auto it = debris.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (isToneMarked(match.capturedView(1)) && isPinyinSyllable(match.captured(1))) {
            anyToned = true;
            break;
        }
    }
    int count = 0;
    QString result;
    if (anyToned) {
        qsizetype last = 0;
        for (auto it = debris.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            if (!isPinyinSyllable(match.captured(1)))
                continue;
            result += QStringView(text).mid(last, match.capturedStart() - last);
            last = match.capturedEnd();
            ++count;
        }
        result += QStringView(text).mid(last);
    } else {
        result = text;
    }
    if (removed)
        *removed = count;
    return result;
}

QString fullWidthChinesePunctuation(const QString &text, int *changed)
{
    int count = 0;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    // The code point before position i, skipping spaces and tabs on the same line.
    auto previousCode = [&](qsizetype i) -> char32_t {
        qsizetype j = i;
        while (j > 0 && isTransparent(text.at(j - 1)))
            --j;
        return codePointBefore(text, j);
    };
    auto nextIndex = [&](qsizetype i) {
        qsizetype j = i;
        while (j < n && isInlineSpace(text.at(j)))
            ++j;
        return j;
    };
    auto nextCode = [&](qsizetype i) {
        qsizetype j = i;
        while (j < n && isTransparent(text.at(j)))
            ++j;
        return codePointAt(text, j);
    };
    // Drops spaces already written after a Chinese character, before full-width punctuation.
    auto trimOutput = [&]() {
        while (!out.isEmpty() && isInlineSpace(out.back()))
            out.chop(1);
    };

    // The next ')' and line end after a '(', found once and kept until passed: looked up afresh
    // for every '(', a line of 100,000 "(END)" took 2 s and four times that at twice the size.
    qsizetype nextClose = -1;
    qsizetype nextLineEnd = -1;
    auto following = [&](qsizetype &found, char16_t what, qsizetype i) {
        if (found <= i) {
            found = text.indexOf(QChar(what), i + 1);
            if (found < 0)
                found = n;
        }
        return found;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u',' || u == u':' || u == u';' || u == u'?' || u == u'!') {
            const char32_t before = previousCode(i);
            const qsizetype j = nextIndex(i + 1);
            const char32_t after = nextCode(i + 1);
            const bool lineEnds = j >= n || text.at(j) == u'\n';
            const bool mayEndLine = u == u'?' || u == u'!' || u == u':';
            if (isChineseContext(before) && before != 0
                && (isChineseContext(after) || (mayEndLine && lineEnds))) {
                trimOutput();
                out += QChar(char16_t(u + 0xFEE0)); // ASCII → full-width form
                i = j - 1; // the spaces after are not needed either
                ++count;
                continue;
            }
        } else if (u == u'(') {
            const qsizetype close = following(nextClose, u')', i);
            const qsizetype lineEnd = following(nextLineEnd, u'\n', i);
            if (close < n && close < lineEnd) {
                const QStringView inner = QStringView(text).mid(i + 1, close - i - 1);
                const bool nested = inner.contains(u'(');
                const bool url = inner.contains(QLatin1StringView("://"))
                    || inner.contains(QLatin1StringView("www."));
                const char32_t before = previousCode(i);
                const char32_t after = codePointAt(text, nextIndex(close + 1));
                if (!nested && !url && containsHan(inner)
                    && (isChineseContext(before) || isChineseContext(after))) {
                    out += u'（';
                    out += inner;
                    out += u'）';
                    i = close;
                    count += 2;
                    continue;
                }
            }
        }
        out += c;
    }
    if (changed)
        *changed = count;
    return out;
}

QString cleanUpChineseText(const QString &text, QStringList *warnings)
{
    int removed = 0;
    int changed = 0;
    QString result = removePinyinDebris(text, &removed);
    result = fullWidthChinesePunctuation(result, &changed);
    if (warnings && removed > 0)
        warnings->append(QStringLiteral("removed %1 pinyin syllables left after characters by a "
                                        "converter, e.g. 領(lǐng) → 領")
                             .arg(removed));
    if (warnings && changed > 0)
        warnings->append(QStringLiteral("made %1 ASCII punctuation marks between Chinese "
                                        "characters full-width (, → ，)")
                             .arg(changed));
    return result;
}

QString titleCaseName(const QString &name)
{
    bool hasLower = false;
    bool hasUpper = false;
    for (QChar c : name) {
        hasLower = hasLower || c.isLower();
        hasUpper = hasUpper || c.isUpper();
    }
    if (hasLower || !hasUpper)
        return name;
    QString result = name.toLower();
    bool startOfWord = true;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QChar c = result.at(i);
        if (c.isLetter()) {
            if (startOfWord)
                result[i] = c.toUpper();
            startOfWord = false;
        } else {
            startOfWord = c.isSpace() || c == u'-' || c == u'\'' || c == u'’' || c == u'.';
        }
    }
    // "Mcdonald" → "McDonald": the Scots and Irish prefix keeps its capital.
    static const QRegularExpression mc(QStringLiteral("\\bMc(\\p{Ll})"));
    for (auto it = mc.globalMatch(result); it.hasNext();) {
        const auto match = it.next();
        result[match.capturedStart(1)] = result.at(match.capturedStart(1)).toUpper();
    }
    return result;
}

} // namespace CopyCleanup
