// SPDX-License-Identifier: GPL-3.0-or-later
// The copy desk's checks, a row per case: each rule finds what it should, with the fix it
// should offer, and leaves alone what it must (Latin text, URLs, code, numbers, quoted English
// inside Chinese, credits); relative dates against the days written and read; AP datelines.
#include "model/apstyle.h"
#include "render/housestyle.h"
#include "style/relativedates.h"
#include "style/stylechecker.h"

#include <QtTest>

namespace {

// "rule|as written|replacement" for each finding, in order.
QStringList describe(const QList<StyleFinding> &findings)
{
    QStringList out;
    for (const StyleFinding &f : findings)
        out << f.rule + u'|' + f.text + u'|' + f.replacement;
    return out;
}

StyleEntry entry(const QString &text, const QString &replacement = {}, bool exception = false,
    const QString &language = {})
{
    StyleEntry e;
    e.text = text;
    e.replacement = replacement;
    e.exception = exception;
    e.language = language;
    return e;
}

} // namespace

class TestStyle : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void positionsAreThoseOfTheText();
    void styleList_data();
    void styleList();
    void rulesSwitchOffAndOn();
    void relativeDates_data();
    void relativeDates();
    void writtenDayOfEachPassage();
    void apDatelinePlace_data();
    void apDatelinePlace();
    void datelineCheck_data();
    void datelineCheck();
    void renderedDateline_data();
    void renderedDateline();
};

