// SPDX-License-Identifier: GPL-3.0-or-later
// The body as readers get it: a paragraph indented by habit (首行缩进, with tabs or full-width
// spaces) is a paragraph, never a code block; fenced code and nested lists are left as written.
// The blocks a layout program gets (textBlocks): their kind and runs of bold and italic.
#include "render/markdown.h"

#include <QtTest>

class TestMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void paragraphIndents_data();
    void paragraphIndents();
    void headingsUnderTheHeadline_data();
    void headingsUnderTheHeadline();
    void linesKeepTheirNumbers();
    void firstParagraphWithoutIndent();
    void textBlocks_data();
    void textBlocks();
};

void TestMarkdown::paragraphIndents_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("tab") << u"\t第一段。\n\n\t第二段。"_qs
                         << u"<p>第一段。</p>\n<p>第二段。</p>\n"_qs;
    QTest::newRow("two tabs") << u"\t\t记者从市政府获悉。"_qs << u"<p>记者从市政府获悉。</p>\n"_qs;
    QTest::newRow("full-width spaces")
        << u"　　淮安日报讯 昨天，市政府召开会议。\n\n　　会议指出。"_qs
        << u"<p>淮安日报讯 昨天，市政府召开会议。</p>\n<p>会议指出。</p>\n"_qs;
    QTest::newRow("spaces and a tab")
        << u"  \tThe council met."_qs << u"<p>The council met.</p>\n"_qs;
    QTest::newRow("after a heading")
        << u"## 小标题\n\t正文。"_qs << u"<h2>小标题</h2>\n<p>正文。</p>\n"_qs;
    QTest::newRow("after a paragraph line")
        << u"First line\n\tsecond line"_qs << u"<p>First line\nsecond line</p>\n"_qs;
    QTest::newRow("windows line ends")
        << u"\t第一段。\r\n\r\n\t第二段。\r\n"_qs << u"<p>第一段。</p>\n<p>第二段。</p>\n"_qs;
    QTest::newRow("a line of full-width spaces")
        << u"第一段。\n　　\n第二段。"_qs << u"<p>第一段。</p>\n<p>第二段。</p>\n"_qs;
    // What is not an indent stays as written (md4c writes a tab in code as spaces).
    QTest::newRow("fenced code")
        << u"```\n\tindented();\n　code\n```\n\n\t正文。"_qs
        << u"<pre><code>    indented();\n　code\n</code></pre>\n<p>正文。</p>\n"_qs;
    QTest::newRow("tilde fence") << u"~~~~\n\tx\n~~~\n\ty\n~~~~"_qs
                                 << u"<pre><code>    x\n~~~\n    y\n</code></pre>\n"_qs;
    QTest::newRow("nested list") << u"- 一\n\t- 二"_qs
                                 << u"<ul>\n<li>一<ul>\n<li>二</li>\n</ul>\n</li>\n</ul>\n"_qs;
    QTest::newRow("after a list")
        << u"1. 一\n\n正文。\n\n\t又一段。"_qs
        << u"<ol>\n<li>一</li>\n</ol>\n<p>正文。</p>\n<p>又一段。</p>\n"_qs;
    QTest::newRow("full-width space inside a line")
        << u"市长　王小明"_qs << u"<p>市长　王小明</p>\n"_qs;
    // Four plain spaces are Markdown's own indented code, which the editor never types.
    QTest::newRow("four spaces") << u"    code"_qs << u"<pre><code>code\n</code></pre>\n"_qs;
}

void TestMarkdown::paragraphIndents()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(markdownToHtml(markdown), html);
}

