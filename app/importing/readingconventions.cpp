// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a newsroom's conventions out of imported copy: news headers, bylines, datelines, end
// marks and credits, Chinese and English. One file because the parsers share the patterns at its
// top (what a Chinese or English name, a place and a reporter's role look like).
#include "readingconventions.h"

#include "copycleanup.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ReadingConventions {

namespace {

// Horizontal white space in Chinese copy includes the ideographic space.
#define SPC " \\t\\x{3000}"
#define SP "[" SPC "]"

const QString kRoleWords = QStringLiteral(
    "记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|报道员|報道員|编译|編譯|特派员|特派員");

bool isChineseName(QStringView token)
{
    static const QRegularExpression name(
        QStringLiteral("^(?:\\p{Han}{2,4}|\\p{Han}+(?:[·•]\\p{Han}+)+)$"));
    return name.match(token).hasMatch();
}

bool isEnglishName(QStringView part)
{
    static const QRegularExpression name(
        QStringLiteral("^\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:(?:de|da|van|von|der|la|le|bin|al)\\s+)?"
                       "\\p{Lu}[\\p{L}.'’\\-]*){0,3}$"));
    return part.size() <= 40 && name.match(part).hasMatch();
}

// "Seoul", "New York", "Rio de Janeiro", "Washington, D.C." without its comma.
bool isPlaceName(QStringView part)
{
    static const QRegularExpression place(
        QStringLiteral("^\\p{Lu}[\\p{L}.'’\\-]*(?: (?:(?:de|da|do|dos|del|el|al|la|upon|on) )?"
                       "\\p{Lu}[\\p{L}.'’\\-]*){0,4}$"));
    return part.size() <= 40 && place.match(part).hasMatch();
}

bool isEnglishRole(QStringView part)
{
    static const QRegularExpression role(QStringLiteral(
        "\\b(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Staff|Photographer|"
        "Critic|Analyst)s?\\b"));
    return part.size() <= 40 && role.match(part).hasMatch();
}

QString stripped(QStringView text)
{
    return text.trimmed().toString();
}

// The bylines read so far, found by name: a file of 100,000 reporter lines compared each with
// every byline before it and took 104 s (a 16 MB one would take hours), only to be refused for
// having more than 200.
class BylineAdder
{
public:
    explicit BylineAdder(Article &article) : m_article(article)
    {
        for (qsizetype i = 0; i < article.bylines.size(); ++i)
            m_byName.insert(article.bylines.at(i).name, i);
    }

