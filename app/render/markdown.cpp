// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown as each reader of a body needs it: HTML for the page (md4c-html, raw HTML off, link
// targets made safe), plain text for counts, ledes and feeds, and blocks with bold and italic
// runs for the print desk (textBlocks). One file because the three walk the same md4c parse
// with the same rules (which links are safe, which soft breaks vanish between Chinese
// characters); split, each would state them again.
#include "render/markdown.h"

#include "render/htmlescape.h"

#include <md4c-html.h>
#include <md4c.h>

#include <cctype>
#include <utility>

namespace {

constexpr unsigned kParserFlags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH
    | MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS
    | MD_FLAG_PERMISSIVEWWWAUTOLINKS;

// md4c-html writes every link as `<a href="…"…>` and every image as `<img src="…"`, and with
// MD_FLAG_NOHTML a '<' from the source is always written as "&lt;", so these byte sequences
// in its output are exactly md4c's own link and image tags. Their targets are checked here,
// after md4c resolved entities and escapes, i.e. on what the browser will get. A link whose
// target is refused becomes its plain text: an <a> without href looks like a link (the site's
// style colours it) and leads nowhere. An image keeps its alt text (see resolveImages).
void dropUnsafeTargets(QByteArray &html)
{
    static const QByteArray kLink = QByteArrayLiteral("<a href=\"");
    static const QByteArray kImage = QByteArrayLiteral("<img src=\"");
    for (const QByteArray &marker : {kLink, kImage}) {
        qsizetype from = 0;
        while ((from = html.indexOf(marker, from)) >= 0) {
            const qsizetype valueStart = from + marker.size();
            const qsizetype valueEnd = html.indexOf('"', valueStart);
            if (valueEnd < 0)
                break;
            const QString url =
                QString::fromUtf8(html.constData() + valueStart, valueEnd - valueStart);
            if (Html::isSafeUrl(url)) {
                from = valueEnd;
            } else if (marker == kLink) {
                // Links do not nest in Markdown: the next </a> closes this one. Attribute
                // values are escaped, so the first '>' ends the tag.
                const qsizetype tagEnd = html.indexOf('>', valueEnd);
                const qsizetype close = html.indexOf("</a>", tagEnd);
                if (tagEnd < 0 || close < 0)
                    break;
                html.remove(close, 4);
                html.remove(from, tagEnd + 1 - from);
            } else {
                // "<img src="x"" → "<img": the alt text stays.
                const qsizetype attributeStart = html.indexOf(' ', from);
                html.remove(attributeStart, valueEnd + 1 - attributeStart);
                from = attributeStart;
            }
        }
    }
}

// The story's headings sit under the page's <h1>, the headline: the first becomes <h2>, and
// none goes more than one level below the one before it, so that "### 现场" (a reporter's
// habit) or "## A" then "#### B" skips no level (the validator's error, and a screen reader's
// outline with holes). Going back up keeps its distance, at <h2> at most. md4c writes headings
// as "<hN>" … "</hN>" without attributes, and a source '<' as "&lt;", so these bytes are its own.
void headingsUnderTheHeadline(QByteArray &html)
{
    int previousIn = 0;
    int previousOut = 1;
    qsizetype from = 0;
    while ((from = html.indexOf("<h", from)) >= 0) {
        if (from + 3 >= html.size() || html.at(from + 2) < '1' || html.at(from + 2) > '6'
            || html.at(from + 3) != '>') {
            from += 2;
            continue;
        }
        const int in = html.at(from + 2) - '0';
        int out = 2;
        if (previousIn > 0) {
            if (in > previousIn)
                out = qMin(previousOut + 1, 6);
            else
                out = qMax(2, previousOut - (previousIn - in));
        }
        previousIn = in;
        previousOut = out;
        const QByteArray close = "</h" + QByteArray::number(in) + '>';
        const qsizetype end = html.indexOf(close, from);
        html[from + 2] = char('0' + out);
        if (end >= 0)
            html[end + 3] = char('0' + out);
        from += 4;
    }
}

// md4c writes a table column's alignment as the obsolete align="left|center|right" on every
// cell, which validators warn about and the site's style sheet overrode (numbers came out
// left-aligned): a class instead, which site.css aligns.
void alignmentAsClasses(QByteArray &html)
{
    for (const char *cell : {"<th align=\"", "<td align=\""}) {
        const QByteArrayView marker(cell);
        qsizetype from = 0;
        while ((from = html.indexOf(marker, from)) >= 0) {
            html.replace(from + 4, 7, "class=\"align-");
            from += 4;
        }
    }
}

// md4c writes an image as `<img src="URL" alt="ALT">` (with ` title="…"` when given); the
// alt text is escaped, so the first '>' ends the tag.
void resolveImages(QByteArray &html, const BodyImages &images)
{
    static const QByteArray kImage = QByteArrayLiteral("<img src=\"");
    static const QByteArray kAlt = QByteArrayLiteral(" alt=\"");
    qsizetype from = 0;
    while ((from = html.indexOf(kImage, from)) >= 0) {
        const qsizetype end = html.indexOf('>', from);
        if (end < 0)
            break;
        const QByteArray tag = html.mid(from, end + 1 - from);
        const qsizetype srcEnd = tag.indexOf('"', kImage.size());
        const QByteArray src = tag.mid(kImage.size(), srcEnd - kImage.size());
        QByteArray alt;
        if (const qsizetype at = tag.indexOf(kAlt); at >= 0)
            alt = tag.mid(at + kAlt.size(), tag.indexOf('"', at + kAlt.size()) - at - kAlt.size());
        const bool alone =
            html.sliced(0, from).endsWith("<p>") && html.sliced(end + 1).startsWith("</p>");
        QByteArray markup;
        if (src.startsWith("media:") && images.photo)
            markup = images.photo(QString::fromUtf8(src.mid(6)), alt, alone);
        if (markup.isEmpty()) {
            if (images.warnings)
                images.warnings->append(src.startsWith("media:")
                        ? QStringLiteral(
                            "the body shows photo \"%1\", which the article does not have")
                              .arg(QString::fromUtf8(src.mid(6)))
                        : QStringLiteral("the body shows \"%1\", which is not a photo of the "
                                         "article (attach the file with copydesk attach and "
                                         "write ![…](media:ID)): left out")
                              .arg(QString::fromUtf8(src)));
            markup = alt;
        }
        if (alone && markup.startsWith("<figure")) {
            // The figure takes the paragraph's place: a <figure> cannot be inside a <p>.
            html.replace(from - 3, end + 1 + 4 - (from - 3), markup);
            from = from - 3 + markup.size();
        } else {
            html.replace(from, end + 1 - from, markup);
            from += markup.size();
        }
    }
}

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, size);
}

