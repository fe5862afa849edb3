// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/article.h"
#include "model/editions.h"
#include "model/slug.h"
#include "model/textcounts.h"

#include <QJsonArray>
#include <QtTest>

#include <string_view>

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void editionLabels_data();
    void editionLabels();
    void editionFields();
    void editionTextDiffers();
    void counts_data();
    void counts();
    void countsIgnoreMarkdown();
    void slug_data();
    void slug();
    void targetLength();
    void jsonRoundTrip();
    void jsonHasExactKeys();
    void setField_data();
    void setField();
    void traditionalChinese_data();
    void traditionalChinese();
    void controlCharactersAreStripped_data();
    void controlCharactersAreStripped();
};

void TestModel::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("cjk");
    QTest::addColumn<int>("chars");
    QTest::addColumn<int>("zishu");

    QTest::newRow("english") << QStringLiteral("The council voted on Tuesday.") << 5 << 0 << 25
                             << 0;
    QTest::newRow("chinese") << QStringLiteral("市领导现场督办。") << 0 << 7 << 8 << 8;
    QTest::newRow("mixed") << QStringLiteral("市领导现场督办 and the council voted.") << 4 << 7
                           << 26 << 7;
    QTest::newRow("apostrophe") << QStringLiteral("Huai'an couldn’t wait") << 3 << 0 << 19 << 0;
    QTest::newRow("numbers") << QStringLiteral("COVID-19 cases rose 12%") << 4 << 0 << 20 << 4;
    QTest::newRow("traditional") << QStringLiteral("老城區百年茶館") << 0 << 7 << 7 << 7;
    QTest::newRow("kana and hangul") << QStringLiteral("カタカナ 한국어") << 0 << 7 << 7 << 7;
    QTest::newRow("empty") << QString() << 0 << 0 << 0 << 0;
    QTest::newRow("whitespace") << QStringLiteral(" \n\t ") << 0 << 0 << 0 << 0;
    QTest::newRow("astral han") << QStringLiteral("𠀋字") << 0 << 2 << 2 << 2;

    // Hyphenated compounds are one word, as AP and Word count them.
    QTest::newRow("late-night") << QStringLiteral("late-night talks") << 2 << 0 << 15 << 0;
    QTest::newRow("score") << QStringLiteral("won 7-2 at home") << 4 << 0 << 12 << 2;
    QTest::newRow("score with en dash") << QStringLiteral("won 7–2") << 2 << 0 << 6 << 2;
    QTest::newRow("three hyphens")
        << QStringLiteral("a state-of-the-art plant") << 3 << 0 << 22 << 0;
    QTest::newRow("non-breaking hyphen") << QStringLiteral("late‑night") << 1 << 0 << 10 << 0;
    QTest::newRow("spaced hyphen") << QStringLiteral("yes - no") << 2 << 0 << 6 << 0;
    QTest::newRow("em dash") << QStringLiteral("yes—no") << 2 << 0 << 6 << 1;
    QTest::newRow("leading hyphen") << QStringLiteral("-5 degrees") << 2 << 0 << 9 << 1;
    QTest::newRow("trailing hyphen") << QStringLiteral("pre- and post-war") << 3 << 0 << 15 << 0;

    // 字数: CJK characters, full-width punctuation and digits, one each.
    QTest::newRow("dateline") << QStringLiteral("据新华社北京12月3日电（记者王小明）“十四五”规划……")
                              << 2 << 19 << 28 << 28;
    QTest::newRow("full-width digits") << QStringLiteral("１２月") << 1 << 1 << 3 << 3;
    QTest::newRow("book title and list comma")
        << QStringLiteral("《人民日报》、新华社") << 0 << 7 << 10 << 10;
    QTest::newRow("name dot") << QStringLiteral("阿卜杜勒·克里木") << 0 << 7 << 8 << 8;
    QTest::newRow("iteration mark") << QStringLiteral("人人々") << 0 << 3 << 3 << 3;
}

void TestModel::counts()
{
    QFETCH(QString, text);
    const TextCounts c = countText(text);
    QTEST(c.words, "words");
    QTEST(c.cjkChars, "cjk");
    QTEST(c.chars, "chars");
    QTEST(c.zishu, "zishu");
}

