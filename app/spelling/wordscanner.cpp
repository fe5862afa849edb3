// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/wordscanner.h"

#include <QRegularExpression>
#include <QString>
#include <QTextBoundaryFinder>

namespace {

// A fence: up to three spaces, then three or more ` or ~.
struct Fence
{
    QChar character;
    qsizetype length = 0;
    qsizetype end = 0; // where the info string starts
};

Fence fenceAt(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == u' ')
        ++i;
    if (i >= line.size() || (line.at(i) != u'`' && line.at(i) != u'~'))
        return {};
    const QChar c = line.at(i);
    qsizetype n = i;
    while (n < line.size() && line.at(n) == c)
        ++n;
    if (n - i < 3)
        return {};
    // A backtick fence's info string cannot hold backticks (it would be a code span).
    if (c == u'`' && line.mid(n).contains(u'`'))
        return {};
    return {c, n - i, n};
}

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi:
        return true;
    default:
        // Fullwidth Latin letters and CJK punctuation come with Chinese copy.
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}

void blank(QString &text, qsizetype from, qsizetype to, QChar filler = u' ')
{
    for (qsizetype i = qMax<qsizetype>(0, from); i < qMin(to, text.size()); ++i)
        text[i] = filler;
}

void blankMatches(QString &text, const QRegularExpression &pattern, QChar filler)
{
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        blank(text, match.capturedStart(), match.capturedEnd(), filler);
    }
}

// Code spans: a run of N backticks up to the next run of exactly N.
void blankCodeSpans(QString &text, QChar filler)
{
    qsizetype i = 0;
    while ((i = text.indexOf(u'`', i)) >= 0) {
        qsizetype n = i;
        while (n < text.size() && text.at(n) == u'`')
            ++n;
        const qsizetype run = n - i;
        qsizetype j = n;
        bool closed = false;
        while ((j = text.indexOf(u'`', j)) >= 0) {
            qsizetype k = j;
            while (k < text.size() && text.at(k) == u'`')
                ++k;
            if (k - j == run) {
                blank(text, i, k, filler);
                i = k;
                closed = true;
                break;
            }
            j = k;
        }
        if (!closed)
            i = n; // a lone backtick is literal text
    }
}

// Link destinations "](…)" with balanced parentheses, and reference labels "][…]".
void blankLinkTargets(QString &text, QChar filler)
{
    qsizetype i = 0;
    while ((i = text.indexOf(u']', i)) >= 0) {
        const qsizetype open = i + 1;
        if (open >= text.size()) {
            break;
        } else if (text.at(open) == u'(') {
            int depth = 0;
            qsizetype j = open;
            for (; j < text.size(); ++j) {
                if (text.at(j) == u'\\') {
                    ++j;
                } else if (text.at(j) == u'(') {
                    ++depth;
                } else if (text.at(j) == u')' && --depth == 0) {
                    break;
                }
            }
            blank(text, open, j + 1, filler);
            i = j + 1;
        } else if (text.at(open) == u'[') {
            const qsizetype close = text.indexOf(u']', open);
            blank(text, open, close < 0 ? text.size() : close + 1, filler);
            i = close < 0 ? text.size() : close + 1;
        } else {
            i = open;
        }
    }
}

bool hasDotBeforeLetter(QStringView text)
{
    for (qsizetype i = text.indexOf(u'.'); i >= 0 && i + 1 < text.size();
         i = text.indexOf(u'.', i + 1)) {
        if (text.at(i + 1).isLower())
            return true;
    }
    return false;
}