const QByteArrayView kIdeographicSpace = "\xE3\x80\x80"; // U+3000 in UTF-8

// The length of the run of spaces, tabs and U+3000 that `line` starts with; `indents` is set
// when a tab or a U+3000 is among them.
qsizetype leadingWhitespace(QByteArrayView line, bool &indents)
{
    qsizetype i = 0;
    indents = false;
    while (i < line.size()) {
        if (line[i] == ' ') {
            ++i;
        } else if (line[i] == '\t') {
            indents = true;
            ++i;
        } else if (line.sliced(i).startsWith(kIdeographicSpace)) {
            indents = true;
            i += kIdeographicSpace.size();
        } else {
            break;
        }
    }
    return i;
}

// "```" or "~~~" (three or more) after at most three spaces: the fence character and length.
std::pair<char, qsizetype> fenceOf(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < 3 && i < line.size() && line[i] == ' ')
        ++i;
    if (i >= line.size() || (line[i] != '`' && line[i] != '~'))
        return {0, 0};
    const char c = line[i];
    qsizetype n = 0;
    while (i + n < line.size() && line[i + n] == c)
        ++n;
    return n >= 3 ? std::pair {c, n} : std::pair {char(0), qsizetype(0)};
}

bool isListItem(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < 3 && i < line.size() && line[i] == ' ')
        ++i;
    auto markerEnds = [&line](qsizetype at) {
        return at >= line.size() || line[at] == ' ' || line[at] == '\t';
    };
    if (i < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+'))
        return markerEnds(i + 1);
    qsizetype digits = 0;
    while (i + digits < line.size() && digits < 10 && std::isdigit(uchar(line[i + digits])))
        ++digits;
    return digits > 0 && digits < 10 && i + digits < line.size()
        && (line[i + digits] == '.' || line[i + digits] == ')') && markerEnds(i + digits + 1);
}