void TestStyle::rules_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const char *language, const QString &line,
                         const QStringList &expected) {
        QTest::newRow(name) << QString::fromLatin1(language) << line << expected;
    };
    // Half-width punctuation between Chinese characters.
    row("comma", "zh-Hans", u"他说,我们明天去。"_qs, {u"zh-halfwidth-punctuation|,|，"_qs});
    row("full stop at the end", "zh-Hans", u"会议结束了."_qs,
        {u"zh-halfwidth-punctuation|.|。"_qs});
    row("colon before a quote", "zh-Hans", u"他说:“好。”"_qs,
        {u"zh-halfwidth-punctuation|:|："_qs});
    row("question, exclamation, semicolon", "zh-Hans", u"真的吗?是的!好;"_qs,
        {u"zh-halfwidth-punctuation|?|？"_qs, u"zh-halfwidth-punctuation|!|！"_qs,
            u"zh-halfwidth-punctuation|;|；"_qs});
    row("parentheses", "zh-Hans", u"本报讯(记者 张三)今天"_qs,
        {u"zh-halfwidth-punctuation|(|（"_qs, u"zh-halfwidth-punctuation|)|）"_qs});
    row("English in parentheses", "zh-Hans", u"美联社(AP)报道。"_qs, {});
    row("decimal number", "zh-Hans", u"增长3.5%，达到1,200亿元。"_qs, {});
    row("quoted English inside Chinese", "zh-Hans", u"他说：“I'm fine, really.”"_qs, {});
    row("English sentence", "zh-Hans", u"He said: yes, no; maybe? Fine!"_qs, {});
    row("URL", "zh-Hans", u"详见https://example.org/a,b;c?d=1。"_qs, {});
    row("code span", "zh-Hans", u"输入`中文,中文`即可。"_qs, {});
    row("link target", "zh-Hans", u"见[报道](https://例子.cn/新闻,一)。"_qs, {});
    row("time of day", "zh-Hans", u"下午3:30开会。"_qs, {});
    // Quotes of the other script.
    row("corner quotes in Simplified", "zh-Hans", u"他说「你好」。"_qs,
        {u"zh-quotes|「|“"_qs, u"zh-quotes|」|”"_qs});
    row("curly quotes in Traditional", "zh-Hant", u"他說“你好”。"_qs,
        {u"zh-quotes|“|「"_qs, u"zh-quotes|”|」"_qs});
    row("straight quotes in Simplified", "zh-Hans", u"他说\"你好\"。"_qs,
        {u"zh-quotes|\"|“"_qs, u"zh-quotes|\"|”"_qs});
    row("right quotes in Simplified", "zh-Hans", u"他说“你好”，‘好’。"_qs, {});
    row("right quotes in Traditional", "zh-Hant", u"他說「你好」，『好』。"_qs, {});
    row("English apostrophe in Traditional", "zh-Hant", u"He’s here."_qs, {});
    // Ellipses and dashes.
    row("three dots", "zh-Hans", u"然后...他走了。"_qs, {u"zh-ellipsis|...|……"_qs});
    row("three full stops", "zh-Hans", u"然后。。。他走了。"_qs, {u"zh-ellipsis|。。。|……"_qs});
    row("a lone ellipsis", "zh-Hans", u"然后…他走了。"_qs, {u"zh-ellipsis|…|……"_qs});
    row("a right ellipsis", "zh-Hans", u"然后……他走了。"_qs, {});
    row("English ellipsis", "en", u"And then... he left."_qs, {});
    row("two hyphens", "zh-Hans", u"长江--中国最长的河"_qs, {u"zh-dash|--|——"_qs});
    row("full-width hyphen", "zh-Hans", u"长江－中国最长的河"_qs, {u"zh-dash|－|——"_qs});
    row("one em dash", "zh-Hans", u"长江—中国最长的河"_qs, {u"zh-dash|—|——"_qs});
    row("a right dash", "zh-Hans", u"长江——中国最长的河"_qs, {});
    row("English em dash", "en", u"The river — the longest — runs."_qs, {});
    row("hyphenated English", "zh-Hans", u"使用COVID-19检测--"_qs, {});
    // Repeated marks, spaces, full-width alphanumerics.
    row("two exclamation marks", "zh-Hans", u"太好了！！"_qs,
        {u"zh-repeated-punctuation|！！|！"_qs});
    row("two question marks", "zh-Hans", u"真的吗？？"_qs, {u"zh-repeated-punctuation|？？|？"_qs});
    row("space inside Chinese", "zh-Hans", u"今天 天气很好。"_qs, {u"zh-space| |"_qs});
    row("credit spaces", "zh-Hans", u"本报讯（记者 赵雨桐 通讯员 孙浩）"_qs, {});
    row("space beside Latin", "zh-Hans", u"发布 AI 农业助手"_qs, {});
    row("full-width letters and digits", "zh-Hans", u"编号ＡＢＣ１２３。"_qs,
        {u"fullwidth-alphanumeric|ＡＢＣ１２３|ABC123"_qs});
    // Script consistency, phrase by phrase.
    row("Traditional in Simplified", "zh-Hans", u"楊树下的广场"_qs,
        {u"script-consistency|楊|杨"_qs});
    row("a run of Traditional", "zh-Hans", u"我們在廣場"_qs,
        {u"script-consistency|們|们"_qs, u"script-consistency|廣場|广场"_qs});
    row("乾隆 is Simplified too", "zh-Hans", u"乾隆年间"_qs, {});
    row("Simplified in Traditional", "zh-Hant", u"這是软件。"_qs, {u"script-consistency|软|軟"_qs});
    row("台 in Traditional", "zh-Hant", u"台灣的後來"_qs, {});
    row("皇后 in Traditional", "zh-Hant", u"皇后走了一公里"_qs, {});
    row("Chinese rules in an English story", "en", u"The sign read 他说,好."_qs,
        {u"zh-halfwidth-punctuation|,|，"_qs, u"zh-halfwidth-punctuation|.|。"_qs});
    // English wire style.
    row("double space", "en", u"The council  met."_qs, {u"en-double-space|  | "_qs});
    row("Markdown line break", "en", u"The council met.  "_qs, {});
    row("indented line", "en", u"    The council met."_qs, {});
    row("straight quotes are the house's by default", "en", u"He said \"no\"."_qs, {});
}

void TestStyle::rules()
{
    QFETCH(QString, language);
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    StyleContext context;
    context.language = language;
    StyleChecker checker(context);
    QCOMPARE(describe(checker.check(line)), expected);
}

void TestStyle::positionsAreThoseOfTheText()
{
    StyleContext context;
    context.language = u"zh-Hans"_qs;
    StyleChecker checker(context);
    const QString text = u"第一段。\n\n```\n代码,代码\n```\n他说,好。"_qs;
    const QList<StyleFinding> found = checker.check(text);
    QCOMPARE(found.size(), 1); // not in the fenced code
    QCOMPARE(found.first().line, 6);
    QCOMPARE(found.first().column, 3);
    QCOMPARE(text.mid(found.first().offset, found.first().length), u","_qs);
}

