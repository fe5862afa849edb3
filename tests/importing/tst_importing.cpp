// SPDX-License-Identifier: GPL-3.0-or-later
// The reading conventions, cleanup, encodings, HTML and script conversion as plain functions.
#include "importing/copycleanup.h"
#include "importing/htmlreader.h"
#include "importing/importer.h"
#include "importing/readingconventions.h"
#include "importing/textencoding.h"
#include "script/chinesescript.h"

#include <QtTest>

using namespace ReadingConventions;

class TestImporting : public QObject
{
    Q_OBJECT

private slots:
    void pinyinDebris_data();
    void pinyinDebris();
    void punctuation_data();
    void punctuation();
    void titleCase_data();
    void titleCase();
    void chineseNewsHeader_data();
    void chineseNewsHeader();
    void notChineseNewsHeader_data();
    void notChineseNewsHeader();
    void reporterLine_data();
    void reporterLine();
    void editorLine_data();
    void editorLine();
    void englishByline_data();
    void englishByline();
    void englishDateline_data();
    void englishDateline();
    void wireSignoff_data();
    void wireSignoff();
    void contributorLine_data();
    void contributorLine();
    void endMark_data();
    void endMark();
    void closingCredit_data();
    void closingCredit();
    void storyConventions_data();
    void storyConventions();
    void hostileConventionsStayLinear_data();
    void hostileConventionsStayLinear();
    void furnitureLabel_data();
    void furnitureLabel();
    void language_data();
    void language();
    void encodings_data();
    void encodings();
    void undecodable_data();
    void undecodable();
    void plainTextParagraphs();
    void pastedHtml_data();
    void pastedHtml();
    void htmlPage();
    void scriptConversion_data();
    void scriptConversion();
    void convertArticleFields();
};

void TestImporting::pinyinDebris_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("removed");
    QTest::newRow("traditional") << u"領(lǐng)導(dǎo)視察"_qs << u"領導視察"_qs << 2;
    QTest::newRow("full-width parentheses") << u"區（qū）政府"_qs << u"區政府"_qs << 1;
    QTest::newRow("neutral tone with toned debris")
        << u"我們(men)的(de)車(chē)"_qs << u"我們的車"_qs << 3;
    QTest::newRow("neutral tone alone is kept") << u"大会(huì)"_qs << u"大会"_qs << 1;
    QTest::newRow("english in parentheses kept")
        << u"世卫组织(WHO)表示"_qs << u"世卫组织(WHO)表示"_qs << 0;
    QTest::newRow("no han before") << u"Beijing (běi) test"_qs << u"Beijing (běi) test"_qs << 0;
    QTest::newRow("not a syllable") << u"数据(xyzq)库(kù)"_qs << u"数据(xyzq)库"_qs << 1;
    QTest::newRow("acronym kept") << u"央视(CCTV)报道"_qs << u"央视(CCTV)报道"_qs << 0;
}

void TestImporting::pinyinDebris()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, removed);
    int count = -1;
    QCOMPARE(CopyCleanup::removePinyinDebris(input, &count), expected);
    QCOMPARE(count, removed);
}

void TestImporting::punctuation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comma and colon")
        << u"淮安日报讯:昨日上午,市民"_qs << u"淮安日报讯：昨日上午，市民"_qs;
    QTest::newRow("semicolon, question, exclamation")
        << u"有人说;真的吗?太好了!"_qs << u"有人说；真的吗？太好了！"_qs;
    QTest::newRow("question at line end")
        << u"这是真的吗?\n下一段"_qs << u"这是真的吗？\n下一段"_qs;
    QTest::newRow("parentheses around chinese")
        << u"本报讯(记者 王五)今天"_qs << u"本报讯（记者 王五）今天"_qs;
    QTest::newRow("spaces dropped") << u"上午 , 市民"_qs << u"上午，市民"_qs;
    QTest::newRow("latin text untouched")
        << u"Hello, world: yes; no? ok!"_qs << u"Hello, world: yes; no? ok!"_qs;
    QTest::newRow("numbers untouched") << u"增长1,200人,其中"_qs << u"增长1,200人，其中"_qs;
    QTest::newRow("time untouched") << u"时间10:30开始"_qs << u"时间10:30开始"_qs;
    QTest::newRow("url untouched")
        << u"详见https://example.org/a,b?x=1!"_qs << u"详见https://example.org/a,b?x=1!"_qs;
    QTest::newRow("url in parentheses")
        << u"网站(https://例子.cn)上"_qs << u"网站(https://例子.cn)上"_qs;
    QTest::newRow("latin in parentheses") << u"世卫组织(WHO)表示"_qs << u"世卫组织(WHO)表示"_qs;
    QTest::newRow("mixed sentence") << u"他说,OK, fine,好的"_qs << u"他说,OK, fine,好的"_qs;
}

void TestImporting::punctuation()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CopyCleanup::fullWidthChinesePunctuation(input), expected);
}

void TestImporting::titleCase_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("caps") << u"ELENA PETROVA"_qs << u"Elena Petrova"_qs;
    QTest::newRow("apostrophe and hyphen") << u"MARY O'NEIL-SMITH"_qs << u"Mary O'Neil-Smith"_qs;
    QTest::newRow("mc") << u"JAMES MCDONALD"_qs << u"James McDonald"_qs;
    QTest::newRow("already mixed") << u"Jane van Dyke"_qs << u"Jane van Dyke"_qs;
}

void TestImporting::titleCase()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CopyCleanup::titleCaseName(input), expected);
}

