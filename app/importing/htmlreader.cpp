// SPDX-License-Identifier: GPL-3.0-or-later
// Saved pages and clipboard HTML to Markdown: a forgiving parser, the pruning of page chrome, and
// the Markdown writer over the pruned tree. One file because all three walk the same Node tree.
#include "htmlreader.h"

#include "copycleanup.h"
#include "model/articlemedia.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace HtmlReader {

namespace {

struct Node
{
    QString tag; // lower case; empty for a text node
    QString text;
    QHash<QString, QString> attributes;
    std::vector<std::unique_ptr<Node>> children;
    Node *parent = nullptr;

    QString attribute(const QString &name) const { return attributes.value(name); }
    Node *append(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

const QSet<QString> kVoidElements = {QStringLiteral("area"), QStringLiteral("base"),
    QStringLiteral("br"), QStringLiteral("col"), QStringLiteral("embed"), QStringLiteral("hr"),
    QStringLiteral("img"), QStringLiteral("input"), QStringLiteral("link"), QStringLiteral("meta"),
    QStringLiteral("param"), QStringLiteral("source"), QStringLiteral("track"),
    QStringLiteral("wbr")};

// Elements whose content is not markup; read to their end tag as one text.
const QSet<QString> kRawTextElements = {QStringLiteral("script"), QStringLiteral("style"),
    QStringLiteral("textarea"), QStringLiteral("title"), QStringLiteral("xmp"),
    QStringLiteral("iframe"), QStringLiteral("noscript"), QStringLiteral("template"),
    QStringLiteral("xml")};

// Never part of an article, anywhere.
const QSet<QString> kDroppedAlways = {QStringLiteral("script"), QStringLiteral("style"),
    QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("iframe"),
    QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("svg"),
    QStringLiteral("canvas"), QStringLiteral("form"), QStringLiteral("button"),
    QStringLiteral("input"), QStringLiteral("select"), QStringLiteral("textarea"),
    QStringLiteral("head"), QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("xml"),
    QStringLiteral("img"), QStringLiteral("picture"), QStringLiteral("video"),
    QStringLiteral("audio"), QStringLiteral("map"), QStringLiteral("dialog"),
    QStringLiteral("o:p")};

// Page chrome around an article.
const QSet<QString> kPageChrome = {QStringLiteral("nav"), QStringLiteral("header"),
    QStringLiteral("footer"), QStringLiteral("aside"), QStringLiteral("menu")};

const QSet<QString> kBlockElements = {QStringLiteral("p"), QStringLiteral("div"),
    QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("main"),
    QStringLiteral("body"), QStringLiteral("html"), QStringLiteral("h1"), QStringLiteral("h2"),
    QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
    QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("blockquote"),
    QStringLiteral("pre"), QStringLiteral("table"), QStringLiteral("thead"),
    QStringLiteral("tbody"), QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"),
    QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("hr"),
    QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("center"),
    QStringLiteral("address"), QStringLiteral("header"), QStringLiteral("footer"),
    QStringLiteral("nav"), QStringLiteral("aside")};

QString decodeEntities(QStringView text)
{
    static const QHash<QString, QString> named = {{QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")}, {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("copy"), QStringLiteral("©")}, {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("bull"), QStringLiteral("•")},
        {QStringLiteral("laquo"), QStringLiteral("«")},
        {QStringLiteral("raquo"), QStringLiteral("»")},
        {QStringLiteral("deg"), QStringLiteral("°")}, {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("pound"), QStringLiteral("£")},
        {QStringLiteral("yen"), QStringLiteral("¥")}, {QStringLiteral("ensp"), QStringLiteral(" ")},
        {QStringLiteral("emsp"), QStringLiteral(" ")},
        {QStringLiteral("thinsp"), QStringLiteral(" ")}, {QStringLiteral("shy"), QString()},
        {QStringLiteral("zwsp"), QString()}};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&') {
            out += text.at(i);
            continue;
        }
        // A name is at most 9 characters: its ';' is looked for that far only (searched to
        // the end of the text, a page of 65,000 '&' took seconds, 16 MB of them days).
        const qsizetype nearby = text.mid(i + 1, 10).indexOf(u';');
        if (nearby < 0) {
            out += u'&';
            continue;
        }
        const qsizetype semicolon = i + 1 + nearby;
        const QStringView name = text.mid(i + 1, semicolon - i - 1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code == 0xA0 ? U' ' : char32_t(code);
                out += QString::fromUcs4(&c, 1);
                i = semicolon;
                continue;
            }
        } else if (const auto found = named.constFind(name.toString()); found != named.constEnd()) {
            out += *found;
            i = semicolon;
            continue;
        }
        out += u'&';
    }
    return out;
}

// Deeper than any page a newsroom saves (news sites nest 20–40 deep). Every walk over the tree
// recurses, so a page that nests 10,000 <i> would overflow the stack: tags below this depth are
// read as if they were not there, their text kept.
constexpr size_t kMaxDepth = 256;

// A forgiving HTML parser: enough for saved news pages and clipboard HTML. `flattened` is set
// when tags nested deeper than kMaxDepth were left out.
std::unique_ptr<Node> parse(const QString &html, bool *flattened)
{
    auto root = std::make_unique<Node>();
    root->tag = QStringLiteral("#document");
    std::vector<Node *> stack {root.get()};
    const qsizetype n = html.size();
    static const QRegularExpression attributePattern(
        QStringLiteral("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?"));

    auto closeTo = [&](const QString &tag) {
        for (qsizetype k = qsizetype(stack.size()) - 1; k > 0; --k) {
            if (stack[size_t(k)]->tag == tag) {
                stack.resize(size_t(k));
                return;
            }
        }
    };
    auto isOpen = [&](const QString &tag, const QSet<QString> &until) {
        for (qsizetype k = qsizetype(stack.size()) - 1; k > 0; --k) {
            if (stack[size_t(k)]->tag == tag)
                return true;
            if (until.contains(stack[size_t(k)]->tag))
                return false;
        }
        return false;
    };
    auto addText = [&](QStringView text) {
        if (text.isEmpty())
            return;
        auto node = std::make_unique<Node>();
        node->text = decodeEntities(text);
        stack.back()->append(std::move(node));
    };

    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0) {
            addText(QStringView(html).mid(i));
            break;
        }
        addText(QStringView(html).mid(i, lt - i));
        i = lt;
        if (QStringView(html).mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = i + 1 < n && html.at(i + 1) == u'/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < n && (html.at(j).isLetterOrNumber() || html.at(j) == u':' || html.at(j) == u'-'))
            ++j;
        if (j == nameStart) { // a lone "<" in text
            addText(u"<");
            ++i;
            continue;
        }
        const QString tag = html.mid(nameStart, j - nameStart).toLower();
        // The end of the tag, minding quoted attribute values.
        qsizetype end = j;
        QChar quote;
        for (; end < n; ++end) {
            const QChar c = html.at(end);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
        }
        const QStringView inside = QStringView(html).mid(j, end - j);
        i = end < n ? end + 1 : n;
        if (closing) {
            closeTo(tag);
            continue;
        }
        // Implied end tags, as browsers apply them.
        static const QSet<QString> paragraphClosers = {QStringLiteral("p"), QStringLiteral("div"),
            QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("h1"), QStringLiteral("h2"),
            QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
            QStringLiteral("table"), QStringLiteral("blockquote"), QStringLiteral("section"),
            QStringLiteral("article"), QStringLiteral("pre"), QStringLiteral("figure"),
            QStringLiteral("hr")};
        static const QSet<QString> listBoundary = {QStringLiteral("ul"), QStringLiteral("ol")};
        static const QSet<QString> rowBoundary = {QStringLiteral("table")};
        if (paragraphClosers.contains(tag) && stack.back()->tag == u"p")
            stack.pop_back();
        if (tag == u"li" && isOpen(QStringLiteral("li"), listBoundary))
            closeTo(QStringLiteral("li"));
        if ((tag == u"td" || tag == u"th")
            && (stack.back()->tag == u"td" || stack.back()->tag == u"th"))
            stack.pop_back();
        if (tag == u"tr" && isOpen(QStringLiteral("tr"), rowBoundary))
            closeTo(QStringLiteral("tr"));
        if (stack.size() > kMaxDepth && !kVoidElements.contains(tag)
            && !kRawTextElements.contains(tag)) {
            *flattened = true;
            continue;
        }

        auto element = std::make_unique<Node>();
        element->tag = tag;
        for (auto it = attributePattern.globalMatch(inside); it.hasNext();) {
            const auto match = it.next();
            QString value = match.captured(2);
            if (value.isEmpty())
                value = match.captured(3);
            if (value.isEmpty())
                value = match.captured(4);
            element->attributes.insert(match.captured(1).toLower(), decodeEntities(value));
        }
        const bool selfClosing = inside.trimmed().endsWith(u'/');
        Node *node = stack.back()->append(std::move(element));
        if (kRawTextElements.contains(tag)) {
            const QRegularExpression endTag(
                QStringLiteral("</%1\\s*>").arg(tag), QRegularExpression::CaseInsensitiveOption);
            const auto match = endTag.match(html, i);
            const qsizetype stop = match.hasMatch() ? match.capturedStart() : n;
            auto text = std::make_unique<Node>();
            text->text = tag == u"title" ? decodeEntities(QStringView(html).mid(i, stop - i))
                                         : html.mid(i, stop - i);
            node->append(std::move(text));
            i = match.hasMatch() ? match.capturedEnd() : n;
        } else if (!selfClosing && !kVoidElements.contains(tag)) {
            stack.push_back(node);
        }
    }
    return root;
}