void TestModel::countsIgnoreMarkdown()
{
    Article a;
    a.body = QStringLiteral(
        "## Subhead\n\nRead **the** [report](https://example.com/a-very-long-url).\n\n- 新能源");
    const TextCounts c = a.counts();
    QCOMPARE(c.words, 4); // Subhead, Read, the, report
    QCOMPARE(c.cjkChars, 3);
}

void TestModel::slug_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("slug");
    const QString id = QStringLiteral("3F9C2B1E-0000-4000-8000-000000000000");

    QTest::newRow("english") << QStringLiteral("Council votes on the new bridge")
                             << QStringLiteral("council-votes-on-the-new-bridge");
    QTest::newRow("punctuation") << QStringLiteral("  \"Breaking\": 3 hurt -- in crash!  ")
                                 << QStringLiteral("breaking-3-hurt-in-crash");
    QTest::newRow("accents") << QStringLiteral("Café owners protest in Zürich")
                             << QStringLiteral("cafe-owners-protest-in-zurich");
    QTest::newRow("apostrophe") << QStringLiteral("Huai'an's mayor speaks")
                                << QStringLiteral("huaians-mayor-speaks");
    QTest::newRow("chinese") << QStringLiteral("本市新能源公交线路增至42条")
                             << QStringLiteral("a-3f9c2b1e");
    QTest::newRow("mostly chinese")
        << QStringLiteral("本地高校团队发布 AI 农业助手") << QStringLiteral("a-3f9c2b1e");
    QTest::newRow("empty") << QString() << QStringLiteral("a-3f9c2b1e");
    QTest::newRow("dots") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
}

void TestModel::slug()
{
    QFETCH(QString, headline);
    const QString result = slugFromHeadline(headline, u"3F9C2B1E-0000-4000-8000-000000000000");
    QTEST(result, "slug");
    QVERIFY(isValidSlug(result));
}

void TestModel::targetLength()
{
    Article en;
    en.body = QStringLiteral("One two three 市领导");
    QCOMPARE(en.length(), 3);
    Article zh = en;
    zh.language = QStringLiteral("zh-Hans");
    QCOMPARE(zh.length(), 3);
    zh.body = QStringLiteral("市领导现场督办 and the council voted.");
    QCOMPARE(zh.length(), 7);
    // The target is measured in 字数, punctuation and digits included.
    zh.body = QStringLiteral("市领导现场督办，问题12日解决。");
    QCOMPARE(zh.length(), 16);
    en.body = QStringLiteral("A late-night 7-2 win.");
    QCOMPARE(en.length(), 4);
}

void TestModel::jsonRoundTrip()
{
    Article a;
    a.id = QStringLiteral("6b1d1f7e-5a43-4c4c-9d1c-2f1b7f4f5f11");
    a.slug = QStringLiteral("a-6b1d1f7e");
    a.revision = 4;
    a.headline = QStringLiteral("本市新能源公交线路增至42条");
    a.deck = QStringLiteral("年内再换装一百辆");
    a.bylines = {{QStringLiteral("杨丹丹"), QStringLiteral("融媒体记者"), QString()},
        {QStringLiteral("Jane Doe"), QStringLiteral("Staff Writer"), QStringLiteral("AP")}};
    a.dateline = {QStringLiteral("北京"), QStringLiteral("11月24日"), QStringLiteral("新华社")};
    a.body = QStringLiteral("正文 with **Markdown**.");
    a.language = QStringLiteral("zh-Hans");
    a.section = QStringLiteral("经济");
    a.tags = {QStringLiteral("新能源"), QStringLiteral("交通")};
    a.status = ArticleStatus::Ready;
    a.editor = QStringLiteral("刘芳");
    a.signoff = QStringLiteral("Reporting by X; Editing by Y");
    a.notes = QStringLiteral("check figures");
    a.targetLength = 800;
    a.created = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
    a.updated = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15, 250), Qt::UTC);

    QString error;
    const auto back = Article::fromJson(a.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, a);
    QCOMPARE(a.toJson().value(QStringLiteral("published")).type(), QJsonValue::Null);
    QCOMPARE(a.toJson().value(QStringLiteral("updated")).toString(),
        QStringLiteral("2026-11-24T09:30:15.250Z"));
}