void TestImporting::chineseNewsHeader_data()
{
    QTest::addColumn<QString>("lede");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("bylines"); // "role:name;…"
    QTest::addColumn<QString>("rest");
    QTest::newRow("paper with colon") << u"淮安日报讯：昨日，市区"_qs << QString() << QString()
                                      << u"淮安日报"_qs << QString() << u"昨日，市区"_qs;
    QTest::newRow("ascii colon traditional") << u"淮陰晚報訊:昨日上午"_qs << QString() << QString()
                                             << u"淮陰晚報"_qs << QString() << u"昨日上午"_qs;
    QTest::newRow("benbao with credits")
        << u"本报讯（记者 李青 通讯员 王强）近日，"_qs << QString() << QString() << u"本报"_qs
        << u"记者:李青;通讯员:王强"_qs << u"近日，"_qs;
    QTest::newRow("ascii parentheses")
        << u"本报讯(融媒体记者 杨丹丹)昨天"_qs << QString() << QString() << u"本报"_qs
        << u"融媒体记者:杨丹丹"_qs << u"昨天"_qs;
    QTest::newRow("two names one role")
        << u"本报讯（记者 张三 李四）今天"_qs << QString() << QString() << u"本报"_qs
        << u"记者:张三;记者:李四"_qs << u"今天"_qs;
    QTest::newRow("xinhua") << u"新华社北京11月24日电（记者 刘洋）国务院"_qs << u"北京"_qs
                            << u"11月24日"_qs << u"新华社"_qs << u"记者:刘洋"_qs << u"国务院"_qs;
    QTest::newRow("xinhua traditional no credits")
        << u"新華社香港3月5日電 特區政府"_qs << u"香港"_qs << u"3月5日"_qs << u"新華社"_qs
        << QString() << u"特區政府"_qs;
    QTest::newRow("benbao with place") << u"本报南京11月3日讯 全省"_qs << u"南京"_qs
                                       << u"11月3日"_qs << u"本报"_qs << QString() << u"全省"_qs;
    QTest::newRow("full-width space") << u"扬子晚报讯　今天"_qs << QString() << QString()
                                      << u"扬子晚报"_qs << QString() << u"今天"_qs;
    QTest::newRow("passed on") << u"据新华社电 记者从国家统计局获悉"_qs << QString() << QString()
                               << u"新华社"_qs << QString() << u"记者从国家统计局获悉"_qs;
    QTest::newRow("passed on with place, date and credits")
        << u"据新华社北京11月24日电（记者 刘洋）国务院"_qs << u"北京"_qs << u"11月24日"_qs
        << u"新华社"_qs << u"记者:刘洋"_qs << u"国务院"_qs;
    QTest::newRow("passed on traditional")
        << u"據新華社電（記者 陳明）香港特區"_qs << QString() << QString() << u"新華社"_qs
        << u"記者:陳明"_qs << u"香港特區"_qs;
    QTest::newRow("taiwan bracketed")
        << u"【記者王小明／台北報導】行政院今天"_qs << u"台北"_qs << QString() << QString()
        << u"記者:王小明"_qs << u"行政院今天"_qs;
    QTest::newRow("taiwan parenthesised")
        << u"（記者林佳慧／台中報導）台中市政府"_qs << u"台中"_qs << QString() << QString()
        << u"記者:林佳慧"_qs << u"台中市政府"_qs;
    QTest::newRow("taiwan tortoise-shell brackets, as it happens")
        << u"〔記者張志豪／高雄即時報導〕高雄市"_qs << u"高雄"_qs << QString() << QString()
        << u"記者:張志豪"_qs << u"高雄市"_qs;
    QTest::newRow("taiwan put together, two reporters")
        << u"記者陳建宏、李美玲／綜合報導 颱風"_qs << QString() << QString() << QString()
        << u"記者:陳建宏;記者:李美玲"_qs << u"颱風"_qs;
    QTest::newRow("taiwan line alone, ascii slash")
        << u"記者黃子豪/新北報導"_qs << u"新北"_qs << QString() << QString() << u"記者:黃子豪"_qs
        << QString();
    QTest::newRow("cna") << u"（中央社記者王小明台北1日電）行政院"_qs << u"台北"_qs << u"1日"_qs
                         << u"中央社"_qs << u"記者:王小明"_qs << u"行政院"_qs;
    QTest::newRow("cna special dispatch, three-character place")
        << u"中央社記者林克倫華盛頓30日專電 美國"_qs << u"華盛頓"_qs << u"30日"_qs << u"中央社"_qs
        << u"記者:林克倫"_qs << u"美國"_qs;
    QTest::newRow("cna two reporters")
        << u"（中央社記者王小明、李大華高雄5日電）港務"_qs << u"高雄"_qs << u"5日"_qs
        << u"中央社"_qs << u"記者:王小明;記者:李大華"_qs << u"港務"_qs;
    QTest::newRow("cna without reporter") << u"（中央社台北1日電）立法院"_qs << u"台北"_qs
                                          << u"1日"_qs << u"中央社"_qs << QString() << u"立法院"_qs;
}

static QString bylinesText(const QList<Byline> &bylines)
{
    QStringList parts;
    for (const Byline &b : bylines)
        parts << b.role + u':' + b.name;
    return parts.join(u';');
}

void TestImporting::chineseNewsHeader()
{
    QFETCH(QString, lede);
    QFETCH(QString, place);
    QFETCH(QString, date);
    QFETCH(QString, source);
    QFETCH(QString, bylines);
    QFETCH(QString, rest);
    const auto header = parseChineseNewsHeader(lede);
    QVERIFY(header);
    QCOMPARE(header->dateline.place, place);
    QCOMPARE(header->dateline.date, date);
    QCOMPARE(header->dateline.source, source);
    QCOMPARE(bylinesText(header->bylines), bylines);
    QCOMPARE(lede.mid(header->length), rest);
}

void TestImporting::notChineseNewsHeader_data()
{
    QTest::addColumn<QString>("lede");
    QTest::newRow("a call to the paper") << u"据报社来电称，事故已得到处理。"_qs;
    QTest::newRow("according to a report") << u"据新华社报道，今年粮食产量再创新高。"_qs;
    QTest::newRow("reporter in a sentence") << u"记者从市教育局获悉，两所学校将招生。"_qs;
    QTest::newRow("press conference") << u"【記者會】市長今天宣布新政策。"_qs;
    QTest::newRow("byline running into the text")
        << u"記者王小明/台北報導的內容有誤，特此更正。"_qs;
    QTest::newRow("brackets that do not pair") << u"【記者王小明／台北報導）行政院"_qs;
    QTest::newRow("cna without a date") << u"中央社記者會上，發言人表示。"_qs;
}