bool classSaysJunk(const Node &node)
{
    static const QRegularExpression junk(QStringLiteral(
        "^(?:ad|ads|advert|adverts|advertisement|adsbygoogle|banner|sponsor|sponsored|promo|"
        "related|recommend|recommended|recommendation|recommendations|share|sharing|social|"
        "comment|comments|sidebar|newsletter|breadcrumb|breadcrumbs|nav|navbar|navigation|menu|"
        "popup|modal|cookie|cookies|subscribe|subscription|outbrain|taboola|toolbar|"
        "trending|popular|hot|tags|pagination|pager|masthead|footer|copyright|search)$"));
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]+"));
    for (const QString &attribute : {QStringLiteral("class"), QStringLiteral("id")}) {
        const QString value = node.attribute(attribute).toLower();
        if (value.isEmpty())
            continue;
        for (const QString &word : value.split(separators, Qt::SkipEmptyParts)) {
            if (junk.match(word).hasMatch())
                return true;
        }
    }
    static const QSet<QString> chromeRoles = {QStringLiteral("navigation"),
        QStringLiteral("banner"), QStringLiteral("complementary"), QStringLiteral("contentinfo"),
        QStringLiteral("search"), QStringLiteral("dialog")};
    if (chromeRoles.contains(node.attribute(QStringLiteral("role")).toLower()))
        return true;
    const QString style = node.attribute(QStringLiteral("style")).toLower().remove(u' ');
    return node.attributes.contains(QStringLiteral("hidden"))
        || node.attribute(QStringLiteral("aria-hidden")) == u"true"
        || style.contains(QLatin1StringView("display:none"))
        || style.contains(QLatin1StringView("mso-list:ignore"));
}

