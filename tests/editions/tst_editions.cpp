// SPDX-License-Identifier: GPL-3.0-or-later
// Linked editions end to end (issue 17), on SQLite and on a real PostgreSQL server: convert
// --as-edition and edition --language make linked stories and leave the source as it was;
// an edition falls behind when its source's text changes (not its status) and catches up by
// converting again or being marked; the published pages name each other (hreflang, x-default,
// the switcher, the sitemap) and never recommend one another; killing or purging one edition
// leaves the others.
#include "postgresserver.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runCli;

class TestEditions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createLinked_data() { backends(); }
    void createLinked();
    void behindTheSource_data() { backends(); }
    void behindTheSource();
    void killOrPurgeOne_data() { backends(); }
    void killOrPurgeOne();
    void publishedPagesNameEachOther_data() { backends(); }
    void publishedPagesNameEachOther();
    void refusals();
    void listsKeepToALanguage();

private:
    void backends();
    bool useBackend();
    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_store, arguments, input);
    }
    QJsonObject show(const QString &id)
    {
        return cli({u"show"_qs, id, u"--json"_qs}).json().object();
    }
    QString source();
    static QString file(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    std::unique_ptr<PostgresServer> m_server;
    int m_databases = 0;
};

void TestEditions::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QByteArray("/nonexistent-config"));
}

void TestEditions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(QStringLiteral("store.sqlite"));
}

void TestEditions::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

bool TestEditions::useBackend()
{
    const QString backend = QString::fromUtf8(QTest::currentDataTag());
    if (backend != u"postgresql")
        return true;
    if (PostgresServer::binDir().isEmpty()) {
        qWarning("PostgreSQL is not installed (no initdb/pg_ctl): editions not tested on it");
        return false;
    }
    if (!m_server) {
        m_server = std::make_unique<PostgresServer>();
        if (!m_server->start()) {
            qWarning() << m_server->error();
            return false;
        }
    }
    m_store = m_server->createDatabase(QStringLiteral("editions_%1").arg(++m_databases));
    return !m_store.isEmpty();
}

// A Simplified story whose characters differ in Traditional: 国务院 → 國務院, 发布 → 發佈.
QString TestEditions::source()
{
    const Run created =
        cli({u"new"_qs, u"--headline"_qs, u"国务院发布新规"_qs, u"--language"_qs, u"zh-Hans"_qs,
                u"--section"_qs, u"时政"_qs, u"--body-file"_qs, u"-"_qs, u"--set"_qs,
                uR"(bylines=[{"name":"杨丹丹","role":"记者","affiliation":""}])"_qs, u"--set"_qs,
                u"dateline.source=新华社"_qs},
            "国务院今天发布关于软件产业的新规。\n\n新规自明年起实施。\n");
    if (created.exitCode != 0)
        qWarning() << created.errText();
    return created.outText().trimmed();
}