    // Adds the ones not there yet; a known name gets the role and affiliation it lacked.
    void add(const QList<Byline> &bylines)
    {
        for (const Byline &byline : bylines) {
            bool known = false;
            for (auto it = m_byName.constFind(byline.name);
                 it != m_byName.constEnd() && it.key() == byline.name; ++it) {
                known = true;
                Byline &existing = m_article.bylines[*it];
                if (existing.role.isEmpty())
                    existing.role = byline.role;
                if (existing.affiliation.isEmpty())
                    existing.affiliation = byline.affiliation;
            }
            if (!known) {
                m_byName.insert(byline.name, m_article.bylines.size());
                m_article.bylines.append(byline);
            }
        }
    }

private:
    Article &m_article;
    QMultiHash<QString, qsizetype> m_byName;
};

QString describe(const QList<Byline> &bylines)
{
    QStringList parts;
    for (const Byline &b : bylines) {
        QString text = b.name;
        if (!b.role.isEmpty())
            text = b.role + u' ' + text;
        if (!b.affiliation.isEmpty())
            text += QStringLiteral(" (%1)").arg(b.affiliation);
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

QString describe(const Dateline &d)
{
    QStringList parts;
    if (!d.place.isEmpty())
        parts << QStringLiteral("place \"%1\"").arg(d.place);
    if (!d.date.isEmpty())
        parts << QStringLiteral("date \"%1\"").arg(d.date);
    if (!d.source.isEmpty())
        parts << QStringLiteral("source \"%1\"").arg(d.source);
    return parts.join(QStringLiteral(", "));
}

void mergeDateline(Dateline &into, const Dateline &from)
{
    if (into.place.isEmpty())
        into.place = from.place;
    if (into.date.isEmpty())
        into.date = from.date;
    if (into.source.isEmpty())
        into.source = from.source;
}

QString shortened(const QString &text)
{
    return text.size() > 40 ? text.left(37) + QStringLiteral("…") : text;
}

bool isListItem(QStringView line)
{
    static const QRegularExpression item(QStringLiteral("^(?:[-*+•·]|\\d{1,2}[.、)])" SP "+\\S"));
    return item.match(line).hasMatch();
}

bool endsLikeSentence(QStringView line)
{
    static const QString enders = QStringLiteral(".!?。！？…\"”」");
    return !line.isEmpty() && enders.contains(line.back());
}

// Whether the open and close brackets around a credit belong together: "【…】", "（…）".
bool bracketsPair(QStringView open, QStringView close)
{
    static const QString opens = QStringLiteral("【〔［[（(");
    static const QString closes = QStringLiteral("】〕］]）)");
    if (open.isEmpty() || close.isEmpty())
        return open.isEmpty() && close.isEmpty();
    const qsizetype at = opens.indexOf(open.front());
    // Full-width and ASCII parentheses pair with each other: copy mixes them.
    return at >= 0
        && (closes.at(at) == close.front()
            || (at >= 4 && (close.front() == u'）' || close.front() == u')')));
}

// Names a news agency's dispatch runs into its place with nothing between:
// "中央社記者王小明華盛頓1日專電". Places of three characters and more, where a name of
// two or three characters before them would otherwise take one of theirs.
QString placeAtEnd(QStringView nameAndPlace)
{
    static const QStringList places = {
        QStringLiteral("華盛頓"),
        QStringLiteral("华盛顿"),
        QStringLiteral("舊金山"),
        QStringLiteral("旧金山"),
        QStringLiteral("洛杉磯"),
        QStringLiteral("洛杉矶"),
        QStringLiteral("芝加哥"),
        QStringLiteral("休士頓"),
        QStringLiteral("休斯敦"),
        QStringLiteral("西雅圖"),
        QStringLiteral("西雅图"),
        QStringLiteral("新加坡"),
        QStringLiteral("吉隆坡"),
        QStringLiteral("雅加達"),
        QStringLiteral("雅加达"),
        QStringLiteral("馬尼拉"),
        QStringLiteral("马尼拉"),
        QStringLiteral("布魯塞爾"),
        QStringLiteral("布鲁塞尔"),
        QStringLiteral("法蘭克福"),
        QStringLiteral("法兰克福"),
        QStringLiteral("日內瓦"),
        QStringLiteral("日内瓦"),
        QStringLiteral("莫斯科"),
        QStringLiteral("多倫多"),
        QStringLiteral("多伦多"),
        QStringLiteral("溫哥華"),
        QStringLiteral("温哥华"),
        QStringLiteral("耶路撒冷"),
        QStringLiteral("伊斯坦堡"),
        QStringLiteral("墨爾本"),
        QStringLiteral("墨尔本"),
        QStringLiteral("胡志明市"),
        QStringLiteral("斯德哥爾摩"),
        QStringLiteral("阿姆斯特丹"),
    };
    for (const QString &place : places) {
        if (nameAndPlace.endsWith(place) && isChineseName(nameAndPlace.chopped(place.size())))
            return place;
    }
    // Otherwise the place has two characters, as 台北, 高雄, 東京 and most datelines do.
    if (nameAndPlace.size() >= 4 && isChineseName(nameAndPlace.chopped(2)))
        return nameAndPlace.right(2).toString();
    return {};
}

} // namespace

std::optional<QList<Byline>> parseChineseCredits(QStringView text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\x{3000}、，,;；/：:|]+"));
    static const QRegularExpression role(
        QStringLiteral("^(\\p{Han}{0,4}?(?:%1))(.*)$").arg(kRoleWords));
    const QStringList tokens = text.toString().split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return std::nullopt;
    QList<Byline> bylines;
    QString currentRole;
    for (const QString &token : tokens) {
        const auto match = role.match(token);
        QString name = token;
        if (match.hasMatch()) {
            currentRole = match.captured(1);
            name = match.captured(2);
            if (name.isEmpty())
                continue;
        }
        if (currentRole.isEmpty() || !isChineseName(name))
            return std::nullopt;
        bylines.append({name, currentRole, {}});
    }
    if (bylines.isEmpty())
        return std::nullopt;
    return bylines;
}

std::optional<NewsHeader> parseChineseNewsHeader(QStringView lede)
{
    // An agency's dispatch with its reporter inside, as Taiwan's 中央社 writes it: source,
    // reporters, place and date run together, "（中央社記者王小明台北1日電）".
    static const QRegularExpression reporterDispatch(
        QStringLiteral("^" SP "*(?:(?<open>[（(])" SP "*)?(?<source>\\p{Han}{1,6}?社)"
                       "(?<role>\\p{Han}{0,3}?(?:記者|记者))(?<run>[\\p{Han}·•、]{4,60}?)"
                       "(?<date>(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)(?:專電|专电|電|电)"
                       "(?(<open>)" SP "*[）)])[" SPC "：:，,]*"));
    // Agency style: source, place, date, 电: "新华社北京11月24日电", "本报南京11月3日讯",
    // "（中央社台北1日電）".
    static const QRegularExpression agency(QStringLiteral(
        "^" SP "*(?:(?<open>[（(])" SP "*)?(?<source>\\p{Han}{1,8}?(?:社|网|網|报|報|台))"
        "(?<place>\\p{Han}{0,8}?)(?<date>(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)"
        "(?:專電|专电|电|電|讯|訊)(?:" SP "*[（(](?<credits>[^）)\\n]{1,60})[）)])?"
        "(?(<open>)" SP "*[）)])[" SPC "：:，,]*"));
    // A dispatch passed on: "据新华社电", "据新华社北京11月24日电（记者 X）". Without a date the
    // 电 must end the header ("据报社来电称" is a sentence).
    static const QRegularExpression passedOn(QStringLiteral(
        "^" SP "*(?:据|據)(?<source>\\p{Han}{1,8}?(?:社|网|網|报|報|台))"
        "(?<place>\\p{Han}{0,8}?)(?<date>(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?"
        "(?:专电|專電|电|電|讯|訊)(?:" SP "*[（(](?<credits>[^）)\\n]{1,60})[）)]|(?=[" SPC
        "：:，,\\n]|$))[" SPC "：:，,]*"));
    // Paper style: "淮安日报讯：", "本报讯（记者 A）", "淮陰晚報訊 ".
    static const QRegularExpression paper(
        QStringLiteral("^" SP "*(?<source>\\p{Han}{1,10}?)(?:讯|訊)"
                       "(?:(?:" SP "*[（(](?<credits>[^）)\\n]{1,60})[）)])[" SPC "：:，,]*|" SP
                       "*[：:]" SP "*|" SP "+)"));
    NewsHeader header;
    QRegularExpressionMatch match = reporterDispatch.match(lede);
    if (match.hasMatch()) {
        // Reporters are separated by 、; the last runs into the place.
        QStringList names = match.captured(u"run").split(u'、');
        const QString place = placeAtEnd(names.last());
        names.last().chop(place.size());
        for (const QString &name : std::as_const(names)) {
            if (place.isEmpty() || !isChineseName(name))
                return std::nullopt;
            header.bylines.append({name, match.captured(u"role"), {}});
        }
        header.dateline = {place, match.captured(u"date"), match.captured(u"source")};
        header.length = match.capturedEnd();
        return header;
    }
    match = passedOn.match(lede);
    if (!match.hasMatch())
        match = agency.match(lede);
    if (match.hasMatch()) {
        header.dateline = {
            match.captured(u"place"), match.captured(u"date"), match.captured(u"source")};
    } else if (auto byline = parseDatelinedByline(lede)) {
        return byline;
    } else {
        match = paper.match(lede);
        if (!match.hasMatch())
            return std::nullopt;
        header.dateline.source = match.captured(u"source");
    }
    const QString credits = match.captured(u"credits");
    if (!credits.isEmpty()) {
        const auto bylines = parseChineseCredits(credits);
        if (!bylines)
            return std::nullopt; // parentheses that are not credits: not a header after all
        header.bylines = *bylines;
    }
    header.length = match.capturedEnd();
    return header;
}

std::optional<QList<Byline>> parseReporterLine(QStringView line)
{
    static const QRegularExpression shape(
        QStringLiteral("^" SP "*[■□▲◆●★]?" SP "*[（(【\\[]?" SP
                       "*(?<credits>[^（()）【】\\[\\]]{2,60}?)" SP "*[）)】\\]]?" SP "*$"));
    if (const auto byline = parseDatelinedByline(line);
        byline && line.sliced(byline->length).trimmed().isEmpty())
        return byline->bylines;
    const auto match = shape.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return parseChineseCredits(match.capturedView(u"credits"));
}

std::optional<NewsHeader> parseDatelinedByline(QStringView text)
{
    // 綜合 (put together) and 外電 (from the wires) say how, not where; 即時 (as it happens)
    // comes after the place.
    static const QRegularExpression shape(QStringLiteral(
        "^" SP "*(?:(?<open>[【〔［\\[（(])" SP "*)?"
        "(?<role>\\p{Han}{0,4}?(?:記者|记者|特派員|特派员|編譯|编译|通訊員|通讯员))" SP "*"
        "(?<names>[\\p{Han}·•]{2,12}(?:" SP "*[、，,]" SP "*[\\p{Han}·•]{2,12}){0,9})" SP
        "*[／/]" SP "*(?<place>\\p{Han}{0,10}?)(?:綜合外電|综合外电|外電|外电|綜合|综合|即時|即时)?"
        "(?:報導|报导|報道|报道)(?<close>" SP "*[】〕］\\]）)])?"));
    static const QRegularExpression separators(QStringLiteral("[" SPC "、，,]+"));
    const auto match = shape.match(text);
    if (!match.hasMatch()
        || !bracketsPair(match.capturedView(u"open"), match.capturedView(u"close").trimmed()))
        return std::nullopt;
    NewsHeader header;
    const QString role = match.captured(u"role");
    for (const QString &name : match.captured(u"names").split(separators, Qt::SkipEmptyParts)) {
        if (!isChineseName(name))
            return std::nullopt;
        header.bylines.append({name, role, {}});
    }
    header.dateline.place = match.captured(u"place");
    header.length = match.capturedEnd();
    // Without brackets the byline ends at a space or the end of the line, not inside a word.
    if (!match.hasCaptured(u"open") && header.length < text.size()
        && !QStringView(u" \t\x3000\n").contains(text.at(header.length)))
        return std::nullopt;
    while (header.length < text.size()
        && QStringView(u" \t\x3000：:，,").contains(text.at(header.length)))
        ++header.length;
    return header;
}

std::optional<ClosingCredit> parseClosingCredit(QStringView paragraph)
{
    static const QRegularExpression shape(
        QStringLiteral("[（(]" SP "*(?<inner>[^（()）\\n]{2,60}?)" SP "*[）)]" SP "*$"));
    static const QRegularExpression passedOn(QStringLiteral(
        "^(?:据|據)(?:《(?<paper>[^》]{1,20})》|(?<source>\\p{Han}{1,8}?(?:社|网|網|报|"
        "報|台)))(?:专电|專電|电|電|讯|訊|报道|報導|報道)?$"));
    // Only the end is looked at: the credits are short, the paragraph may not be.
    const qsizetype from = std::max<qsizetype>(0, paragraph.size() - 80);
    const auto match = shape.match(paragraph.sliced(from));
    if (!match.hasMatch())
        return std::nullopt;
    ClosingCredit credit;
    credit.position = from + match.capturedStart();
    // After the last sentence, not inside one: "……的项目（一期）" is the story's.
    const QStringView story = paragraph.first(credit.position).trimmed();
    if (!story.isEmpty() && !endsLikeSentence(story) && !story.endsWith(u'』'))
        return std::nullopt;
    if (story.isEmpty())
        credit.position = 0;
    const QStringView inner = match.capturedView(u"inner");
    if (const auto source = passedOn.match(inner); source.hasMatch()) {
        credit.dateline.source =
            source.hasCaptured(u"paper") ? source.captured(u"paper") : source.captured(u"source");
    } else if (const auto bylines = parseChineseCredits(inner)) {
        credit.bylines = *bylines;
    } else {
        return std::nullopt;
    }
    return credit;
}

std::optional<EndMark> parseEndMark(QStringView paragraph)
{
    struct Mark
    {
        QStringView text;
        bool standsApart; // needs a space before it when it closes a paragraph
    };
    static const Mark marks[] = {
        {u"（完）", false},
        {u"(完)", false},
        {u"(END)", true},
        {u"-30-", true},
        {u"- 30 -", true},
        {u"–30–", true},
        {u"—30—", true},
        {u"###", true},
        {u"# # #", true},
    };
    const QStringView text = paragraph.trimmed();
    for (const Mark &mark : marks) {
        if (!text.endsWith(mark.text))
            continue;
        const QStringView before = text.chopped(mark.text.size());
        const QStringView story = before.trimmed();
        if (story.isEmpty())
            return EndMark {mark.text.toString(), 0};
        // "…said. -30-" closes a story; "### Heading ###" and "A ###" do not.
        const bool closed =
            endsLikeSentence(story) || story.endsWith(u')') || story.endsWith(u'）');
        if (story.startsWith(u'#') || !closed
            || (mark.standsApart && before.size() == story.size()))
            return std::nullopt;
        return EndMark {mark.text.toString(), (text.data() - paragraph.data()) + story.size()};
    }
    return std::nullopt;
}

std::optional<QString> parseEditorLine(QStringView line)
{
    static const QRegularExpression shape(QStringLiteral(
        "^" SP "*[（(【\\[]?" SP "*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)" SP "*[：:]" SP
        "*(?<names>[^（()）【】\\[\\]]{2,30}?)" SP "*[）)】\\]]?" SP "*(?:[0-9]{7})?" SP "*$"));
    // 中央社 closes with the date in the ROC calendar after the editor: "（編輯：NAME）1131201".
    static const QRegularExpression separators(QStringLiteral("[\\s\\x{3000}、，,]+"));
    const auto match = shape.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    const QStringList names = match.captured(u"names").split(separators, Qt::SkipEmptyParts);
    for (const QString &name : names) {
        if (!isChineseName(name) && !isEnglishName(name))
            return std::nullopt;
    }
    if (names.isEmpty())
        return std::nullopt;
    return names.join(u'、');
}

std::optional<QList<Byline>> parseEnglishByline(QStringView line)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\s*(?:By|BY)\\s+(?<names>.{2,120}?)\\s*$"));
    static const QRegularExpression separators(
        QStringLiteral("\\s*,\\s*|\\s+(?:and|AND)\\s+|\\s*&\\s*"));
    const auto match = shape.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    QList<Byline> bylines;
    QString role;
    QString affiliation;
    const QStringList parts = match.captured(u"names").split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (isAffiliationLine(part)) {
            affiliation = part;
        } else if (isEnglishRole(part)) {
            role = part;
        } else if (isEnglishName(part) && affiliation.isEmpty() && role.isEmpty()) {
            bylines.append({CopyCleanup::titleCaseName(part), {}, {}});
        } else {
            return std::nullopt;
        }
    }
    if (bylines.isEmpty())
        return std::nullopt;
    for (Byline &byline : bylines) {
        byline.role = role;
        byline.affiliation = affiliation;
    }
    return bylines;
}