bool isArticleBody(const Node &node)
{
    return node.attribute(QStringLiteral("itemprop")).toLower() == u"articlebody";
}

QString plainText(const Node &node);

// How a dropped block is named in a warning: its tag, and its class when it has one
// ("aside.related").
QString blockName(const Node &node)
{
    const QString classes = node.attribute(QStringLiteral("class")).simplified();
    return classes.isEmpty() ? node.tag : node.tag + u'.' + classes.section(u' ', 0, 0);
}

// Takes out what is never article text. `page`: also page chrome and ad/related blocks, named in
// `furniture` when they held any text.
void prune(Node &node, bool page, QStringList *dropped, QStringList *furniture = nullptr)
{
    for (auto it = node.children.begin(); it != node.children.end();) {
        Node &child = **it;
        bool drop = false;
        if (!child.tag.isEmpty()) {
            // A page's pictures are the article's photos; pasted text has none to bring.
            drop = kDroppedAlways.contains(child.tag)
                && !(page && (child.tag == u"img" || child.tag == u"picture"));
            if (page && !drop && !isArticleBody(child) && child.tag != u"article"
                && child.tag != u"main" && child.tag != u"body" && child.tag != u"html") {
                // A header inside the article holds its headline and byline: keep that one.
                const bool articleHeader = child.tag == u"header" && child.parent
                    && (child.parent->tag == u"article" || isArticleBody(*child.parent));
                drop = (kPageChrome.contains(child.tag) && !articleHeader) || classSaysJunk(child);
            } else if (!page && !drop) {
                drop = classSaysJunk(child) && child.tag != u"p";
            }
            const bool active = child.tag == u"script" || child.tag == u"iframe"
                || child.tag == u"object" || child.tag == u"embed";
            if (drop && dropped && active)
                dropped->append(child.tag);
            else if (drop && furniture && page && !kDroppedAlways.contains(child.tag)
                && !plainText(child).trimmed().isEmpty())
                furniture->append(blockName(child));
        }
        if (drop) {
            it = node.children.erase(it);
        } else {
            prune(child, page, dropped, furniture);
            ++it;
        }
    }
}

