// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking against the real en_US Hunspell dictionary: what is flagged and what never
// is, the newsroom dictionary in a real store, and `copydesk check` through the built binary.
#include "postgresserver.h"
#include "spelling/dictionaries.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingpreferences.h"
#include "store/articlestore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;

class TestSpelling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void misspellings_data();
    void misspellings();
    void neverFlagged_data();
    void neverFlagged();
    void hyphenatedWordsByParts();
    void acronymsAreConfigurable();
    void pinyinNamesAreConfigurable();
    void positions();
    void namesFromArticle();
    void dictionaryChoice_data();
    void dictionaryChoice();
    void debianPackages_data();
    void debianPackages();
    void missingDictionary();
    void ownDictionaryInItsEncoding();
    void newsroomDictionaryPersists();
    void newsroomDictionaryIsShared_data();
    void newsroomDictionaryIsShared();
    void ignoreList();
    void cliJson();
    void cliPlainAndExitCodes();
    void cliArticle();

private:
    QString writeFile(const QString &name, const QByteArray &contents);
    QTemporaryDir m_home;
    std::unique_ptr<PostgresServer> m_server;
};

void TestSpelling::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Dictionaries, ignore list and settings of a reporter of our own, for us and the binary.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    if (!Dictionaries::find(QStringLiteral("en_US")).isValid())
        QSKIP("the en_US Hunspell dictionary is not installed (Debian: hunspell-en-us)");
}

QString TestSpelling::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}

void TestSpelling::misspellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("firstSuggestion");
    QTest::newRow("goverment") << u"The goverment said on Monday."_qs << u"goverment"_qs
                               << u"government"_qs;
    QTest::newRow("recieve") << u"Residents will recieve letters."_qs << u"recieve"_qs
                             << u"receive"_qs;
    QTest::newRow("occured") << u"The crash occured at dawn."_qs << u"occured"_qs << u"occurred"_qs;
    QTest::newRow("in Chinese copy") << u"淮安日报讯 记者在现场看到 the goverment 表示"_qs
                                     << u"goverment"_qs << u"government"_qs;
    QTest::newRow("accented, not pinyin")
        << u"The Zürichh office."_qs << u"Zürichh"_qs << u"Zurich"_qs;
    QTest::newRow("in emphasis") << u"**Definately** not."_qs << u"Definately"_qs
                                 << u"Definitely"_qs;
    QTest::newRow("link text") << u"[the goverment](https://example.org/)"_qs << u"goverment"_qs
                               << u"government"_qs;
}

void TestSpelling::misspellings()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(QString, firstSuggestion);
    SpellChecker checker({QStringLiteral("en_US")});
    QVERIFY2(checker.isUsable(), qPrintable(checker.errors().join(u'\n')));
    const QList<Misspelling> found = checker.check(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().word, word);
    QCOMPARE(text.mid(found.first().offset, found.first().length), word);
    QCOMPARE(checker.suggestions(word).value(0), firstSuggestion);
    QVERIFY(checker.suggestions(word).size() <= 7);
}