bool isAffiliationLine(QStringView line)
{
    static const QSet<QString> known = {
        QStringLiteral("ap"),
        QStringLiteral("associated press"),
        QStringLiteral("the associated press"),
        QStringLiteral("reuters"),
        QStringLiteral("thomson reuters"),
        QStringLiteral("afp"),
        QStringLiteral("agence france-presse"),
        QStringLiteral("bloomberg"),
        QStringLiteral("xinhua"),
        QStringLiteral("kyodo"),
        QStringLiteral("cnn"),
        QStringLiteral("bbc"),
        QStringLiteral("bbc news"),
        QStringLiteral("npr"),
        QStringLiteral("dpa"),
        QStringLiteral("efe"),
        QStringLiteral("upi"),
    };
    static const QRegularExpression organisation(QStringLiteral(
        "^(?:The\\s+)?(?:\\p{Lu}[\\p{L}.&'’\\-]*\\s+){0,4}(?:Press|News|Times|Post|Journal|"
        "Herald|Tribune|Agency|Service|Wire|Gazette|Daily|Radio|Television|Magazine|"
        "Chronicle|Bureau|Network|Media|Reuters|Bloomberg|Xinhua|Guardian|Telegraph|"
        "Independent|Economist|Review|Observer|Globe|Mail|Star|Sun|Courier|Examiner|Register)"
        "(?:\\s+\\p{Lu}[\\p{L}.&'’\\-]*){0,2}$"));
    const QString text = stripped(line);
    if (text.size() > 60)
        return false;
    return known.contains(text.toLower()) || organisation.match(text).hasMatch();
}