QString plainText(const Node &node)
{
    if (node.tag.isEmpty())
        return node.text;
    QString text;
    for (const auto &child : node.children)
        text += plainText(*child);
    return text;
}

QString collapsed(const QString &text)
{
    static const QRegularExpression hanBreak(
        QStringLiteral("(?<=\\p{Han})[ \\t]*\\n\\s*(?=\\p{Han})"));
    static const QRegularExpression space(QStringLiteral("[ \\t\\n\\r\\f]+"));
    QString result = text;
    result.remove(hanBreak); // a line break in the source between Chinese characters is not a space
    result.replace(space, QStringLiteral(" "));
    return result;
}

Node *findFirst(Node &node, const std::function<bool(const Node &)> &test)
{
    if (test(node))
        return &node;
    for (auto &child : node.children) {
        if (Node *found = findFirst(*child, test))
            return found;
    }
    return nullptr;
}

void findAll(Node &node, const std::function<bool(const Node &)> &test, QList<Node *> &out)
{
    if (test(node))
        out << &node;
    for (auto &child : node.children)
        findAll(*child, test, out);
}

// The length of the paragraph text directly inside an element: where the story is.
qsizetype paragraphDensity(const Node &node)
{
    qsizetype length = 0;
    for (const auto &child : node.children) {
        if (child->tag == u"p")
            length += collapsed(plainText(*child)).trimmed().size();
        else if (child->tag.isEmpty())
            length += collapsed(child->text).trimmed().size();
    }
    return length;
}

// Markdown writer over the pruned tree.
class MarkdownWriter
{
public:
    QStringList blocks;
    QList<Page::Image> *images = nullptr; // where a page's pictures go (none: left out)

    void block(const Node &node)
    {
        for (const auto &child : node.children)
            visit(*child);
        flush();
    }

private:
    QString m_inline;
    int m_listDepth = 0;

    void flush()
    {
        const QString text = m_inline.trimmed();
        if (!text.isEmpty())
            blocks << text;
        m_inline.clear();
    }

    QString inlineOf(const Node &node)
    {
        MarkdownWriter inner;
        inner.m_listDepth = m_listDepth;
        inner.images = images;
        for (const auto &child : node.children)
            inner.visit(*child);
        inner.flush();
        return inner.blocks.join(QStringLiteral(" "));
    }