void TestSpelling::neverFlagged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("newsroom words")
        << u"Tighten the lede and the nut graf; the hed and dek, two bylines."_qs;
    QTest::newRow("plain English") << u"The council voted on Monday to approve the budget."_qs;
    QTest::newRow("curly apostrophe")
        << u"They couldn’t say, and the authority’s director didn't."_qs;
    QTest::newRow("acronym") << u"NATO and the EU met; UNHCR and NATO's chief spoke."_qs;
    QTest::newRow("digits") << u"COVID-19 cases rose 7-2 in 2026; the G7 and 4x4 and MH370 too."_qs;
    QTest::newRow("Chinese") << u"淮安日报讯（记者 杨丹丹）近日，淮安市新能源公交线路增至42条。"_qs;
    QTest::newRow("Traditional Chinese") << u"老城區百年茶館重新開張，記者林雅婷報導。"_qs;
    QTest::newRow("pinyin with tone marks")
        << u"茶館(guǎn) 開(kāi) 專區 zhuān qū, Huái'ān, Lǚ, nǚ'ér"_qs;
    QTest::newRow("pinyin names") << u"Zhao Yu and Wang Xiaoming met in Huai'an; Zhao's team."_qs;
    QTest::newRow("Japanese and Korean") << u"東京でニュース 서울 뉴스"_qs;
    QTest::newRow("link target")
        << u"See [the schedule](https://exmaple.org/fery-schedle \"Titel\")."_qs;
    QTest::newRow("image") << u"![a ferry](images/ferri-photo.jpg)"_qs;
    QTest::newRow("reference link") << u"See [the schedule][schdl] online."_qs;
    QTest::newRow("reference definition") << u"[schdl]: https://exmaple.org/fery 'Titel'"_qs;
    QTest::newRow("bare URL")
        << u"Details at https://wwww.exmaple.org/pathh?qury=1 and www.exmaple.com/x."_qs;
    QTest::newRow("domain") << u"Visit exmaple.org or newz.exmaple.co.uk/pathh for more."_qs;
    QTest::newRow("snake_case") << u"The setting max_retrys_count is on."_qs;
    QTest::newRow("e-mail") << u"Write to tipz@newsroomm.example or mailto:edtor@exmaple.org."_qs;
    QTest::newRow("handle") << u"Follow @qingheedaily for updates."_qs;
    QTest::newRow("code span") << u"Run `copydsk chek` or ``the `goverment` flag``."_qs;
    QTest::newRow("autolink") << u"<https://exmaple.org/goverment> <tipz@exmaple.org>"_qs;
    QTest::newRow("entity") << u"Fish&nbsp;&amp;&#8212;chips&hellip;"_qs;
    QTest::newRow("HTML tag") << u"<span class=\"higlight\">word</span><br/>"_qs;
    QTest::newRow("fenced code") << u"Before.\n\n```pythn\ndef fooo(): retrn 1\n```\n\nAfter."_qs;
    QTest::newRow("tilde fence") << u"~~~\nsome cde hre\n~~~~\nDone."_qs;
    QTest::newRow("abbreviations") << u"The U.S. and U.K. said e.g. at 1 a.m. on Dec. 5."_qs;
    QTest::newRow("Markdown syntax")
        << u"# Heading\n\n> Quote, *emphasis*, __strong__ and - list\n\n---"_qs;
}

void TestSpelling::neverFlagged()
{
    QFETCH(QString, text);
    SpellChecker checker({QStringLiteral("en_US")});
    const QList<Misspelling> found = checker.check(text);
    QStringList words;
    for (const Misspelling &m : found)
        words << m.word;
    QVERIFY2(found.isEmpty(), qPrintable(words.join(u' ')));
}

void TestSpelling::hyphenatedWordsByParts()
{
    SpellChecker checker({QStringLiteral("en_US")});
    QVERIFY(checker.check(u"a state-of-the-art, well-known e-mail").isEmpty());
    const QList<Misspelling> found = checker.check(u"a state-of-teh-art bridge");
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().word, u"teh"_qs);
}

void TestSpelling::pinyinNamesAreConfigurable()
{
    SpellChecker checker({QStringLiteral("en_US")});
    QVERIFY(checker.check(u"Zhao Xiaoming in Huai'an"_qs).isEmpty());
    QCOMPARE(checker.check(u"zhao went"_qs).size(), 1); // lower case: not a name
    checker.setAcceptsPinyinNames(false);
    QCOMPARE(checker.check(u"Zhao Xiaoming in Huai'an"_qs).size(), 3);
}

void TestSpelling::acronymsAreConfigurable()
{
    SpellChecker checker({QStringLiteral("en_US")});
    QVERIFY(checker.check(u"The XQZT office"_qs).isEmpty());
    checker.setChecksAcronyms(true);
    QCOMPARE(checker.check(u"The XQZT office"_qs).value(0).word, u"XQZT"_qs);
}

void TestSpelling::positions()
{
    SpellChecker checker({QStringLiteral("en_US")});
    const QString text = u"First line.\n淮安 the goverment\n\nAnd teh end."_qs;
    const QList<Misspelling> found = checker.check(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).line, 2);
    QCOMPARE(found.at(0).column, 8);
    QCOMPARE(found.at(0).offset, text.indexOf(u"goverment"));
    QCOMPARE(found.at(1).line, 4);
    QCOMPARE(found.at(1).column, 5);
    QCOMPARE(found.at(1).offset, text.indexOf(u"teh"));
}

void TestSpelling::namesFromArticle()
{
    SpellChecker checker({QStringLiteral("en_US")});
    const QString text = u"Okafor reported from Huai'an; Okafor's notes and HUAI'AN wire."_qs;
    QVERIFY(!checker.check(text).isEmpty());
    Article article;
    article.bylines = {{u"Daniel Okafor"_qs, u"Correspondent"_qs, {}}};
    article.dateline = {u"Huai'an"_qs, {}, u"Qinghe Daily"_qs};
    checker.addKnownNamesOf(article);
    QVERIFY(checker.check(text).isEmpty());
}