// Chinese reporters indent the first line of a paragraph by habit (首行缩进), with a tab or
// two full-width spaces. CommonMark reads four columns of indentation as a code block: the
// reader got an empty grey box. The house style indents paragraphs itself (site.css: 2em for
// Chinese, none for wire copy), so such indentation is dropped before parsing: a line's
// leading run of spaces, tabs and U+3000 goes when it holds a tab or a U+3000. Fenced code is
// left as written, and so are the lines of a list, where indentation says which item a line
// belongs to. Only leading characters go, so every line keeps its number.
QByteArray withoutParagraphIndents(const QByteArray &markdown)
{
    QByteArray out;
    out.reserve(markdown.size());
    char fence = 0;
    qsizetype fenceLength = 0;
    bool inList = false;
    qsizetype from = 0;
    while (from <= markdown.size()) {
        qsizetype end = markdown.indexOf('\n', from);
        if (end < 0)
            end = markdown.size();
        QByteArrayView line = QByteArrayView(markdown).sliced(from, end - from);
        if (fence) {
            const auto [c, n] = fenceOf(line);
            if (c == fence && n >= fenceLength)
                fence = 0;
        } else if (const auto [c, n] = fenceOf(line); c) {
            fence = c;
            fenceLength = n;
        } else {
            bool indents = false;
            const qsizetype lead = leadingWhitespace(line, indents);
            const bool blank =
                lead == line.size() || (lead == line.size() - 1 && line.endsWith('\r'));
            if (isListItem(line))
                inList = true;
            else if (!blank && lead == 0)
                inList = false;
            if (indents && (!inList || blank))
                line = line.sliced(lead);
        }
        out += line;
        if (end < markdown.size())
            out += '\n';
        from = end + 1;
    }
    return out;
}

} // namespace

QByteArray markdownToHtmlUtf8(const QByteArray &markdownUtf8)
{
    const QByteArray markdown = withoutParagraphIndents(markdownUtf8);
    QByteArray html;
    html.reserve(markdown.size() + markdown.size() / 4 + 64);
    md_html(markdown.constData(), MD_SIZE(markdown.size()), appendOutput, &html, kParserFlags,
        MD_HTML_FLAG_SKIP_UTF8_BOM);
    dropUnsafeTargets(html);
    alignmentAsClasses(html);
    headingsUnderTheHeadline(html);
    return html;
}

QString markdownToHtml(const QString &markdown)
{
    return QString::fromUtf8(markdownToHtmlUtf8(markdown.toUtf8()));
}

QString markdownToHtml(const QString &markdown, const BodyImages &images)
{
    const QByteArray source = withoutParagraphIndents(markdown.toUtf8());
    QByteArray html;
    html.reserve(source.size() + source.size() / 4 + 64);
    md_html(source.constData(), MD_SIZE(source.size()), appendOutput, &html, kParserFlags,
        MD_HTML_FLAG_SKIP_UTF8_BOM);
    resolveImages(html, images); // before the unsafe targets go: media: is not a web address
    dropUnsafeTargets(html);
    alignmentAsClasses(html);
    headingsUnderTheHeadline(html);
    return QString::fromUtf8(html);
}