std::optional<EnglishDateline> parseEnglishDateline(QStringView lede)
{
    static const QString month =
        QStringLiteral("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?");
    // A story from two places names both, in capitals: "BANGKOK/HANOI", "NEW YORK/LONDON".
    static const QRegularExpression shape(
        QStringLiteral("^\\s*(?<place>[A-Z][A-Z.'’\\-]+(?: [A-Z][A-Z.'’\\-]+)*"
                       "(?:/[A-Z][A-Z.'’\\-]+(?: [A-Z][A-Z.'’\\-]+)*)*"
                       "(?:, (?!%1 \\d)[A-Z][A-Za-z.'’\\-]*(?: [A-Z][A-Za-z.'’\\-]*){0,2})?)"
                       "(?:, (?<date>%1 \\d{1,2}(?:, \\d{4})?))?"
                       "(?: \\((?<source>[A-Za-z][A-Za-z0-9 .&'\\-]{0,40})\\))?"
                       "\\s*(?<dash>—|–|--|-)\\s+")
            .arg(month));
    const auto match = shape.match(lede);
    if (!match.hasMatch())
        return std::nullopt;
    const bool strong = match.hasCaptured(u"source") || match.hasCaptured(u"date")
        || match.capturedView(u"dash") == u"—";
    if (!strong || match.capturedEnd() >= lede.size())
        return std::nullopt;
    return EnglishDateline {
        {match.captured(u"place"), match.captured(u"date"), match.captured(u"source")},
        match.capturedEnd()};
}