void TestMarkdown::headingsUnderTheHeadline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("h2 stays") << u"## 现场"_qs << u"<h2>现场</h2>\n"_qs;
    QTest::newRow("h3 first becomes h2")
        << u"### 现场\n\n正文。"_qs << u"<h2>现场</h2>\n<p>正文。</p>\n"_qs;
    QTest::newRow("h1 in the body is below the headline")
        << u"# Inside"_qs << u"<h2>Inside</h2>\n"_qs;
    QTest::newRow("no level skipped")
        << u"## A\n\n#### B\n\n###### C"_qs << u"<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>\n"_qs;
    QTest::newRow("back up keeps its distance")
        << u"### A\n\n#### B\n\n## C\n\n### D"_qs
        << u"<h2>A</h2>\n<h3>B</h3>\n<h2>C</h2>\n<h3>D</h3>\n"_qs;
    QTest::newRow("text that looks like a tag")
        << u"## <h3>x</h3>"_qs << u"<h2>&lt;h3&gt;x&lt;/h3&gt;</h2>\n"_qs;
}

void TestMarkdown::headingsUnderTheHeadline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(markdownToHtml(markdown), html);
}

void TestMarkdown::linesKeepTheirNumbers()
{
    // The preview scrolls to the block of the editor's line: lines must not move.
    QCOMPARE(topLevelBlockLines(u"\t一。\n\n\t二。\n\n　　三。\n\n\t四。"_qs),
        (QList<int> {0, 2, 4, 6}));
}

void TestMarkdown::firstParagraphWithoutIndent()
{
    QCOMPARE(
        firstParagraphText(u"　　淮安日报讯 昨天。\n\n　　第二段。"_qs), u"淮安日报讯昨天。"_qs);
}

void TestMarkdown::textBlocks_data()
{
    // A block a line: its kind (P, H, Q, picture: I) and its runs, bold in <b>, italic in <i>,
    // both in <bi>; a picture's target after "→".
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("blocks");
    QTest::newRow("bold and italic")
        << u"A **b** *c* ***d***."_qs << u"P: A <b>b</b> <i>c</i> <bi>d</bi>."_qs;
    QTest::newRow("soft break between Chinese") << u"第一行\n第二行"_qs << u"P: 第一行第二行"_qs;
    QTest::newRow("soft break between words") << u"one\ntwo"_qs << u"P: one two"_qs;
    QTest::newRow("hard break") << u"one  \ntwo"_qs << u"P: one\u2028two"_qs;
    QTest::newRow("heading and quote")
        << u"## Sub\n\n> Said **so**."_qs << u"H: Sub\nQ: Said <b>so</b>."_qs;
    QTest::newRow("picture alone")
        << u"![Alt *text*](media:p1)"_qs << u"I: Alt <i>text</i> → media:p1"_qs;
    QTest::newRow("picture in a sentence")
        << u"See ![x](media:p1) here."_qs << u"P: See x here."_qs;
    QTest::newRow("link is its text") << u"The [map](https://x.example/)."_qs << u"P: The map."_qs;
    QTest::newRow("list items") << u"- one\n- **two**"_qs << u"P: one\nP: <b>two</b>"_qs;
    QTest::newRow("entities") << u"&amp; &lt;b&gt;"_qs << u"P: & <b>"_qs;
    QTest::newRow("indented Chinese paragraph") << u"\u3000\u3000段落。"_qs << u"P: 段落。"_qs;
    QTest::newRow("spaces collapsed") << u"a  **b**  c"_qs << u"P: a <b>b</b> c"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestMarkdown::textBlocks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, blocks);
    QStringList lines;
    for (const TextBlock &block : ::textBlocks(markdown)) {
        static const char16_t kinds[] = u"PHQI";
        QString line = QChar(kinds[block.kind]) + u": "_qs;
        for (const TextRun &run : block.runs) {
            const QString tag = run.bold && run.italic ? u"bi"_qs
                : run.bold                             ? u"b"_qs
                : run.italic                           ? u"i"_qs
                                                       : QString();
            line += tag.isEmpty() ? run.text : u"<%1>%2</%1>"_qs.arg(tag, run.text);
        }
        if (block.kind == TextBlock::Picture)
            line += u" → "_qs + block.pictureTarget;
        lines << line;
    }
    QCOMPARE(lines.join(u'\n'), blocks);
}

QTEST_MAIN(TestMarkdown)
#include "tst_markdown.moc"