void TestEditions::createLinked()
{
    QFETCH(QString, backend);
    QVERIFY2(useBackend(), "the PostgreSQL server did not start");
    const QString src = source();
    QVERIFY(!src.isEmpty());
    const QJsonObject before = show(src);

    const Run converted =
        cli({u"convert"_qs, src, u"--to"_qs, u"zh-TW"_qs, u"--phrases"_qs, u"--as-edition"_qs});
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.errText()));
    const QString tw = converted.outText().trimmed();
    QVERIFY(!tw.isEmpty() && tw != src);

    // The source is as it was: same revision, same language, same text.
    const QJsonObject after = show(src);
    QCOMPARE(after.value(u"revision"), before.value(u"revision"));
    QCOMPARE(after.value(u"language").toString(), u"zh-Hans"_qs);
    QCOMPARE(after.value(u"body"), before.value(u"body"));

    const QJsonObject edition = show(tw);
    QCOMPARE(edition.value(u"language").toString(), u"zh-TW"_qs);
    QVERIFY2(edition.value(u"headline").toString().startsWith(u"國務院"_qs),
        qPrintable(edition.value(u"headline").toString()));
    // --phrases: Taiwan vocabulary, 软件 → 軟體.
    QVERIFY2(edition.value(u"body").toString().contains(u"軟體"_qs),
        qPrintable(edition.value(u"body").toString()));
    QCOMPARE(edition.value(u"bylines").toArray().first().toObject().value(u"name").toString(),
        u"楊丹丹"_qs);
    QCOMPARE(edition.value(u"status").toString(), u"draft"_qs);
    QCOMPARE(edition.value(u"edition_of").toString(), src);
    QCOMPARE(edition.value(u"edition_conversion").toString(), u"phrases"_qs);
    QCOMPARE(edition.value(u"edition_revision").toInt(), before.value(u"revision").toInt());
    QCOMPARE(edition.value(u"edition_behind").toBool(true), false);
    QCOMPARE(edition.value(u"editions").toArray(),
        (QJsonArray {QJsonObject {{u"id"_qs, src}, {u"language"_qs, u"zh-Hans"_qs}}}));

    // A translator's edition: headline and fields carried over, the body empty.
    const Run translated = cli({u"edition"_qs, src, u"--language"_qs, u"en"_qs});
    QVERIFY2(translated.exitCode == 0, qPrintable(translated.errText()));
    const QString en = translated.outText().trimmed();
    const QJsonObject english = show(en);
    QCOMPARE(english.value(u"language").toString(), u"en"_qs);
    QCOMPARE(english.value(u"body").toString(), QString());
    QCOMPARE(english.value(u"headline").toString(), u"国务院发布新规"_qs);
    QCOMPARE(english.value(u"section").toString(), u"时政"_qs);
    QCOMPARE(english.value(u"bylines"), before.value(u"bylines"));
    QCOMPARE(english.value(u"edition_of").toString(), src);
    QCOMPARE(english.value(u"edition_conversion").toString(), QString());

    // Each names the others; the source has no edition_of.
    const QJsonObject group = show(src);
    QVERIFY(group.value(u"edition_of").isNull());
    QCOMPARE(group.value(u"edition_behind").toBool(true), false);
    QCOMPARE(group.value(u"editions").toArray(),
        (QJsonArray {QJsonObject {{u"id"_qs, tw}, {u"language"_qs, u"zh-TW"_qs}},
            QJsonObject {{u"id"_qs, en}, {u"language"_qs, u"en"_qs}}}));
    QCOMPARE(show(en).value(u"editions").toArray().size(), 2);
    // A story without editions says so too.
    const Run alone = cli({u"new"_qs, u"--headline"_qs, u"Alone"_qs});
    QCOMPARE(show(alone.outText().trimmed()).value(u"editions").toArray(), QJsonArray());
}