namespace {

struct FirstParagraph
{
    int depth = 0;
    bool inParagraph = false;
    bool done = false;
    QByteArray text;
};

int enterBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *state = static_cast<FirstParagraph *>(userdata);
    ++state->depth;
    if (type == MD_BLOCK_P && !state->done && state->depth == 2)
        state->inParagraph = true;
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *state = static_cast<FirstParagraph *>(userdata);
    --state->depth;
    if (type == MD_BLOCK_P && state->inParagraph) {
        state->inParagraph = false;
        state->done = true;
        return 1; // stop parsing: nothing else is needed
    }
    return 0;
}

int noSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

// Text as a reader sees it: line breaks as spaces, entities decoded.
void appendPlainText(QByteArray &out, MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
{
    switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        out += ' ';
        break;
    case MD_TEXT_NULLCHAR:
        break;
    case MD_TEXT_ENTITY:
        out += Html::decodeEntities(QString::fromUtf8(text, size)).toUtf8();
        break;
    default:
        out.append(text, size);
    }
}

int collectText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *state = static_cast<FirstParagraph *>(userdata);
    if (state->inParagraph)
        appendPlainText(state->text, type, text, size);
    return 0;
}

} // namespace

namespace {

// Chinese has no spaces between words; a soft line break inside a Chinese paragraph must not
// leave one behind.
QString plainLine(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8).simplified();
    for (qsizetype i = text.size() - 2; i > 0; --i) {
        if (text.at(i) == u' ' && text.at(i - 1).unicode() >= 0x2E80
            && text.at(i + 1).unicode() >= 0x2E80)
            text.remove(i, 1);
    }
    return text;
}

struct Paragraphs
{
    int open = 0; // leaf blocks entered (a tight list item holds its text itself)
    QByteArray text;
    QStringList out;
};

bool isLeaf(MD_BLOCKTYPE type)
{
    return type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_CODE || type == MD_BLOCK_LI
        || type == MD_BLOCK_TH || type == MD_BLOCK_TD;
}

void flushParagraph(Paragraphs &state)
{
    const QString line = plainLine(state.text);
    state.text.clear();
    if (!line.isEmpty())
        state.out << line;
}

int enterParagraph(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *state = static_cast<Paragraphs *>(userdata);
    if (isLeaf(type)) {
        flushParagraph(*state); // a list item's text before its nested list
        ++state->open;
    }
    return 0;
}

int leaveParagraph(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *state = static_cast<Paragraphs *>(userdata);
    if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
        state->text += '\t';
        --state->open;
        return 0;
    }
    if (type == MD_BLOCK_TR)
        flushParagraph(*state);
    if (isLeaf(type)) {
        flushParagraph(*state);
        --state->open;
    }
    return 0;
}

int paragraphText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    appendPlainText(static_cast<Paragraphs *>(userdata)->text, type, text, size);
    return 0;
}

} // namespace

QStringList paragraphsText(const QString &markdown)
{
    const QByteArray utf8 = withoutParagraphIndents(markdown.toUtf8());
    Paragraphs state;
    MD_PARSER parser {};
    parser.flags = kParserFlags;
    parser.enter_block = enterParagraph;
    parser.leave_block = leaveParagraph;
    parser.enter_span = noSpan;
    parser.leave_span = noSpan;
    parser.text = paragraphText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    flushParagraph(state);
    return state.out;
}

QString firstParagraphText(const QString &markdown)
{
    const QByteArray utf8 = withoutParagraphIndents(markdown.toUtf8());
    FirstParagraph state;
    MD_PARSER parser {};
    parser.flags = kParserFlags;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = noSpan;
    parser.leave_span = noSpan;
    parser.text = collectText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    return plainLine(state.text);
}