// The line with everything that is not prose blanked out, so that positions stay put.
QString proseOnly(QStringView line, QChar filler = u' ')
{
    static const QRegularExpression referenceDefinition(
        QStringLiteral(R"(^ {0,3}\[[^\]]+\]:\s.*$)"));
    static const QRegularExpression autolinkOrTag(QStringLiteral(
        R"(<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--)>)"));
    static const QRegularExpression url(
        QStringLiteral(R"((?:\b[A-Za-z][A-Za-z0-9+.-]*://|\bwww\.|\bmailto:)[^\s<>"'）」】]*)"));
    static const QRegularExpression email(QStringLiteral(R"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"));
    // Bare domains: a lower-case top-level part of two letters or more ("example.org/x").
    static const QRegularExpression domain(QStringLiteral(
        R"(\b(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[a-z]{2,}\b(?:/[^\s)\]]*)?)"));
    static const QRegularExpression handle(QStringLiteral(R"((?<![\w@])@\w+)"));
    static const QRegularExpression entity(
        QStringLiteral(R"(&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"));

    QString text = line.toString();
    // Each pattern only where its tell-tale character occurs: most lines of copy are plain
    // prose, and the editor re-scans a paragraph on every keystroke.
    if (line.trimmed().startsWith(u'[') && referenceDefinition.match(text).hasMatch())
        return QString(text.size(), filler);
    if (line.contains(u'`'))
        blankCodeSpans(text, filler);
    if (line.contains(u'<'))
        blankMatches(text, autolinkOrTag, filler);
    if (line.contains(u']'))
        blankLinkTargets(text, filler);
    if (text.contains(u':') || text.contains(QStringLiteral("www.")))
        blankMatches(text, url, filler);
    if (text.contains(u'@')) {
        blankMatches(text, email, filler);
        blankMatches(text, handle, filler);
    }
    if (hasDotBeforeLetter(text))
        blankMatches(text, domain, filler);
    if (text.contains(u'&'))
        blankMatches(text, entity, filler);
    return text;
}

} // namespace

bool isPinyin(QStringView word)
{
    static const QRegularExpression syllables(QStringLiteral(
        "^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|"
        "eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ve|van|vn|er|a|o|e|i|u|v)['’]?)+$"));
    return syllables.match(word.toString().toLower()).hasMatch();
}

namespace {

// Pinyin with tone marks ("guǎn", "Huái'ān"), left in Chinese copy by ruby-text converters
// or written for readers: Chinese, not English to correct. A word counts when it carries a
// tone mark and, without them, splits into pinyin syllables.
bool isTonedPinyin(QStringView word)
{
    static const QString toned = QStringLiteral("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ");
    static const QString plain = QStringLiteral("aaaaeeeeiiiioooouuuuvvvvaaaaeeeeiiiioooouuuuvvvv");
    QString bare;
    bool tone = false;
    for (QChar c : word) {
        const qsizetype index = toned.indexOf(c);
        if (index >= 0) {
            tone = true;
            bare += plain.at(index);
        } else {
            bare += c == u'ü' || c == u'Ü' ? QChar(u'v') : c.toLower();
        }
    }
    if (!tone)
        return false;
    return isPinyin(bare);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

struct Token
{
    WordSpan span;
    bool hasDigit = false;
};

QList<WordSpan> wordsOf(const QString &text)
{
    QList<Token> tokens;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        // Underscores join words in Markdown emphasis (__strong__) and in code (snake_case):
        // the first are trimmed off, the second is not prose.
        qsizetype first = start;
        qsizetype last = end;
        while (first < last && text.at(first) == u'_')
            ++first;
        while (last > first && text.at(last - 1) == u'_')
            --last;
        const QStringView piece = QStringView(text).mid(first, last - first);
        if (piece.contains(u'_')) {
            start = end;
            continue;
        }
        bool letter = false;
        bool digit = false;
        bool cjk = false;
        bool innerDot = false;
        for (qsizetype i = 0; i < piece.size(); ++i) {
            char32_t c = piece.at(i).unicode();
            if (piece.at(i).isHighSurrogate() && i + 1 < piece.size()) {
                c = QChar::surrogateToUcs4(piece.at(i), piece.at(i + 1));
                ++i;
            }
            letter = letter || QChar::isLetter(c);
            digit = digit || QChar::isNumber(c);
            cjk = cjk || isCjk(c);
            innerDot = innerDot || c == u'.';
        }
        // Inner dots make abbreviations and domains ("U.S", "e.g", "example.org"): not words a
        // dictionary is asked about.
        if (letter && !cjk && !innerDot && isTonedPinyin(piece))
            ; // Chinese in Latin letters
        else if (letter && !cjk && !innerDot)
            tokens.append({{first, last - first}, digit});
        else if (digit && !cjk)
            tokens.append({{first, last - first}, true}); // "19" of "COVID-19" taints its compound
        start = end;
    }

    // Hyphenated compounds are checked by parts, unless a part has digits ("COVID-19",
    // "G-7", "4-year-old"): then the compound is a name or a number and none of it is checked.
    QList<WordSpan> words;
    for (qsizetype i = 0; i < tokens.size();) {
        qsizetype j = i;
        bool digit = tokens.at(i).hasDigit;
        while (j + 1 < tokens.size() && tokens.at(j + 1).span.start == tokens.at(j).span.end() + 1
            && isHyphen(text.at(tokens.at(j).span.end()))) {
            ++j;
            digit = digit || tokens.at(j).hasDigit;
        }
        if (!digit) {
            for (qsizetype k = i; k <= j; ++k)
                words.append(tokens.at(k).span);
        }
        i = j + 1;
    }
    return words;
}

// Front matter: only the values of a few keys are copy a reader sees.
QList<WordSpan> frontMatterWords(QStringView line)
{
    static const QRegularExpression copyKey(
        QStringLiteral(R"(^(?:headline|deck|title|subtitle):\s*)"));
    const QRegularExpressionMatch match = copyKey.match(line);
    if (!match.hasMatch())
        return {};
    const qsizetype from = match.capturedEnd();
    QString text = line.toString();
    blank(text, 0, from);
    return wordsOf(proseOnly(text));
}

// A front matter line with all but the copy value blanked.
QString frontMatterProse(QStringView line, QChar filler)
{
    static const QRegularExpression copyKey(
        QStringLiteral(R"(^(?:headline|deck|title|subtitle):\s*)"));
    const QRegularExpressionMatch match = copyKey.match(line);
    if (!match.hasMatch())
        return QString(line.size(), filler);
    QString text = line.toString();
    blank(text, 0, match.capturedEnd(), filler);
    return proseOnly(text, filler);
}

enum class LineKind { Prose, Skipped, FrontMatter };

// Where the line stands in the Markdown structure; moves `state` on to the next line.
LineKind classify(QStringView line, MarkdownLineState &state)
{
    const bool first = state.atStart;
    state.atStart = false;
    switch (state.kind) {
    case MarkdownLineState::FencedCode: {
        const Fence fence = fenceAt(line);
        if (fence.character == state.fenceChar && fence.length >= state.fenceLength
            && line.mid(fence.end).trimmed().isEmpty())
            state = {};
        return LineKind::Skipped;
    }
    case MarkdownLineState::FrontMatter:
        if (line.trimmed() == u"---" || line.trimmed() == u"...") {
            state = {};
            return LineKind::Skipped;
        }
        return LineKind::FrontMatter;
    case MarkdownLineState::Text:
        break;
    }
    if (first && line.trimmed() == u"---") {
        state.kind = MarkdownLineState::FrontMatter;
        return LineKind::Skipped;
    }
    if (const Fence fence = fenceAt(line); fence.length > 0) {
        state.kind = MarkdownLineState::FencedCode;
        state.fenceChar = fence.character;
        state.fenceLength = quint8(qMin<qsizetype>(fence.length, 255));
        return LineKind::Skipped;
    }
    return LineKind::Prose;
}

} // namespace

void advanceLineState(QStringView line, MarkdownLineState &state)
{
    classify(line, state);
}

QList<WordSpan> checkableWords(QStringView line, MarkdownLineState &state)
{
    switch (classify(line, state)) {
    case LineKind::Prose:
        return wordsOf(proseOnly(line));
    case LineKind::FrontMatter:
        return frontMatterWords(line);
    case LineKind::Skipped:
        break;
    }
    return {};
}

QString proseText(QStringView line, MarkdownLineState &state, QChar filler)
{
    switch (classify(line, state)) {
    case LineKind::Prose:
        return proseOnly(line, filler);
    case LineKind::FrontMatter:
        return frontMatterProse(line, filler);
    case LineKind::Skipped:
        break;
    }
    return QString(line.size(), filler);
}