void TestEditions::behindTheSource()
{
    QFETCH(QString, backend);
    QVERIFY2(useBackend(), "the PostgreSQL server did not start");
    const QString src = source();
    const QString hant = cli({u"convert"_qs, src, u"--to"_qs, u"zh-Hant"_qs, u"--as-edition"_qs})
                             .outText()
                             .trimmed();
    const QString en = cli({u"edition"_qs, src, u"--language"_qs, u"en"_qs}).outText().trimmed();
    QVERIFY(!hant.isEmpty() && !en.isEmpty());

    // A change of status is no change of text.
    QCOMPARE(cli({u"edit"_qs, src, u"--set"_qs, u"status=edit"_qs}).exitCode, 0);
    QCOMPARE(show(hant).value(u"edition_behind").toBool(true), false);

    const Run edited = cli({u"edit"_qs, src, u"--body-file"_qs, u"-"_qs},
        "国务院今天发布关于软件产业的新规。\n\n新规自明年一月起实施。\n");
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(show(hant).value(u"edition_behind").toBool(), true);
    QCOMPARE(show(en).value(u"edition_behind").toBool(), true);
    // The list marks it too.
    bool listed = false;
    for (const QJsonValue &row : cli({u"list"_qs, u"--json"_qs}).json().array()) {
        if (row.toObject().value(u"id").toString() == hant) {
            listed = true;
            QCOMPARE(row.toObject().value(u"edition_of").toString(), src);
            QCOMPARE(row.toObject().value(u"edition_behind").toBool(), true);
        }
    }
    QVERIFY(listed);
    QVERIFY(cli({u"show"_qs, hant}).outText().contains(u"behind its source"_qs));

    // Convert again: the source's text now, the edition's own status kept.
    QCOMPARE(cli({u"edit"_qs, hant, u"--set"_qs, u"status=edit"_qs}).exitCode, 0);
    const Run again = cli({u"convert"_qs, hant, u"--again"_qs, u"--json"_qs});
    QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
    const QJsonObject caught = again.json().object();
    QVERIFY2(caught.value(u"body").toString().contains(u"明年一月"_qs),
        qPrintable(caught.value(u"body").toString()));
    QCOMPARE(caught.value(u"status").toString(), u"edit"_qs);
    QCOMPARE(caught.value(u"language").toString(), u"zh-Hant"_qs);
    QCOMPARE(show(hant).value(u"edition_behind").toBool(true), false);
    QCOMPARE(caught.value(u"edition_revision").toInt(), show(src).value(u"revision").toInt());

    // A translation is not converted; the translator marks it caught up.
    const Run refused = cli({u"convert"_qs, en, u"--again"_qs});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(u"--caught-up"_qs), qPrintable(refused.errText()));
    QCOMPARE(cli({u"edition"_qs, en, u"--caught-up"_qs}).exitCode, 0);
    QCOMPARE(show(en).value(u"edition_behind").toBool(true), false);
}

void TestEditions::killOrPurgeOne()
{
    QFETCH(QString, backend);
    QVERIFY2(useBackend(), "the PostgreSQL server did not start");
    const QString src = source();
    const QString hant = cli({u"convert"_qs, src, u"--to"_qs, u"zh-Hant"_qs, u"--as-edition"_qs})
                             .outText()
                             .trimmed();
    const QString en = cli({u"edition"_qs, src, u"--language"_qs, u"en"_qs}).outText().trimmed();

    QCOMPARE(cli({u"delete"_qs, en}).exitCode, 0); // killed
    QCOMPARE(show(en).value(u"status").toString(), u"killed"_qs);
    QCOMPARE(show(hant).value(u"status").toString(), u"draft"_qs);
    QCOMPARE(show(src).value(u"status").toString(), u"draft"_qs);

    // Purging the source leaves its editions, still linked to each other.
    QCOMPARE(cli({u"delete"_qs, src, u"--purge"_qs}).exitCode, 0);
    QCOMPARE(cli({u"show"_qs, src}).exitCode, 1); // no such article
    const QJsonObject left = show(hant);
    QCOMPARE(left.value(u"headline").toString().isEmpty(), false);
    QCOMPARE(left.value(u"edition_of").toString(), src);
    QCOMPARE(left.value(u"edition_behind").toBool(true), false);
    QCOMPARE(left.value(u"editions").toArray(),
        (QJsonArray {QJsonObject {{u"id"_qs, en}, {u"language"_qs, u"en"_qs}}}));
    const Run again = cli({u"convert"_qs, hant, u"--again"_qs});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(u"no longer in the store"_qs), qPrintable(again.errText()));
}