    static QString wrap(const QString &text, const QString &mark)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return text;
        const qsizetype lead = text.indexOf(trimmed);
        return text.left(lead) + mark + trimmed + mark + text.mid(lead + trimmed.size());
    }

    void visit(const Node &node)
    {
        if (node.tag.isEmpty()) {
            m_inline += collapsed(node.text);
            return;
        }
        const QString &tag = node.tag;
        const QString style = node.attribute(QStringLiteral("style")).toLower().remove(u' ');
        if (tag == u"br") {
            flush();
        } else if (tag == u"img") {
            const QString src = node.attribute(QStringLiteral("src")).trimmed();
            if (!images || src.isEmpty())
                return;
            const QString alt = collapsed(node.attribute(QStringLiteral("alt"))).trimmed();
            images->append({src, alt});
            flush();
            blocks << Copydesk::photoMarkdown(alt, imagePlaceholder(images->size()));
        } else if (tag.size() == 2 && tag.at(0) == u'h' && tag.at(1) >= u'1' && tag.at(1) <= u'6') {
            flush();
            const QString text = inlineOf(node).trimmed();
            if (!text.isEmpty())
                blocks << QString(tag.at(1).digitValue(), u'#') + u' ' + text;
        } else if (tag == u"ul" || tag == u"ol") {
            flush();
            QStringList lines;
            int number = 1;
            ++m_listDepth;
            for (const auto &child : node.children) {
                if (child->tag != u"li")
                    continue;
                MarkdownWriter item;
                item.images = images;
                item.m_listDepth = m_listDepth;
                item.block(*child);
                if (item.blocks.isEmpty())
                    continue;
                const QString marker =
                    tag == u"ol" ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("- ");
                const QString indent(2 * (m_listDepth - 1), u' ');
                QStringList itemLines = item.blocks.join(u'\n').split(u'\n');
                lines << indent + marker + itemLines.takeFirst().trimmed();
                for (const QString &rest : itemLines)
                    lines << (rest.startsWith(QLatin1StringView("  ")) || rest.startsWith(u'-')
                            ? QString(2, u' ') + rest
                            : indent + QStringLiteral("  ") + rest);
            }
            --m_listDepth;
            if (!lines.isEmpty()) {
                if (m_listDepth > 0)
                    m_inline += u'\n' + lines.join(u'\n');
                else
                    blocks << lines.join(u'\n');
            }
        } else if (tag == u"blockquote") {
            flush();
            MarkdownWriter inner;
            inner.images = images;
            inner.block(node);
            for (const QString &b : inner.blocks) {
                QStringList lines = b.split(u'\n');
                for (QString &line : lines)
                    line.prepend(QStringLiteral("> "));
                blocks << lines.join(u'\n');
            }
        } else if (tag == u"pre") {
            flush();
            blocks << QStringLiteral("```\n") + plainText(node).trimmed() + QStringLiteral("\n```");
        } else if (tag == u"hr") {
            flush();
        } else if (tag == u"tr") {
            flush();
            QStringList cells;
            for (const auto &child : node.children) {
                if (child->tag == u"td" || child->tag == u"th")
                    cells << inlineOf(*child).trimmed();
            }
            cells.removeAll(QString());
            if (!cells.isEmpty())
                blocks << cells.join(QStringLiteral(" | "));
        } else if (tag == u"a") {
            const QString text = inlineOf(node);
            const QString href = node.attribute(QStringLiteral("href")).trimmed();
            const bool linkable = href.startsWith(QLatin1StringView("http://"))
                || href.startsWith(QLatin1StringView("https://"))
                || href.startsWith(QLatin1StringView("mailto:"));
            const QString trimmed = text.trimmed();
            if (linkable && !trimmed.isEmpty()) {
                QString target = href;
                target.replace(u' ', QStringLiteral("%20")).replace(u')', QStringLiteral("%29"));
                const qsizetype lead = text.indexOf(trimmed);
                m_inline += text.left(lead) + QStringLiteral("[%1](%2)").arg(trimmed, target)
                    + text.mid(lead + trimmed.size());
            } else
                m_inline += text;
        } else if (tag == u"strong" || tag == u"b"
            || style.contains(QLatin1StringView("font-weight:bold"))
            || style.contains(QLatin1StringView("font-weight:700"))) {
            m_inline += wrap(inlineOf(node), QStringLiteral("**"));
        } else if (tag == u"em" || tag == u"i"
            || style.contains(QLatin1StringView("font-style:italic"))) {
            m_inline += wrap(inlineOf(node), QStringLiteral("*"));
        } else if (tag == u"code" || tag == u"kbd") {
            m_inline += wrap(inlineOf(node), QStringLiteral("`"));
        } else if (kBlockElements.contains(tag)) {
            flush();
            // Word marks its list paragraphs by class rather than with <li>.
            const bool wordListItem = node.attribute(QStringLiteral("class"))
                                          .startsWith(QLatin1StringView("MsoListParagraph"));
            MarkdownWriter inner;
            inner.images = images;
            inner.m_listDepth = m_listDepth;
            inner.block(node);
            if (wordListItem && inner.blocks.size() == 1)
                inner.blocks.first().prepend(QStringLiteral("- "));
            blocks << inner.blocks;
        } else {
            for (const auto &child : node.children)
                visit(*child);
        }
    }
};

// Joins consecutive one-line Word list items into one Markdown list.
QStringList joinListItems(const QStringList &blocks)
{
    QStringList result;
    for (const QString &block : blocks) {
        const bool item = block.startsWith(QLatin1StringView("- ")) && !block.contains(u'\n');
        if (item && !result.isEmpty() && result.last().startsWith(QLatin1StringView("- ")))
            result.last() += u'\n' + block;
        else
            result << block;
    }
    return result;
}

QString siteNameStripped(const QString &title)
{
    static const QRegularExpression suffix(QStringLiteral("\\s+[|｜_–—-]\\s+[^|｜_–—-]{1,40}$"));
    QString text = title.trimmed();
    text.remove(suffix);
    return text.trimmed();
}

QString tooDeepWarning()
{
    return QStringLiteral("the page nests its tags more than %1 deep; the deeper tags were left "
                          "out and their text kept")
        .arg(kMaxDepth);
}

} // namespace