void TestSpelling::dictionaryChoice_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("englishDefault");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("en") << u"en"_qs << u"en_US"_qs << QStringList {u"en_US"_qs};
    QTest::newRow("en configured") << u"en"_qs << u"en_GB"_qs << QStringList {u"en_GB"_qs};
    QTest::newRow("en-GB") << u"en-GB"_qs << u"en_US"_qs << QStringList {u"en_GB"_qs};
    QTest::newRow("en_AU") << u"en_AU"_qs << u"en_US"_qs << QStringList {u"en_AU"_qs};
    QTest::newRow("Chinese copy") << u"zh-Hans"_qs << u"en_US"_qs << QStringList {u"en_US"_qs};
    QTest::newRow("mixed") << u"en-US,en-GB"_qs << u"en_US"_qs
                           << QStringList {u"en_US"_qs, u"en_GB"_qs};
    QTest::newRow("de-DE") << u"de-DE"_qs << u"en_US"_qs << QStringList {u"de_DE"_qs};
}

void TestSpelling::dictionaryChoice()
{
    QFETCH(QString, language);
    QFETCH(QString, englishDefault);
    QFETCH(QStringList, names);
    QCOMPARE(Dictionaries::namesForLanguages(language, englishDefault), names);
}

void TestSpelling::debianPackages_data()
{
    QTest::addColumn<QString>("dictionary");
    QTest::addColumn<QString>("package");
    QTest::newRow("en_US") << u"en_US"_qs << u"hunspell-en-us"_qs;
    QTest::newRow("en_GB") << u"en_GB"_qs << u"hunspell-en-gb"_qs;
    QTest::newRow("en") << u"en"_qs << u"hunspell-en-us"_qs;
    QTest::newRow("de_DE") << u"de_DE"_qs << u"hunspell-de-de"_qs;
    QTest::newRow("pt_BR") << u"pt_BR"_qs << u"hunspell-pt-br"_qs;
    QTest::newRow("fr_FR") << u"fr_FR"_qs << u"hunspell-fr"_qs;
    QTest::newRow("ru_RU") << u"ru_RU"_qs << u"hunspell-ru"_qs;
}

void TestSpelling::debianPackages()
{
    QFETCH(QString, dictionary);
    QFETCH(QString, package);
    QCOMPARE(Dictionaries::debianPackage(dictionary), package);
}

void TestSpelling::missingDictionary()
{
    SpellChecker checker({QStringLiteral("xx_YY")});
    QVERIFY(!checker.isUsable());
    QCOMPARE(checker.errors().size(), 1);
    QVERIFY2(
        checker.errors().first().contains(u"hunspell-xx"), qPrintable(checker.errors().first()));
    // Never a page of red: without a dictionary nothing is flagged.
    QVERIFY(checker.check(u"wrods wrods wrods"_qs).isEmpty());

    // Mixed copy with one dictionary missing still checks with the other.
    SpellChecker mixed({QStringLiteral("en_US"), QStringLiteral("xx_YY")});
    QVERIFY(mixed.isUsable());
    QCOMPARE(mixed.errors().size(), 1);
    QCOMPARE(mixed.check(u"the goverment"_qs).size(), 1);
}

void TestSpelling::ownDictionaryInItsEncoding()
{
    // A newsroom's own dictionary in Copydesk's folder, written in ISO 8859-1.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/dictionaries");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(Dictionaries::searchPaths().startsWith(folder));
    QFile aff(folder + QStringLiteral("/xx_LATIN.aff"));
    QVERIFY(aff.open(QIODevice::WriteOnly));
    aff.write("SET ISO8859-1\nTRY ea\n");
    aff.close();
    QFile dic(folder + QStringLiteral("/xx_LATIN.dic"));
    QVERIFY(dic.open(QIODevice::WriteOnly));
    dic.write(QStringLiteral("2\ncaf\u00e9\nna\u00efve\n").toLatin1());
    dic.close();

    SpellChecker checker({QStringLiteral("xx_LATIN")});
    QVERIFY2(checker.isUsable(), qPrintable(checker.errors().join(u'\n')));
    QVERIFY(checker.isCorrect(u"caf\u00e9"));
    QVERIFY(checker.isCorrect(u"na\u00efve"));
    QVERIFY(!checker.isCorrect(u"cafe"));
    QVERIFY(!checker.isCorrect(u"\u5b57x")); // not expressible in Latin-1: not known
    QVERIFY(checker.suggestions(u"cafe").contains(u"caf\u00e9"_qs));
}

