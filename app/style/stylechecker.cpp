// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/stylechecker.h"

#include "model/apstyle.h"
#include "script/chinesescript.h"
#include "style/relativedates.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// What stands for code, links and markup in the prose a rule reads: neither a letter, nor a
// space, nor punctuation, so no rule sees a neighbour in it.
constexpr QChar kFiller = QChar(0xFFFC);

char32_t codePointAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return 0;
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    if (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(i - 1), c);
    return c.unicode();
}

bool isHan(char32_t c)
{
    return c && QChar::script(c) == QChar::Script_Han;
}

// Chinese text a half-width mark may follow: Han characters and full-width punctuation.
bool isChinese(char32_t c)
{
    return isHan(c) || (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F)
        || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40)
        || (c >= 0xFF5B && c <= 0xFF65) || c == 0x2014 || c == 0x2026;
}

// … and what may come after it in Chinese copy: opening quotes too.
bool isChineseOrQuote(char32_t c)
{
    return isChinese(c) || c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E;
}

char32_t before(QStringView text, qsizetype i)
{
    return i > 0 ? codePointAt(text, i - 1) : 0;
}

char32_t after(QStringView text, qsizetype end)
{
    return codePointAt(text, end);
}

// Role words a credit puts a space after: "记者 赵雨桐", "本報記者 林志明 通訊員 陳".
bool endsWithCreditRole(QStringView text)
{
    static const QStringList roles = {QStringLiteral("记者"), QStringLiteral("記者"),
        QStringLiteral("通讯员"), QStringLiteral("通訊員"), QStringLiteral("编辑"),
        QStringLiteral("編輯"), QStringLiteral("摄影"), QStringLiteral("攝影"),
        QStringLiteral("实习生"), QStringLiteral("實習生"), QStringLiteral("责编"),
        QStringLiteral("責編"), QStringLiteral("摄"), QStringLiteral("攝"), QStringLiteral("文"),
        QStringLiteral("图"), QStringLiteral("圖"), QStringLiteral("撰稿"), QStringLiteral("校对"),
        QStringLiteral("校對")};
    for (const QString &role : roles) {
        if (text.endsWith(role))
            return true;
    }
    return false;
}

bool startsWithCreditRole(QStringView text)
{
    static const QStringList roles = {QStringLiteral("记者"), QStringLiteral("記者"),
        QStringLiteral("通讯员"), QStringLiteral("通訊員"), QStringLiteral("实习生"),
        QStringLiteral("實習生"), QStringLiteral("融媒体记者"), QStringLiteral("特约记者"),
        QStringLiteral("見習記者"), QStringLiteral("见习记者"), QStringLiteral("摄影"),
        QStringLiteral("攝影"), QStringLiteral("编辑"), QStringLiteral("編輯")};
    for (const QString &role : roles) {
        if (text.startsWith(role))
            return true;
    }
    return false;
}

QChar fullWidthOf(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return QChar(0xFF0C);
    case '.':
        return QChar(0x3002);
    case ':':
        return QChar(0xFF1A);
    case ';':
        return QChar(0xFF1B);
    case '?':
        return QChar(0xFF1F);
    case '!':
        return QChar(0xFF01);
    case '(':
        return QChar(0xFF08);
    case ')':
        return QChar(0xFF09);
    default:
        return c;
    }
}

bool isLatinWordCharacter(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 0x3000;
}

} // namespace

StyleContext StyleContext::fromStore(ArticleStore &store, const QString &language)
{
    StyleContext context;
    context.language = language;
    context.styleList = store.styleList();
    const QJsonObject switches =
        QJsonDocument::fromJson(store.setting(QStringLiteral("style.rules")).toUtf8()).object();
    for (auto it = switches.begin(); it != switches.end(); ++it)
        context.ruleSwitches.insert(it.key(), it.value().toBool());
    context.chineseQuotes = store.setting(QStringLiteral("style.chinese_quotes"));
    return context;
}