void TestImporting::notChineseNewsHeader()
{
    QFETCH(QString, lede);
    QVERIFY(!parseChineseNewsHeader(lede));
}

void TestImporting::reporterLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("bylines"); // empty: not a reporter line
    QTest::newRow("square") << u"■记者 杨丹丹"_qs << u"记者:杨丹丹"_qs;
    QTest::newRow("rongmeiti") << u"■融媒体记者 杨丹丹"_qs << u"融媒体记者:杨丹丹"_qs;
    QTest::newRow("traditional") << u"■記者 陳明遠"_qs << u"記者:陳明遠"_qs;
    QTest::newRow("parenthesised") << u"（记者 王磊）"_qs << u"记者:王磊"_qs;
    QTest::newRow("several") << u"■记者 王磊 通讯员 陈静、刘芳"_qs
                             << u"记者:王磊;通讯员:陈静;通讯员:刘芳"_qs;
    QTest::newRow("no space") << u"记者王磊"_qs << u"记者:王磊"_qs;
    QTest::newRow("benbao at the end") << u"本报记者 王磊"_qs << u"本报记者:王磊"_qs;
    QTest::newRow("benbao with correspondent")
        << u"（本报记者 王磊 通讯员 陈静）"_qs << u"本报记者:王磊;通讯员:陈静"_qs;
    QTest::newRow("taiwan") << u"記者王小明／台北報導"_qs << u"記者:王小明"_qs;
    QTest::newRow("taiwan bracketed")
        << u"【記者王小明、李大華／綜合報導】"_qs << u"記者:王小明;記者:李大華"_qs;
    QTest::newRow("taiwan with text after") << u"記者王小明／台北報導 行政院今天"_qs << QString();
    QTest::newRow("sentence starting with 记者") << u"记者从市教育局获悉"_qs << QString();
    QTest::newRow("plain sentence") << u"今天天气很好。"_qs << QString();
    QTest::newRow("name only") << u"■王磊"_qs << QString();
}

void TestImporting::reporterLine()
{
    QFETCH(QString, line);
    QFETCH(QString, bylines);
    const auto parsed = parseReporterLine(line);
    QCOMPARE(parsed.has_value(), !bylines.isEmpty());
    if (parsed)
        QCOMPARE(bylinesText(*parsed), bylines);
}

void TestImporting::editorLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("editor");
    QTest::newRow("simplified") << u"责任编辑：周敏"_qs << u"周敏"_qs;
    QTest::newRow("traditional ascii colon") << u"責任編輯:林美華"_qs << u"林美華"_qs;
    QTest::newRow("parenthesised") << u"（责任编辑：王强）"_qs << u"王强"_qs;
    QTest::newRow("short form") << u"责编：李四"_qs << u"李四"_qs;
    QTest::newRow("cna with its date code") << u"（編輯：林克倫）1131201"_qs << u"林克倫"_qs;
    QTest::newRow("sentence") << u"责任编辑：这是一段很长的文字不是名字。"_qs << QString();
}

void TestImporting::editorLine()
{
    QFETCH(QString, line);
    QFETCH(QString, editor);
    const auto parsed = parseEditorLine(line);
    QCOMPARE(parsed.value_or(QString()), editor);
}

void TestImporting::englishByline_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("affiliation");
    QTest::addColumn<QString>("role");
    QTest::newRow("caps") << u"By ELENA PETROVA"_qs << QStringList {u"Elena Petrova"_qs}
                          << QString() << QString();
    QTest::newRow("two") << u"By JANE DOE and JOHN O'HARA"_qs
                         << QStringList {u"Jane Doe"_qs, u"John O'Hara"_qs} << QString()
                         << QString();
    QTest::newRow("three") << u"By Ann Lee, Bo Chen and Cy Park"_qs
                           << QStringList {u"Ann Lee"_qs, u"Bo Chen"_qs, u"Cy Park"_qs} << QString()
                           << QString();
    QTest::newRow("affiliation on the line")
        << u"By Jane Doe, Associated Press"_qs << QStringList {u"Jane Doe"_qs}
        << u"Associated Press"_qs << QString();
    QTest::newRow("role") << u"By Jane Doe, Staff Writer"_qs << QStringList {u"Jane Doe"_qs}
                          << QString() << u"Staff Writer"_qs;
    QTest::newRow("sentence") << u"By the time the vote came, most had left."_qs << QStringList()
                              << QString() << QString();
}

void TestImporting::englishByline()
{
    QFETCH(QString, line);
    QFETCH(QStringList, names);
    QFETCH(QString, affiliation);
    QFETCH(QString, role);
    const auto parsed = parseEnglishByline(line);
    QCOMPARE(parsed.has_value(), !names.isEmpty());
    if (!parsed)
        return;
    QStringList got;
    for (const Byline &b : *parsed) {
        got << b.name;
        QCOMPARE(b.affiliation, affiliation);
        QCOMPARE(b.role, role);
    }
    QCOMPARE(got, names);
}