std::optional<WireSignoff> parseWireSignoff(QStringView line)
{
    // White space is collapsed first: against "\\s*,\\s*" a run of spaces costs its length
    // squared.
    static const QRegularExpression part(
        QStringLiteral("^(?<what>(?:additional reporting|reporting|writing|editing|compiled|"
                       "reported)(?: and (?:reporting|writing|editing))?) by (?<names>.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(QStringLiteral(" ?, ?(?:and )?| and | ?& ?"));
    QString text = stripped(line);
    if (text.startsWith(u'(') && text.endsWith(u')'))
        text = text.mid(1, text.size() - 2).trimmed();
    // A dozen reporters with their places take 400 characters; a paragraph is not a credit line.
    if (text.size() > 1000 || !text.contains(QLatin1StringView(" by "), Qt::CaseInsensitive))
        return std::nullopt;
    WireSignoff signoff;
    QStringList editors;
    for (const QString &piece : text.simplified().split(u';', Qt::SkipEmptyParts)) {
        const auto match = part.match(piece.trimmed());
        if (!match.hasMatch())
            return std::nullopt;
        const QString what = match.captured(u"what").toLower();
        QStringList names;
        bool placeBefore = false;
        for (QString name : match.captured(u"names").split(separators, Qt::SkipEmptyParts)) {
            // "Ann Lee in Seoul": where the reporter was, which must read as a place, or
            // "Reporting by Ann Lee in Seoul found that…" would be a credit line.
            if (const qsizetype in = name.indexOf(QLatin1StringView(" in ")); in > 0) {
                if (!isPlaceName(QStringView(name).sliced(in + 4)))
                    return std::nullopt;
                name.truncate(in);
                placeBefore = true;
            } else if (placeBefore && !name.contains(u' ') && isPlaceName(name)) {
                // "in London and Paris", "in Washington, D.C.": a second place, not a name.
                continue;
            } else {
                placeBefore = false;
            }
            if (!isEnglishName(name))
                return std::nullopt;
            names << name;
        }
        if (what.contains(u"editing"))
            editors << names;
        if (what.contains(u"reporting") || what.contains(u"writing") || what == u"reported") {
            // Reporters are the byline itself; the others say what they did.
            const QString role = what == u"additional reporting"
                ? QStringLiteral("Additional reporting")
                : what.startsWith(u"writing") ? QStringLiteral("Writing")
                                              : QString();
            for (const QString &name : std::as_const(names))
                signoff.bylines.append({name, role, {}});
        }
    }
    signoff.editor = editors.join(QStringLiteral(", "));
    signoff.signoff = text;
    return signoff;
}

std::optional<QList<Byline>> parseContributorLine(QStringView line)
{
    // "Associated Press writers A in X and B contributed to this report.", "AP Business
    // Writer A contributed reporting from Tokyo." — in italics, too.
    static const QRegularExpression shape(QStringLiteral(
        "^[*_]?(?<agency>(?:The )?Associated Press|AP) (?:[A-Za-z]+ ){0,2}?"
        "(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?|[Pp]hotographers?|"
        "[Rr]esearchers?) (?<names>.{2,400}?) contributed(?: reporting| to this (?:report|story))?"
        "(?: from [^.]{1,60})?\\.[*_]?$"));
    static const QRegularExpression separators(QStringLiteral(" ?, ?(?:and )?| and "));
    const QString text = stripped(line);
    if (text.size() > 600 || !text.contains(QLatin1StringView("contributed")))
        return std::nullopt;
    const auto match = shape.match(text.simplified());
    if (!match.hasMatch())
        return std::nullopt;
    QList<Byline> bylines;
    for (QString name : match.captured(u"names").split(separators, Qt::SkipEmptyParts)) {
        if (const qsizetype in = name.indexOf(QLatin1StringView(" in ")); in > 0) {
            if (!isPlaceName(QStringView(name).sliced(in + 4)))
                return std::nullopt;
            name.truncate(in);
        }
        if (!isEnglishName(name))
            return std::nullopt;
        bylines.append({name, QStringLiteral("contributing"), match.captured(u"agency")});
    }
    if (bylines.isEmpty())
        return std::nullopt;
    return bylines;
}

bool isFurnitureLabel(QStringView line)
{
    static const QSet<QString> labels = {
        // English
        QStringLiteral("related coverage"),
        QStringLiteral("related"),
        QStringLiteral("related stories"),
        QStringLiteral("related articles"),
        QStringLiteral("related news"),
        QStringLiteral("related content"),
        QStringLiteral("read more"),
        QStringLiteral("more stories"),
        QStringLiteral("recommended"),
        QStringLiteral("recommended stories"),
        QStringLiteral("recommended for you"),
        QStringLiteral("you may also like"),
        QStringLiteral("most read"),
        QStringLiteral("most popular"),
        QStringLiteral("trending"),
        QStringLiteral("top stories"),
        QStringLiteral("latest news"),
        QStringLiteral("share this article"),
        QStringLiteral("more from this section"),
        // Simplified
        QStringLiteral("相关新闻"),
        QStringLiteral("相关阅读"),
        QStringLiteral("相关报道"),
        QStringLiteral("推荐新闻"),
        QStringLiteral("推荐阅读"),
        QStringLiteral("新闻搜索"),
        QStringLiteral("新闻推荐"),
        QStringLiteral("热点新闻"),
        QStringLiteral("热门新闻"),
        QStringLiteral("延伸阅读"),
        QStringLiteral("更多新闻"),
        QStringLiteral("猜你喜欢"),
        QStringLiteral("精彩推荐"),
        QStringLiteral("最新新闻"),
        QStringLiteral("网友评论"),
        QStringLiteral("分享到"),
        QStringLiteral("返回顶部"),
        QStringLiteral("关闭窗口"),
        QStringLiteral("打印本页"),
        QStringLiteral("上一篇"),
        QStringLiteral("下一篇"),
        // Traditional
        QStringLiteral("相關新聞"),
        QStringLiteral("相關閱讀"),
        QStringLiteral("相關報導"),
        QStringLiteral("相關報道"),
        QStringLiteral("推薦新聞"),
        QStringLiteral("推薦閱讀"),
        QStringLiteral("新聞搜索"),
        QStringLiteral("新聞推薦"),
        QStringLiteral("熱點新聞"),
        QStringLiteral("熱門新聞"),
        QStringLiteral("延伸閱讀"),
        QStringLiteral("更多新聞"),
        QStringLiteral("猜你喜歡"),
        QStringLiteral("精彩推薦"),
        QStringLiteral("最新新聞"),
        QStringLiteral("網友評論"),
        QStringLiteral("返回頂部"),
        QStringLiteral("關閉窗口"),
    };
    QString text = stripped(line);
    // Markdown from HTML or Word may carry the label as a heading or in bold.
    while (text.startsWith(u'#'))
        text.remove(0, 1);
    text.remove(QStringLiteral("**"));
    text = text.trimmed();
    while (text.startsWith(u'【') || text.startsWith(u'['))
        text.remove(0, 1);
    while (
        text.endsWith(u'】') || text.endsWith(u']') || text.endsWith(u':') || text.endsWith(u'：'))
        text.chop(1);
    text = text.trimmed();
    if (text.size() > 30)
        return false;
    return labels.contains(text.toLower());
}

void apply(Article &article, QStringList &blocks, QStringList *warnings, bool plainText)
{
    auto warn = [&](const QString &text) {
        if (warnings)
            warnings->append(text);
    };
    BylineAdder articleBylines(article);

    // "By NAME" and an affiliation line right after the headline.
    if (!blocks.isEmpty()) {
        if (const auto bylines = parseEnglishByline(blocks.first())) {
            QList<Byline> found = *bylines;
            const QString line = blocks.takeFirst();
            if (!blocks.isEmpty() && found.first().affiliation.isEmpty()
                && isAffiliationLine(blocks.first())) {
                const QString affiliation = stripped(blocks.takeFirst());
                for (Byline &b : found)
                    b.affiliation = affiliation;
            }
            articleBylines.add(found);
            warn(QStringLiteral("read the byline \"%1\" as %2")
                     .arg(line.trimmed(), describe(found)));
        }
    }

    // A news header or wire dateline at the start of the lede.
    if (!blocks.isEmpty()) {
        if (const auto header = parseChineseNewsHeader(blocks.first())) {
            const QString removed = blocks.first().left(header->length).trimmed();
            mergeDateline(article.dateline, header->dateline);
            articleBylines.add(header->bylines);
            blocks.first().remove(0, header->length);
            if (blocks.first().trimmed().isEmpty())
                blocks.removeFirst();
            QStringList read;
            if (!header->dateline.isEmpty())
                read << describe(header->dateline);
            if (!header->bylines.isEmpty())
                read << QStringLiteral("bylines %1").arg(describe(header->bylines));
            warn(QStringLiteral("read the news header \"%1\" as %2")
                     .arg(removed, read.join(QStringLiteral(" and "))));
        } else if (const auto dateline = parseEnglishDateline(blocks.first())) {
            const QString removed = blocks.first().left(dateline->length).trimmed();
            mergeDateline(article.dateline, dateline->dateline);
            blocks.first().remove(0, dateline->length);
            warn(QStringLiteral("read the dateline \"%1\" as %2")
                     .arg(removed, describe(dateline->dateline)));
        }
    }

    // Reporter, editor and sign-off lines, wherever they stand (usually at the end), are taken
    // out of the body; a contributor line is read and stays. `storyBefore`: a sign-off follows
    // the story, it does not start it.
    auto takeConventionLine = [&](const QString &block, bool storyBefore) {
        const QString line = block.trimmed();
        if (line.contains(u'\n'))
            return false;
        if (const auto byline = parseDatelinedByline(line);
            byline && byline->length == line.size()) {
            articleBylines.add(byline->bylines);
            mergeDateline(article.dateline, byline->dateline);
            QString text = QStringLiteral("read the reporter line \"%1\" as bylines %2")
                               .arg(line, describe(byline->bylines));
            if (!byline->dateline.isEmpty())
                text += QStringLiteral(" and the dateline %1").arg(describe(byline->dateline));
            warn(text);
        } else if (const auto bylines = parseReporterLine(line)) {
            articleBylines.add(*bylines);
            warn(QStringLiteral("read the reporter line \"%1\" as bylines %2")
                     .arg(line, describe(*bylines)));
        } else if (const auto editor = parseEditorLine(line)) {
            if (article.editor.isEmpty())
                article.editor = *editor;
            warn(QStringLiteral("read \"%1\" as the editor %2").arg(line, *editor));
        } else if (const auto signoff = parseWireSignoff(line); signoff && storyBefore) {
            articleBylines.add(signoff->bylines);
            if (article.editor.isEmpty())
                article.editor = signoff->editor;
            if (article.signoff.isEmpty())
                article.signoff = signoff->signoff;
            warn(QStringLiteral("moved \"%1\" from the body to the sign-off").arg(line));
        } else {
            if (const auto contributors = parseContributorLine(line)) {
                articleBylines.add(*contributors);
                warn(QStringLiteral("read \"%1\" as bylines %2; the line stays in the story")
                         .arg(line, describe(*contributors)));
            }
            return false;
        }
        return true;
    };
    // The other blocks are kept in a list of their own: removing each line where it stood moved
    // all the blocks after it, hours for a file of 800,000 reporter lines.
    QStringList kept;
    kept.reserve(blocks.size());
    for (const QString &block : std::as_const(blocks)) {
        if (!takeConventionLine(block, !kept.isEmpty()))
            kept << block;
    }
    blocks = kept;

    // Page furniture: everything from the first label after the story begins.
    for (qsizetype i = 1; i < blocks.size(); ++i) {
        if (isFurnitureLabel(blocks.at(i))) {
            const qsizetype dropped = blocks.size() - i;
            warn(QStringLiteral("removed page furniture after the story: \"%1\" and %2 more "
                                "blocks after it")
                     .arg(blocks.at(i).trimmed())
                     .arg(dropped - 1));
            blocks.resize(i);
            break;
        }
    }

    // A trailing list of other headlines, without a label.
    if (plainText) {
        qsizetype first = blocks.size();
        while (first > 1) {
            const QStringList lines = blocks.at(first - 1).split(u'\n');
            bool allItems = true;
            for (const QString &l : lines) {
                const QString t = l.trimmed();
                allItems = allItems && isListItem(t) && t.size() <= 60 && !endsLikeSentence(t);
            }
            if (!allItems)
                break;
            --first;
        }
        const qsizetype items = blocks.size() - first;
        if (items >= 2 || (items == 1 && blocks.last().count(u'\n') >= 1)) {
            warn(QStringLiteral("removed a list of other headlines after the story, starting "
                                "\"%1\"")
                     .arg(shortened(blocks.at(first).trimmed())));
            blocks.resize(first);
        }
    }

    // What closes the story: the wire's end mark (and a sign-off or reporter line it followed on
    // the same line), then credits after the last sentence.
    if (!blocks.isEmpty()) {
        if (const auto mark = parseEndMark(blocks.last())) {
            warn(QStringLiteral("removed the end mark \"%1\" after the story").arg(mark->mark));
            if (mark->position == 0) {
                blocks.removeLast();
            } else {
                blocks.last().truncate(mark->position);
                if (takeConventionLine(blocks.last(), blocks.size() > 1))
                    blocks.removeLast();
            }
        }
    }
    if (!blocks.isEmpty()) {
        if (const auto credit = parseClosingCredit(blocks.last())) {
            const QString removed = blocks.last().sliced(credit->position).trimmed();
            articleBylines.add(credit->bylines);
            mergeDateline(article.dateline, credit->dateline);
            if (credit->position == 0)
                blocks.removeLast();
            else
                blocks.last() = blocks.last().first(credit->position).trimmed();
            warn(QStringLiteral("read \"%1\" after the last sentence as %2")
                     .arg(removed,
                         credit->bylines.isEmpty()
                             ? describe(credit->dateline)
                             : QStringLiteral("bylines %1").arg(describe(credit->bylines))));
        }
    }
}

#undef SP
#undef SPC

} // namespace ReadingConventions