void TestEditions::publishedPagesNameEachOther()
{
    QFETCH(QString, backend);
    QVERIFY2(useBackend(), "the PostgreSQL server did not start");
    const QString src = source();
    const QString hant = cli({u"convert"_qs, src, u"--to"_qs, u"zh-Hant"_qs, u"--as-edition"_qs})
                             .outText()
                             .trimmed();
    const QString en = cli({u"edition"_qs, src, u"--language"_qs, u"en"_qs}).outText().trimmed();
    QCOMPARE(cli({u"edit"_qs, en, u"--set"_qs, u"headline=State Council issues new rules"_qs,
                     u"--body-file"_qs, u"-"_qs},
                 "The State Council issued new rules on the software industry today.\n")
                 .exitCode,
        0);
    // Another story of the section, which recommendations may pick.
    const Run other = cli({u"new"_qs, u"--headline"_qs, u"国务院召开常务会议"_qs, u"--language"_qs,
        u"zh-Hans"_qs, u"--section"_qs, u"时政"_qs});
    for (const QString &id : {src, hant, en, other.outText().trimmed()})
        QCOMPARE(cli({u"edit"_qs, id, u"--set"_qs, u"status=published"_qs}).exitCode, 0);

    const QString out = m_dir->filePath(QStringLiteral("site"));
    const QString base = QStringLiteral("https://news.example/");
    const Run published = cli({u"publish"_qs, u"--out"_qs, out, u"--base-url"_qs, base});
    QVERIFY2(published.exitCode == 0, qPrintable(published.errText()));
    const QString srcSlug = show(src).value(u"slug").toString();
    const QString hantSlug = show(hant).value(u"slug").toString();
    const QString enSlug = show(en).value(u"slug").toString();
    const auto page = [&](const QString &slug) {
        return file(out + QStringLiteral("/news/") + slug + QStringLiteral("/index.html"));
    };
    const auto alternate = [&](const QString &lang, const QString &slug) {
        return QStringLiteral("<link rel=\"alternate\" hreflang=\"%1\" href=\"%2news/%3/\">")
            .arg(lang, base, slug);
    };
    for (const QString &slug : {srcSlug, hantSlug, enSlug}) {
        const QString html = page(slug);
        QVERIFY2(!html.isEmpty(), qPrintable(slug));
        QVERIFY2(html.contains(alternate(u"zh-Hans"_qs, srcSlug)), qPrintable(html.left(3000)));
        QVERIFY(html.contains(alternate(u"zh-Hant"_qs, hantSlug)));
        QVERIFY(html.contains(alternate(u"en"_qs, enSlug)));
        QVERIFY(html.contains(alternate(u"x-default"_qs, srcSlug)));
        // The switcher, each name in its own language, the page's own not a link.
        QVERIFY(html.contains(u"<nav class=\"editions\""_qs));
        QVERIFY(html.contains(u">简体<"_qs) && html.contains(u">繁體<"_qs)
            && html.contains(u">English<"_qs));
        QCOMPARE(html.count(u"aria-current=\"page\">"_qs), 1);
        // No page recommends the same story in another language.
        const qsizetype aside = html.indexOf(u"<aside"_qs);
        const QString recommended = aside < 0 ? QString() : html.mid(aside);
        for (const QString &edition : {srcSlug, hantSlug, enSlug})
            QVERIFY2(!recommended.contains(u"news/"_qs + edition + u'/'), qPrintable(recommended));
    }
    QVERIFY(page(enSlug).contains(u"<span lang=\"en\" aria-current=\"page\">English</span>"_qs));
    QVERIFY(page(srcSlug).contains(
        u"<a href=\"%1news/%2/\" hreflang=\"en\" lang=\"en\">English</a>"_qs.arg(base, enSlug)));
    // The other story has no language links.
    const QString otherSlug = show(other.outText().trimmed()).value(u"slug").toString();
    QVERIFY(!page(otherSlug).contains(u"hreflang"_qs));

    // The sitemap names the alternates.
    QString sitemaps;
    for (QDirIterator it(out + QStringLiteral("/sitemaps")); it.hasNext();)
        sitemaps += file(it.next());
    QVERIFY(sitemaps.contains(u"xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""_qs));
    QVERIFY2(sitemaps.contains(
                 u"<xhtml:link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"%1news/%2/\"/>"_qs.arg(
                     base, hantSlug)),
        qPrintable(sitemaps));

    // A changes-only run after an edit keeps the links, as a whole run would write them.
    QCOMPARE(cli({u"edit"_qs, hant, u"--set"_qs, u"deck=新規明年實施"_qs}).exitCode, 0);
    const Run changes =
        cli({u"publish"_qs, u"--out"_qs, out, u"--base-url"_qs, base, u"--json"_qs});
    QVERIFY2(changes.exitCode == 0, qPrintable(changes.errText()));
    QCOMPARE(changes.json().object().value(u"changes_only").toBool(), true);
    const QString changedPage = page(hantSlug);
    QVERIFY(changedPage.contains(u"新規明年實施"_qs));
    const QString full = m_dir->filePath(QStringLiteral("full"));
    QCOMPARE(
        cli({u"publish"_qs, u"--out"_qs, full, u"--base-url"_qs, base, u"--full"_qs}).exitCode, 0);
    QCOMPARE(changedPage,
        file(full + QStringLiteral("/news/") + hantSlug + QStringLiteral("/index.html")));

    // Killed: the English page goes, and the others stop naming it.
    QCOMPARE(cli({u"delete"_qs, en}).exitCode, 0);
    QCOMPARE(cli({u"publish"_qs, u"--out"_qs, out, u"--base-url"_qs, base}).exitCode, 0);
    QVERIFY(!page(srcSlug).contains(u"hreflang=\"en\""_qs));
    QVERIFY(page(srcSlug).contains(alternate(u"zh-Hant"_qs, hantSlug)));
    QVERIFY(page(hantSlug).contains(alternate(u"x-default"_qs, srcSlug)));
}

void TestEditions::refusals()
{
    const QString src = source();
    const QString hant = cli({u"convert"_qs, src, u"--to"_qs, u"zh-Hant"_qs, u"--as-edition"_qs})
                             .outText()
                             .trimmed();
    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const QList<Case> cases = {
        {{u"convert"_qs, src, u"--to"_qs, u"zh-Hant"_qs, u"--as-edition"_qs},
            u"has a zh-Hant edition already: "_qs + hant},
        {{u"convert"_qs, hant, u"--to"_qs, u"zh-HK"_qs, u"--as-edition"_qs},
            u"is itself an edition"_qs},
        {{u"convert"_qs, src, u"--to"_qs, u"zh-Hans"_qs, u"--as-edition"_qs},
            u"already in zh-Hans"_qs},
        {{u"edition"_qs, hant, u"--language"_qs, u"en"_qs}, u"is itself an edition"_qs},
        {{u"edition"_qs, src, u"--language"_qs, u"zh-Hant"_qs},
            u"has a zh-Hant edition already"_qs},
        {{u"edition"_qs, src}, u"--language L"_qs},
        {{u"edition"_qs, src, u"--caught-up"_qs}, u"is not an edition"_qs},
        {{u"edition"_qs, src, u"--language"_qs, u"not a tag!"_qs}, u"language tag"_qs},
        {{u"convert"_qs, src, u"--again"_qs}, u"is not an edition"_qs},
    };
    for (const Case &c : cases) {
        const Run run = cli(c.arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(c.message),
            qPrintable(c.arguments.join(u' ') + u" → "_qs + run.errText()));
    }
    // Nothing was made by the refusals: the source and one edition.
    QCOMPARE(cli({u"list"_qs, u"--json"_qs}).json().array().size(), 2);
}

void TestEditions::listsKeepToALanguage()
{
    // One section, one tag: everything would recommend everything, were it not for language.
    const auto story = [&](const QString &headline, const QString &language) {
        const Run made = cli({u"new"_qs, u"--headline"_qs, headline, u"--language"_qs, language,
            u"--section"_qs, u"News"_qs, u"--set"_qs, u"tags=[\"port\"]"_qs, u"--set"_qs,
            u"status=published"_qs});
        return show(made.outText().trimmed()).value(u"slug").toString();
    };
    const QString en1 = story(u"Port traffic rises"_qs, u"en"_qs);
    const QString en2 = story(u"Port adds a berth"_qs, u"en-GB"_qs);
    const QString hans = story(u"港口吞吐量上升"_qs, u"zh-Hans"_qs);
    const QString hant = story(u"港口吞吐量上升（繁）"_qs, u"zh-TW"_qs);
    const QString hant2 = story(u"港口新增泊位"_qs, u"zh-Hant"_qs);
    const QString hant3 = story(u"港口夜間作業"_qs, u"zh-Hant"_qs);
    const QString out = m_dir->filePath(QStringLiteral("site"));
    QCOMPARE(cli({u"publish"_qs, u"--out"_qs, out}).exitCode, 0);
    const auto recommended = [&](const QString &slug) {
        const QString html =
            file(out + QStringLiteral("/news/") + slug + QStringLiteral("/index.html"));
        const qsizetype aside = html.indexOf(u"<aside"_qs);
        QStringList slugs;
        static const QRegularExpression link(QStringLiteral("href=\"/news/([^/]+)/\""));
        for (auto it = link.globalMatch(aside < 0 ? QString() : html.mid(aside)); it.hasNext();)
            slugs << it.next().captured(1);
        slugs.sort();
        return slugs;
    };
    QCOMPARE(recommended(en1), QStringList {en2}); // en-GB is English too
    QStringList otherTraditional {hant2, hant3};
    otherTraditional.sort();
    QCOMPARE(recommended(hant), otherTraditional); // Taiwan and Traditional read alike
    QCOMPARE(recommended(hans), QStringList());
    // The section's page keeps to the section's language: Traditional, the commonest (three of
    // six, zh-TW with zh-Hant); the others are on the front page.
    const auto sectionPage = [&]() {
        const QString html = file(out + QStringLiteral("/section/news/index.html"));
        QStringList slugs;
        static const QRegularExpression link(QStringLiteral("href=\"/news/([^/]+)/\""));
        for (auto it = link.globalMatch(html); it.hasNext();)
            slugs << it.next().captured(1);
        slugs.removeDuplicates();
        slugs.sort();
        return slugs;
    };
    QStringList traditional {hant, hant2, hant3};
    traditional.sort();
    QCOMPARE(sectionPage(), traditional);
    const QString front = file(out + QStringLiteral("/index.html"));
    for (const QString &slug : {en1, en2, hans, hant, hant2, hant3})
        QVERIFY2(front.contains(u"/news/"_qs + slug + u'/'), qPrintable(slug));
    // A changes-only run keeps the section as a whole run would.
    QCOMPARE(cli({u"edit"_qs, hant, u"--set"_qs, u"deck=新的副題"_qs}).exitCode, 0);
    QCOMPARE(
        cli({u"publish"_qs, u"--out"_qs, out, u"--json"_qs}).json().object().value(u"changes_only"),
        QJsonValue(true));
    QCOMPARE(sectionPage(), traditional);
    QVERIFY(file(out + QStringLiteral("/section/news/index.html")).contains(u"新的副題"_qs));

    // The site may mix them.
    QCOMPARE(cli({u"site"_qs, u"set"_qs, u"languages=mixed"_qs}).exitCode, 0);
    QCOMPARE(
        cli({u"site"_qs, u"show"_qs, u"--json"_qs}).json().object().value(u"languages").toString(),
        u"mixed"_qs);
    QCOMPARE(cli({u"publish"_qs, u"--out"_qs, out}).exitCode, 0);
    QStringList all {en1, en2, hans, hant, hant2, hant3};
    all.sort();
    QCOMPARE(recommended(en1).size(), 5); // at most five, from every language
    QVERIFY(recommended(en1).contains(hans));
    QCOMPARE(sectionPage(), all);
    const Run bad = cli({u"site"_qs, u"set"_qs, u"languages=some"_qs});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.errText().contains(u"languages is separate"_qs), qPrintable(bad.errText()));
}

QTEST_GUILESS_MAIN(TestEditions)
#include "tst_editions.moc"