void TestImporting::englishDateline_data()
{
    QTest::addColumn<QString>("lede");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("rest");
    QTest::newRow("ap") << u"PORTLAND, Maine (AP) — The council"_qs << u"PORTLAND, Maine"_qs
                        << QString() << u"AP"_qs << u"The council"_qs;
    QTest::newRow("reuters") << u"SANTIAGO, Nov 21 (Reuters) - Copper"_qs << u"SANTIAGO"_qs
                             << u"Nov 21"_qs << u"Reuters"_qs << u"Copper"_qs;
    QTest::newRow("two words") << u"NEW YORK (AP) — Stocks"_qs << u"NEW YORK"_qs << QString()
                               << u"AP"_qs << u"Stocks"_qs;
    QTest::newRow("state abbreviation and date")
        << u"ST. LOUIS, Mo., March 3 (AP) — A"_qs << u"ST. LOUIS, Mo."_qs << u"March 3"_qs
        << u"AP"_qs << u"A"_qs;
    QTest::newRow("dash only") << u"BEIJING — Officials said"_qs << u"BEIJING"_qs << QString()
                               << QString() << u"Officials said"_qs;
    QTest::newRow("two cities, reuters")
        << u"BANGKOK/HANOI, Dec 1 (Reuters) - Thailand and Vietnam"_qs << u"BANGKOK/HANOI"_qs
        << u"Dec 1"_qs << u"Reuters"_qs << u"Thailand and Vietnam"_qs;
    QTest::newRow("two cities, ap") << u"NEW YORK/LONDON (AP) — Stocks"_qs << u"NEW YORK/LONDON"_qs
                                    << QString() << u"AP"_qs << u"Stocks"_qs;
    QTest::newRow("three cities") << u"SEOUL/TOKYO/BEIJING, Dec 3 (Reuters) - Asian"_qs
                                  << u"SEOUL/TOKYO/BEIJING"_qs << u"Dec 3"_qs << u"Reuters"_qs
                                  << u"Asian"_qs;
    // Not datelines: an empty place.
    QTest::newRow("dashes in a sentence")
        << u"The US-China talks - which began Monday - resumed."_qs << QString() << QString()
        << QString() << QString();
    QTest::newRow("capitals starting a sentence")
        << u"NATO said on Monday it would meet."_qs << QString() << QString() << QString()
        << QString();
    QTest::newRow("a slash between capitals, weak dash")
        << u"AC/DC - the band - played on."_qs << QString() << QString() << QString() << QString();
}

void TestImporting::englishDateline()
{
    QFETCH(QString, lede);
    QFETCH(QString, place);
    QFETCH(QString, date);
    QFETCH(QString, source);
    QFETCH(QString, rest);
    const auto parsed = parseEnglishDateline(lede);
    QCOMPARE(parsed.has_value(), !place.isEmpty());
    if (!parsed)
        return;
    QCOMPARE(parsed->dateline.place, place);
    QCOMPARE(parsed->dateline.date, date);
    QCOMPARE(parsed->dateline.source, source);
    QCOMPARE(lede.mid(parsed->length), rest);
}

void TestImporting::wireSignoff_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("bylines"); // "role:name;…", empty: not a sign-off
    QTest::addColumn<QString>("editor");
    QTest::newRow("reuters") << u"Reporting by Carla Diaz; Editing by Tom Hale"_qs
                             << u":Carla Diaz"_qs << u"Tom Hale"_qs;
    QTest::newRow("parenthesised with places")
        << u"(Reporting by Ann Lee in Seoul and Bo Chen in Beijing; Writing by Cy Park; Editing by Di Ng and Ed Fox)"_qs
        << u":Ann Lee;:Bo Chen;Writing:Cy Park"_qs << u"Di Ng, Ed Fox"_qs;
    QTest::newRow("every reporter, additional and writing")
        << u"Reporting by Panu Wongcha-um in Bangkok and Francesco Guarascio in Hanoi; Additional reporting by Chen Lin; Writing by Kay Johnson; Editing by Martin Petty"_qs
        << u":Panu Wongcha-um;:Francesco Guarascio;Additional reporting:Chen Lin;Writing:Kay Johnson"_qs
        << u"Martin Petty"_qs;
    QTest::newRow("lower case, oxford comma, two-word place")
        << u"Reporting by Maria Silva, Joao Costa, and Ana Lima in Rio de Janeiro; additional reporting by Tom Hale in New York; writing by Bo Chen; editing by Di Ng"_qs
        << u":Maria Silva;:Joao Costa;:Ana Lima;Additional reporting:Tom Hale;Writing:Bo Chen"_qs
        << u"Di Ng"_qs;
    QTest::newRow("one reporter in two places")
        << u"Reporting by Jonathan Saul in London and Amsterdam; Editing by Jan Harvey"_qs
        << u":Jonathan Saul"_qs << u"Jan Harvey"_qs;
    QTest::newRow("place with a comma")
        << u"Reporting by Ann Lee in Washington, D.C. and Bo Chen; Editing by Cy Park"_qs
        << u":Ann Lee;:Bo Chen"_qs << u"Cy Park"_qs;
    QTest::newRow("reporting and writing")
        << u"Reporting and writing by Ann Lee; Additional reporting by Bo Chen and Cy Park; Editing by Di Ng"_qs
        << u":Ann Lee;Additional reporting:Bo Chen;Additional reporting:Cy Park"_qs << u"Di Ng"_qs;
    QTest::newRow("compiled by stays in the sign-off only")
        << u"Compiled by Ann Lee; Editing by Bo Chen"_qs << QString() << u"Bo Chen"_qs;
    QTest::newRow("spaces as typed") << u"Reporting  by   Carla Diaz ;  Editing by Tom  Hale"_qs
                                     << u":Carla Diaz"_qs << u"Tom Hale"_qs;
    QTest::newRow("sentence") << u"Reporting by the agency was thin; nobody came."_qs << QString()
                              << QString();
    QTest::newRow("sentence after a place")
        << u"Reporting by Jane Doe in Chicago found that the program was failing."_qs << QString()
        << QString();
    QTest::newRow("mentioned mid-paragraph")
        << u"The inquiry drew on reporting by Jane Doe in Chicago and Tom Hale in Detroit."_qs
        << QString() << QString();
    QTest::newRow("writing and editing as activities")
        << u"Writing by hand is slower, she said; editing by ear is worse."_qs << QString()
        << QString();
}

void TestImporting::wireSignoff()
{
    QFETCH(QString, line);
    QFETCH(QString, bylines);
    QFETCH(QString, editor);
    const auto parsed = parseWireSignoff(line);
    QCOMPARE(parsed.has_value(), !bylines.isEmpty() || !editor.isEmpty());
    if (!parsed)
        return;
    QCOMPARE(bylinesText(parsed->bylines), bylines);
    QCOMPARE(parsed->editor, editor);
    QVERIFY(!parsed->signoff.startsWith(u'('));
    QVERIFY(parsed->signoff.contains(u"by"));
}