void TestStyle::styleList_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("preferred") << u"en"_qs << u"We utilize the plan."_qs
                               << QStringList {u"style-list|utilize|use"_qs};
    QTest::newRow("capital kept") << u"en"_qs << u"Utilize the plan."_qs
                                  << QStringList {u"style-list|Utilize|Use"_qs};
    QTest::newRow("whole words only") << u"en"_qs << u"They are reutilized."_qs << QStringList();
    QTest::newRow("banned") << u"en"_qs << u"A very unique day."_qs
                            << QStringList {u"style-list|very unique|"_qs};
    QTest::newRow("Chinese preferred")
        << u"zh-Hans"_qs << u"坐的士回家。"_qs << QStringList {u"style-list|的士|出租车"_qs};
    QTest::newRow("only for its language") << u"en"_qs << u"的士"_qs << QStringList();
    QTest::newRow("exception keeps a name")
        << u"zh-Hans"_qs << u"楊振寧教授说。"_qs << QStringList();
    QTest::newRow("exception only where it is")
        << u"zh-Hans"_qs << u"楊树"_qs << QStringList {u"script-consistency|楊|杨"_qs};
    QTest::newRow("not in code") << u"en"_qs << u"Call `utilize()` now."_qs << QStringList();
}

void TestStyle::styleList()
{
    QFETCH(QString, language);
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    StyleContext context;
    context.language = language;
    context.styleList = {entry(u"utilize"_qs, u"use"_qs), entry(u"very unique"_qs),
        entry(u"的士"_qs, u"出租车"_qs, false, u"zh"_qs), entry(u"楊振寧"_qs, {}, true)};
    StyleChecker checker(context);
    QCOMPARE(describe(checker.check(line)), expected);
}

void TestStyle::rulesSwitchOffAndOn()
{
    StyleContext context;
    context.language = u"zh-Hans"_qs;
    QCOMPARE(describe(StyleChecker(context).check(u"他说,好。"_qs)).size(), 1);
    context.ruleSwitches.insert(u"zh-halfwidth-punctuation"_qs, false);
    QVERIFY(StyleChecker(context).check(u"他说,好。"_qs).isEmpty());

    context.language = u"en"_qs;
    QVERIFY(StyleChecker(context).check(u"He said \"no\"."_qs).isEmpty());
    context.ruleSwitches.insert(u"en-straight-quotes"_qs, true);
    QCOMPARE(describe(StyleChecker(context).check(u"He said \"no\" and it's done."_qs)),
        (QStringList {u"en-straight-quotes|\"|“"_qs, u"en-straight-quotes|\"|”"_qs,
            u"en-straight-quotes|'|’"_qs}));
}