void TestModel::jsonHasExactKeys()
{
    const QJsonObject json = Article().toJson();
    QStringList keys = json.keys();
    keys.sort();
    QStringList expected {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("revision"),
        QStringLiteral("headline"), QStringLiteral("deck"), QStringLiteral("bylines"),
        QStringLiteral("dateline"), QStringLiteral("body"), QStringLiteral("language"),
        QStringLiteral("section"), QStringLiteral("tags"), QStringLiteral("status"),
        QStringLiteral("editor"), QStringLiteral("signoff"), QStringLiteral("notes"),
        QStringLiteral("target_length"), QStringLiteral("created"), QStringLiteral("updated"),
        QStringLiteral("published"), QStringLiteral("counts"), QStringLiteral("media"),
        QStringLiteral("publish_at"), QStringLiteral("embargo_until"),
        QStringLiteral("corrections"), QStringLiteral("kill_notice"), QStringLiteral("edition_of"),
        QStringLiteral("edition_revision"), QStringLiteral("edition_conversion")};
    expected.sort();
    QCOMPARE(keys, expected);
    QStringList counts = json.value(QStringLiteral("counts")).toObject().keys();
    counts.sort();
    QCOMPARE(counts,
        (QStringList {
            QStringLiteral("chars"), QStringLiteral("cjk_chars"), QStringLiteral("words")}));
}

void TestModel::setField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("jsonKey");
    QTest::addColumn<QString>("expectedJson");

    QTest::newRow("headline") << "headline"
                              << "新标题" << true << "headline"
                              << "\"新标题\"";
    QTest::newRow("status") << "status"
                            << "ready" << true << "status"
                            << "\"ready\"";
    QTest::newRow("bad status") << "status"
                                << "printed" << false << ""
                                << "";
    QTest::newRow("bylines") << "bylines"
                             << R"([{"name":"杨丹丹","role":"融媒体记者","affiliation":""}])"
                             << true << "bylines"
                             << R"([{"affiliation":"","name":"杨丹丹","role":"融媒体记者"}])";
    QTest::newRow("bylines not json") << "bylines"
                                      << "杨丹丹" << false << ""
                                      << "";
    QTest::newRow("byline without name") << "bylines"
                                         << R"([{"role":"记者"}])" << false << ""
                                         << "";
    QTest::newRow("dateline") << "dateline"
                              << R"({"place":"","date":"","source":"淮安日报"})" << true
                              << "dateline"
                              << R"({"date":"","place":"","source":"淮安日报"})";
    QTest::newRow("dateline part") << "dateline.place"
                                   << "Huai'an" << true << "dateline"
                                   << R"({"date":"","place":"Huai'an","source":""})";
    QTest::newRow("tags") << "tags"
                          << R"(["新能源","交通","新能源"])" << true << "tags"
                          << R"(["新能源","交通"])";
    QTest::newRow("tags object") << "tags"
                                 << R"({"a":1})" << false << ""
                                 << "";
    QTest::newRow("target") << "target_length"
                            << "800" << true << "target_length"
                            << "800";
    QTest::newRow("target text") << "target_length"
                                 << "long" << false << ""
                                 << "";
    QTest::newRow("negative target") << "target_length"
                                     << "-5" << false << ""
                                     << "";
    QTest::newRow("language") << "language"
                              << "zh-Hant" << true << "language"
                              << "\"zh-Hant\"";
    QTest::newRow("bad language") << "language"
                                  << "chinese!" << false << ""
                                  << "";
    QTest::newRow("slug") << "slug"
                          << "bridge-reopens" << true << "slug"
                          << "\"bridge-reopens\"";
    QTest::newRow("slug traversal") << "slug"
                                    << "../x" << false << ""
                                    << "";
    QTest::newRow("unknown") << "colour"
                             << "red" << false << ""
                             << "";
}