void TestImporting::contributorLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("bylines"); // "role:name;…", empty: not a contributor line
    QTest::newRow("one writer")
        << u"Associated Press writer Jennifer McDermott contributed to this report."_qs
        << u"contributing:Jennifer McDermott"_qs;
    QTest::newRow("writers with places")
        << u"Associated Press writers Zeke Miller in Washington and Mae Anderson in New York contributed to this report."_qs
        << u"contributing:Zeke Miller;contributing:Mae Anderson"_qs;
    QTest::newRow("beat writer, contributed reporting from")
        << u"AP Business Writer Stan Choe contributed reporting from New York."_qs
        << u"contributing:Stan Choe"_qs;
    QTest::newRow("italic, three names")
        << u"_Associated Press writers Ann Lee, Bo Chen and Cy Park contributed._"_qs
        << u"contributing:Ann Lee;contributing:Bo Chen;contributing:Cy Park"_qs;
    QTest::newRow("the writer unnamed")
        << u"The Associated Press writer who contributed to this report asked not to be named."_qs
        << QString();
    QTest::newRow("more sentence after")
        << u"Associated Press writer Jane Doe contributed to this report, the agency said."_qs
        << QString();
    QTest::newRow("not the wire's line")
        << u"A former Associated Press writer, Ann Lee, contributed to this report."_qs
        << QString();
}

void TestImporting::contributorLine()
{
    QFETCH(QString, line);
    QFETCH(QString, bylines);
    const auto parsed = parseContributorLine(line);
    QCOMPARE(parsed.has_value(), !bylines.isEmpty());
    if (!parsed)
        return;
    QCOMPARE(bylinesText(*parsed), bylines);
    QVERIFY(parsed->first().affiliation.contains(u"A"));
}

void TestImporting::endMark_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("mark"); // empty: none
    QTest::addColumn<QString>("story"); // what is left of the paragraph
    QTest::newRow("xinhua alone") << u"（完）"_qs << u"（完）"_qs << QString();
    QTest::newRow("xinhua closing the paragraph")
        << u"项目预计明年6月建成通车。（完）"_qs << u"（完）"_qs << u"项目预计明年6月建成通车。"_qs;
    QTest::newRow("xinhua ascii parentheses")
        << u"项目预计明年建成。(完)"_qs << u"(完)"_qs << u"项目预计明年建成。"_qs;
    QTest::newRow("reuters alone") << u"(END)"_qs << u"(END)"_qs << QString();
    QTest::newRow("reuters after a sign-off")
        << u"(Reporting by Ann Lee; Editing by Bo Chen) (END)"_qs << u"(END)"_qs
        << u"(Reporting by Ann Lee; Editing by Bo Chen)"_qs;
    QTest::newRow("thirty") << u"-30-"_qs << u"-30-"_qs << QString();
    QTest::newRow("thirty closing the paragraph")
        << u"The board meets again in March. -30-"_qs << u"-30-"_qs
        << u"The board meets again in March."_qs;
    QTest::newRow("press release") << u"  ###  "_qs << u"###"_qs << QString();
    QTest::newRow("press release spaced") << u"# # #"_qs << u"# # #"_qs << QString();
    QTest::newRow("press release closing the paragraph")
        << u"Tickets go on sale Friday. ###"_qs << u"###"_qs << u"Tickets go on sale Friday."_qs;
    QTest::newRow("heading") << u"### What changes"_qs << QString() << QString();
    QTest::newRow("heading with closing hashes")
        << u"### What changes ###"_qs << QString() << QString();
    QTest::newRow("hashes mid-sentence")
        << u"Type ### to end a release, she said."_qs << QString() << QString();
    QTest::newRow("hashes after a word")
        << u"The score was hidden as ###"_qs << QString() << QString();
    QTest::newRow("a score") << u"The Jets won 10-30-"_qs << QString() << QString();
    QTest::newRow("end inside chinese") << u"第一部分（完）"_qs << QString() << QString();
    QTest::newRow("end stuck to a word")
        << u"Press any key to quit.(END)"_qs << QString() << QString();
}

void TestImporting::endMark()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, mark);
    QFETCH(QString, story);
    const auto parsed = parseEndMark(paragraph);
    QCOMPARE(parsed.has_value(), !mark.isEmpty());
    if (!parsed)
        return;
    QCOMPARE(parsed->mark, mark);
    QCOMPARE(paragraph.first(parsed->position), story);
}

void TestImporting::closingCredit_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("bylines"); // "role:name;…"
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("story"); // what is left; empty with no bylines or source: none
    QTest::newRow("benbao after the last sentence")
        << u"目前，三条道路已全部完工。（本报记者 王磊 通讯员 陈静）"_qs
        << u"本报记者:王磊;通讯员:陈静"_qs << QString() << u"目前，三条道路已全部完工。"_qs;
    QTest::newRow("passed on") << u"新规自明年1月1日起施行。（据新华社电）"_qs << QString()
                               << u"新华社"_qs << u"新规自明年1月1日起施行。"_qs;
    QTest::newRow("passed on from a paper")
        << u"报告全文将于下周发布。（据《人民日报》）"_qs << QString() << u"人民日报"_qs
        << u"报告全文将于下周发布。"_qs;
    QTest::newRow("after a quotation")
        << u"他说：“我们会坚持下去。”（记者 赵雨桐）"_qs << u"记者:赵雨桐"_qs << QString()
        << u"他说：“我们会坚持下去。”"_qs;
    QTest::newRow("part of the sentence")
        << u"这是一期工程（二期）"_qs << QString() << QString() << QString();
    QTest::newRow("a photo note") << u"工人正在施工。（图为施工现场）"_qs << QString() << QString()
                                  << QString();
    QTest::newRow("as is known") << u"工程进展顺利。（据了解）"_qs << QString() << QString()
                                 << QString();
    QTest::newRow("credits mid-paragraph")
        << u"他说（记者 王磊）今天很好。"_qs << QString() << QString() << QString();
}