StyleChecker::StyleChecker(StyleContext context) : m_context(std::move(context))
{
    const QString language = m_context.language.toLower();
    m_chinese = language.startsWith(u"zh");
    m_english = language.startsWith(u"en");
    const bool traditional = language == u"zh-hant" || language == u"zh-tw" || language == u"zh-hk"
        || language == u"zh-mo";
    const bool simplified =
        language == u"zh-hans" || language == u"zh-cn" || language == u"zh-sg" || language == u"zh";
    if (m_context.chineseQuotes.isEmpty())
        m_cornerQuotes = traditional;
    else
        m_cornerQuotes = m_context.chineseQuotes == u"corner";
    if (traditional) {
        m_scriptConfig = language == u"zh-hk" || language == u"zh-mo" ? QStringLiteral("s2hk")
                                                                      : QStringLiteral("s2tw");
        m_characterConfig = QStringLiteral("s2t");
    } else if (simplified && language != u"zh") {
        m_scriptConfig = QStringLiteral("t2s");
        m_characterConfig = QStringLiteral("t2s");
    }
}

bool StyleChecker::isEnabled(QStringView rule) const
{
    const auto it = m_context.ruleSwitches.constFind(rule.toString());
    if (it != m_context.ruleSwitches.constEnd())
        return it.value();
    const std::optional<StyleRule> known = styleRule(rule);
    return known && known->onByDefault;
}

namespace {

StyleFinding finding(const QString &rule, QStringView prose, qsizetype offset, qsizetype length,
    const QString &replacement, const QString &message)
{
    StyleFinding f;
    f.rule = rule;
    const std::optional<StyleRule> known = styleRule(rule);
    f.severity = known ? known->severity : StyleSeverity::Warning;
    f.text = prose.mid(offset, length).toString();
    f.offset = offset;
    f.length = length;
    f.column = offset + 1;
    f.replacement = replacement;
    f.message = message;
    return f;
}

} // namespace

void StyleChecker::chinesePunctuation(QStringView prose, QList<StyleFinding> &out) const
{
    // Asked once, not for every character of the line.
    const bool halfWidth = isEnabled(u"zh-halfwidth-punctuation");
    const bool ellipsis = isEnabled(u"zh-ellipsis");
    const bool dash = isEnabled(u"zh-dash");
    const bool repeatedMarks = isEnabled(u"zh-repeated-punctuation");
    for (qsizetype i = 0; i < prose.size(); ++i) {
        const QChar c = prose.at(i);
        const char32_t previous = before(prose, i);
        const char32_t next = after(prose, i + 1);

        // Half-width marks after Chinese text: "他说,我们" → "他说，我们".
        if (halfWidth && QStringView(u",.:;?!").contains(c) && isChinese(previous)) {
            const bool run = c == u'.' && (next == u'.' || previous == u'.');
            const bool repeated = (c == u'!' || c == u'?') && next == c.unicode();
            const bool followed = next == 0 || isChineseOrQuote(next)
                || (next == u' ' && (after(prose, i + 2) == 0 || isChinese(after(prose, i + 2))));
            if (!run && !repeated && followed) {
                out << finding(QStringLiteral("zh-halfwidth-punctuation"), prose, i, 1,
                    QString(fullWidthOf(c)),
                    QStringLiteral("Half-width “%1” in Chinese text: use “%2”")
                        .arg(c)
                        .arg(fullWidthOf(c)));
            }
        }
        if (halfWidth && ((c == u'(' && isChinese(next)) || (c == u')' && isChinese(previous)))) {
            out << finding(QStringLiteral("zh-halfwidth-punctuation"), prose, i, 1,
                QString(fullWidthOf(c)),
                QStringLiteral("Half-width parenthesis in Chinese text: use “%1”")
                    .arg(fullWidthOf(c)));
        }

        // Ellipses: "...", "。。。", a lone "…" or "⋯" beside Chinese text → "……".
        if (ellipsis) {
            qsizetype n = i;
            while (n < prose.size() && prose.at(n) == c)
                ++n;
            const qsizetype run = n - i;
            const bool wrong = (c == u'.' && run >= 3) || (c == QChar(0x3002) && run >= 2)
                || ((c == QChar(0x2026) || c == QChar(0x22EF)) && run == 1)
                || (c == QChar(0x22EF) && run == 2);
            if (wrong && (isChinese(previous) || isChinese(after(prose, n)))) {
                out << finding(QStringLiteral("zh-ellipsis"), prose, i, run, QStringLiteral("……"),
                    QStringLiteral("A Chinese ellipsis is “……”"));
            }
            // A run is judged whole: the second "…" of "……" is not a lone one.
            if (wrong || c == QChar(0x2026) || c == QChar(0x22EF) || c == QChar(0x3002)) {
                i = n - 1;
                continue;
            }
        }

        // Dashes: "--", "－" or a single "—" between Chinese text → "——".
        if (dash && (c == u'-' || c == QChar(0xFF0D) || c == QChar(0x2014))) {
            qsizetype n = i;
            while (n < prose.size() && prose.at(n) == c)
                ++n;
            const qsizetype run = n - i;
            const bool wrong =
                (c == u'-' && run >= 2) || c == QChar(0xFF0D) || (c == QChar(0x2014) && run == 1);
            if (wrong && isChinese(previous) && isChineseOrQuote(after(prose, n))) {
                out << finding(QStringLiteral("zh-dash"), prose, i, run, QStringLiteral("——"),
                    QStringLiteral("A Chinese dash is “——”"));
            }
            i = n - 1;
            continue;
        }

        // "！！", "？？", "!!" after Chinese text: one mark.
        if (repeatedMarks && (c == QChar(0xFF01) || c == QChar(0xFF1F) || c == u'!' || c == u'?')) {
            qsizetype n = i;
            while (n < prose.size() && prose.at(n) == c)
                ++n;
            if (n - i >= 2 && (isChinese(previous) || c.unicode() > 0xFF00)) {
                const QChar one = c.unicode() > 0xFF00 ? c : fullWidthOf(c);
                out << finding(QStringLiteral("zh-repeated-punctuation"), prose, i, n - i,
                    QString(one), QStringLiteral("One “%1” is enough").arg(one));
            }
            i = n - 1;
        }
    }
}