void TestSpelling::newsroomDictionaryPersists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        auto store = ArticleStore::open(path);
        QVERIFY(store->schemaVersion() >= 4); // 4 added the dictionary
        QCOMPARE(store->schemaVersion(), ArticleStore::currentSchemaVersion());
        SpellChecker checker({QStringLiteral("en_US")});
        checker.addKnownWordsFrom(*store);
        QCOMPARE(checker.check(u"The Mbatha ferry"_qs).size(), 1);
        store->addDictionaryWord(QStringLiteral("Mbatha"));
        store->addDictionaryWord(QStringLiteral(" Mbatha "));
        QVERIFY_THROWS_EXCEPTION(StoreError, store->addDictionaryWord(QStringLiteral("  ")));
    }
    auto store = ArticleStore::open(path);
    QCOMPARE(store->dictionaryWords(), QStringList {u"Mbatha"_qs});
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("SELECT added_by, added_at FROM dictionary")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"tester"_qs);
    QVERIFY(parseTimestamp(query.value(1).toString()).isValid());

    // Names credited anywhere in the store are known too.
    Article article;
    article.headline = QStringLiteral("Ferry adds sailings");
    article.bylines = {{u"Priya Raman"_qs, u"Staff Writer"_qs, {}}};
    article.dateline = {u"HUAI'AN"_qs, {}, u"Xinhua"_qs};
    store->create(article);

    SpellChecker checker({QStringLiteral("en_US")});
    checker.addKnownWordsFrom(*store);
    QVERIFY(checker.check(u"The Mbatha ferry, MBATHA, Raman in Huai'an for Xinhua"_qs).isEmpty());
}

void TestSpelling::newsroomDictionaryIsShared_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

void TestSpelling::newsroomDictionaryIsShared()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QString location = dir.filePath(QStringLiteral("shared.sqlite"));
    if (backend == u"postgresql") {
        if (PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (no initdb/pg_ctl): the shared dictionary is not "
                  "tested on it");
        if (!m_server) {
            m_server = std::make_unique<PostgresServer>();
            QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        }
        location = m_server->createDatabase(QStringLiteral("spelling"));
        QVERIFY2(!location.isEmpty(), qPrintable(m_server->error()));
    }
    // Two reporters on one store: what one adds (the store stays open), the other's check knows.
    auto desk = ArticleStore::open(location);
    // A second connection in this process, as the editor's saver thread opens: it must not
    // cost the first its locks (then another process could delete the live WAL).
    auto saver = ArticleStore::open(location);
    desk->setUser(QStringLiteral("desk"));
    Article article;
    article.headline = QStringLiteral("Ferry to Okonkwo");
    article.body = QStringLiteral("The Okonkwo ferry and the Mbatha lake.");
    const QString id = desk->create(article).id;
    QCOMPARE(runCli(location, {QStringLiteral("check"), id}).exitCode, 4);

    desk->addDictionaryWord(QStringLiteral("Okonkwo"));
    desk->addDictionaryWord(QStringLiteral("Mbatha"));
    desk->addDictionaryWord(QStringLiteral("Okonkwo"));
    QCOMPARE(saver->dictionaryWords(), (QStringList {u"Mbatha"_qs, u"Okonkwo"_qs}));
    // The other reporter is another process, as in a newsroom.
    const auto run = runCli(location, {QStringLiteral("check"), id, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.json().array().size(), 0);
}

void TestSpelling::ignoreList()
{
    IgnoreList list(m_home.filePath(QStringLiteral("ignore/words.txt")));
    QVERIFY(list.words().isEmpty());
    QCOMPARE(list.add(QStringLiteral("Nkemelu")), QString());
    QCOMPARE(list.add(QStringLiteral("Nkemelu")), QString());
    QCOMPARE(IgnoreList(list.path()).words(), QStringList {u"Nkemelu"_qs});
}