namespace {

struct BlockLines
{
    const char *begin = nullptr;
    const char *end = nullptr;
    int depth = 0;
    bool waitingForText = false;
    QList<int> lines;
    QList<const char *> lineStarts;
};

int blockEnter(MD_BLOCKTYPE, void *, void *userdata)
{
    auto *state = static_cast<BlockLines *>(userdata);
    if (++state->depth == 2) {
        // Until text shows where it is, assume the block starts on the line after the last one.
        state->lines.append(state->lines.isEmpty() ? 0 : state->lines.constLast() + 1);
        state->waitingForText = true;
    }
    return 0;
}

int blockLeave(MD_BLOCKTYPE, void *, void *userdata)
{
    --static_cast<BlockLines *>(userdata)->depth;
    return 0;
}

int blockText(MD_TEXTTYPE, const MD_CHAR *text, MD_SIZE, void *userdata)
{
    auto *state = static_cast<BlockLines *>(userdata);
    if (!state->waitingForText || text < state->begin || text >= state->end)
        return 0;
    state->waitingForText = false;
    const auto it = std::upper_bound(state->lineStarts.cbegin(), state->lineStarts.cend(), text);
    state->lines.last() = int(it - state->lineStarts.cbegin()) - 1;
    return 0;
}

} // namespace

QList<int> topLevelBlockLines(const QString &markdown)
{
    const QByteArray utf8 = withoutParagraphIndents(markdown.toUtf8());
    BlockLines state;
    state.begin = utf8.constData();
    state.end = utf8.constData() + utf8.size();
    state.lineStarts.append(state.begin);
    for (const char *p = state.begin; p < state.end; ++p) {
        if (*p == '\n')
            state.lineStarts.append(p + 1);
    }
    MD_PARSER parser {};
    parser.flags = kParserFlags;
    parser.enter_block = blockEnter;
    parser.leave_block = blockLeave;
    parser.enter_span = noSpan;
    parser.leave_span = noSpan;
    parser.text = blockText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    return state.lines;
}

namespace {

// A soft line break until the block is done: then a space, or nothing between two Chinese
// characters (as plainLine() does for a whole line).
constexpr char16_t kSoftBreak = 0xE000;

struct Blocks
{
    int quoteDepth = 0;
    int bold = 0;
    int italic = 0;
    int pictureDepth = 0;
    int pictures = 0; // in the current block
    bool otherText = false; // text in the current block outside a picture
    bool open = false;
    TextBlock block;
    QList<TextBlock> out;
};

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

void appendRun(Blocks &state, const QString &text)
{
    if (text.isEmpty())
        return;
    const bool bold = state.bold > 0;
    const bool italic = state.italic > 0;
    QList<TextRun> &runs = state.block.runs;
    if (!runs.isEmpty() && runs.last().bold == bold && runs.last().italic == italic)
        runs.last().text += text;
    else
        runs.append({text, bold, italic});
}

// Whitespace collapsed across the runs (as one line of text), the ends trimmed, empty runs
// dropped.
QList<TextRun> tidyRuns(const QList<TextRun> &runs)
{
    QString flat;
    QList<qsizetype> ends;
    for (const TextRun &run : runs) {
        flat += run.text;
        ends << flat.size();
    }
    QList<TextRun> tidy;
    QString text;
    qsizetype run = 0;
    const auto previous = [&]() -> QChar {
        if (!text.isEmpty())
            return text.back();
        return tidy.isEmpty() ? QChar() : tidy.last().text.back();
    };
    for (qsizetype i = 0; i <= flat.size(); ++i) {
        while (run < ends.size() && i == ends.at(run)) {
            if (!text.isEmpty())
                tidy.append({text, runs.at(run).bold, runs.at(run).italic});
            text.clear();
            ++run;
        }
        if (i == flat.size())
            break;
        QChar c = flat.at(i);
        if (c == kSoftBreak || (c.isSpace() && c != QChar(0x2028) && c != u'\t')) {
            qsizetype next = i + 1;
            while (next < flat.size() && (flat.at(next) == kSoftBreak || flat.at(next).isSpace()))
                ++next;
            const QChar before = previous();
            if (before.isNull() || next == flat.size() || before.isSpace()
                || (c == kSoftBreak && isCjk(before) && isCjk(flat.at(next))))
                continue;
            c = u' ';
        }
        text += c;
    }
    while (!tidy.isEmpty()) {
        QString &last = tidy.last().text;
        while (!last.isEmpty() && last.back().isSpace())
            last.chop(1);
        if (!last.isEmpty())
            break;
        tidy.removeLast();
    }
    return tidy;
}

void finishBlock(Blocks &state)
{
    if (!state.open)
        return;
    state.open = false;
    TextBlock block = std::move(state.block);
    state.block = {};
    block.runs = tidyRuns(block.runs);
    if (state.pictures != 1 || state.otherText)
        block.pictureTarget.clear();
    else
        block.kind = TextBlock::Picture;
    if (!block.runs.isEmpty() || block.kind == TextBlock::Picture)
        state.out.append(std::move(block));
}

void startBlock(Blocks &state, TextBlock::Kind kind)
{
    finishBlock(state);
    state.open = true;
    state.block.kind =
        state.quoteDepth > 0 && kind == TextBlock::Paragraph ? TextBlock::Quote : kind;
    state.pictures = 0;
    state.otherText = false;
}

int enterTextBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *state = static_cast<Blocks *>(userdata);
    if (type == MD_BLOCK_QUOTE)
        ++state->quoteDepth;
    else if (type == MD_BLOCK_H)
        startBlock(*state, TextBlock::Heading);
    else if (type == MD_BLOCK_P || type == MD_BLOCK_LI || type == MD_BLOCK_CODE
        || type == MD_BLOCK_TR)
        startBlock(*state, TextBlock::Paragraph);
    return 0;
}

int leaveTextBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *state = static_cast<Blocks *>(userdata);
    if (type == MD_BLOCK_QUOTE)
        --state->quoteDepth;
    else if (type == MD_BLOCK_TH || type == MD_BLOCK_TD)
        appendRun(*state, QStringLiteral("\t"));
    else if (type == MD_BLOCK_H || type == MD_BLOCK_TR || type == MD_BLOCK_P || type == MD_BLOCK_LI
        || type == MD_BLOCK_CODE)
        finishBlock(*state);
    return 0;
}

int enterTextSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto *state = static_cast<Blocks *>(userdata);
    if (type == MD_SPAN_STRONG) {
        ++state->bold;
    } else if (type == MD_SPAN_EM) {
        ++state->italic;
    } else if (type == MD_SPAN_IMG) {
        if (state->pictureDepth++ == 0) {
            ++state->pictures;
            const MD_ATTRIBUTE &src = static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src;
            state->block.pictureTarget = QString::fromUtf8(src.text, src.size);
        }
    }
    return 0;
}

int leaveTextSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *state = static_cast<Blocks *>(userdata);
    if (type == MD_SPAN_STRONG)
        --state->bold;
    else if (type == MD_SPAN_EM)
        --state->italic;
    else if (type == MD_SPAN_IMG)
        --state->pictureDepth;
    return 0;
}

int blockRunText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *state = static_cast<Blocks *>(userdata);
    if (!state->open)
        return 0;
    QString part;
    switch (type) {
    case MD_TEXT_SOFTBR:
        part = QChar(kSoftBreak);
        break;
    case MD_TEXT_BR:
        part = QChar(0x2028);
        break;
    case MD_TEXT_NULLCHAR:
        break;
    case MD_TEXT_ENTITY:
        part = Html::decodeEntities(QString::fromUtf8(text, size));
        break;
    default:
        part = QString::fromUtf8(text, size);
        if (state->block.kind == TextBlock::Paragraph && type == MD_TEXT_CODE)
            part.replace(u'\n', QChar(0x2028));
    }
    if (state->pictureDepth == 0 && !part.trimmed().isEmpty() && part != QChar(kSoftBreak))
        state->otherText = true;
    appendRun(*state, part);
    return 0;
}

} // namespace

QList<TextBlock> textBlocks(const QString &markdown)
{
    const QByteArray utf8 = withoutParagraphIndents(markdown.toUtf8());
    Blocks state;
    MD_PARSER parser {};
    parser.flags = kParserFlags;
    parser.enter_block = enterTextBlock;
    parser.leave_block = leaveTextBlock;
    parser.enter_span = enterTextSpan;
    parser.leave_span = leaveTextSpan;
    parser.text = blockRunText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    finishBlock(state);
    return state.out;
}