void TestImporting::closingCredit()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, bylines);
    QFETCH(QString, source);
    QFETCH(QString, story);
    const auto parsed = parseClosingCredit(paragraph);
    QCOMPARE(parsed.has_value(), !bylines.isEmpty() || !source.isEmpty());
    if (!parsed)
        return;
    QCOMPARE(bylinesText(parsed->bylines), bylines);
    QCOMPARE(parsed->dateline.source, source);
    QCOMPARE(paragraph.first(parsed->position), story);
}

// The conventions in a whole story, as plain-text import reads it: what is taken out of the
// body, what stays.
void TestImporting::storyConventions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("bylines"); // "role:name;…"
    QTest::addColumn<QString>("dateline"); // "place|date|source"
    QTest::addColumn<QString>("signoff");
    QTest::newRow("scene break inside a story")
        << u"Night ferry\n\nThe last boat left at 11. Nobody was aboard.\n\n###\n\nBy dawn the harbor was quiet.\n"_qs
        << u"The last boat left at 11. Nobody was aboard.\n\n###\n\nBy dawn the harbor was quiet."_qs
        << QString() << u"||"_qs << QString();
    QTest::newRow("end mark after the sign-off")
        << u"Rice slips\n\nSINGAPORE, Dec 2 (Reuters) - Rice fell.\n\nTraders were cautious.\n\n(Reporting by Anil Kumar; Editing by Jane Wu)\n\n(END)\n"_qs
        << u"Rice fell.\n\nTraders were cautious."_qs << u":Anil Kumar"_qs
        << u"SINGAPORE|Dec 2|Reuters"_qs << u"Reporting by Anil Kumar; Editing by Jane Wu"_qs;
    QTest::newRow("end mark on the sign-off's line")
        << u"Rice slips\n\nSINGAPORE, Dec 2 (Reuters) - Rice fell.\n\nTraders were cautious.\n\n(Reporting by Anil Kumar; Editing by Jane Wu) (END)\n"_qs
        << u"Rice fell.\n\nTraders were cautious."_qs << u":Anil Kumar"_qs
        << u"SINGAPORE|Dec 2|Reuters"_qs << u"Reporting by Anil Kumar; Editing by Jane Wu"_qs;
    QTest::newRow("reporting by mid-paragraph stays")
        << u"Prize for series\n\nThe series drew on reporting by Jane Doe in Chicago and Tom Hale in Detroit.\n\nReporting by Jane Doe in Chicago found the program was failing.\n"_qs
        << u"The series drew on reporting by Jane Doe in Chicago and Tom Hale in Detroit.\n\nReporting by Jane Doe in Chicago found the program was failing."_qs
        << QString() << u"||"_qs << QString();
    QTest::newRow("contributor line stays")
        << u"Storm nears coast\n\nMIAMI (AP) — The storm strengthened.\n\nAssociated Press writer Ann Lee contributed to this report.\n"_qs
        << u"The storm strengthened.\n\nAssociated Press writer Ann Lee contributed to this report."_qs
        << u"contributing:Ann Lee"_qs << u"MIAMI||AP"_qs << QString();
    QTest::newRow("xinhua end mark and editor")
        << u"农村公路\n\n新华社北京11月24日电 通知要求加强养护。（完）\n\n责任编辑：周敏\n"_qs
        << u"通知要求加强养护。"_qs << QString() << u"北京|11月24日|新华社"_qs << QString();
    QTest::newRow("benbao closing credit")
        << u"三条道路完工\n\n近日，城南三条道路完工。\n\n目前，道路已通车。（本报记者 王磊 通讯员 陈静）\n"_qs
        << u"近日，城南三条道路完工。\n\n目前，道路已通车。"_qs << u"本报记者:王磊;通讯员:陈静"_qs
        << u"||"_qs << QString();
    QTest::newRow("taiwan byline at the end keeps its place")
        << u"捷運延伸線動工\n\n捷運延伸線今天動工。\n\n預計2030年通車。\n\n記者黃子豪／新北報導\n"_qs
        << u"捷運延伸線今天動工。\n\n預計2030年通車。"_qs << u"記者:黃子豪"_qs << u"新北||"_qs
        << QString();
}

void TestImporting::storyConventions()
{
    QFETCH(QString, text);
    QFETCH(QString, body);
    QFETCH(QString, bylines);
    QFETCH(QString, dateline);
    QFETCH(QString, signoff);
    const Article article = Importer::readPlainText(text).article;
    QCOMPARE(article.body, body);
    QCOMPARE(bylinesText(article.bylines), bylines);
    QCOMPARE(QStringList({article.dateline.place, article.dateline.date, article.dateline.source})
                 .join(u'|'),
        dateline);
    QCOMPARE(article.signoff, signoff);
}

// Conventions as an attacker writes them: thousands of names, "and"s, marks and parentheses.
// Each is read (or refused) in linear time; quadratic work on these sizes takes minutes.
void TestImporting::hostileConventionsStayLinear_data()
{
    QTest::addColumn<QString>("text");
    auto repeated = [](const QString &part, int times) {
        QString text;
        text.reserve(part.size() * times);
        for (int i = 0; i < times; ++i)
            text += part;
        return text;
    };
    QTest::newRow("reuters credit with 100,000 ands")
        << u"Story\n\nSINGAPORE, Dec 2 (Reuters) - Rice fell.\n\nReporting by Ann Lee"_qs
            + repeated(u" and Bo Chen in Seoul"_qs, 100000) + u"; Editing by Cy Park\n"_qs;
    QTest::newRow("a credit line of spaces") << u"Story\n\nRice fell.\n\nReporting by Ann"_qs
            + repeated(u" "_qs, 500000) + u"Lee x\n"_qs;
    QTest::newRow("contributor line with 100,000 ands")
        << u"Story\n\nRice fell.\n\nAssociated Press writers Ann Lee"_qs
            + repeated(u" and Bo Chen"_qs, 100000) + u" contributed to this report.\n"_qs;
    QTest::newRow("taiwan byline with 100,000 names")
        << u"標題\n\n【記者王小明"_qs + repeated(u"、李大華"_qs, 100000) + u"／台北報導】今天\n"_qs;
    // Each "(" once looked for its ")" and the line's end afresh: 2 s for 100,000, 30 s here.
    QTest::newRow("400,000 end marks")
        << u"Story\n\nRice fell."_qs + repeated(u" (END)"_qs, 400000) + u"\n"_qs;
    QTest::newRow("400,000 unclosed parentheses")
        << u"标题\n\n道路已通车"_qs + repeated(u"(记者"_qs, 400000) + u"\n"_qs;
    QTest::newRow("100,000 closing credits")
        << u"标题\n\n道路已通车。"_qs + repeated(u"（记者 王磊）"_qs, 100000) + u"\n"_qs;
    QTest::newRow("100,000 dateline cities") << u"Story\n\nBANGKOK"_qs
            + repeated(u"/HANOI"_qs, 100000) + u" x, Dec 1 (Reuters) - A\n"_qs;
}