void StyleChecker::chineseQuotes(QStringView prose, QList<StyleFinding> &out) const
{
    if (!m_chinese || !isEnabled(u"zh-quotes"))
        return;
    // What each quote becomes in the script the story wants.
    static const QHash<char16_t, QChar> toCorner = {
        {u'“', u'「'}, {u'”', u'」'}, {u'‘', u'『'}, {u'’', u'』'}};
    static const QHash<char16_t, QChar> toCurly = {
        {u'「', u'“'}, {u'」', u'”'}, {u'『', u'‘'}, {u'』', u'’'}};
    int straight = 0;
    for (qsizetype i = 0; i < prose.size(); ++i) {
        const QChar c = prose.at(i);
        const bool chineseSide = isChinese(before(prose, i)) || isChinese(after(prose, i + 1));
        QChar wanted;
        if (c == u'"') {
            // Straight quotes beside Chinese text: open and close by their order in the line.
            const bool open = straight++ % 2 == 0;
            if (chineseSide)
                wanted = m_cornerQuotes ? (open ? u'「' : u'」') : (open ? u'“' : u'”');
        } else if (m_cornerQuotes && toCorner.contains(c.unicode()) && chineseSide) {
            wanted = toCorner.value(c.unicode());
        } else if (!m_cornerQuotes && toCurly.contains(c.unicode())) {
            wanted = toCurly.value(c.unicode());
        }
        if (!wanted.isNull()) {
            out << finding(QStringLiteral("zh-quotes"), prose, i, 1, QString(wanted),
                m_cornerQuotes ? QStringLiteral("This story quotes with 「」 and 『』")
                               : QStringLiteral("This story quotes with “” and ‘’"));
        }
    }
}