void TestStyle::relativeDates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("written");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QStringList>("expected");
    const QDate nov24(2026, 11, 24); // a Tuesday
    QTest::newRow("昨日 two days later")
        << u"zh-Hans"_qs << u"昨日，市政府宣布。"_qs << nov24 << QDate(2026, 11, 26)
        << QStringList {u"relative-date|昨日|11月23日"_qs};
    QTest::newRow("same day") << u"zh-Hans"_qs << u"昨日，市政府宣布。"_qs << nov24 << nov24
                              << QStringList();
    QTest::newRow("今天 明天 前天")
        << u"zh-Hans"_qs << u"今天和明天，前天"_qs << nov24 << QDate(2026, 11, 25)
        << QStringList {u"relative-date|今天|11月24日"_qs, u"relative-date|明天|11月25日"_qs,
               u"relative-date|前天|11月22日"_qs};
    QTest::newRow("another year") << u"zh-Hans"_qs << u"昨天"_qs << QDate(2026, 12, 31)
                                  << QDate(2027, 1, 2)
                                  << QStringList {u"relative-date|昨天|2026年12月30日"_qs};
    QTest::newRow("yesterday") << u"en"_qs << u"The council voted yesterday."_qs << nov24
                               << QDate(2026, 11, 26)
                               << QStringList {u"relative-date|yesterday|Nov. 23"_qs};
    QTest::newRow("Today at the start")
        << u"en"_qs << u"Today the council meets."_qs << nov24 << QDate(2026, 11, 25)
        << QStringList {u"relative-date|Today|Nov. 24"_qs};
    QTest::newRow("on Monday, still this week") << u"en"_qs << u"The council voted on Monday."_qs
                                                << nov24 << QDate(2026, 11, 26) << QStringList();
    QTest::newRow("on Monday, a week later")
        << u"en"_qs << u"The council voted on Monday."_qs << nov24 << QDate(2026, 12, 2)
        << QStringList {u"relative-date|Monday|Nov. 23"_qs};
    QTest::newRow("a lower-case weekday is no name")
        << u"en"_qs << u"monday"_qs << nov24 << QDate(2026, 12, 2) << QStringList();
    QTest::newRow("inside a word")
        << u"en"_qs << u"todays and yesterdays"_qs << nov24 << QDate(2026, 12, 2) << QStringList();
    QTest::newRow("周一, a week later")
        << u"zh-Hans"_qs << u"周一，市政府宣布。"_qs << nov24 << QDate(2026, 12, 2)
        << QStringList {u"relative-date|周一|11月23日"_qs};
    QTest::newRow("星期日 and 礼拜天, a week later")
        << u"zh-Hans"_qs << u"星期日下雨，礼拜天晴。"_qs << QDate(2026, 11, 23)
        << QDate(2026, 12, 2)
        << QStringList {u"relative-date|星期日|11月22日"_qs, u"relative-date|礼拜天|11月22日"_qs};
    QTest::newRow("週三 in Traditional, still this week")
        << u"zh-Hant"_qs << u"週三開會。"_qs << QDate(2026, 11, 26) << QDate(2026, 11, 27)
        << QStringList();
    QTest::newRow("schedules, other weeks and counts are no dates")
        << u"zh-Hans"_qs
        << u"每周一开放，周一至周五，周一、三，上周一，下周二，一周一次，两周一检。"_qs << nov24
        << QDate(2026, 12, 9) << QStringList();
    QTest::newRow("no publish day: unchecked")
        << u"en"_qs << u"yesterday"_qs << nov24 << QDate() << QStringList();
}

void TestStyle::relativeDates()
{
    QFETCH(QString, language);
    QFETCH(QString, line);
    QFETCH(QDate, written);
    QFETCH(QDate, published);
    QFETCH(QStringList, expected);
    StyleContext context;
    context.language = language;
    context.writtenDay = written;
    context.publishedDay = published;
    QCOMPARE(describe(StyleChecker(context).check(line)), expected);
}

void TestStyle::writtenDayOfEachPassage()
{
    // The day of the revision that added each word: asked with the line and the offset.
    StyleContext context;
    context.language = u"zh-Hans"_qs;
    context.publishedDay = QDate(2026, 11, 26);
    QList<qsizetype> asked;
    context.writtenOn = [&](QStringView line, qsizetype offset) {
        asked << offset;
        return line.mid(offset).startsWith(u"昨日") ? QDate(2026, 11, 26) : QDate(2026, 11, 24);
    };
    const QList<StyleFinding> found = StyleChecker(context).check(u"昨日开会，今天闭幕。"_qs);
    QCOMPARE(asked, (QList<qsizetype> {0, 5}));
    QCOMPARE(describe(found), QStringList {u"relative-date|今天|11月24日"_qs});
    QVERIFY2(found.first().message.contains(u"11月26日"), qPrintable(found.first().message));
}

