// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk publish` as a user runs it: the real binary over a real SQLite store, checked by
// what lands in the site folder (files, inodes, feeds, index) and in the store.
#include "publish/publisher.h"
#include "render/htmlescape.h"
#include "store/articlestore.h"

#include "testsupport.h"
#include "xsscorpus.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <signal.h>
#include <sys/stat.h>

using TestSupport::runCli;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

Article story(const QString &headline, const QString &language, const QString &section,
    const QStringList &tags, const QString &body)
{
    Article a;
    a.headline = headline;
    a.language = language;
    a.section = section;
    a.tags = tags;
    a.body = body;
    a.status = ArticleStatus::Published;
    a.published = QDateTime::currentDateTimeUtc().addDays(-1);
    return a;
}

// Every file below `root` (the site's bookkeeping folder left out): path → SHA-256.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative.startsWith(u".copydesk/"))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(
                relative, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

struct FileId
{
    ino_t inode = 0;
    qint64 mtimeNs = 0;
    friend bool operator==(const FileId &, const FileId &) = default;
};

FileId fileId(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {st.st_ino, qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every entry of the site's search index, newest first: search/index.json lists its parts.
QJsonArray searchIndex(const QString &site)
{
    QJsonArray entries;
    const QJsonObject index =
        QJsonDocument::fromJson(readText(site + QStringLiteral("/search/index.json")).toUtf8())
            .object();
    for (const QJsonValue &part : index.value(u"parts").toArray()) {
        const QJsonArray items = QJsonDocument::fromJson(
            readText(site + QStringLiteral("/search/") + part.toString()).toUtf8())
                                     .array();
        for (const QJsonValue &item : items)
            entries.append(item);
    }
    return entries;
}

bool wellFormedXml(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return !xml.hasError();
}

// What a feed reader that takes a text as HTML would find in it that can run script: an element
// that runs or loads code, an event-handler attribute, or a link or source whose scheme is not
// http(s), mailto or relative. Empty when there is nothing. Entities in attribute values are
// decoded here, independently of the renderer's own decoder.
QString scriptInHtml(const QString &html)
{
    static const QRegularExpression tag(S("<\\s*/?\\s*([a-zA-Z][^\\s/>]*)([^>]*)>?"));
    static const QRegularExpression attribute(
        S("([^\\s\"'=/]+)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?"));
    static const QRegularExpression reference(S("&#(x?)([0-9a-fA-F]+);?|&colon;|&Tab;|&NewLine;"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList active = {S("script"), S("iframe"), S("frame"), S("frameset"),
        S("object"), S("embed"), S("applet"), S("svg"), S("math"), S("style"), S("link"), S("meta"),
        S("base"), S("form")};
    for (const auto &m : tag.globalMatch(html)) {
        if (active.contains(m.captured(1).toLower()))
            return m.captured();
        for (const auto &a : attribute.globalMatch(m.captured(2))) {
            const QString name = a.captured(1).toLower();
            if (name.startsWith(u"on"))
                return m.captured();
            QString value = a.captured(2);
            if (value.startsWith(u'"') || value.startsWith(u'\''))
                value = value.mid(1, value.size() - 2);
            QString decoded;
            qsizetype last = 0;
            for (const auto &r : reference.globalMatch(value)) {
                decoded += value.mid(last, r.capturedStart() - last);
                if (r.captured().startsWith(u"&#"))
                    decoded +=
                        QChar(r.captured(2).toUInt(nullptr, r.captured(1).isEmpty() ? 10 : 16));
                else if (r.captured().compare(u"&colon;", Qt::CaseInsensitive) == 0)
                    decoded += u':';
                last = r.capturedEnd();
            }
            decoded += value.mid(last);
            decoded.remove(QRegularExpression(S("[\\x00-\\x20]")));
            static const QRegularExpression scheme(S("^([a-zA-Z][a-zA-Z0-9+.-]*):"));
            const auto s = scheme.match(decoded);
            if ((name == u"href" || name == u"src" || name == u"action" || name == u"formaction"
                    || name == u"xlink:href" || name == u"data" || name == u"srcdoc")
                && s.hasMatch()
                && !QStringList {S("http"), S("https"), S("mailto")}.contains(
                    s.captured(1).toLower()))
                return m.captured();
        }
    }
    return {};
}

// The text of every element of a feed as a reader gets it (XML references decoded once), with
// the element's name and its "type" attribute (Atom).
struct FeedText
{
    QString element;
    QString type;
    QString text;
};

QList<FeedText> feedTexts(const QString &path)
{
    QList<FeedText> texts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    QList<FeedText> open;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            open.append({xml.name().toString(),
                xml.attributes().value(QStringLiteral("type")).toString(), {}});
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                open.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!open.isEmpty())
                texts.append(open.takeLast());
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        texts.append({S("error"), {}, xml.errorString()});
    return texts;
}

// Internal links of the site's pages ("/news/x/", "/assets/site.css") that lead nowhere.
QStringList deadLinks(const QString &root)
{
    QStringList dead;
    static const QRegularExpression link(S("(?:href|src)=\"/([^\"#?]*)\""));
    QDirIterator it(root, {S("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString page = it.next();
        if (page.contains(u"/.copydesk/"))
            continue;
        for (const auto &m : link.globalMatch(readText(page))) {
            const QString target = root + u'/' + m.captured(1);
            if (!QFileInfo::exists(target.endsWith(u'/') || m.captured(1).isEmpty()
                        ? target + S("/index.html")
                        : target))
                dead << QDir(root).relativeFilePath(page) + S(" → /") + m.captured(1);
        }
    }
    return dead;
}

// Copies a folder as `cp -a` does: hard links within it stay hard links.
bool copyTree(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    return QProcess::execute(S("cp"), {S("-a"), from, to}) == 0;
}
} // namespace

class TestPublish : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesTheWholeSite();
    void firstPublicationSetsPublishedTime();
    void incrementalTouchesOnlyWhatChanged();
    void changesOnlyMatchesFullRebuild();
    void killedArticleIsRemoved();
    void badDataIsContained();
    void journalIsCompletedAfterInterruption();
    void killMidPublishKeepsPreviousSite();
    void cancelAtEveryPhaseKeepsPreviousSite_data();
    void cancelAtEveryPhaseKeepsPreviousSite();
    void killAtEveryRenameLeavesOneGeneration_data();
    void killAtEveryRenameLeavesOneGeneration();
    void usersFilesAndLinkedFolderSurviveTheSwaps();
    void searchIndexAndFeeds();
    void listsAndFeedsSayTheirLanguage();
    void everyPageDescribesItself();
    void listsComeInPages();
    void mastheadLeadsToEverySection();
    void authorPagesListEachPersonsStories();
    void archiveByDate();
    void feedsCarryTextNotMarkup_data();
    void feedsCarryTextNotMarkup();
    void baseUrlIsAnAddressOrAPath_data();
    void baseUrlIsAnAddressOrAPath();
    void controlCharactersNeverReachThePages();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    QString sitePath() const { return m_dir->filePath(QStringLiteral("site")); }
    TestSupport::Run publish(const QStringList &extra = {})
    {
        return runCli(storePath(),
            QStringList {QStringLiteral("publish"), QStringLiteral("--out"), sitePath(),
                QStringLiteral("--json")}
                + extra);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_ids;
};

void TestPublish::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = ArticleStore::open(storePath());
    m_ids.clear();
    m_ids << store
                 ->create(story(S("我市新能源汽车产量突破十万辆"), S("zh-Hans"), S("经济"),
                     {S("新能源"), S("汽车")},
                     S("记者从市工业和信息化局获悉，今年前十个月新能源汽车产量达10.2万辆。\n")))
                 .id;
    m_ids << store
                 ->create(story(S("Council approves new bridge"), S("en"), S("Local"),
                     {S("Transport")}, S("The city council voted 9-2 for the bridge.\n")))
                 .id;
    m_ids << store
                 ->create(story(S("新能源公交线路增至42条"), S("zh-Hans"), S("经济"), {S("新能源")},
                     S("本市新能源公交线路增至42条，覆盖主要城区。\n")))
                 .id;
    Article draft = story(
        S("Draft: not for readers"), S("en"), S("Local"), {S("Transport")}, S("Secret draft.\n"));
    draft.status = ArticleStatus::Draft;
    store->create(draft);
}

void TestPublish::writesTheWholeSite()
{
    const auto run =
        publish({QStringLiteral("--base-url"), QStringLiteral("https://news.example.org/")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().object().value(u"articles").toInt(), 3);
    QVERIFY(run.errText().contains(u"publish: rendering"));

    const QDir site(sitePath());
    for (const char *file : {"index.html", "404.html", "robots.txt", "sitemap.xml", "feed.xml",
             "atom.xml", "search/index.html", "search/index.json", "assets/site.css",
             "assets/print.css", "assets/favicon.svg", "assets/search.js",
             "section/经济/index.html", "section/经济/feed.xml", "section/经济/atom.xml",
             "section/local/index.html", "tag/新能源/index.html", "tag/transport/index.html",
             "news/council-approves-new-bridge/index.html"})
        QVERIFY2(site.exists(S(file)), file);

    const QString front = readText(site.filePath(S("index.html")));
    QVERIFY(front.indexOf(u"Council approves") >= 0);
    QVERIFY(!front.contains(u"Draft: not for readers"));
    const QString english =
        readText(site.filePath(S("news/council-approves-new-bridge/index.html")));
    QVERIFY(english.contains(u"<html lang=\"en\">"));
    QVERIFY(
        english.contains(u"<link rel=\"canonical\" "
                         u"href=\"https://news.example.org/news/council-approves-new-bridge/\">"));
    // Nothing in the site mentions the draft.
    for (const auto &[path, hash] : snapshot(sitePath()).asKeyValueRange()) {
        Q_UNUSED(hash);
        QVERIFY2(!readText(site.filePath(path)).contains(u"Secret draft"), qPrintable(path));
    }
    const QString robots = readText(site.filePath(S("robots.txt")));
    QVERIFY(robots.contains(u"Sitemap: https://news.example.org/sitemap.xml"));
}

void TestPublish::firstPublicationSetsPublishedTime()
{
    QString id;
    {
        auto store = ArticleStore::open(storePath());
        Article fresh = story(S("Fresh story"), S("en"), S("Local"), {}, S("Body.\n"));
        fresh.published = {};
        id = store->create(fresh).id;
        QVERIFY(!store->get(id).published.isValid());
    }
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto run = publish();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().object().value(u"first_published").toInt(), 1);
    auto store = ArticleStore::open(storePath());
    const Article stamped = store->get(id);
    QVERIFY(stamped.published.isValid());
    QVERIFY(stamped.published >= before);
    QCOMPARE(stamped.revision, 2); // a save like any other, in the history
    // A second publish leaves the time alone.
    QVERIFY(publish().exitCode == 0);
    QCOMPARE(ArticleStore::open(storePath())->get(id).published, stamped.published);
}

void TestPublish::incrementalTouchesOnlyWhatChanged()
{
    QVERIFY(publish().exitCode == 0);
    const QString unrelated = sitePath() + S("/news/council-approves-new-bridge/index.html");
    const FileId unrelatedBefore = fileId(unrelated);
    const FileId cssBefore = fileId(sitePath() + S("/assets/site.css"));

    // Nothing changed: nothing written.
    auto again = publish();
    QCOMPARE(again.json().object().value(u"written").toInt(), 0);
    QCOMPARE(again.json().object().value(u"rendered").toInt(), 0);

    {
        auto store = ArticleStore::open(storePath());
        Article a = store->get(m_ids.at(2));
        a.deck = S("覆盖主要城区");
        store->save(a);
    }
    const auto run = publish();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = run.json().object();
    QVERIFY(report.value(u"written").toInt() > 0);
    QVERIFY(report.value(u"unchanged").toInt() > 0);
    QCOMPARE(fileId(unrelated), unrelatedBefore);
    QCOMPARE(fileId(sitePath() + S("/assets/site.css")), cssBefore);
    QVERIFY(QJsonDocument(searchIndex(sitePath())).toJson().contains("覆盖主要城区"));

    // --full writes everything again.
    const auto full = publish({QStringLiteral("--full")});
    QCOMPARE(full.json().object().value(u"unchanged").toInt(), 0);
    QVERIFY(!(fileId(unrelated) == unrelatedBefore));
}

// A run that redoes only what depends on the changed articles must leave exactly the site a
// full rebuild writes, whatever the edit; edits that change the site's shape (tags, section,
// address, a new or killed article) take the whole way.
void TestPublish::changesOnlyMatchesFullRebuild()
{
    auto store = ArticleStore::open(storePath());
    const QDateTime start(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
    const QStringList sections = {S("经济"), S("Local"), S("Sport")};
    for (int i = 0; i < 120; ++i) {
        const bool chinese = i % 2 == 0;
        Article a = story(
            chinese ? S("本市第%1项民生工程完工").arg(i) : S("Works finished on project %1").arg(i),
            chinese ? S("zh-Hans") : S("en"), sections.at(i % 3),
            {S("tag%1").arg(i % 12), S("tag%1").arg(i % 5), S("Tag%1").arg(i % 5)},
            chinese ? S("记者获悉，第%1项工程已经完工。\n\n市民可以免费参观。\n").arg(i)
                    : S("Project %1 was finished on time.\n\nResidents may visit.\n").arg(i));
        a.published = start.addSecs(qint64(i) * 20 * 3600); // four months: several index parts
        a.deck = i % 4 ? S("Deck %1").arg(i) : QString();
        a.bylines = {{S("Reporter %1").arg(i % 7), S("记者"), {}}};
        store->create(a);
    }
    Article untitled = story({}, S("en"), S("Local"), {}, S("No headline yet.\n"));
    const QString untitledId = store->create(untitled).id;
    const auto published = [&](int n) {
        QList<Article> list;
        for (const Article &a : store->articles({})) {
            if (a.status == ArticleStatus::Published && !a.headline.isEmpty())
                list << a;
        }
        std::sort(list.begin(), list.end(),
            [](const Article &x, const Article &y) { return x.published > y.published; });
        return store->get(list.at(n).id);
    };

    PublishOptions quick;
    quick.outDir = sitePath();
    quick.baseUrl = S("https://news.example.org/");
    quick.perPage = 7; // the front page, sections and tags in several pages each
    PublishOptions full = quick;
    full.outDir = m_dir->filePath(S("full"));
    full.full = true;
    QVERIFY(!Publisher(*store, quick).publish().changesOnly);

    struct Edit
    {
        const char *what;
        std::function<void()> apply;
        bool changesOnly;
    };
    QRandomGenerator random(11);
    const std::vector<Edit> edits = {
        {"nothing", [] {}, true},
        {"deck of the newest",
            [&] {
                Article a = published(0);
                a.deck = S("New deck");
                store->save(a);
            },
            true},
        {"headline of a recommended story",
            [&] {
                Article a = published(3);
                a.headline += S(" (updated)");
                store->save(a);
            },
            true},
        {"body, a byline's role and dateline",
            [&] {
                Article a = published(40);
                a.body = S("Rewritten.\n\nEntirely.\n");
                a.bylines.first().role = S("Staff writer");
                a.dateline = {S("Huai'an"), S("June 3"), S("AP")};
                store->save(a);
            },
            true},
        {"headline of a story by a reporter with many",
            [&] {
                Article a = published(14);
                a.headline += S(" (corrected)");
                store->save(a);
            },
            true},
        // A new name in a byline: a story on another author's page.
        {"a second byline",
            [&] {
                Article a = published(41);
                a.bylines << Byline {S("Second Reporter"), S("Staff"), S("AP")};
                store->save(a);
            },
            false},
        {"two stories at once",
            [&] {
                for (int n : {5, 90}) {
                    Article a = published(n);
                    a.headline += S("!");
                    a.deck += S(" (2)");
                    store->save(a);
                }
            },
            true},
        {"tags",
            [&] {
                Article a = published(7);
                a.tags = {S("tag99")};
                store->save(a);
            },
            false},
        {"section",
            [&] {
                Article a = published(8);
                a.section = S("Business");
                store->save(a);
            },
            false},
        {"slug",
            [&] {
                Article a = published(9);
                a.slug = S("a-new-address");
                store->save(a);
            },
            false},
        {"a new story",
            [&] {
                Article a = story(S("Brand new"), S("en"), S("Local"), {S("tag1")}, S("New.\n"));
                a.published = start.addDays(200);
                store->create(a);
            },
            false},
        {"a killed story", [&] { store->kill(published(11).id); }, false},
        {"enough stories killed that the lists lose a page",
            [&] {
                for (int n = 0; n < 8; ++n)
                    store->kill(published(20).id);
            },
            false},
        {"the untitled story",
            [&] {
                Article a = store->get(untitledId);
                a.body += S("Still no headline.\n");
                store->save(a);
            },
            false},
        {"many decks, one after another",
            [&] {
                for (int round = 0; round < 8; ++round) {
                    for (int n = 0; n < 10; ++n) {
                        Article a = published(int(random.bounded(100)));
                        a.deck = S("Deck %1/%2").arg(round).arg(n);
                        store->save(a);
                    }
                    if (!Publisher(*store, quick).publish().changesOnly)
                        QFAIL("a run of ten edited decks took the whole way");
                }
            },
            true},
    };
    for (const Edit &edit : edits) {
        edit.apply();
        const PublishReport report = Publisher(*store, quick).publish();
        QVERIFY2(report.changesOnly == edit.changesOnly, edit.what);
        Publisher(*store, full).publish();
        const auto quickFiles = snapshot(quick.outDir);
        const auto fullFiles = snapshot(full.outDir);
        QVERIFY(quickFiles.contains(S("page/2/index.html")));
        QVERIFY(quickFiles.contains(S("section/local/page/2/index.html")));
        QCOMPARE(quickFiles.keys(), fullFiles.keys());
        for (auto it = quickFiles.cbegin(); it != quickFiles.cend(); ++it)
            QVERIFY2(it.value() == fullFiles.value(it.key()),
                qPrintable(S("%1: %2 differs").arg(QLatin1StringView(edit.what), it.key())));
    }
}

void TestPublish::killedArticleIsRemoved()
{
    QVERIFY(publish().exitCode == 0);
    QVERIFY(QFile::exists(sitePath() + S("/news/council-approves-new-bridge/index.html")));
    ArticleStore::open(storePath())->kill(m_ids.at(1));
    const auto run = publish();
    QCOMPARE(run.json().object().value(u"notices").toInt(), 1);
    // A published story's address keeps a notice page, and nothing of the story.
    const QString notice = readText(sitePath() + S("/news/council-approves-new-bridge/index.html"));
    QVERIFY(notice.contains(u"This article has been removed"));
    QVERIFY(!notice.contains(u"Council approves"));
    QVERIFY(!readText(sitePath() + S("/index.html")).contains(u"Council approves"));
    // Purged, the address is gone too.
    ArticleStore::open(storePath())->purge(m_ids.at(1));
    QVERIFY(publish().json().object().value(u"removed").toInt() >= 1);
    QVERIFY(!QFile::exists(sitePath() + S("/news/council-approves-new-bridge/index.html")));
    QVERIFY(!QDir(sitePath() + S("/news/council-approves-new-bridge")).exists());
}

void TestPublish::badDataIsContained()
{
    QString noHeadline;
    {
        auto store = ArticleStore::open(storePath());
        noHeadline = store->create(story(S("   "), S("en"), S("Local"), {}, S("Text.\n"))).id;
        const QStringList evilTags = {S("../../escape"), S("/etc/passwd"), S("CON"), S("nul"),
            QString::fromUtf16(u"a\0b", 3), S(".."), S("C:\\Windows"),
            S("<script>alert(1)</script>")};
        store->create(
            story(S("Evil tags"), S("en"), S("../../../section"), evilTags, S("Text.\n")));
        store->create(story(S("Duplicate one"), S("en"), S("Local"), {}, S("One.\n")));
        store->create(story(S("Duplicate two"), S("en"), S("Local"), {}, S("Two.\n")));
        // Slugs a store should never hold, forced in behind its back: both end up wanting the
        // same address.
        QSqlQuery q(store->database());
        QVERIFY(
            q.exec(S("UPDATE articles SET slug = '../../dup' WHERE headline = 'Duplicate one'")));
        QVERIFY(
            q.exec(S("UPDATE articles SET slug = 'DUP/../..' WHERE headline = 'Duplicate two'")));
        // A tag longer than the store lets in (200 characters) and than a file name can be.
        store->create(story(S("Long tag"), S("en"), S("Local"), {}, S("Text.\n")));
        QVERIFY(q.exec(S("UPDATE articles SET tags = '[\"%1\"]' WHERE headline = 'Long tag'")
                           .arg(QString(400, u'x'))));
    }
    const auto run = publish();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(u"skipped").toInt(), 1);
    QVERIFY2(run.errText().contains(noHeadline) && run.errText().contains(u"no headline"),
        run.err.constData());

    // Everything stayed inside the site folder.
    const QStringList outside =
        QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QCOMPARE(outside, (QStringList {S("site"), S("store.sqlite")}));
    const QString root = QDir(sitePath()).canonicalPath();
    QDirIterator it(sitePath(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).canonicalFilePath();
        QVERIFY2(path.startsWith(root + u'/'), qPrintable(path));
        const QString name = QFileInfo(path).fileName();
        QVERIFY2(QFile::encodeName(name).size() < 200, qPrintable(name));
        QVERIFY2(!QRegularExpression(S("^(con|prn|aux|nul|com\\d|lpt\\d)$"),
                     QRegularExpression::CaseInsensitiveOption)
                      .match(name)
                      .hasMatch(),
            qPrintable(path));
    }
    // Two distinct pages for the two duplicates, and the same addresses on the next run.
    const QString front = readText(sitePath() + S("/index.html"));
    static const QRegularExpression dupLink(S("href=\"/news/([a-z0-9-]+)/\">Duplicate (one|two)"));
    QMap<QString, QString> addresses;
    for (auto m = dupLink.globalMatch(front); m.hasNext();) {
        const auto match = m.next();
        addresses.insert(match.captured(2), match.captured(1));
    }
    QCOMPARE(addresses.size(), 2);
    QVERIFY(addresses.value(S("one")) != addresses.value(S("two")));
    for (const QString &slug : addresses)
        QVERIFY(QFile::exists(sitePath() + S("/news/") + slug + S("/index.html")));
    QVERIFY(publish({QStringLiteral("--full")}).exitCode == 0);
    const QString frontAgain = readText(sitePath() + S("/index.html"));
    for (auto it2 = addresses.cbegin(); it2 != addresses.cend(); ++it2)
        QVERIFY(frontAgain.contains(S("/news/") + it2.value() + S("/\">Duplicate ") + it2.key()));
    // The tag that looked like markup is text on its page.
    QVERIFY(!readText(sitePath() + S("/news/evil-tags/index.html")).contains(u"<script>alert"));
}

void TestPublish::journalIsCompletedAfterInterruption()
{
    QVERIFY(publish().exitCode == 0);
    // The state a publish killed right after its commit point leaves: a journal and staged files.
    const QString state = sitePath() + S("/.copydesk");
    QVERIFY(QDir().mkpath(state + S("/staging/extra")));
    QFile staged(state + S("/staging/extra/page.html"));
    QVERIFY(staged.open(QIODevice::WriteOnly));
    staged.write("<p>moved in</p>");
    staged.close();
    QFile journal(state + S("/journal"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write("copydesk-journal 1\nM\textra/page.html\nM\t../../outside.html\n");
    journal.close();
    const auto run = publish();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!QFile::exists(state + S("/journal")));
    QVERIFY(!QDir(state + S("/staging")).exists());
    QVERIFY(!QFile::exists(m_dir->filePath(S("outside.html"))));
    // Rolled forward, then (not in the manifest) left alone as a file the site does not own.
    QCOMPARE(readText(sitePath() + S("/extra/page.html")), S("<p>moved in</p>"));
}

void TestPublish::killMidPublishKeepsPreviousSite()
{
    {
        auto store = ArticleStore::open(storePath());
        for (int i = 0; i < 1500; ++i) {
            const bool chinese = i % 2 == 0;
            QString body;
            for (int p = 0; p < 12; ++p)
                body += chinese
                    ? S("记者从有关部门获悉，本市今年新能源产业继续保持较快增长态势，多个项目顺利推"
                        "进。\n\n")
                    : S("The council said the project would continue as planned next year.\n\n");
            store->create(story((chinese ? S("新闻稿件第%1号") : S("Story number %1")).arg(i),
                chinese ? S("zh-Hans") : S("en"), chinese ? S("经济") : S("Local"),
                {S("tag%1").arg(i % 40), S("tag%1").arg(i % 7)}, body));
        }
    }
    QVERIFY(publish().exitCode == 0);
    const QMap<QString, QByteArray> before = snapshot(sitePath());
    QVERIFY(before.size() > 1500);

    // A full rebuild of a changed site, killed once it is busy writing the new files.
    {
        auto store = ArticleStore::open(storePath());
        Article a = store->get(m_ids.at(1));
        a.headline = S("Council approves new bridge, again");
        store->save(a);
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(TestSupport::binary(),
        {S("--store"), storePath(), S("publish"), S("--out"), sitePath(), S("--full")});
    QVERIFY(process.waitForStarted());
    // Killed as soon as new pages are being staged, long before the commit point.
    // Staged beside the site, in the folder that also holds the standby generation.
    const QString staging = m_dir->filePath(S(".site.copydesk/staging/news"));
    bool killed = false;
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        if (QFileInfo(staging).isDir() && !QDir(staging).isEmpty()) {
            ::kill(pid_t(process.processId()), SIGKILL);
            killed = true;
            break;
        }
        process.waitForFinished(2);
    }
    process.waitForFinished(30000);
    if (!killed)
        QSKIP("publish finished before it could be killed; the machine is faster than this test "
              "expects");
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QVERIFY(QDir(m_dir->filePath(S(".site.copydesk/staging"))).exists()); // it was writing
    QCOMPARE(snapshot(sitePath()), before); // and readers still see the previous site, whole

    const auto rerun = publish();
    QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
    QVERIFY(!QDir(m_dir->filePath(S(".site.copydesk/staging"))).exists());
    QVERIFY(readText(sitePath() + S("/news/council-approves-new-bridge/index.html"))
                .contains(u"Council approves new bridge, again"));
    QVERIFY(QJsonDocument(searchIndex(sitePath()))
                .toJson()
                .contains("Council approves new bridge, again"));
    const QMap<QString, QByteArray> after = snapshot(sitePath());
    QCOMPARE(after.size(), before.size());
}

void TestPublish::cancelAtEveryPhaseKeepsPreviousSite_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("changes only") << false;
    QTest::newRow("full rebuild") << true;
}

// The cancel flag is set from the progress callback, in the publishing thread, at each phase
// the run reports in turn: no timing is involved. Up to "writing" the run stops with a
// cancelled PublishError and the site, the manifest and the folder beside it are as they
// were; once it reports "writing" it is past its last check and completes.
void TestPublish::cancelAtEveryPhaseKeepsPreviousSite()
{
    QFETCH(bool, full);
    QVERIFY(publish().exitCode == 0);
    {
        auto store = ArticleStore::open(storePath());
        Article a = store->get(m_ids.at(1));
        a.headline = S("Council approves new bridge, again");
        store->save(a);
    }
    const QMap<QString, QByteArray> before = snapshot(sitePath());
    const QString beside = m_dir->filePath(S(".site.copydesk"));
    const QMap<QString, QByteArray> besideBefore = snapshot(beside);
    const auto manifest = [this] {
        QFile file(sitePath() + S("/.copydesk/manifest"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray manifestBefore = manifest();
    QVERIFY(!manifestBefore.isEmpty());

    PublishOptions options;
    options.outDir = sitePath();
    options.full = full;
    // Run n is cancelled at the n-th phase it reports. Every run up to the one cancelled at
    // "writing" stops and leaves everything as it was; that one completes.
    QStringList cancelledAt;
    for (int n = 0;; ++n) {
        QVERIFY2(n < 40, qPrintable(cancelledAt.join(u',')));
        auto store = ArticleStore::open(storePath());
        std::atomic_bool cancel = false;
        QString at;
        int seen = 0;
        QString last;
        Publisher publisher(*store, options);
        publisher.setCancelFlag(&cancel);
        publisher.setProgress([&](const QString &phase, int, int) {
            if (phase == last)
                return;
            last = phase;
            if (seen++ == n) {
                at = phase;
                cancel = true;
            }
        });
        bool cancelled = false;
        try {
            const PublishReport report = publisher.publish();
            QCOMPARE(report.articles, 3);
        } catch (const PublishError &error) {
            QVERIFY2(error.cancelled(), qPrintable(error.message()));
            cancelled = true;
        }
        QVERIFY2(!at.isEmpty(), qPrintable(cancelledAt.join(u',')));
        if (!cancelled) {
            QCOMPARE(at, S("writing"));
            break;
        }
        cancelledAt << at;
        QCOMPARE(snapshot(sitePath()), before);
        QCOMPARE(snapshot(beside), besideBefore);
        QCOMPARE(manifest(), manifestBefore);
        QVERIFY2(!QDir(beside + S("/staging")).exists(), qPrintable(at));
    }
    QVERIFY2(cancelledAt.contains(u"rendering"), qPrintable(cancelledAt.join(u',')));
    QVERIFY2(cancelledAt.contains(u"search index"), qPrintable(cancelledAt.join(u',')));
    QVERIFY(readText(sitePath() + S("/news/council-approves-new-bridge/index.html"))
                .contains(u"Council approves new bridge, again"));
}

void TestPublish::searchIndexAndFeeds()
{
    {
        auto store = ArticleStore::open(storePath());
        Article bridge = store->get(m_ids.at(1));
        bridge.bylines = {{S("Jane Doe"), {}, S("AP")}, {S("John Roe"), {}, {}}};
        store->save(bridge);
    }
    QVERIFY(publish({QStringLiteral("--base-url"), QStringLiteral("https://news.example.org/")})
                .exitCode
        == 0);
    const QJsonArray index = searchIndex(sitePath());
    QCOMPARE(index.size(), 3);
    for (const QJsonValue &entry : index) {
        const QJsonObject e = entry.toObject();
        for (const char *key : {"url", "headline", "deck", "bylines", "section", "date", "lede"})
            QVERIFY2(e.contains(QLatin1StringView(key)), key);
        QVERIFY(e.value(u"url").toString().startsWith(u"https://news.example.org/news/"));
    }
    QString error;
    for (const char *file : {"feed.xml", "atom.xml", "sitemap.xml", "sitemaps/pages.xml",
             "section/经济/feed.xml", "section/经济/atom.xml"})
        QVERIFY2(wellFormedXml(sitePath() + u'/' + S(file), &error), qPrintable(error));
    // The sitemap index names the pages' sitemap and one per month, every article in one.
    const QString sitemap = readText(sitePath() + S("/sitemap.xml"));
    QVERIFY(sitemap.contains(u"<sitemapindex"));
    QVERIFY(sitemap.contains(u"<loc>https://news.example.org/sitemaps/pages.xml</loc>"));
    const QRegularExpression monthly(
        S("<loc>https://news.example.org/(sitemaps/\\d{4}-\\d{2}\\.xml)</loc>"));
    int articleUrls = 0;
    for (const auto &match : monthly.globalMatch(sitemap)) {
        const QString part = readText(sitePath() + u'/' + match.captured(1));
        QVERIFY2(wellFormedXml(sitePath() + u'/' + match.captured(1), &error), qPrintable(error));
        articleUrls += int(part.count(u"<loc>https://news.example.org/news/"));
    }
    QCOMPARE(articleUrls, 3);
    // Addresses are percent-encoded, as the sitemap protocol asks: no raw 经济 in a <loc>.
    const QString pages = readText(sitePath() + S("/sitemaps/pages.xml"));
    QVERIFY2(pages.contains(u"<loc>https://news.example.org/section/%E7%BB%8F%E6%B5%8E/</loc>"),
        qPrintable(pages));
    QVERIFY(
        pages.contains(u"<loc>https://news.example.org/tag/%E6%96%B0%E8%83%BD%E6%BA%90/</loc>"));
    QDirIterator sitemaps(sitePath() + S("/sitemaps"), QDir::Files);
    while (sitemaps.hasNext()) {
        static const QRegularExpression loc(S("<loc>([^<]*)</loc>"));
        for (const auto &m : loc.globalMatch(readText(sitemaps.next()))) {
            const QString address = m.captured(1);
            QVERIFY2(std::all_of(address.cbegin(), address.cend(),
                         [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; }),
                qPrintable(address));
        }
    }
    const QString rss = readText(sitePath() + S("/feed.xml"));
    QVERIFY(rss.contains(u"<rss version=\"2.0\""));
    QCOMPARE(rss.count(u"<item>"), 3);
    // Who wrote each story, as Atom says with <author>.
    QVERIFY(rss.contains(u"xmlns:dc=\"http://purl.org/dc/elements/1.1/\""));
    QVERIFY(rss.contains(u"<dc:creator>Jane Doe</dc:creator><dc:creator>John Roe</dc:creator>")
        || rss.contains(
            u"<dc:creator>Jane Doe</dc:creator>\n            <dc:creator>John Roe</dc:creator>"));
    QCOMPARE(rss.count(u"<dc:creator>"), 2);
    const QString sectionAtom = readText(sitePath() + S("/section/经济/atom.xml"));
    QCOMPARE(sectionAtom.count(u"<entry>"), 2);
}

// On an English site, a Chinese section is a Chinese page and feed, and Chinese headlines in the
// English lists say what they are.
void TestPublish::listsAndFeedsSayTheirLanguage()
{
    {
        auto store = ArticleStore::open(storePath());
        for (const char *headline : {"Storm closes schools", "Schools reopen after storm"})
            store->create(story(S(headline), S("en"), S("Weather"), {}, S("Text.\n")));
        store->create(story(S("臺北捷運環狀線通車一週年"), S("zh-Hant"), S("臺灣"), {S("捷運")},
            S("捷運環狀線通車滿一年。\n")));
    }
    QVERIFY(publish().exitCode == 0);
    const QString front = readText(sitePath() + S("/index.html"));
    QVERIFY(front.startsWith(S("<!DOCTYPE html>\n<html lang=\"en\">")));
    QVERIFY2(
        front.contains(S("lang=\"zh-Hans\">我市新能源汽车产量突破十万辆</a>")), qPrintable(front));
    QVERIFY(front.contains(S("lang=\"zh-Hant\">臺北捷運環狀線通車一週年</a>")));
    QVERIFY(front.contains(S("\">Storm closes schools</a>")));
    for (const auto &[page, language] :
        {std::pair {"section/经济/index.html", "zh-Hans"}, {"tag/新能源/index.html", "zh-Hans"},
            {"section/臺灣/index.html", "zh-Hant"}, {"tag/捷運/index.html", "zh-Hant"},
            {"section/local/index.html", "en"}, {"search/index.html", "en"}}) {
        const QString html = readText(sitePath() + u'/' + S(page));
        QVERIFY2(html.contains(S("<html lang=\"%1\">").arg(S(language))), page);
    }
    const QString section = readText(sitePath() + S("/section/经济/index.html"));
    QVERIFY(section.contains(S("\">我市新能源汽车产量突破十万辆</a>"))); // no lang of its own
    QVERIFY(readText(sitePath() + S("/section/经济/feed.xml"))
                .contains(u"<language>zh-Hans</language>"));
    QVERIFY(readText(sitePath() + S("/section/臺灣/feed.xml"))
                .contains(u"<language>zh-Hant</language>"));
    QVERIFY(readText(sitePath() + S("/feed.xml")).contains(u"<language>en</language>"));
    QVERIFY(readText(sitePath() + S("/section/经济/atom.xml")).contains(u"xml:lang=\"zh-Hans\""));
    const QString atom = readText(sitePath() + S("/atom.xml"));
    QVERIFY(atom.contains(u"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"));
    QCOMPARE(atom.count(u"<entry xml:lang=\"zh-Hans\">"), 2);
    QString error;
    QVERIFY2(wellFormedXml(sitePath() + S("/atom.xml"), &error), qPrintable(error));
    // The search page marks results the same way: the index has each story's language.
    QStringList languages;
    for (const QJsonValue &entry : searchIndex(sitePath()))
        languages << entry.toObject().value(u"lang").toString();
    languages.sort();
    QCOMPARE(languages,
        QStringList({S("en"), S("en"), S("en"), S("zh-Hans"), S("zh-Hans"), S("zh-Hant")}));
}

// What search engines and link previews read: a description, Open Graph and a Twitter card on
// every kind of page, not only on articles.
void TestPublish::everyPageDescribesItself()
{
    QVERIFY(publish({S("--base-url"), S("https://news.example.org/")}).exitCode == 0);
    struct Expected
    {
        const char *file;
        const char *description;
        const char *url; // og:url; empty: none (the 404 page has no address of its own)
    };
    for (const Expected &page : {
             Expected {"index.html", "Copydesk News最新新闻。", "https://news.example.org/"},
             {"section/经济/index.html", "Copydesk News“经济”栏目的最新新闻。",
                 "https://news.example.org/section/经济/"},
             {"section/local/index.html", "The latest Local stories from Copydesk News.",
                 "https://news.example.org/section/local/"},
             {"tag/transport/index.html", "Stories about Transport from Copydesk News.",
                 "https://news.example.org/tag/transport/"},
             {"search/index.html", "搜索Copydesk News的新闻。", "https://news.example.org/search/"},
             {"404.html", "Copydesk News没有这个页面。", ""},
             {"news/council-approves-new-bridge/index.html",
                 "The city council voted 9-2 for the bridge.",
                 "https://news.example.org/news/council-approves-new-bridge/"},
         }) {
        const QString html = readText(sitePath() + u'/' + S(page.file));
        const QString head = html.left(html.indexOf(u"</head>"));
        QVERIFY2(
            head.contains(S("<meta name=\"description\" content=\"%1\">").arg(S(page.description))),
            qPrintable(head));
        QVERIFY2(
            head.contains(
                S("<meta property=\"og:description\" content=\"%1\">").arg(S(page.description))),
            page.file);
        QVERIFY2(head.contains(u"<meta property=\"og:title\" content=\""), page.file);
        QVERIFY2(head.contains(u"<meta property=\"og:type\" content=\""), page.file);
        QVERIFY2(head.contains(u"<meta property=\"og:site_name\" content=\"Copydesk News\">"),
            page.file);
        QVERIFY2(head.contains(u"<meta name=\"twitter:card\" content=\"summary\">"), page.file);
        if (*page.url)
            QVERIFY2(head.contains(S("<meta property=\"og:url\" content=\"%1\">").arg(S(page.url))),
                page.file);
        else
            QVERIFY2(!head.contains(u"og:url"), page.file);
    }
}

// The front page, sections and tags in pages of --per-page stories: page 1 at the list's own
// address, the others at page/N/, linked both ways. A new story moves every story down one
// place; an edited deck rewrites the one page that shows it; a shorter list loses its last page.
void TestPublish::listsComeInPages()
{
    {
        auto store = ArticleStore::open(storePath());
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int i = 0; i < 10; ++i) {
            Article a = story(S("Local story %1").arg(i), S("en"), S("Local"), {}, S("Text.\n"));
            a.published = start.addSecs(qint64(i) * 3600);
            store->create(a);
        }
    }
    // 3 in init (newest) + 10: 13 stories, 5 a page: pages 1, 2 and 3.
    const auto run = publish({S("--per-page"), S("5"), S("--base-url"), S("https://n.example/")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QDir site(sitePath());
    QVERIFY(site.exists(S("index.html")));
    QVERIFY(site.exists(S("page/2/index.html")));
    QVERIFY(site.exists(S("page/3/index.html")));
    QVERIFY(!site.exists(S("page/4")));
    QVERIFY(!site.exists(S("page/1")));
    // Local: the bridge and ten more, 11 stories in three pages.
    QVERIFY(site.exists(S("section/local/page/3/index.html")));
    const QString first = readText(site.filePath(S("index.html")));
    const QString second = readText(site.filePath(S("page/2/index.html")));
    const QString last = readText(site.filePath(S("page/3/index.html")));
    QCOMPARE(first.count(u"<li><a href=\"https://n.example/news/"), 5);
    QCOMPARE(last.count(u"<li><a href=\"https://n.example/news/"), 3);
    QVERIFY(!first.contains(u"rel=\"prev\""));
    QVERIFY(first.contains(u"<link rel=\"next\" href=\"https://n.example/page/2/\">"));
    QVERIFY(second.contains(u"<link rel=\"prev\" href=\"https://n.example/\">"));
    QVERIFY(second.contains(u"<link rel=\"next\" href=\"https://n.example/page/3/\">"));
    QVERIFY(second.contains(u"<link rel=\"canonical\" href=\"https://n.example/page/2/\">"));
    QVERIFY(!last.contains(u"rel=\"next\""));
    // Visible page numbers, the current one marked.
    QVERIFY2(second.contains(u"<a href=\"https://n.example/page/2/\" aria-current=\"page\">2</a>"),
        qPrintable(second));
    QVERIFY(second.contains(u"<a href=\"https://n.example/\">1</a>"));
    QVERIFY(second.contains(u"<a href=\"https://n.example/page/3/\">3</a>"));
    QVERIFY(second.contains(u"<a href=\"https://n.example/page/3/\" rel=\"next\">"));
    // The stories as they fall: the 6th newest opens page 2.
    QVERIFY(second.indexOf(u">Local story 7</a>") > second.indexOf(u"<ul class=\"article-list\">"));
    QVERIFY(deadLinks(sitePath()).isEmpty());

    // An edited deck: only the page that shows the story is written again.
    const auto ids = [&] {
        QMap<QString, FileId> files;
        for (const char *page : {"index.html", "page/2/index.html", "page/3/index.html"})
            files.insert(S(page), fileId(site.filePath(S(page))));
        return files;
    };
    const auto before = ids();
    {
        auto store = ArticleStore::open(storePath());
        for (const Article &a : store->articles({})) {
            if (a.headline == u"Local story 7") {
                Article edited = store->get(a.id);
                edited.deck = S("A new deck");
                store->save(edited);
            }
        }
    }
    const auto edited =
        publish({S("--per-page"), S("5"), S("--base-url"), S("https://n.example/")});
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    const auto after = ids();
    QCOMPARE(after.value(S("index.html")), before.value(S("index.html")));
    QVERIFY(!(after.value(S("page/2/index.html")) == before.value(S("page/2/index.html"))));
    QCOMPARE(after.value(S("page/3/index.html")), before.value(S("page/3/index.html")));
    QVERIFY(readText(site.filePath(S("page/2/index.html"))).contains(u"A new deck"));

    // Three stories fewer: the lists lose their last page, and its folder goes.
    {
        auto store = ArticleStore::open(storePath());
        for (const Article &a : store->articles({})) {
            if (a.headline == u"Local story 0" || a.headline == u"Local story 1"
                || a.headline == u"Local story 2")
                store->kill(a.id);
        }
    }
    QVERIFY(
        publish({S("--per-page"), S("5"), S("--base-url"), S("https://n.example/")}).exitCode == 0);
    QVERIFY(site.exists(S("page/2/index.html")));
    QVERIFY(!site.exists(S("page/3")));
    QVERIFY(!site.exists(S("section/local/page/3")));
    QVERIFY(!readText(site.filePath(S("page/2/index.html"))).contains(u"rel=\"next\""));

    // A bad number is the user's error, named.
    const auto bad = publish({S("--per-page"), S("0")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.errText().contains(u"--per-page"));
}

// Every page's masthead names the front page and every section (the biggest first), marks where
// the reader is, and is plain links: nothing to run, every entry reached with Tab.
void TestPublish::mastheadLeadsToEverySection()
{
    QVERIFY(publish().exitCode == 0);
    const auto navOf = [&](const char *page) {
        const QString html = readText(sitePath() + u'/' + S(page));
        const qsizetype from = html.indexOf(u"<nav class=\"section-nav\"");
        return from < 0 ? QString() : html.mid(from, html.indexOf(u"</nav>", from) + 6 - from);
    };
    // The site is Chinese (two stories to one): the English section says it is English.
    const QString front = navOf("index.html");
    QVERIFY2(
        front.startsWith(u"<nav class=\"section-nav\" aria-label=\"栏目\">"), qPrintable(front));
    const qsizetype home = front.indexOf(u"<li><a href=\"/\" aria-current=\"page\">首页</a></li>");
    const qsizetype economy = front.indexOf(u"<li><a href=\"/section/经济/\">经济</a></li>");
    const qsizetype local =
        front.indexOf(u"<li><a href=\"/section/local/\" lang=\"en\">Local</a></li>");
    QVERIFY2(home >= 0 && economy > home && local > economy, qPrintable(front));
    QVERIFY(!front.contains(u"<script"));

    QVERIFY(navOf("section/经济/index.html")
                .contains(u"<a href=\"/section/经济/\" aria-current=\"page\">经济</a>"));
    QVERIFY(!navOf("section/经济/index.html").contains(u"href=\"/\" aria-current"));
    // An article: its section is marked as where the reader is, not as this very page.
    const QString article = navOf("news/council-approves-new-bridge/index.html");
    QVERIFY2(article.contains(u"<a href=\"/section/local/\" aria-current=\"true\">Local</a>"),
        qPrintable(article));
    QCOMPARE(article.count(u"aria-current"), 1);
    for (const char *page : {"search/index.html", "404.html", "tag/新能源/index.html"}) {
        const QString nav = navOf(page);
        QVERIFY2(nav.contains(u"/section/经济/") && !nav.contains(u"aria-current"), page);
    }
}

// Each person in a byline has a page of their stories, which the bylines link and JSON-LD
// names as the author's url.
void TestPublish::authorPagesListEachPersonsStories()
{
    {
        auto store = ArticleStore::open(storePath());
        Article bridge = store->get(m_ids.at(1));
        bridge.bylines = {{S("Jane O'Doe"), {}, S("AP")}, {S("John Roe"), {}, {}}};
        store->save(bridge);
        Article cars = store->get(m_ids.at(0));
        cars.bylines = {{S("杨丹丹"), S("融媒体记者"), {}}, {S("王立"), S("通讯员"), {}}};
        store->save(cars);
        Article buses = store->get(m_ids.at(2));
        buses.bylines = {{S("杨丹丹"), S("记者"), {}}};
        store->save(buses);
    }
    QVERIFY(publish({S("--base-url"), S("https://news.example.org/")}).exitCode == 0);
    const QDir site(sitePath());
    const QString yang = readText(site.filePath(S("author/杨丹丹/index.html")));
    QVERIFY2(yang.contains(u"<h1>杨丹丹</h1>"), qPrintable(yang));
    QVERIFY(yang.contains(u"<html lang=\"zh-Hans\">"));
    QVERIFY(yang.contains(u">我市新能源汽车产量突破十万辆</a>"));
    QVERIFY(yang.contains(u">新能源公交线路增至42条</a>"));
    QVERIFY(!yang.contains(u"Council approves"));
    QVERIFY(yang.contains(
        u"<meta name=\"description\" content=\"杨丹丹在Copydesk News发表的新闻。\">"));
    QVERIFY(site.exists(S("author/王立/index.html")));
    const QStringList janes = QDir(site.filePath(S("author"))).entryList({S("jane*")}, QDir::Dirs);
    QCOMPARE(janes.size(), 1);
    const QString janePath = S("author/") + janes.first() + u'/';
    QVERIFY(readText(site.filePath(janePath + S("index.html"))).contains(u"<h1>Jane O&#39;Doe</h1>")
        || readText(site.filePath(janePath + S("index.html")))
               .contains(u"<h1>Jane O&apos;Doe</h1>"));

    // The bylines link the pages, in the house style's own words.
    const QString english =
        readText(site.filePath(S("news/council-approves-new-bridge/index.html")));
    QVERIFY2(english.contains(S("<p class=\"byline\">By <a class=\"author\" "
                                "href=\"https://news.example.org/%1\">Jane O&#39;Doe</a> and "
                                "<a class=\"author\" href=\"https://news.example.org/author/"
                                "john-roe/\">John Roe</a></p>")
                                  .arg(janePath)),
        qPrintable(english));
    QString chineseFile;
    for (const QString &dir :
        QDir(site.filePath(S("news"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (readText(site.filePath(S("news/") + dir + S("/index.html")))
                .contains(u"<h1>我市新能源汽车产量突破十万辆</h1>"))
            chineseFile = site.filePath(S("news/") + dir + S("/index.html"));
    }
    const QString chinese = readText(chineseFile);
    QVERIFY2(
        chinese.contains(
            u"<p class=\"reporters\">■融媒体记者 <a class=\"author\" "
            u"href=\"https://news.example.org/author/杨丹丹/\">杨丹丹</a> 通讯员 "
            u"<a class=\"author\" href=\"https://news.example.org/author/王立/\">王立</a></p>"),
        qPrintable(chinese));
    // JSON-LD: the author's url is that page.
    static const QRegularExpression ld(S("<script type=\"application/ld\\+json\">(.*?)</script>"));
    const QJsonArray authors = QJsonDocument::fromJson(ld.match(chinese).captured(1).toUtf8())
                                   .object()
                                   .value(u"author")
                                   .toArray();
    QCOMPARE(authors.size(), 2);
    QCOMPARE(authors.at(0).toObject().value(u"url").toString(),
        S("https://news.example.org/author/杨丹丹/"));
    QVERIFY(
        readText(site.filePath(S("sitemaps/pages.xml")))
            .contains(u"<loc>https://news.example.org/author/%E6%9D%A8%E4%B8%B9%E4%B8%B9/</loc>"));
    QVERIFY(deadLinks(sitePath()).isEmpty());

    // A headline edit is a changes-only run that redoes the author's page too.
    {
        auto store = ArticleStore::open(storePath());
        Article buses = store->get(m_ids.at(2));
        buses.headline = S("新能源公交线路增至45条");
        store->save(buses);
    }
    QVERIFY(publish({S("--base-url"), S("https://news.example.org/")}).exitCode == 0);
    QVERIFY(readText(site.filePath(S("author/杨丹丹/index.html")))
                .contains(u">新能源公交线路增至45条</a>"));
}

// 往期: a page per day with stories, an index of each month's days and one of the months.
void TestPublish::archiveByDate()
{
    QString edited;
    // The days of UTC, whatever the machine's zone (tst_storylifecli::pagesAreDatedInTheSitesZone
    // has the site in another).
    const QStringList utc = {S("--time-zone"), S("UTC")};
    {
        auto store = ArticleStore::open(storePath());
        const auto at = [&](const char *headline, const char *iso) {
            Article a = story(S(headline), S("en"), S("Local"), {}, S("Text.\n"));
            a.published = QDateTime::fromString(S(iso), Qt::ISODate);
            return store->create(a).id;
        };
        edited = at("Ferry returns", "2026-06-01T08:00:00Z");
        at("Market opens", "2026-06-01T21:30:00Z");
        at("Library closes", "2026-06-03T10:00:00Z");
        at("Flood warning", "2026-05-20T06:00:00Z");
    }
    QVERIFY(publish(utc).exitCode == 0);
    const QDir site(sitePath());
    const QString day = readText(site.filePath(S("archive/2026/06/01/index.html")));
    QVERIFY2(day.contains(u"<h1>June 1, 2026</h1>"), qPrintable(day));
    QVERIFY(day.indexOf(u">Market opens</a>") >= 0
        && day.indexOf(u">Market opens</a>") < day.indexOf(u">Ferry returns</a>"));
    QVERIFY(!day.contains(u"Library closes"));
    QVERIFY(site.exists(S("archive/2026/06/03/index.html")));
    QVERIFY(!site.exists(S("archive/2026/06/02")));
    const QString june = readText(site.filePath(S("archive/2026/06/index.html")));
    QVERIFY2(june.contains(u"<h1>June 2026</h1>"), qPrintable(june));
    QVERIFY(june.contains(u"<li><a href=\"/archive/2026/06/03/\">June 3, 2026</a> <span "
                          u"class=\"count\">1 story</span></li>"));
    QVERIFY(june.contains(u"<li><a href=\"/archive/2026/06/01/\">June 1, 2026</a> <span "
                          u"class=\"count\">2 stories</span></li>"));
    const QString months = readText(site.filePath(S("archive/index.html")));
    QVERIFY(months.indexOf(u"<a href=\"/archive/2026/06/\">June 2026</a>")
        < months.indexOf(u"<a href=\"/archive/2026/05/\">May 2026</a>"));
    // Every page's footer leads there.
    QVERIFY(
        readText(site.filePath(S("index.html"))).contains(u"<a href=\"/archive/\">Archive</a>"));
    QVERIFY(deadLinks(sitePath()).isEmpty());

    // A changed headline: the day's page follows in a changes-only run.
    {
        auto store = ArticleStore::open(storePath());
        Article a = store->get(edited);
        a.headline = S("Ferry service returns");
        store->save(a);
    }
    QVERIFY(publish(utc).exitCode == 0);
    QVERIFY(readText(site.filePath(S("archive/2026/06/01/index.html")))
                .contains(u">Ferry service returns</a>"));
}

void TestPublish::feedsCarryTextNotMarkup_data()
{
    QTest::addColumn<QString>("payload");
    for (const auto &[name, payload] : TestSupport::xssPayloads())
        QTest::newRow(name) << payload;
}

// Every hostile text of the render corpus, in each field a feed shows, read back as a feed
// reader reads it: RSS text is XML-decoded once and then taken as HTML; Atom text is HTML only
// where its type says so.
void TestPublish::feedsCarryTextNotMarkup()
{
    QFETCH(QString, payload);
    {
        auto store = ArticleStore::open(storePath());
        Article withDeck =
            story(payload, S("en"), payload, {payload}, payload + S("\n\n") + payload);
        withDeck.deck = payload;
        withDeck.bylines = {{payload, payload, payload}};
        withDeck.slug = S("with-deck");
        store->create(withDeck);
        Article bodyOnly = story(payload, S("en"), payload, {}, payload + S("\n\nMore.\n"));
        bodyOnly.slug = S("body-only");
        store->create(bodyOnly);
    }
    const auto run =
        publish({S("--base-url"), S("https://news.example.org/"), S("--site-name"), payload});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // The deck as the store keeps it (line breaks in one-line fields become spaces).
    Article kept;
    kept.deck = payload;
    kept.stripControlCharacters();
    int feeds = 0;
    int itemsWithThePayload = 0;
    QDirIterator it(
        sitePath(), {S("feed.xml"), S("atom.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool rss = path.endsWith(u"feed.xml");
        ++feeds;
        for (const FeedText &t : feedTexts(path)) {
            QVERIFY2(t.element != u"error", qPrintable(path + S(": ") + t.text));
            const bool html = rss || t.type == u"html";
            if (html) {
                const QString found = scriptInHtml(t.text);
                QVERIFY2(found.isEmpty(), qPrintable(S("%1 <%2>: %3").arg(path, t.element, found)));
            } else {
                QVERIFY2(t.type.isEmpty() || t.type == u"text", qPrintable(t.type));
            }
            // The reporter's text arrives as written: as HTML text in RSS, as text in Atom.
            if (t.element == u"description" || t.element == u"summary") {
                const QString shown = html ? Html::decodeEntities(t.text) : t.text;
                if (shown == kept.deck)
                    ++itemsWithThePayload;
            }
        }
    }
    QVERIFY(feeds >= 4); // the site's RSS and Atom, and the section's
    QVERIFY(itemsWithThePayload >= 4); // the deck, in both feeds of the site and of the section
}

void TestPublish::baseUrlIsAnAddressOrAPath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << S("https://news.example.org/") << true;
    QTest::newRow("http with port and path") << S("http://localhost:8080/site/") << true;
    QTest::newRow("no trailing slash") << S("https://news.example.org") << true;
    QTest::newRow("root path") << S("/") << true;
    QTest::newRow("path") << S("/news/") << true;
    QTest::newRow("international") << S("https://新闻.example.cn/本地/") << true;
    QTest::newRow("percent-encoded") << S("https://news.example.org/a%20b/") << true;
    QTest::newRow("newline into robots.txt")
        << S("https://news.example.org/\nSitemap: https://evil.example/s.xml\nDisallow: /")
        << false;
    QTest::newRow("CR LF") << S("https://news.example.org/\r\nUser-agent: evil") << false;
    QTest::newRow("newline in a path") << S("/\nDisallow: /") << false;
    QTest::newRow("tab") << S("https://news.example.org/\t") << false;
    QTest::newRow("line separator") << S("https://news.example.org/\u2028x") << false;
    QTest::newRow("space") << S("https://news.example.org/a b/") << false;
    QTest::newRow("markup") << S("https://news.example.org/\"><script>alert(1)</script>") << false;
    QTest::newRow("javascript") << S("javascript:alert(1)//") << false;
    QTest::newRow("ftp") << S("ftp://news.example.org/") << false;
    QTest::newRow("no scheme") << S("news.example.org") << false;
    QTest::newRow("no host") << S("https:///path/") << false;
    QTest::newRow("protocol-relative") << S("//evil.example/") << false;
    QTest::newRow("user info") << S("https://news.example.org@evil.example/") << false;
    QTest::newRow("query") << S("https://news.example.org/?a=1") << false;
    QTest::newRow("fragment") << S("https://news.example.org/#top") << false;
    QTest::newRow("bad escape") << S("https://news.example.org/%zz/") << false;
    QTest::newRow("dot segments") << S("https://news.example.org/a/../") << false;
    QTest::newRow("empty, the default") << QString() << true;
}

// The base URL lands verbatim in robots.txt, the sitemaps, the feeds and every page: anything
// that is not an address or a path is refused (exit 1, a message naming it) before a file is
// written.
void TestPublish::baseUrlIsAnAddressOrAPath()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QVERIFY(publish({S("--base-url"), S("https://news.example.org/")}).exitCode == 0);
    const QMap<QString, QByteArray> before = snapshot(sitePath());
    const auto run = publish({S("--base-url"), url});
    const QStringList robots =
        readText(sitePath() + S("/robots.txt")).split(u'\n', Qt::SkipEmptyParts);
    if (!accepted) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"base URL"), run.err.constData());
        QVERIFY2(!run.errText().contains(u'\n' + S("Sitemap: https://evil")), run.err.constData());
        QCOMPARE(snapshot(sitePath()), before);
        const auto other = runCli(storePath(),
            {S("publish"), S("--out"), m_dir->filePath(S("other")), S("--base-url"), url});
        QCOMPARE(other.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(S("other"))));
        // The same for the editor's publish dialog, which calls the publisher itself.
        PublishOptions options;
        options.outDir = m_dir->filePath(S("other"));
        options.baseUrl = url;
        auto store = ArticleStore::open(storePath());
        QVERIFY_THROWS_EXCEPTION(PublishError, Publisher(*store, options).publish());
        QVERIFY(!QFileInfo::exists(m_dir->filePath(S("other"))));
        return;
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    if (url.isEmpty())
        url = S("/");
    // Two lines, or three with a sitemap: nothing else in robots.txt.
    QCOMPARE(robots.size(), url.startsWith(u'/') ? 2 : 3);
    QVERIFY(robots.at(0) == u"User-agent: *");
    QVERIFY(robots.at(1).startsWith(u"Disallow: /"));
    if (!url.startsWith(u'/'))
        QCOMPARE(
            robots.at(2), S("Sitemap: %1sitemap.xml").arg(url.endsWith(u'/') ? url : url + u'/'));
    QString error;
    for (const char *file : {"feed.xml", "atom.xml", "sitemap.xml", "sitemaps/pages.xml"})
        QVERIFY2(wellFormedXml(sitePath() + u'/' + S(file), &error), qPrintable(error));
    // A NUL cannot be passed on a command line, but the publish dialog could hand one over.
    PublishOptions options;
    options.outDir = m_dir->filePath(S("other"));
    options.baseUrl = url + QChar(0) + S("x");
    auto store = ArticleStore::open(storePath());
    QVERIFY_THROWS_EXCEPTION(PublishError, Publisher(*store, options).publish());
}

// A NUL or another control character in a headline, section, deck or tag, whichever way it came
// into the store (import, the editor's save, `edit --set`), is not in the store and not in any
// published file.
void TestPublish::controlCharactersNeverReachThePages()
{
    const QString file = m_dir->filePath(S("story.json"));
    {
        QFile json(file);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"headline": "Bridge\u0000 opens\u0007", "section": "Lo\u0000cal",
            "deck": "On\u001btime", "tags": ["Tr\u0000ansport", "\u0000"], "language": "en",
            "status": "published", "bylines": [{"name": "Jane\u0000 Doe"}],
            "body": "Line one\u0000.\n\nLine\ttwo.\n"})");
    }
    const auto imported = runCli(storePath(), {S("import"), file});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString importedId = imported.outText().trimmed();
    QString savedId;
    {
        auto store = ArticleStore::open(storePath());
        Article a = story(QString::fromUtf16(u"Ferry\0 resumes", 14), S("en"),
            QString::fromUtf16(u"Lo\0cal", 6), {}, S("Text.\n"));
        savedId = store->create(a).id;
    }
    const auto edited = runCli(storePath(),
        {S("edit"), m_ids.at(1), S("--set"),
            S("headline=Council\x01 approves\x1b"
              " new bridge"),
            S("--set"),
            S("section=Lo\x02"
              "cal")});
    QVERIFY2(edited.exitCode == 0, edited.err.constData());

    const auto shown = [&](const QString &id) {
        return runCli(storePath(), {S("show"), id, S("--json")}).json().object();
    };
    QCOMPARE(shown(importedId).value(u"headline").toString(), S("Bridge opens"));
    QCOMPARE(shown(importedId).value(u"section").toString(), S("Local"));
    QCOMPARE(shown(importedId).value(u"deck").toString(), S("Ontime"));
    QCOMPARE(shown(importedId).value(u"tags").toArray(), QJsonArray {S("Transport")});
    QCOMPARE(shown(importedId).value(u"body").toString(), S("Line one.\n\nLine\ttwo.\n"));
    QCOMPARE(shown(savedId).value(u"headline").toString(), S("Ferry resumes"));
    QCOMPARE(shown(m_ids.at(1)).value(u"headline").toString(), S("Council approves new bridge"));

    const auto run = publish({S("--base-url"), S("https://news.example.org/")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString front = readText(sitePath() + S("/index.html"));
    QVERIFY(front.contains(u"Bridge opens"));
    QVERIFY(front.contains(u"Ferry resumes"));
    QVERIFY(front.contains(u"Council approves new bridge"));
    QVERIFY(QFile::exists(sitePath() + S("/section/local/index.html")));
    int files = 0;
    QDirIterator it(sitePath(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const uchar c = uchar(bytes.at(i));
            QVERIFY2(c >= 0x20 || c == '\t' || c == '\n' || c == '\r',
                qPrintable(S("%1: byte 0x%2 at %3").arg(path).arg(c, 2, 16, QChar(u'0')).arg(i)));
        }
    }
    QVERIFY(files > 10);
}

void TestPublish::killAtEveryRenameLeavesOneGeneration_data()
{
    QTest::addColumn<bool>("wholeSite");
    // New addresses, a story killed and one added: the whole site is worked out again, pages
    // move, folders come and go.
    QTest::newRow("whole site") << true;
    // A deck edited: the few files that show it.
    QTest::newRow("changes only") << false;
}

// A publish killed at any of its renames (by strace, at the N-th rename system call, before it
// runs) leaves the site entirely as it was or entirely as the run makes it, every internal link
// leading to a page; the next publish completes it, and the one after finds nothing to do.
void TestPublish::killAtEveryRenameLeavesOneGeneration()
{
    QFETCH(bool, wholeSite);
    const QString strace = QStandardPaths::findExecutable(S("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed (Debian package \"strace\"): no kill at each rename");
    if (QProcess::execute(strace, {S("-o"), S("/dev/null"), S("true")}) != 0)
        QSKIP("strace cannot trace here (ptrace not permitted)");

    QStringList slugged;
    {
        auto store = ArticleStore::open(storePath());
        const QDateTime start(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i) {
            Article a = story(S("Story number %1").arg(i), S("en"),
                QStringList {S("Local"), S("Business"), S("Sport")}.at(i % 3),
                {S("tag%1").arg(i % 4), S("tag%1").arg(i % 7 + 4)}, S("Text %1.\n").arg(i));
            a.published = start.addSecs(qint64(i) * 7200);
            slugged << store->create(a).id;
        }
    }
    // The site as readers see it before the run, and everything beside it (the standby
    // generation, the bookkeeping): the state each killed run starts from.
    const QString pristine = m_dir->filePath(S("pristine"));
    QVERIFY(QDir().mkpath(pristine));
    const QString pristineSite = pristine + S("/site");
    QVERIFY(runCli(storePath(), {S("publish"), S("--out"), pristineSite}).exitCode == 0);
    const QMap<QString, QByteArray> before = snapshot(pristineSite);
    {
        auto store = ArticleStore::open(storePath());
        if (wholeSite) {
            for (int i = 0; i < 8; ++i) {
                Article a = store->get(slugged.at(i * 3));
                a.slug = S("moved-story-%1").arg(i);
                store->save(a);
            }
            store->kill(slugged.at(1));
            Article fresh =
                story(S("Brand new story"), S("en"), S("Culture"), {S("tag99")}, S("New.\n"));
            fresh.published = QDateTime(QDate(2026, 9, 10), QTime(8, 0), Qt::UTC);
            store->create(fresh);
        } else {
            Article a = store->get(slugged.at(29));
            a.deck = S("A deck at last");
            store->save(a);
        }
    }
    const QString trial = m_dir->filePath(S("trial"));
    const QString site = trial + S("/site");
    const QStringList publishArgs = {S("--store"), storePath(), S("publish"), S("--out"), site};
    // What the run makes, published without a kill.
    QVERIFY(copyTree(pristine, trial));
    const QString trace = m_dir->filePath(S("renames.trace"));
    QCOMPARE(QProcess::execute(strace,
                 QStringList {S("-f"), S("-qq"), S("-o"), trace, S("-e"),
                     S("trace=rename,renameat,renameat2"), TestSupport::binary()}
                     + publishArgs),
        0);
    const QMap<QString, QByteArray> after = snapshot(site);
    QVERIFY(after != before);
    QVERIFY2(deadLinks(site).isEmpty(), qPrintable(deadLinks(site).join(u'\n')));
    QMap<QString, int> renames; // system call → how many times the run made it
    static const QRegularExpression call(
        S("^\\d+\\s+(rename|renameat|renameat2)\\("), QRegularExpression::MultilineOption);
    for (const auto &m : call.globalMatch(readText(trace)))
        ++renames[m.captured(1)];
    QVERIFY(!renames.isEmpty());

    int kills = 0;
    for (auto it = renames.cbegin(); it != renames.cend(); ++it) {
        for (int n = 1; n <= it.value(); ++n) {
            const QString where = S("killed at %1 #%2: ").arg(it.key()).arg(n);
            QVERIFY(copyTree(pristine, trial));
            QProcess killed;
            killed.start(strace,
                QStringList {S("-f"), S("-qq"), S("-o"), S("/dev/null"), S("-e"),
                    S("trace=%1").arg(it.key()), S("-e"),
                    S("inject=%1:signal=KILL:when=%2").arg(it.key()).arg(n), TestSupport::binary()}
                    + publishArgs);
            QVERIFY(killed.waitForFinished(60000));
            QVERIFY2(killed.exitStatus() == QProcess::CrashExit || killed.exitCode() != 0,
                qPrintable(where + S("the run was not killed")));
            ++kills;
            const QMap<QString, QByteArray> seen = snapshot(site);
            QVERIFY2(seen == before || seen == after,
                qPrintable(where + S("a mix of the old and the new site")));
            QVERIFY2(deadLinks(site).isEmpty(), qPrintable(where + deadLinks(site).join(u'\n')));

            const auto rerun = runCli(storePath(), {S("publish"), S("--out"), site, S("--json")});
            QVERIFY2(rerun.exitCode == 0, qPrintable(where + rerun.errText()));
            QVERIFY2(
                snapshot(site) == after, qPrintable(where + S("not completed by the next run")));
            const auto again = runCli(storePath(), {S("publish"), S("--out"), site, S("--json")});
            QCOMPARE(again.json().object().value(u"written").toInt(), 0);
        }
    }
    qInfo("%d kills, one at each rename of the run", kills);
}

// Each publish puts another folder at DIR: what the user keeps at its top (a CNAME, a
// .well-known folder), added before or after the standby generation was made, is in every new
// generation with its latest content; a DIR that is a symbolic link stays one, and the folder
// it points to gets the site.
void TestPublish::usersFilesAndLinkedFolderSurviveTheSwaps()
{
    const QString real = m_dir->filePath(S("real-site"));
    QVERIFY(QDir().mkpath(real));
    QVERIFY(QFile::link(real, sitePath()));
    QVERIFY(publish().exitCode == 0);
    QVERIFY(QFileInfo(sitePath()).isSymLink());
    QVERIFY(QFile::exists(real + S("/index.html")));
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(path).path());
        QSaveFile file(path); // replaced, not written in place, as editors and git do
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
            && file.commit();
    };
    QVERIFY(write(sitePath() + S("/CNAME"), "news.example.org\n"));
    for (int round = 0; round < 4; ++round) {
        if (round == 1)
            QVERIFY(write(sitePath() + S("/.well-known/security.txt"), "Contact: a@b\n"));
        if (round == 2)
            QVERIFY(write(sitePath() + S("/CNAME"), "www.example.org\n"));
        {
            auto store = ArticleStore::open(storePath());
            Article a = store->get(m_ids.at(round % 3));
            a.deck = S("Deck %1").arg(round);
            if (round == 3)
                a.slug = S("a-new-address"); // a run of the whole site
            store->save(a);
        }
        const auto run = publish();
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.errText().contains(u"one by one"));
        QVERIFY(QFileInfo(sitePath()).isSymLink());
        QVERIFY(readText(sitePath() + S("/index.html")).contains(S("Deck %1").arg(round)));
        QCOMPARE(readText(sitePath() + S("/CNAME")),
            round >= 2 ? S("www.example.org\n") : S("news.example.org\n"));
        if (round >= 1)
            QCOMPARE(readText(sitePath() + S("/.well-known/security.txt")), S("Contact: a@b\n"));
    }
    QVERIFY(QFile::exists(sitePath() + S("/news/a-new-address/index.html")));
    // Beside the folder the link points to, not beside the link.
    QVERIFY(QFileInfo(m_dir->filePath(S(".real-site.copydesk/next"))).isDir());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(S(".site.copydesk"))));
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