void StyleChecker::spacing(QStringView prose, QList<StyleFinding> &out) const
{
    qsizetype lead = 0;
    while (lead < prose.size() && (prose.at(lead) == u' ' || prose.at(lead) == QChar(0x3000)))
        ++lead;
    // Markdown's own spaces: list markers and headings are followed by one or more.
    for (qsizetype i = lead; i < prose.size(); ++i) {
        const QChar c = prose.at(i);
        if (c != u' ' && c != QChar(0x3000) && c != u'\t')
            continue;
        qsizetype n = i;
        while (n < prose.size()
            && (prose.at(n) == u' ' || prose.at(n) == QChar(0x3000) || prose.at(n) == u'\t'))
            ++n;
        const char32_t previous = before(prose, i);
        const char32_t next = after(prose, n);
        if (n == prose.size()) {
            break; // trailing spaces: Markdown's line break
        } else if (isEnabled(u"zh-space") && isChinese(previous) && isChinese(next)
            && !endsWithCreditRole(prose.left(i)) && !startsWithCreditRole(prose.mid(n))) {
            out << finding(QStringLiteral("zh-space"), prose, i, n - i, QString(),
                QStringLiteral("A space inside Chinese text"));
        } else if (isEnabled(u"en-double-space") && n - i >= 2
            && prose.mid(i, n - i) == QString(n - i, u' ') && previous != kFiller.unicode()
            && next != kFiller.unicode() && !isChinese(previous) && !isChinese(next)
            && previous != u'|' && next != u'|') {
            out << finding(QStringLiteral("en-double-space"), prose, i, n - i, QStringLiteral(" "),
                QStringLiteral("Two spaces where one belongs"));
        }
        i = n - 1;
    }
}

void StyleChecker::fullwidthAlphanumerics(QStringView prose, QList<StyleFinding> &out) const
{
    if (!isEnabled(u"fullwidth-alphanumeric"))
        return;
    const auto fullWidth = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A)
            || (u >= 0xFF41 && u <= 0xFF5A);
    };
    for (qsizetype i = 0; i < prose.size(); ++i) {
        if (!fullWidth(prose.at(i)))
            continue;
        qsizetype n = i;
        QString half;
        while (n < prose.size() && fullWidth(prose.at(n)))
            half += QChar(prose.at(n++).unicode() - 0xFEE0);
        out << finding(QStringLiteral("fullwidth-alphanumeric"), prose, i, n - i, half,
            QStringLiteral("Full-width letters and digits: write “%1”").arg(half));
        i = n - 1;
    }
}

void StyleChecker::scriptConsistency(QStringView prose, QList<StyleFinding> &out) const
{
    if (m_scriptConfig.isEmpty() || !isEnabled(u"script-consistency"))
        return;
    bool han = false;
    for (qsizetype i = 0; i < prose.size() && !han; ++i)
        han = isHan(codePointAt(prose, i));
    if (!han)
        return;
    // Phrase by phrase first (乾隆 stays 乾隆 in Simplified), then each character that changed on
    // its own too, so that a character both scripts write (台, 后) is not taken for the other's.
    const QString converted = ChineseScript::convert(prose.toString(), m_scriptConfig);
    if (converted == prose || converted.size() != prose.size())
        return; // different lengths: a conversion not character for character, left alone
    QList<qsizetype> changed;
    QString characters;
    for (qsizetype i = 0; i < prose.size(); ++i) {
        if (prose.at(i) != converted.at(i) && isHan(codePointAt(prose, i))) {
            changed << i;
            characters += prose.at(i) + QStringLiteral("\n");
        }
    }
    if (changed.isEmpty())
        return;
    const QString alone = ChineseScript::convert(characters, m_characterConfig);
    const QStringList aloneLines = alone.split(u'\n');
    const bool traditionalStory = m_characterConfig == u"s2t";
    for (qsizetype k = 0; k < changed.size(); ++k) {
        const qsizetype i = changed.at(k);
        if (aloneLines.value(k) == QString(prose.at(i)))
            continue;
        // Both scripts write 台 (Taiwan's papers and its standard forms do); OpenCC alone makes
        // it 臺 in every Traditional conversion.
        if (traditionalStory && prose.at(i) == u'台')
            continue;
        // Neighbouring characters make one finding: "楊樹" → "杨树".
        if (!out.isEmpty() && out.last().rule == u"script-consistency" && out.last().end() == i) {
            out.last().length += 1;
            out.last().text += prose.at(i);
            out.last().replacement += converted.at(i);
            continue;
        }
        out << finding(QStringLiteral("script-consistency"), prose, i, 1, QString(converted.at(i)),
            traditionalStory ? QStringLiteral("Simplified character in a Traditional story")
                             : QStringLiteral("Traditional character in a Simplified story"));
    }
}