void TestSpelling::cliJson()
{
    // A character outside the BMP before the word: offsets count characters, not UTF-16 units.
    const QString path = writeFile(
        QStringLiteral("story.md"), u"Intro 😀 line.\n淮安 the goverment said\n"_qs.toUtf8());
    const auto run = runCli({}, {QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.json().isArray(), run.out.constData());
    const QJsonArray array = run.json().array();
    QCOMPARE(array.size(), 1);
    const QJsonObject m = array.first().toObject();
    QCOMPARE(m.keys(),
        (QStringList {u"column"_qs, u"line"_qs, u"offset"_qs, u"suggestions"_qs, u"word"_qs}));
    QCOMPARE(m.value(u"word").toString(), u"goverment"_qs);
    QCOMPARE(m.value(u"line").toInt(), 2);
    QCOMPARE(m.value(u"column").toInt(), 8);
    QCOMPARE(m.value(u"offset").toInt(), 14 + 7); // "Intro 😀 line.\n" is 14 characters
    QCOMPARE(m.value(u"suggestions").toArray().first().toString(), u"government"_qs);

    const QString clean = writeFile(QStringLiteral("clean.md"), "All is well.\n");
    const auto cleanRun = runCli({}, {QStringLiteral("check"), clean, QStringLiteral("--json")});
    QCOMPARE(cleanRun.exitCode, 0);
    QCOMPARE(cleanRun.json().array().size(), 0);
    QVERIFY(cleanRun.json().isArray());
}

void TestSpelling::cliPlainAndExitCodes()
{
    const QString path = writeFile(QStringLiteral("plain.txt"),
        "The goverment said.\nSee https://exmaple.org/typoo and `codez`.\n");
    const auto run = runCli({}, {QStringLiteral("check"), path});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.outText(), path + u":1:5: goverment → government\n"_qs);

    const QString clean = writeFile(QStringLiteral("clean.txt"), "Nothing wrong here.\n");
    const auto cleanRun = runCli({}, {QStringLiteral("check"), clean});
    QCOMPARE(cleanRun.exitCode, 0);
    QCOMPARE(cleanRun.out, QByteArray());

    // Standard input is a file too.
    QCOMPARE(
        runCli({}, {QStringLiteral("check"), QStringLiteral("-")}, "a goverment\n").exitCode, 4);

    // User errors: a missing file, a language without a dictionary (named with its package).
    const auto missing = runCli({}, {QStringLiteral("check"), m_home.filePath(u"nope.md"_qs)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.errText().contains(u"no such file"));
    const auto noDictionary = runCli({},
        {QStringLiteral("check"), clean, QStringLiteral("--language"), QStringLiteral("xx-YY")});
    QCOMPARE(noDictionary.exitCode, 1);
    QVERIFY2(noDictionary.errText().contains(u"hunspell-xx"), noDictionary.err.constData());
    QCOMPARE(noDictionary.errText().count(u'\n'), 1);
    QCOMPARE(runCli({}, {QStringLiteral("check")}).exitCode, 1);
}

void TestSpelling::cliArticle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString id;
    {
        auto store = ArticleStore::open(path);
        Article article;
        article.headline = QStringLiteral("Okafor visits the goverment");
        article.body = QStringLiteral("Daniel Okafor reported from Huai'an.\n\nA secnd paragraph.");
        article.bylines = {{u"Daniel Okafor"_qs, u"Correspondent"_qs, {}}};
        article.dateline = {u"HUAI'AN"_qs, {}, {}};
        id = store->create(article).id;
    }
    const auto run = runCli(path, {QStringLiteral("check"), id, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 4);
    const QJsonArray array = run.json().array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(u"field").toString(), u"headline"_qs);
    QCOMPARE(array.at(0).toObject().value(u"word").toString(), u"goverment"_qs);
    QCOMPARE(array.at(1).toObject().value(u"field").toString(), u"body"_qs);
    QCOMPARE(array.at(1).toObject().value(u"word").toString(), u"secnd"_qs);
    QCOMPARE(array.at(1).toObject().value(u"line").toInt(), 3);

    // Added to the newsroom dictionary through the store: no longer flagged.
    {
        auto store = ArticleStore::open(path);
        store->addDictionaryWord(QStringLiteral("secnd"));
        store->addDictionaryWord(QStringLiteral("goverment"));
    }
    QCOMPARE(runCli(path, {QStringLiteral("check"), id}).exitCode, 0);
    QCOMPARE(
        runCli(path, {QStringLiteral("check"), QStringLiteral("no-such-article")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestSpelling)
#include "tst_spelling.moc"