void TestStyle::apDatelinePlace_data()
{
    QTest::addColumn<QString>("entered");
    QTest::addColumn<QString>("ap");
    QTest::newRow("state written out") << u"Galveston, Texas"_qs << u"GALVESTON, Texas"_qs;
    QTest::newRow("state in capitals") << u"GALVESTON, TEXAS"_qs << u"GALVESTON, Texas"_qs;
    QTest::newRow("postal code") << u"Galveston, TX"_qs << u"GALVESTON, Texas"_qs;
    QTest::newRow("abbreviated") << u"Springfield, Illinois"_qs << u"SPRINGFIELD, Ill."_qs;
    QTest::newRow("postal IL") << u"Springfield, IL"_qs << u"SPRINGFIELD, Ill."_qs;
    QTest::newRow("AP form kept") << u"Springfield, Ill."_qs << u"SPRINGFIELD, Ill."_qs;
    QTest::newRow("two words") << u"Concord, New Hampshire"_qs << u"CONCORD, N.H."_qs;
    QTest::newRow("W.Va.") << u"Charleston, West Virginia"_qs << u"CHARLESTON, W.Va."_qs;
    QTest::newRow("never abbreviated") << u"Portland, Maine"_qs << u"PORTLAND, Maine"_qs;
    QTest::newRow("Alaska") << u"Juneau, AK"_qs << u"JUNEAU, Alaska"_qs;
    QTest::newRow("stands alone") << u"Beijing"_qs << u"BEIJING"_qs;
    QTest::newRow("stands alone, country dropped") << u"Beijing, China"_qs << u"BEIJING"_qs;
    QTest::newRow("U.S. city alone") << u"Chicago, Illinois"_qs << u"CHICAGO"_qs;
    QTest::newRow("foreign, as written") << u"Pokhara, Nepal"_qs << u"POKHARA, Nepal"_qs;
    QTest::newRow("foreign, shouted") << u"POKHARA, NEPAL"_qs << u"POKHARA, Nepal"_qs;
    QTest::newRow("several cities") << u"New York/London"_qs << u"NEW YORK/LONDON"_qs;
    QTest::newRow("Chinese place") << u"淮安"_qs << u"淮安"_qs;
}

void TestStyle::apDatelinePlace()
{
    QFETCH(QString, entered);
    QFETCH(QString, ap);
    QCOMPARE(ApStyle::datelinePlace(entered), ap);
}

void TestStyle::datelineCheck_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("replacement"); // empty: no finding
    QTest::newRow("Illinois") << u"en"_qs << u"Springfield, Illinois"_qs << u"Springfield, Ill."_qs;
    QTest::newRow("right already") << u"en"_qs << u"Springfield, Ill."_qs << QString();
    QTest::newRow("city case is the renderer's") << u"en"_qs << u"Galveston, Texas"_qs << QString();
    QTest::newRow("alone") << u"en"_qs << u"Chicago, Illinois"_qs << u"Chicago"_qs;
    QTest::newRow("Chinese stories keep their headers")
        << u"zh-Hans"_qs << u"Chicago, Illinois"_qs << QString();
}

void TestStyle::datelineCheck()
{
    QFETCH(QString, language);
    QFETCH(QString, place);
    QFETCH(QString, replacement);
    StyleContext context;
    context.language = language;
    const std::optional<StyleFinding> found =
        StyleChecker(context).checkDateline({place, {}, u"AP"_qs});
    QCOMPARE(found.has_value(), !replacement.isEmpty());
    if (found) {
        QCOMPARE(found->rule, u"ap-dateline"_qs);
        QCOMPARE(found->replacement, replacement);
    }
}

void TestStyle::renderedDateline_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("rendered");
    QTest::newRow("Galveston") << u"GALVESTON, Texas"_qs << QString()
                               << u"GALVESTON, Texas (AP) — "_qs;
    QTest::newRow("entered in capitals")
        << u"GALVESTON, TEXAS"_qs << QString() << u"GALVESTON, Texas (AP) — "_qs;
    QTest::newRow("Springfield") << u"Springfield, Illinois"_qs << QString()
                                 << u"SPRINGFIELD, Ill. (AP) — "_qs;
    QTest::newRow("Beijing") << u"Beijing"_qs << QString() << u"BEIJING (AP) — "_qs;
    QTest::newRow("dated") << u"Santiago, Chile"_qs << u"2026-09-09"_qs
                           << u"SANTIAGO, Chile, Sept. 9 (AP) - "_qs;
}

void TestStyle::renderedDateline()
{
    QFETCH(QString, place);
    QFETCH(QString, date);
    QFETCH(QString, rendered);
    QCOMPARE(englishDateline({place, date, u"AP"_qs}), rendered);
}

QTEST_GUILESS_MAIN(TestStyle)
#include "tst_style.moc"