void StyleChecker::styleList(QStringView prose, QList<StyleFinding> &out) const
{
    if (!isEnabled(u"style-list"))
        return;
    for (const StyleEntry &entry : m_context.styleList) {
        if (entry.exception || !entry.appliesTo(m_context.language) || entry.text.isEmpty())
            continue;
        const bool latinStart = isLatinWordCharacter(entry.text.front());
        const bool latinEnd = isLatinWordCharacter(entry.text.back());
        for (qsizetype i = prose.indexOf(entry.text, 0, Qt::CaseInsensitive); i >= 0;
             i = prose.indexOf(entry.text, i + 1, Qt::CaseInsensitive)) {
            const qsizetype end = i + entry.text.size();
            // Latin words whole: "use" is not in "because".
            if ((latinStart && i > 0 && isLatinWordCharacter(prose.at(i - 1)))
                || (latinEnd && end < prose.size() && isLatinWordCharacter(prose.at(end))))
                continue;
            // Already the preferred form ("出租车" holds no "的士", but "use" may sit in "reuse").
            if (!entry.replacement.isEmpty()) {
                const qsizetype within =
                    entry.replacement.indexOf(entry.text, 0, Qt::CaseInsensitive);
                if (within >= 0 && i >= within
                    && prose.mid(i - within, entry.replacement.size())
                            .compare(entry.replacement, Qt::CaseInsensitive)
                        == 0)
                    continue;
            }
            QString replacement = entry.replacement;
            // "Utilize" at the start of a sentence becomes "Use".
            if (!replacement.isEmpty() && prose.at(i).isUpper() && replacement.front().isLower())
                replacement[0] = replacement.front().toUpper();
            QString message = entry.replacement.isEmpty()
                ? QStringLiteral("“%1” is not used in this newsroom").arg(entry.text)
                : QStringLiteral("The newsroom writes “%1”, not “%2”")
                      .arg(entry.replacement, entry.text);
            if (!entry.note.isEmpty())
                message += QStringLiteral(" (%1)").arg(entry.note);
            StyleFinding f = finding(
                QStringLiteral("style-list"), prose, i, entry.text.size(), replacement, message);
            f.severity = severityFromName(entry.severity).value_or(StyleSeverity::Warning);
            out << f;
        }
    }
}

void StyleChecker::relativeDates(
    QStringView line, QStringView prose, QList<StyleFinding> &out) const
{
    if (!isEnabled(u"relative-date") || !m_context.publishedDay.isValid())
        return;
    for (const RelativeDates::Mention &mention : RelativeDates::find(prose)) {
        const QDate written =
            m_context.writtenOn ? m_context.writtenOn(line, mention.offset) : m_context.writtenDay;
        if (!written.isValid())
            continue;
        const QDate meant = RelativeDates::resolve(mention, written);
        const QDate read = RelativeDates::resolve(mention, m_context.publishedDay);
        if (!meant.isValid() || meant == read)
            continue;
        const QDate published = m_context.publishedDay;
        const QString absolute = RelativeDates::absoluteDate(meant, mention.chinese, published);
        const QString word = prose.mid(mention.offset, mention.length).toString();
        const QString message = mention.chinese
            ? QStringLiteral("“%1”写于%2，指%3；%4刊出时读者会理解为%5")
                  .arg(word, RelativeDates::absoluteDate(written, true, published), absolute,
                      RelativeDates::absoluteDate(published, true, published),
                      RelativeDates::absoluteDate(read, true, published))
            : QStringLiteral("“%1” was written on %2 and means %3; published on %4 it reads as %5")
                  .arg(word, RelativeDates::absoluteDate(written, false, published), absolute,
                      RelativeDates::absoluteDate(published, false, published),
                      RelativeDates::absoluteDate(read, false, published));
        out << finding(QStringLiteral("relative-date"), prose, mention.offset, mention.length,
            absolute, message);
    }
}