Page readPage(const QString &html, QStringList *warnings)
{
    bool flattened = false;
    std::unique_ptr<Node> root = parse(html, &flattened);
    if (flattened && warnings)
        warnings->append(tooDeepWarning());
    Page page;

    // What the head says, before pruning takes it away.
    QString title;
    QString ogTitle;
    QList<Node *> metas;
    findAll(
        *root, [](const Node &n) { return n.tag == u"meta" || n.tag == u"title"; }, metas);
    for (Node *meta : metas) {
        if (meta->tag == u"title") {
            title = collapsed(plainText(*meta)).trimmed();
            continue;
        }
        const QString name =
            (meta->attribute(QStringLiteral("name")) + meta->attribute(QStringLiteral("property")))
                .toLower();
        if (name == u"og:title")
            ogTitle = meta->attribute(QStringLiteral("content")).trimmed();
        else if (name == u"author")
            page.author = meta->attribute(QStringLiteral("content")).trimmed();
    }

    QStringList dropped;
    QStringList furniture;
    prune(*root, true, &dropped, &furniture);
    if (!dropped.isEmpty()) {
        dropped.removeDuplicates();
        if (warnings)
            warnings->append(QStringLiteral("dropped active content from the page (%1); none of it "
                                            "was run")
                                 .arg(dropped.join(QStringLiteral(", "))));
    }
    if (!furniture.isEmpty() && warnings) {
        const qsizetype blocks = furniture.size();
        furniture.removeDuplicates();
        warnings->append(QStringLiteral("left out %1 blocks of page furniture (navigation, ads, "
                                        "related lists): %2")
                             .arg(blocks)
                             .arg(furniture.join(QStringLiteral(", "))));
    }

    Node *article = findFirst(*root, [](const Node &n) { return isArticleBody(n); });
    if (!article) {
        QList<Node *> articles;
        findAll(
            *root, [](const Node &n) { return n.tag == u"article"; }, articles);
        qsizetype best = -1;
        for (Node *candidate : articles) {
            const qsizetype length = collapsed(plainText(*candidate)).size();
            if (length > best) {
                best = length;
                article = candidate;
            }
        }
    }
    if (!article) {
        QList<Node *> all;
        findAll(
            *root, [](const Node &n) { return !n.tag.isEmpty(); }, all);
        qsizetype best = 0;
        for (Node *candidate : all) {
            const qsizetype density = paragraphDensity(*candidate);
            if (density > best) {
                best = density;
                article = candidate;
            }
        }
    }
    if (!article)
        article = root.get();

    // The headline: the article's own <h1> (its header may sit just outside the body).
    Node *scope = article;
    Node *h1 = nullptr;
    for (int up = 0; scope && up < 3 && !h1; ++up, scope = scope->parent)
        h1 = findFirst(*scope, [](const Node &n) { return n.tag == u"h1"; });
    if (h1)
        page.headline = collapsed(plainText(*h1)).trimmed();
    else if (!ogTitle.isEmpty())
        page.headline = ogTitle;
    else
        page.headline = siteNameStripped(title);

    MarkdownWriter writer;
    writer.images = &page.images;
    writer.block(*article);
    QStringList blocks = joinListItems(writer.blocks);
    // The headline is a field of its own, not the first line of the body.
    if (!blocks.isEmpty() && blocks.first().startsWith(u'#')
        && blocks.first().section(u' ', 1).trimmed() == page.headline)
        blocks.removeFirst();
    page.markdown = blocks.join(QStringLiteral("\n\n"));
    return page;
}

QString imagePlaceholder(qsizetype number)
{
    return QStringLiteral("media:picture-%1").arg(number);
}

QString fragmentToMarkdown(const QString &html, QStringList *warnings)
{
    // Clipboard HTML wraps the selection in <!--StartFragment--> markers; the document
    // around it carries only styles.
    QString source = html;
    const qsizetype start = source.indexOf(QLatin1StringView("<!--StartFragment-->"));
    const qsizetype end = source.indexOf(QLatin1StringView("<!--EndFragment-->"));
    if (start >= 0 && end > start)
        source = source.mid(start + 20, end - start - 20);
    bool flattened = false;
    std::unique_ptr<Node> root = parse(source, &flattened);
    if (flattened && warnings)
        warnings->append(tooDeepWarning());
    QStringList dropped;
    prune(*root, false, &dropped);
    if (!dropped.isEmpty() && warnings) {
        dropped.removeDuplicates();
        warnings->append(QStringLiteral("dropped active content from the pasted text (%1)")
                             .arg(dropped.join(QStringLiteral(", "))));
    }
    Node *body = findFirst(*root, [](const Node &n) { return n.tag == u"body"; });
    MarkdownWriter writer;
    writer.block(body ? *body : *root);
    return joinListItems(writer.blocks).join(QStringLiteral("\n\n"));
}

} // namespace HtmlReader