void TestImporting::hostileConventionsStayLinear()
{
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = Importer::readPlainText(text);
    QVERIFY(!result.article.body.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

void TestImporting::furnitureLabel_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("label");
    QTest::newRow("related coverage") << u"Related Coverage"_qs << true;
    QTest::newRow("related colon") << u"Related:"_qs << true;
    QTest::newRow("xiangguan") << u"相关新闻"_qs << true;
    QTest::newRow("bracketed") << u"【推荐阅读】"_qs << true;
    QTest::newRow("traditional search") << u"新聞搜索"_qs << true;
    QTest::newRow("markdown heading") << u"## 相關新聞"_qs << true;
    QTest::newRow("sentence") << u"Related coverage of the vote was thin."_qs << false;
}

void TestImporting::furnitureLabel()
{
    QFETCH(QString, line);
    QFETCH(bool, label);
    QCOMPARE(isFurnitureLabel(line), label);
}

void TestImporting::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << u"The council voted on Monday."_qs << u"en"_qs;
    QTest::newRow("english with a chinese name")
        << u"The mayor, 李明, said the new ferry service would start next month after years of delay."_qs
        << u"en"_qs;
    QTest::newRow("simplified") << u"市图书馆新馆正式对外开放，首日接待读者超过八千人次。"_qs
                                << u"zh-Hans"_qs;
    QTest::newRow("traditional") << u"市圖書館新館正式對外開放，首日接待讀者超過八千人次。"_qs
                                 << u"zh-Hant"_qs;
    QTest::newRow("simplified with english")
        << u"苹果公司发布了新款iPhone和MacBook产品"_qs << u"zh-Hans"_qs;
}

void TestImporting::language()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(ChineseScript::detectLanguage(text), language);
}

void TestImporting::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString simplified =
        u"本报讯（记者 王磊）市区新建的两所学校明年秋季开始招生，新增学位两千个。"_qs;
    const QString traditional =
        u"淮陰晚報訊：市圖書館新館正式對外開放，首日接待讀者超過八千人次。"_qs;
    QTest::newRow("utf-8") << simplified.toUtf8() << u"UTF-8"_qs;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + simplified.toUtf8() << u"UTF-8"_qs;
    QByteArray utf16le("\xFF\xFE");
    utf16le.append(reinterpret_cast<const char *>(simplified.utf16()), simplified.size() * 2);
    QTest::newRow("utf-16le bom") << utf16le << u"UTF-16LE"_qs;
    QTest::newRow("gbk") << encodeText(simplified, "GBK") << u"GB18030"_qs;
    QTest::newRow("gb18030") << encodeText(simplified, "GB18030") << u"GB18030"_qs;
    QTest::newRow("big5") << encodeText(traditional, "Big5") << u"Big5"_qs;
}

void TestImporting::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QVERIFY(!bytes.isEmpty());
    QString problem;
    const auto decoded = decodeText(bytes, &problem);
    QVERIFY2(decoded, qPrintable(problem));
    QCOMPARE(decoded->encoding, encoding);
    QVERIFY(decoded->text.contains(u"讯") || decoded->text.contains(u"訊"));
    QVERIFY(!decoded->text.startsWith(QChar(0xFEFF)));
}

void TestImporting::undecodable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("latin-1") << QByteArray("Caf\xE9 society \xFF\xFE\xFD") << u"not valid UTF-8"_qs;
    QTest::newRow("windows-1252 words")
        << QByteArray("Na\xEFve d\xE9j\xE0 vu r\xE9sum\xE9s") << u"not valid UTF-8"_qs;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << u"binary"_qs;
}

void TestImporting::undecodable()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QString why;
    QVERIFY(!decodeText(bytes, &why));
    QVERIFY2(why.contains(problem), qPrintable(why));
}

void TestImporting::plainTextParagraphs()
{
    // Hard-wrapped paragraphs separated by blank lines are joined; lines are not paragraphs.
    const ImportResult wrapped = Importer::readPlainText(
        u"Ferry adds sailings\n\nThe harbor ferry will add late\nsailings on Fridays, the port\nauthority said.\n\nRiders had asked for it in a\nsurvey last spring.\n"_qs);
    QCOMPARE(wrapped.article.headline, u"Ferry adds sailings"_qs);
    QCOMPARE(wrapped.article.body,
        u"The harbor ferry will add late sailings on Fridays, the port authority said.\n\nRiders had asked for it in a survey last spring."_qs);
    // Chinese wrapped lines join without a space.
    const ImportResult chinese =
        Importer::readPlainText(u"标题\n\n市区新建的两所学校\n明年秋季开始招生\n\n第二段。\n"_qs);
    QCOMPARE(chinese.article.body, u"市区新建的两所学校明年秋季开始招生\n\n第二段。"_qs);
    // Raw: verbatim, the headline from the first line only.
    const ImportResult raw =
        Importer::readPlainText(u"标题(biāo)\n本报讯:今天,很好\n■记者 王磊\n"_qs, true);
    QCOMPARE(raw.article.headline, u"标题(biāo)"_qs);
    QCOMPARE(raw.article.body, u"本报讯:今天,很好\n■记者 王磊"_qs);
    QVERIFY(raw.article.bylines.isEmpty());
    QVERIFY(raw.warnings.isEmpty());
}