void StyleChecker::englishQuotes(QStringView prose, QList<StyleFinding> &out) const
{
    if (!m_english || !isEnabled(u"en-straight-quotes"))
        return;
    for (qsizetype i = 0; i < prose.size(); ++i) {
        const QChar c = prose.at(i);
        if (c != u'"' && c != u'\'')
            continue;
        const QChar previous = i > 0 ? prose.at(i - 1) : QChar(u' ');
        const bool opening = previous.isSpace() || QStringView(u"([{—–-").contains(previous);
        QChar wanted;
        if (c == u'"')
            wanted = opening ? u'“' : u'”';
        else
            wanted = opening ? u'‘' : u'’'; // after a letter: an apostrophe (’)
        out << finding(QStringLiteral("en-straight-quotes"), prose, i, 1, QString(wanted),
            QStringLiteral("The house sets curly quotes: “%1”").arg(wanted));
    }
}

void StyleChecker::keepExceptions(QStringView prose, QList<StyleFinding> &out) const
{
    QList<std::pair<qsizetype, qsizetype>> kept;
    for (const StyleEntry &entry : m_context.styleList) {
        if (!entry.exception || !entry.appliesTo(m_context.language) || entry.text.isEmpty())
            continue;
        for (qsizetype i = prose.indexOf(entry.text); i >= 0; i = prose.indexOf(entry.text, i + 1))
            kept.append({i, i + entry.text.size()});
    }
    if (kept.isEmpty())
        return;
    out.removeIf([&](const StyleFinding &f) {
        if (f.rule == u"style-list" || f.rule == u"relative-date")
            return false;
        for (const auto &[from, to] : kept) {
            if (f.offset < to && f.end() > from)
                return true;
        }
        return false;
    });
}

QList<StyleFinding> StyleChecker::checkLine(QStringView line, MarkdownLineState &state)
{
    const QString prose = proseText(line, state, kFiller);
    QList<StyleFinding> found;
    if (prose.isEmpty())
        return found;
    chinesePunctuation(prose, found);
    chineseQuotes(prose, found);
    spacing(prose, found);
    fullwidthAlphanumerics(prose, found);
    scriptConsistency(prose, found);
    keepExceptions(prose, found);
    styleList(prose, found);
    relativeDates(line, prose, found);
    englishQuotes(prose, found);
    std::stable_sort(found.begin(), found.end(),
        [](const StyleFinding &a, const StyleFinding &b) { return a.offset < b.offset; });
    for (StyleFinding &f : found)
        f.text = line.mid(f.offset, f.length).toString();
    return found;
}

QList<StyleFinding> StyleChecker::check(QStringView text, bool frontMatter)
{
    QList<StyleFinding> found;
    MarkdownLineState state;
    state.atStart = frontMatter;
    forEachLine(text, [&](QStringView line, qsizetype start, int number) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        for (StyleFinding f : checkLine(line, state)) {
            f.line = number;
            f.offset += start;
            found << f;
        }
    });
    return found;
}

std::optional<StyleFinding> StyleChecker::checkDateline(const Dateline &dateline) const
{
    if (!m_english || !isEnabled(u"ap-dateline") || dateline.place.trimmed().isEmpty())
        return std::nullopt;
    const QString entered = dateline.place.trimmed();
    const QString ap = ApStyle::datelineEntry(entered);
    if (ap == entered)
        return std::nullopt;
    StyleFinding f = finding(QStringLiteral("ap-dateline"), entered, 0, entered.size(), ap,
        QStringLiteral("AP writes this dateline “%1”").arg(ApStyle::datelinePlace(entered)));
    return f;
}