void TestModel::setField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, jsonKey);
    QFETCH(QString, expectedJson);

    Article a;
    const Article before = a;
    const QString error = a.setField(field, value);
    QCOMPARE(error.isEmpty(), accepted);
    if (!accepted) {
        QCOMPARE(a, before); // a refused value changes nothing
        return;
    }
    const QJsonValue got = a.toJson().value(jsonKey);
    const QByteArray wrapped = QJsonDocument(QJsonArray {got}).toJson(QJsonDocument::Compact);
    QCOMPARE(QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)), expectedJson);
}

void TestModel::traditionalChinese_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<bool>("traditional");
    QTest::newRow("en") << "en" << false << false;
    QTest::newRow("zh") << "zh" << true << false;
    QTest::newRow("zh-Hans") << "zh-Hans" << true << false;
    QTest::newRow("zh-Hant") << "zh-Hant" << true << true;
    QTest::newRow("zh-TW") << "zh-TW" << true << true;
    QTest::newRow("zh-HK") << "zh-HK" << true << true;
    QTest::newRow("zhx") << "zhx" << false << false;
}

void TestModel::traditionalChinese()
{
    QFETCH(QString, language);
    QTEST(isChineseLanguage(language), "chinese");
    QTEST(isTraditionalChinese(language), "traditional");
}

void TestModel::controlCharactersAreStripped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("oneLine"); // headline, deck, section, tags, bylines, dateline
    QTest::addColumn<QString>("multiLine"); // body, notes, sign-off
    // Sized views: the rows hold NULs.
    const auto T = [](std::u16string_view text) {
        return QString::fromUtf16(text.data(), qsizetype(text.size()));
    };
    using namespace std::string_view_literals;
    QTest::newRow("NUL") << T(u"Council\0 votes"sv) << T(u"Council votes"sv)
                         << T(u"Council votes"sv);
    QTest::newRow("only NUL") << T(u"\0"sv) << QString() << QString();
    QTest::newRow("C0 and DEL") << T(u"a\x01"
                                     u"b\x1b"
                                     u"c\x7f"
                                     u"d\x08"
                                     u"e"sv)
                                << T(u"abcde"sv) << T(u"abcde"sv);
    QTest::newRow("C1") << T(u"a\x85"
                             u"b\x9f"
                             u"c"sv)
                        << T(u"abc"sv) << T(u"abc"sv);
    QTest::newRow("line breaks and tabs")
        << T(u"one\ntwo\r\nthree\tfour"sv) << T(u"one two  three four"sv)
        << T(u"one\ntwo\r\nthree\tfour"sv);
    QTest::newRow("Chinese untouched")
        << T(u"淮安日报讯："sv) << T(u"淮安日报讯："sv) << T(u"淮安日报讯："sv);
    QTest::newRow("separators and nbsp kept")
        << T(u"a\u00a0b\u2028c"sv) << T(u"a\u00a0b\u2028c"sv) << T(u"a\u00a0b\u2028c"sv);
}

void TestModel::controlCharactersAreStripped()
{
    QFETCH(QString, text);
    QFETCH(QString, oneLine);
    QFETCH(QString, multiLine);
    Article a;
    a.headline = a.deck = a.section = a.editor = text;
    a.dateline = {text, text, text};
    a.bylines = {{QStringLiteral("N") + text, text, text}};
    a.tags = {text, QStringLiteral("ok")};
    a.body = a.notes = a.signoff = text;
    a.stripControlCharacters();
    for (const QString *field :
        {&a.headline, &a.deck, &a.section, &a.editor, &a.dateline.place, &a.dateline.date,
            &a.dateline.source, &a.bylines.first().role, &a.bylines.first().affiliation})
        QCOMPARE(*field, oneLine);
    QCOMPARE(a.bylines.first().name, QStringLiteral("N") + oneLine);
    for (const QString *field : {&a.body, &a.notes, &a.signoff})
        QCOMPARE(*field, multiLine);
    // A tag that was nothing but control characters is gone.
    const QStringList tags = oneLine.trimmed().isEmpty()
        ? QStringList {QStringLiteral("ok")}
        : QStringList {oneLine, QStringLiteral("ok")};
    QCOMPARE(a.tags, tags);
}