void TestImporting::pastedHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("browser")
        << u"<meta charset='utf-8'><p>One <b>bold</b> and <i>it</i> and <a href=\"https://example.org/x\">a link</a>.</p><p>Two</p>"_qs
        << u"One **bold** and *it* and [a link](https://example.org/x).\n\nTwo"_qs;
    QTest::newRow("fragment markers")
        << u"<html><body><!--StartFragment--><h2>Sub</h2><ul><li>a</li><li>b</li></ul><!--EndFragment--></body></html>"_qs
        << u"## Sub\n\n- a\n- b"_qs;
    QTest::newRow("script dropped")
        << u"<p>Safe<script>alert('x')</script> text</p><p onclick=\"evil()\">Next <a href=\"javascript:evil()\">here</a></p>"_qs
        << u"Safe text\n\nNext here"_qs;
    QTest::newRow("word")
        << u"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{}</style></head><body><p class=MsoNormal><span style='font-weight:bold'>淮安日报讯:</span>今天,市区<o:p></o:p></p><p class=MsoListParagraphCxSpFirst><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>第一</p><p class=MsoListParagraphCxSpLast><span style='mso-list:Ignore'>·</span>第二</p></body></html>"_qs
        << u"**淮安日报讯：**今天，市区\n\n- 第一\n- 第二"_qs;
    QTest::newRow("pinyin debris") << u"<p>領(lǐng)導(dǎo)說,好</p>"_qs << u"領導說，好"_qs;
    QTest::newRow("entities and breaks")
        << u"<div>A&amp;B &lt;c&gt;<br>next&nbsp;line</div>"_qs << u"A&B <c>\n\nnext line"_qs;
}

void TestImporting::pastedHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, markdown);
    QStringList warnings;
    QCOMPARE(Importer::pastedHtmlToMarkdown(html, &warnings), markdown);
}

void TestImporting::htmlPage()
{
    const QString html =
        uR"(<!DOCTYPE html><html lang="en"><head><title>Ferry adds sailings | The Harbor Post</title>
<meta name="author" content="Priya Raman"><script>document.write('<p>injected</p>')</script>
<style>p{color:red}</style></head><body>
<header class="site-header"><h1>The Harbor Post</h1><nav><a href="/">Home</a></nav></header>
<main><article><header><h1>Ferry adds late sailings</h1></header>
<div itemprop="articleBody"><p>NEWPORT, R.I. (AP) — The ferry will add <strong>late</strong> sailings.</p>
<div class="ad-slot">Buy now</div><p>Riders asked for it.</p>
<aside><h3>Related</h3><ul><li><a href="/x">Other story</a></li></ul></aside>
<script>alert('never')</script></div></article>
<section class="related-stories"><h2>More</h2><p>Another headline here</p></section></main>
<footer>© The Harbor Post</footer></body></html>)"_qs;
    const ImportResult result = Importer::readHtmlPage(html);
    QCOMPARE(result.article.headline, u"Ferry adds late sailings"_qs);
    QCOMPARE(
        result.article.body, u"The ferry will add **late** sailings.\n\nRiders asked for it."_qs);
    QCOMPARE(result.article.dateline.place, u"NEWPORT, R.I."_qs);
    QCOMPARE(result.article.bylines.value(0).name, u"Priya Raman"_qs);
    QVERIFY(result.warnings.join(u'\n').contains(u"script"));
}

void TestImporting::scriptConversion_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("s2t") << u"zh-Hans"_qs << u"zh-Hant"_qs << u"市图书馆新馆开放"_qs
                         << u"市圖書館新館開放"_qs;
    QTest::newRow("t2s") << u"zh-Hant"_qs << u"zh-Hans"_qs << u"市圖書館新館開放"_qs
                         << u"市图书馆新馆开放"_qs;
    QTest::newRow("s2tw") << u"zh-Hans"_qs << u"zh-TW"_qs << u"台湾的里程"_qs << u"臺灣的里程"_qs;
    QTest::newRow("s2hk") << u"zh-Hans"_qs << u"zh-HK"_qs << u"记者说"_qs << u"記者説"_qs;
}

void TestImporting::scriptConversion()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto config = ChineseScript::configFor(from, to);
    QVERIFY(config);
    QCOMPARE(ChineseScript::convert(input, *config), expected);
    QVERIFY(!ChineseScript::configFor(u"en"_qs, u"zh-Hant"_qs));
    QVERIFY(!ChineseScript::configFor(u"zh-Hans"_qs, u"zh-Hans"_qs));
}

void TestImporting::convertArticleFields()
{
    Article a;
    a.headline = u"城南新建学校"_qs;
    a.deck = u"明年招生"_qs;
    a.body = u"记者从[教育局](https://example.org/jy)获悉。"_qs;
    a.bylines = {Byline {u"赵雨桐"_qs, u"记者"_qs, u"淮安日报"_qs}};
    a.dateline = {u"淮安"_qs, u"11月18日"_qs, u"本报"_qs};
    a.section = u"教育"_qs;
    a.tags = {u"学校"_qs};
    a.editor = u"周敏"_qs;
    a.language = u"zh-Hans"_qs;
    const Article t = ChineseScript::convertArticle(a, u"s2t"_qs, u"zh-Hant"_qs);
    QCOMPARE(t.headline, u"城南新建學校"_qs);
    QCOMPARE(t.deck, u"明年招生"_qs);
    QCOMPARE(t.body, u"記者從[教育局](https://example.org/jy)獲悉。"_qs);
    QCOMPARE(t.bylines.first(), (Byline {u"趙雨桐"_qs, u"記者"_qs, u"淮安日報"_qs}));
    QCOMPARE(t.dateline.source, u"本報"_qs);
    QCOMPARE(t.section, u"教育"_qs);
    QCOMPARE(t.tags, QStringList {u"學校"_qs});
    QCOMPARE(t.language, u"zh-Hant"_qs);
    QCOMPARE(t.id, a.id);
}

QTEST_GUILESS_MAIN(TestImporting)
#include "tst_importing.moc"