void TestModel::editionLabels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("group");
    QTest::addColumn<QString>("label");
    const QStringList three {u"zh-Hans"_qs, u"zh-Hant"_qs, u"en"_qs};
    QTest::newRow("simplified") << u"zh-Hans"_qs << three << u"简体"_qs;
    QTest::newRow("zh alone is simplified") << u"zh"_qs << three << u"简体"_qs;
    QTest::newRow("traditional") << u"zh-Hant"_qs << three << u"繁體"_qs;
    QTest::newRow("one Taiwan edition")
        << u"zh-TW"_qs << QStringList {u"zh-Hans"_qs, u"zh-TW"_qs} << u"繁體"_qs;
    const QStringList both {u"zh-Hans"_qs, u"zh-TW"_qs, u"zh-HK"_qs};
    QTest::newRow("Taiwan beside Hong Kong") << u"zh-TW"_qs << both << u"繁體（台灣）"_qs;
    QTest::newRow("Hong Kong beside Taiwan") << u"zh-HK"_qs << both << u"繁體（香港）"_qs;
    QTest::newRow("english") << u"en"_qs << three << u"English"_qs;
    QTest::newRow("en-GB") << u"en-GB"_qs << three << u"English"_qs;
    QTest::newRow("french by its own name") << u"fr"_qs << three << u"français"_qs;
}

void TestModel::editionLabels()
{
    QFETCH(QString, language);
    QFETCH(QStringList, group);
    QFETCH(QString, label);
    QCOMPARE(Copydesk::editionLabel(language, group), label);
}

void TestModel::editionFields()
{
    Article source;
    source.id = u"src"_qs;
    source.revision = 4;
    source.headline = u"国务院发布新规"_qs;
    source.body = u"正文"_qs;
    source.status = ArticleStatus::Published;
    source.embargoUntil = QDateTime(QDate(2026, 12, 5), QTime(8, 0), Qt::UTC);
    const Article draft = Copydesk::translationDraft(source, u"en"_qs);
    QCOMPARE(draft.editionOf, u"src"_qs);
    QCOMPARE(draft.editionRevision, 4);
    QCOMPARE(draft.body, QString());
    QCOMPARE(draft.headline, source.headline);
    QCOMPARE(draft.status, ArticleStatus::Draft);
    QCOMPARE(draft.embargoUntil, source.embargoUntil); // an embargo binds every edition
    QVERIFY(draft.id.isEmpty());
    QCOMPARE(Copydesk::editionGroup(draft), u"src"_qs);
    QCOMPARE(Copydesk::editionGroup(source), u"src"_qs);

    // The link survives JSON (snapshots, migrate) and is checked.
    Article edition = draft;
    edition.id = u"ed"_qs;
    edition.editionConversion = u"phrases"_qs;
    const auto back = Article::fromJson(edition.toJson());
    QVERIFY(back);
    QCOMPARE(back->editionOf, u"src"_qs);
    QCOMPARE(back->editionRevision, 4);
    QCOMPARE(back->editionConversion, u"phrases"_qs);
    QVERIFY(source.toJson().value(u"edition_of").isNull());
    edition.editionConversion = u"machine"_qs;
    QVERIFY(edition.validate().contains(u"edition_conversion"_qs));
    edition.editionConversion.clear();
    edition.editionOf = edition.id;
    QVERIFY(edition.validate().contains(u"itself"_qs));
    Article notAnEdition;
    notAnEdition.editionRevision = 2;
    QVERIFY(!notAnEdition.validate().isEmpty());
}

void TestModel::editionTextDiffers()
{
    Article a;
    a.headline = u"A"_qs;
    a.body = u"text"_qs;
    a.media.append(Copydesk::Photo {});
    Article b = a;
    b.status = ArticleStatus::Published;
    b.revision = 9;
    b.notes = u"internal"_qs;
    QVERIFY(!Copydesk::editionTextDiffers(a, b)); // status, notes: nothing to translate
    b.body = u"text."_qs;
    QVERIFY(Copydesk::editionTextDiffers(a, b));
    b = a;
    b.media[0].caption = u"a caption"_qs;
    QVERIFY(Copydesk::editionTextDiffers(a, b));
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
