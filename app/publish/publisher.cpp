// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/publisher.h"

#include "model/slug.h"
#include "render/htmlescape.h"
#include "render/markdown.h"
#include "render/pagerenderer.h"
#include "render/recommender.h"
#include "store/articlestore.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <QXmlStreamWriter>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <numeric>

namespace {

const QString kStateDir = QStringLiteral(".copydesk");
const QByteArray kManifestHeader = QByteArrayLiteral("copydesk-manifest 1");
const QByteArray kJournalHeader = QByteArrayLiteral("copydesk-journal 1");
constexpr int kFrontPageSize = 100;
constexpr int kFeedSize = 50;
constexpr int kLedeLength = 300;

// Change detection, not security: a 64-bit hash in the style of xxHash64 (four lanes over
// 32-byte stripes), run with two seeds for 128 bits. Deterministic across runs and machines,
// unlike qHash, and several times faster than SHA-1 over a 10,000-page site.
quint64 stripeHash(const QByteArray &bytes, quint64 seed)
{
    constexpr quint64 p1 = 0x9E3779B185EBCA87ULL, p2 = 0xC2B2AE3D27D4EB4FULL,
                      p3 = 0x165667B19E3779F9ULL, p4 = 0x85EBCA77C2B2AE63ULL;
    const auto rotl = [](quint64 x, int r) { return (x << r) | (x >> (64 - r)); };
    const auto round = [&](quint64 acc, quint64 lane) { return rotl(acc + lane * p2, 31) * p1; };
    const uchar *data = reinterpret_cast<const uchar *>(bytes.constData());
    const size_t size = size_t(bytes.size());
    size_t i = 0;
    quint64 h;
    if (size >= 32) {
        quint64 v[4] = {seed + p1 + p2, seed + p2, seed, seed - p1};
        for (; i + 32 <= size; i += 32) {
            for (int lane = 0; lane < 4; ++lane) {
                quint64 word;
                memcpy(&word, data + i + lane * 8, 8);
                v[lane] = round(v[lane], word);
            }
        }
        h = rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18);
        for (quint64 lane : v)
            h = (h ^ round(0, lane)) * p1 + p4;
    } else {
        h = seed + p3;
    }
    h += quint64(size);
    for (; i < size; ++i)
        h = rotl(h ^ (data[i] * p3), 11) * p1;
    h ^= h >> 33;
    h *= p2;
    h ^= h >> 29;
    h *= p3;
    h ^= h >> 32;
    return h;
}

QByteArray contentHash(const QByteArray &bytes)
{
    return QByteArray::number(stripeHash(bytes, 1), 16) + '-'
        + QByteArray::number(stripeHash(bytes, 0x5EED), 16);
}

// A path below the site root that cannot leave it or trip a file system: '/'-separated
// segments, none empty, ".", ".." or with a backslash, colon or control character.
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.toUtf8().size() > 400)
        return false;
    for (QStringView segment : QStringView(path).split(u'/')) {
        if (segment.isEmpty() || segment == u"." || segment == u".." || segment.size() > 120)
            return false;
        for (QChar c : segment) {
            if (c.unicode() < 0x20 || c == u'\\' || c == u':' || c.unicode() == 0x7F)
                return false;
        }
    }
    return !path.startsWith(kStateDir);
}

bool isReservedDeviceName(QStringView name)
{
    static const QStringList reserved = {
        QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"), QStringLiteral("nul")};
    if (reserved.contains(name.toString()))
        return true;
    return name.size() == 4 && (name.startsWith(u"com") || name.startsWith(u"lpt"))
        && name.at(3).isDigit();
}

QString shortId(const QString &id)
{
    QString s;
    for (QChar c : id) {
        if (c.isLetterOrNumber())
            s += c.toLower();
        if (s.size() == 8)
            break;
    }
    return s;
}

// XML 1.0 cannot carry most control characters, even escaped.
QString xmlText(const QString &text)
{
    QString out = text;
    out.removeIf([](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF;
    });
    return out;
}

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '<': // keeps "</script>" and "<!--" out even if the index is ever inlined
            out += "\\u003c";
            break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[(uchar(c) >> 4) & 0xF];
                out += "0123456789abcdef"[uchar(c) & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QByteArray xmlEscape(const QString &text)
{
    QByteArray out;
    for (char c : xmlText(text).toUtf8()) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString rfc822(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
        + QStringLiteral(" +0000");
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// One article as the site shows it.
struct Entry
{
    Article article;
    QString slug;
    QString path; // "news/<slug>/"
    QString sectionFolder;
    QStringList tagFolders;
    QDateTime time;
    QString lede;
    QList<ArticleLink> recommended;
    bool hasBody = false; // false: read from the cache, body not loaded
    // The article's entries in search/index.json and sitemap.xml, and the absolute URL they
    // were made for; reused from the cache while the article and its URL stay the same.
    QString linesUrl;
    QByteArray searchLine;
    QByteArray sitemapLine;
};

struct ManifestFile
{
    QByteArray hash;
    QByteArray key;
};

struct Manifest
{
    QHash<QString, ManifestFile> files;
    QHash<QString, QString> slugs; // article id → slug it was published under

    QByteArray serialize() const
    {
        QByteArray out = kManifestHeader + '\n';
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            out += "F\t" + it.key().toUtf8() + '\t' + it->hash + '\t' + it->key + '\n';
        for (auto it = slugs.cbegin(); it != slugs.cend(); ++it)
            out += "S\t" + it.key().toUtf8() + '\t' + it.value().toUtf8() + '\n';
        return out;
    }

    static Manifest parse(const QByteArray &bytes)
    {
        Manifest manifest;
        const QList<QByteArray> lines = bytes.split('\n');
        if (lines.value(0) != kManifestHeader)
            return manifest;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() == 4 && fields[0] == "F")
                manifest.files[QString::fromUtf8(fields[1])] = {fields[2], fields[3]};
            else if (fields.size() == 3 && fields[0] == "S")
                manifest.slugs.insert(QString::fromUtf8(fields[1]), QString::fromUtf8(fields[2]));
        }
        return manifest;
    }
};

// Sorts through an index: an Entry is large, and moving each once beats swapping them all
// around.
template<typename Less>
void sortEntries(std::vector<Entry> &entries, Less less)
{
    std::vector<size_t> order(entries.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return less(entries[a], entries[b]); });
    std::vector<Entry> sorted;
    sorted.reserve(entries.size());
    for (size_t i : order)
        sorted.push_back(std::move(entries[i]));
    entries = std::move(sorted);
}

// What the last run read of each article (everything but the body and the notes), so that the
// next run reads in full only what changed since. A cache: any doubt and it is ignored.
struct CachedArticle
{
    Article article;
    QString lede;
    QString linesUrl;
    QByteArray searchLine;
    QByteArray sitemapLine;
};

constexpr quint32 kCacheMagic = 0x43445043; // "CDPC"
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

// Times as UTC milliseconds: QDataStream's QDateTime format costs several times more to read.
qint64 timeToCache(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : kNoTime;
}

QDateTime timeFromCache(qint64 ms)
{
    return ms == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
constexpr quint32 kCacheVersion = 4; // 4: little-endian

QHash<QString, CachedArticle> readArticleCache(const QString &path)
{
    QHash<QString, CachedArticle> cache;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cache;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    // Text read as it lies, not swapped a character at a time.
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0, version = 0;
    qint32 count = 0;
    in >> magic >> version >> count;
    if (magic != kCacheMagic || version != kCacheVersion || count < 0)
        return cache;
    cache.reserve(count);
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        CachedArticle c;
        Article &a = c.article;
        qint32 bylines = 0, status = 0;
        in >> a.id >> a.slug >> a.revision >> a.headline >> a.deck >> bylines;
        for (qint32 b = 0; b < bylines && b < 1000 && in.status() == QDataStream::Ok; ++b) {
            Byline byline;
            in >> byline.name >> byline.role >> byline.affiliation;
            a.bylines.append(byline);
        }
        in >> a.dateline.place >> a.dateline.date >> a.dateline.source >> a.language >> a.section
            >> a.tags >> status >> a.editor >> a.signoff >> a.targetLength;
        qint64 created = 0, updated = 0, published = 0;
        in >> created >> updated >> published >> c.lede >> c.linesUrl >> c.searchLine
            >> c.sitemapLine;
        a.created = timeFromCache(created);
        a.updated = timeFromCache(updated);
        a.published = timeFromCache(published);
        a.status = ArticleStatus(qBound(0, int(status), int(ArticleStatus::Killed)));
        QString id = a.id;
        cache.emplace(std::move(id), std::move(c)); // insert() would copy
    }
    if (in.status() != QDataStream::Ok)
        cache.clear();
    return cache;
}

void writeArticleCache(const QString &path, const std::vector<Entry> &entries)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian);
    out << kCacheMagic << kCacheVersion << qint32(entries.size());
    for (const Entry &e : entries) {
        const Article &a = e.article;
        out << a.id << a.slug << a.revision << a.headline << a.deck << qint32(a.bylines.size());
        for (const Byline &b : a.bylines)
            out << b.name << b.role << b.affiliation;
        out << a.dateline.place << a.dateline.date << a.dateline.source << a.language << a.section
            << a.tags << qint32(a.status) << a.editor << a.signoff << a.targetLength
            << timeToCache(a.created) << timeToCache(a.updated) << timeToCache(a.published)
            << e.lede << e.linesUrl << e.searchLine << e.sitemapLine;
    }
    file.commit(); // a cache that fails to save only costs the next run time
}

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The site folder's bookkeeping: manifest, journal, staging area, lock.
class SiteFolder
{
public:
    explicit SiteFolder(const QString &root)
        : m_root(QDir::cleanPath(QDir(root).absolutePath())) { }

    QString root() const { return m_root; }
    QString state(const QString &name) const { return m_root + u'/' + kStateDir + u'/' + name; }
    QString live(const QString &path) const { return m_root + u'/' + path; }
    QString staged(const QString &path) const { return state(QStringLiteral("staging/")) + path; }

    // Completes a publish that reached its commit point, or discards one that did not.
    void recover()
    {
        const QString journal = state(QStringLiteral("journal"));
        if (QFile::exists(journal)) {
            apply(readAll(journal));
            QFile::remove(journal);
        }
        QDir(state(QStringLiteral("staging"))).removeRecursively();
        QFile::remove(state(QStringLiteral("manifest.next")));
    }

    // Moves staged files into place and deletes removed ones, as the journal lists them.
    void apply(const QByteArray &journal)
    {
        const QList<QByteArray> lines = journal.split('\n');
        if (lines.value(0) != kJournalHeader)
            throw PublishError(QStringLiteral("%1 is damaged; remove it and publish with --full")
                                   .arg(state(QStringLiteral("journal"))));
        QSet<QString> liveDirs;
        QStringList deleted;
        for (const QByteArray &line : lines) {
            if (line.size() < 3 || line.at(1) != '\t')
                continue;
            const QString path = QString::fromUtf8(line.mid(2));
            if (!isSafeRelativePath(path))
                continue;
            if (line.at(0) == 'M') {
                const QString from = staged(path);
                if (!QFile::exists(from))
                    continue; // moved before an interruption, or with its folder
                // A folder the live site does not have yet moves in whole, with everything
                // staged below it: one rename instead of a mkdir and a rename per file.
                bool movedWithFolder = false;
                QString folder;
                const QStringList segments = path.split(u'/');
                for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
                    folder += (i ? QStringLiteral("/") : QString()) + segments.at(i);
                    if (liveDirs.contains(folder))
                        continue;
                    if (!QFileInfo(live(folder)).isDir()) {
                        if (!renameOver(staged(folder), live(folder)))
                            throw PublishError(
                                QStringLiteral("cannot move %1 into place: %2")
                                    .arg(live(folder), QString::fromLocal8Bit(strerror(errno))));
                        movedWithFolder = true;
                    }
                    liveDirs.insert(folder);
                    if (movedWithFolder)
                        break;
                }
                if (!movedWithFolder && !renameOver(from, live(path)))
                    throw PublishError(
                        QStringLiteral("cannot move %1 into place: %2")
                            .arg(live(path), QString::fromLocal8Bit(strerror(errno))));
            } else if (line.at(0) == 'D') {
                QFile::remove(live(path));
                deleted << path;
            }
        }
        for (const QString &path : std::as_const(deleted)) {
            QString dir = path.section(u'/', 0, -2);
            while (!dir.isEmpty() && QDir(m_root).rmdir(dir))
                dir = dir.section(u'/', 0, -2);
        }
        const QString next = state(QStringLiteral("manifest.next"));
        if (QFile::exists(next) && !renameOver(next, state(QStringLiteral("manifest"))))
            throw PublishError(
                QStringLiteral("cannot write %1").arg(state(QStringLiteral("manifest"))));
    }

private:
    QString m_root;
};

} // namespace

Publisher::Publisher(ArticleStore &store, PublishOptions options)
    : m_store(store), m_options(std::move(options))
{
    if (!m_options.baseUrl.endsWith(u'/'))
        m_options.baseUrl += u'/';
}

PublishReport Publisher::publish()
{
    QElapsedTimer timer;
    timer.start();
    PublishReport report;
    const auto progress = [this](const QString &phase, int done, int total) {
        if (m_progress)
            m_progress(phase, done, total);
    };
    const auto checkCancel = [this] {
        if (m_cancel && m_cancel->load())
            throw PublishError(QStringLiteral("cancelled; the site was left as it was"), true);
    };

    // Full articles by id: one query for many, one look-up each for a few.
    const auto readArticles = [this](const QStringList &ids) {
        QList<Article> found;
        if (ids.size() > 200) {
            const QSet<QString> wanted(ids.cbegin(), ids.cend());
            for (ArticleStatus status : {ArticleStatus::Published, ArticleStatus::Ready}) {
                if (status == ArticleStatus::Ready && !m_options.includeReady)
                    continue;
                ArticleQuery query;
                query.status = status;
                for (Article &a : m_store.articles(query)) {
                    if (wanted.contains(a.id))
                        found.append(std::move(a));
                }
            }
        } else {
            for (const QString &id : ids) {
                if (auto a = m_store.find(id))
                    found.append(std::move(*a));
            }
        }
        return found;
    };

    if (m_options.outDir.isEmpty())
        throw PublishError(QStringLiteral("no output folder given"));
    const QString &base = m_options.baseUrl;
    if (!(base.startsWith(u'/') || base.startsWith(u"http://") || base.startsWith(u"https://"))
        || !Html::isSafeUrl(base))
        throw PublishError(QStringLiteral("the base URL must start with http://, https:// or /: %1")
                               .arg(m_options.baseUrl));
    if (base.startsWith(u'/'))
        report.warnings << QStringLiteral(
            "the feeds and sitemap.xml name pages by path only (base URL \"%1\"): feed "
            "readers and search engines need whole addresses; publish with "
            "--base-url https://… for the site's real address")
                               .arg(base);
    SiteFolder site(m_options.outDir);
    if (!QDir().mkpath(site.state(QStringLiteral("staging"))))
        throw PublishError(QStringLiteral("cannot create %1").arg(site.state({})));
    QLockFile lock(site.state(QStringLiteral("lock")));
    if (!lock.tryLock(0))
        throw PublishError(QStringLiteral("another publish is writing %1").arg(site.root()));
    site.recover();
    QDir().mkpath(site.state(QStringLiteral("staging")));
    // With --full the old hashes and keys are ignored, but the old file list still says what
    // to delete and the old slugs still keep addresses stable.
    progress(QStringLiteral("manifest"), 0, 0);
    const Manifest previous = Manifest::parse(readAll(site.state(QStringLiteral("manifest"))));
    // Until the journal is committed, any failure or cancel leaves only the staging folder,
    // removed here or by the next run.
    struct StagingGuard
    {
        QString dir;
        bool armed = true;
        ~StagingGuard()
        {
            if (armed)
                QDir(dir).removeRecursively();
        }
    } stagingGuard {site.state(QStringLiteral("staging"))};

    // --- Articles: load, stamp first publication, check. ---
    // The list (no bodies) says which articles changed since the last run; only those are read
    // in full, the rest come from the cache of what the last run read. Bodies of unchanged
    // articles are fetched later, and only for pages that must be rendered again.
    progress(QStringLiteral("loading"), 0, 0);
    const QString cachePath = site.state(QStringLiteral("articles"));
    QHash<QString, int> revisions;
    {
        ArticleQuery query;
        query.status = ArticleStatus::Published;
        revisions = m_store.revisions(query);
        if (m_options.includeReady) {
            query.status = ArticleStatus::Ready;
            revisions.insert(m_store.revisions(query));
        }
    }
    progress(QStringLiteral("cache"), 0, 0);
    QHash<QString, CachedArticle> cache;
    if (!m_options.full)
        cache = readArticleCache(cachePath);
    progress(QStringLiteral("reading"), 0, int(revisions.size()));
    QList<Article> articles;
    articles.reserve(revisions.size());
    QHash<QString, CachedArticle> cachedExtras; // lede and index lines of cached articles
    QSet<QString> withBody;
    {
        QStringList toRead;
        for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
            const auto cached = cache.find(it.key());
            if (cached != cache.end() && cached->article.revision == it.value()) {
                articles.append(std::move(cached->article));
                cachedExtras.emplace(it.key(), std::move(*cached));
            } else {
                toRead << it.key();
            }
        }
        for (Article &a : readArticles(toRead)) {
            withBody.insert(a.id);
            articles.append(std::move(a));
        }
    }
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Article &a = articles[i];
        if (a.status != ArticleStatus::Published || a.published.isValid()
            || a.headline.trimmed().isEmpty())
            continue;
        checkCancel();
        if (!withBody.contains(a.id)) {
            a = m_store.get(a.id);
            withBody.insert(a.id);
        }
        // The first publication is a save like any other, so that the store, the history and
        // other editors see it; someone saving at the same moment wins and we try once more.
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                Article stamped = a;
                stamped.published = now;
                a = m_store.save(stamped);
                ++report.firstPublished;
                break;
            } catch (const StoreError &error) {
                if (error.kind() != StoreError::Conflict)
                    throw;
                a = m_store.get(a.id);
                if (a.status != ArticleStatus::Published || a.published.isValid())
                    break;
                if (attempt == 1)
                    report.warnings
                        << QStringLiteral("article %1: could not record its publication time (%2)")
                               .arg(a.id, error.message());
            }
        }
    }

    std::vector<Entry> entries;
    entries.reserve(articles.size());
    for (Article &a : articles) {
        if (a.status != ArticleStatus::Published && a.status != ArticleStatus::Ready)
            continue; // changed under us while stamping
        if (a.headline.trimmed().isEmpty()) {
            report.warnings << QStringLiteral("article %1 (%2) has no headline: skipped")
                                   .arg(
                                       a.id, a.slug.isEmpty() ? QStringLiteral("no slug") : a.slug);
            ++report.skipped;
            continue;
        }
        Entry e;
        e.hasBody = withBody.contains(a.id);
        if (!e.hasBody) {
            CachedArticle extras = cachedExtras.take(a.id);
            e.lede = std::move(extras.lede);
            e.linesUrl = std::move(extras.linesUrl);
            e.searchLine = std::move(extras.searchLine);
            e.sitemapLine = std::move(extras.sitemapLine);
        }
        e.article = std::move(a);
        e.time = publicationTime(e.article);
        entries.push_back(std::move(e));
    }
    articles.clear();
    // Oldest first: who came first keeps a contested slug.
    sortEntries(entries, [](const Entry &x, const Entry &y) {
        if (x.article.created != y.article.created)
            return x.article.created < y.article.created;
        return x.article.id < y.article.id;
    });

    progress(QStringLiteral("addresses"), 0, 0);
    // Folder names for sections and tags, worked out once per name.
    QHash<QString, QString> folders;
    const auto folderOf = [&folders](const QString &name) {
        auto it = folders.find(name);
        if (it == folders.end())
            it = folders.insert(name, safeFolderName(name));
        return *it;
    };
    // --- Slugs: safe, unique, and the same as last time. ---
    QSet<QString> taken;
    const auto wantedSlug = [](const Article &a) {
        QString slug = a.slug;
        if (!isValidSlug(slug))
            slug = slugFromHeadline(a.headline, a.id);
        if (!isValidSlug(slug))
            slug = QStringLiteral("a-") + shortId(a.id);
        if (isReservedDeviceName(slug))
            slug += u'-' + shortId(a.id);
        return slug;
    };
    for (Entry &e : entries) {
        const QString before = previous.slugs.value(e.article.id);
        const QString wanted = wantedSlug(e.article);
        if (!before.isEmpty() && (before == wanted || before.startsWith(wanted + u'-'))
            && isValidSlug(before) && !taken.contains(before)) {
            e.slug = before;
            taken.insert(before);
        }
    }
    for (Entry &e : entries) {
        if (!e.slug.isEmpty())
            continue;
        QString slug = wantedSlug(e.article);
        if (taken.contains(slug))
            slug = slug.left(90) + u'-' + shortId(e.article.id);
        for (int n = 2; taken.contains(slug); ++n)
            slug = wantedSlug(e.article).left(80) + u'-' + shortId(e.article.id) + u'-'
                + QString::number(n);
        if (slug != e.article.slug)
            report.warnings << QStringLiteral(
                "article %1: published as \"%2\" (its slug \"%3\" is %4)")
                                   .arg(e.article.id, slug, e.article.slug,
                                       isValidSlug(e.article.slug) ? QStringLiteral("taken")
                                                                   : QStringLiteral("not usable"));
        e.slug = slug;
        taken.insert(slug);
    }

    // Newest first from here on: the order of every list on the site.
    sortEntries(entries, [](const Entry &x, const Entry &y) {
        if (x.time != y.time)
            return x.time > y.time;
        return x.article.id < y.article.id;
    });
    QString siteLanguage = m_options.language;
    {
        QHash<QString, int> languages;
        for (Entry &e : entries) {
            e.path = articlePath(e.slug);
            e.sectionFolder = e.article.section.isEmpty() ? QString() : folderOf(e.article.section);
            for (const QString &tag : std::as_const(e.article.tags)) {
                const QString folder = folderOf(tag);
                if (!tag.trimmed().isEmpty() && !e.tagFolders.contains(folder))
                    e.tagFolders << folder;
            }
            if (e.hasBody) {
                e.lede = firstParagraphText(e.article.body);
                if (e.lede.size() > kLedeLength)
                    e.lede = e.lede.left(kLedeLength - 1) + u'…';
            }
            ++languages[e.article.language];
        }
        if (siteLanguage.isEmpty()) {
            int best = 0;
            for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
                if (it.value() > best || (it.value() == best && it.key() < siteLanguage)) {
                    best = it.value();
                    siteLanguage = it.key();
                }
            }
            if (siteLanguage.isEmpty())
                siteLanguage = QStringLiteral("en");
        }
    }

    progress(QStringLiteral("recommending"), 0, 0);
    // --- Recommended news, through the tag and section index. ---
    {
        std::vector<const Article *> candidates;
        candidates.reserve(entries.size());
        for (const Entry &e : entries)
            candidates.push_back(&e.article);
        const Recommender recommender(candidates);
        for (Entry &e : entries) {
            for (qsizetype i : recommender.recommend(e.article)) {
                const Entry &other = entries[size_t(i)];
                e.recommended.append(
                    {other.article.headline, other.path, other.time, other.article.deck});
            }
        }
    }
    checkCancel();

    // --- Render what changed; stage what differs. ---
    progress(QStringLiteral("templates"), 0, 0);
    PageRenderer renderer;
    SiteContext context;
    context.baseUrl = m_options.baseUrl;
    context.siteName = m_options.siteName;
    context.defaultStyle = m_options.defaultStyle;
    const QByteArray siteKey = renderer.templateFingerprint() + '|' + m_options.baseUrl.toUtf8()
        + '|' + m_options.siteName.toUtf8() + '|' + houseStyleName(m_options.defaultStyle).toUtf8()
        + '|' + siteLanguage.toUtf8();

    Manifest next;
    QStringList moves;
    QSet<QString> stagedDirs;
    const auto stage = [&](const QString &path, const QByteArray &bytes, const QByteArray &key) {
        if (!isSafeRelativePath(path))
            throw PublishError(QStringLiteral("refusing to write outside the site: %1").arg(path));
        const QByteArray hash = contentHash(bytes);
        next.files[path] = {hash, key};
        const auto old = previous.files.find(path);
        if (!m_options.full && old != previous.files.end() && old->hash == hash) {
            ++report.unchanged;
            return;
        }
        const QString target = site.staged(path);
        const QString dir = path.section(u'/', 0, -2);
        if (!dir.isEmpty() && !stagedDirs.contains(dir)) {
            QDir().mkpath(site.staged(dir));
            stagedDirs.insert(dir);
        }
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size())
            throw PublishError(
                QStringLiteral("cannot write %1: %2").arg(target, file.errorString()));
        moves << path;
        ++report.written;
    };
    // A page whose inputs hash to the key it was last written with is not rendered again.
    const auto keep = [&](const QString &path, const QByteArray &key) {
        if (m_options.full)
            return false;
        const auto old = previous.files.find(path);
        if (old == previous.files.end() || old->key != key)
            return false;
        next.files[path] = *old;
        ++report.unchanged;
        return true;
    };
    const auto keyOf = [&](QCryptographicHash &hash) { return hash.result().toHex(); };
    // Keys hash the UTF-16 text as it is: no conversion needed to tell inputs apart.
    const auto addText = [](QCryptographicHash &hash, const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        hash.addData(QByteArrayView("\0", 1));
    };

    const int total = int(entries.size());
    // Which pages must be rendered: those whose inputs changed. Their bodies are read now if
    // the cache stood in for them.
    std::vector<std::pair<size_t, QByteArray>> toRender;
    QStringList bodiesToRead;
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(siteKey);
        addText(hash, e.article.id);
        hash.addData(QByteArray::number(e.article.revision));
        hash.addData(QByteArray::number(int(e.article.status)));
        addText(hash, e.path);
        for (const ArticleLink &link : e.recommended) {
            addText(hash, link.headline);
            addText(hash, link.path);
            hash.addData(QByteArray::number(link.published.toMSecsSinceEpoch()));
        }
        const QByteArray key = keyOf(hash);
        if (keep(e.path + QStringLiteral("index.html"), key))
            continue;
        toRender.emplace_back(i, key);
        if (!e.hasBody)
            bodiesToRead << e.article.id;
    }
    if (!bodiesToRead.isEmpty()) {
        QHash<QString, Article> read;
        for (Article &a : readArticles(bodiesToRead))
            read.insert(a.id, std::move(a));
        for (const auto &[i, key] : toRender) {
            Entry &e = entries[i];
            const auto found = read.constFind(e.article.id);
            // Saved again since the list was read: the newer text is the one to show.
            if (!e.hasBody && found != read.constEnd())
                e.article.body = found->body;
        }
    }
    // Pages are rendered in batches on every core, each thread with its own renderer (the
    // template engine is not thread-safe), then staged in order on this thread.
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    constexpr size_t kBatch = 256;
    for (size_t start = 0; start < toRender.size(); start += kBatch) {
        checkCancel();
        progress(QStringLiteral("rendering"), int(start), int(toRender.size()));
        const size_t end = std::min(toRender.size(), start + kBatch);
        std::vector<size_t> batch(end - start);
        std::iota(batch.begin(), batch.end(), start);
        std::vector<QByteArray> pages(batch.size());
        QtConcurrent::blockingMap(&pool, batch, [&](size_t n) {
            thread_local std::unique_ptr<PageRenderer> threadRenderer;
            if (!threadRenderer)
                threadRenderer = std::make_unique<PageRenderer>();
            const Entry &e = entries[toRender[n].first];
            SiteContext page = context;
            page.articlePath = e.path;
            page.recommended = e.recommended;
            pages[n - start] = threadRenderer->articlePageUtf8(e.article, page);
        });
        for (size_t n = start; n < end; ++n) {
            Entry &e = entries[toRender[n].first];
            stage(e.path + QStringLiteral("index.html"), pages[n - start], toRender[n].second);
            ++report.rendered;
            e.article.body.clear(); // the cache keeps no bodies
        }
    }
    progress(QStringLiteral("rendering"), int(toRender.size()), int(toRender.size()));
    context.articlePath.clear();
    context.recommended.clear();
    report.articles = total;

    // Lists: front page, sections, tags.
    const auto linkOf = [](const Entry &e) {
        return ArticleLink {e.article.headline, e.path, e.time, e.article.deck};
    };
    const auto listPage = [&](const QString &heading, const QString &folder,
                              const std::vector<const Entry *> &items) {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(siteKey);
        addText(hash, heading);
        for (const Entry *e : items) {
            addText(hash, e->article.id);
            hash.addData(QByteArray::number(e->article.revision));
            addText(hash, e->path);
        }
        const QByteArray key = keyOf(hash);
        const QString file = folder + QStringLiteral("index.html");
        if (keep(file, key))
            return;
        QList<ArticleLink> links;
        links.reserve(qsizetype(items.size()));
        for (const Entry *e : items)
            links.append(linkOf(*e));
        stage(file, renderer.listPage(heading, folder, links, siteLanguage, context), key);
        ++report.rendered;
    };
    const PageLabels labels = pageLabels(siteLanguage);
    std::vector<const Entry *> front;
    for (const Entry &e : entries) {
        if (front.size() == size_t(kFrontPageSize))
            break;
        front.push_back(&e);
    }
    {
        // The front page's key and heading: the site name over the latest stories.
        QList<ArticleLink> links;
        for (const Entry *e : front)
            links.append(linkOf(*e));
        stage(QStringLiteral("index.html"),
            renderer.listPage(labels.latest, {}, links, siteLanguage, context), {});
    }

    std::map<QString, std::pair<QString, std::vector<const Entry *>>> sections;
    std::map<QString, std::pair<QString, std::vector<const Entry *>>> tags;
    for (const Entry &e : entries) {
        if (!e.sectionFolder.isEmpty()) {
            auto &section = sections[e.sectionFolder];
            if (section.first.isEmpty())
                section.first = e.article.section;
            section.second.push_back(&e);
        }
        for (const QString &tag : e.article.tags) {
            if (tag.trimmed().isEmpty())
                continue;
            auto &t = tags[folderOf(tag)];
            if (t.first.isEmpty())
                t.first = tag;
            if (t.second.empty() || t.second.back() != &e)
                t.second.push_back(&e);
        }
    }
    checkCancel();
    progress(QStringLiteral("lists"), 0, int(sections.size() + tags.size()));
    for (const auto &[folder, section] : sections)
        listPage(section.first, QStringLiteral("section/") + folder + u'/', section.second);
    for (const auto &[folder, tag] : tags)
        listPage(tag.first, QStringLiteral("tag/") + folder + u'/', tag.second);

    progress(QStringLiteral("feeds"), 0, 0);
    // Feeds: RSS 2.0 and Atom for the site and for each section.
    const auto absolute = [&](const QString &path) { return m_options.baseUrl + path; };
    const auto feeds = [&](const QString &title, const QString &folder,
                           const std::vector<const Entry *> &items) {
        const size_t count = std::min(items.size(), size_t(kFeedSize));
        QByteArray rss;
        {
            QXmlStreamWriter xml(&rss);
            xml.writeStartDocument();
            xml.writeStartElement(QStringLiteral("rss"));
            xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
            xml.writeStartElement(QStringLiteral("channel"));
            xml.writeTextElement(QStringLiteral("title"), xmlText(title));
            xml.writeTextElement(QStringLiteral("link"), absolute(folder));
            xml.writeTextElement(QStringLiteral("description"), xmlText(title));
            xml.writeTextElement(QStringLiteral("language"), siteLanguage);
            if (count > 0)
                xml.writeTextElement(QStringLiteral("lastBuildDate"), rfc822(items.front()->time));
            for (size_t i = 0; i < count; ++i) {
                const Entry &e = *items[i];
                xml.writeStartElement(QStringLiteral("item"));
                xml.writeTextElement(QStringLiteral("title"), xmlText(e.article.headline));
                xml.writeTextElement(QStringLiteral("link"), absolute(e.path));
                xml.writeStartElement(QStringLiteral("guid"));
                xml.writeAttribute(QStringLiteral("isPermaLink"), QStringLiteral("false"));
                xml.writeCharacters(QStringLiteral("urn:uuid:") + e.article.id);
                xml.writeEndElement();
                xml.writeTextElement(QStringLiteral("pubDate"), rfc822(e.time));
                xml.writeTextElement(QStringLiteral("description"),
                    xmlText(e.article.deck.isEmpty() ? e.lede : e.article.deck));
                if (!e.article.section.isEmpty())
                    xml.writeTextElement(QStringLiteral("category"), xmlText(e.article.section));
                xml.writeEndElement();
            }
            xml.writeEndDocument();
        }
        stage(folder + QStringLiteral("feed.xml"), rss, {});
        QByteArray atom;
        {
            QXmlStreamWriter xml(&atom);
            xml.writeStartDocument();
            xml.writeStartElement(QStringLiteral("feed"));
            xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
            xml.writeTextElement(QStringLiteral("title"), xmlText(title));
            xml.writeTextElement(
                QStringLiteral("id"), absolute(folder + QStringLiteral("atom.xml")));
            xml.writeEmptyElement(QStringLiteral("link"));
            xml.writeAttribute(QStringLiteral("href"), absolute(folder));
            xml.writeEmptyElement(QStringLiteral("link"));
            xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
            xml.writeAttribute(
                QStringLiteral("href"), absolute(folder + QStringLiteral("atom.xml")));
            xml.writeTextElement(QStringLiteral("updated"),
                isoTime(
                    count > 0 ? items.front()->time : QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
            for (size_t i = 0; i < count; ++i) {
                const Entry &e = *items[i];
                xml.writeStartElement(QStringLiteral("entry"));
                xml.writeTextElement(QStringLiteral("title"), xmlText(e.article.headline));
                xml.writeEmptyElement(QStringLiteral("link"));
                xml.writeAttribute(QStringLiteral("href"), absolute(e.path));
                xml.writeTextElement(
                    QStringLiteral("id"), QStringLiteral("urn:uuid:") + e.article.id);
                xml.writeTextElement(QStringLiteral("published"), isoTime(e.time));
                xml.writeTextElement(QStringLiteral("updated"),
                    isoTime(e.article.updated.isValid() ? e.article.updated : e.time));
                for (const Byline &b : e.article.bylines) {
                    xml.writeStartElement(QStringLiteral("author"));
                    xml.writeTextElement(QStringLiteral("name"), xmlText(b.name));
                    xml.writeEndElement();
                }
                xml.writeTextElement(QStringLiteral("summary"),
                    xmlText(e.article.deck.isEmpty() ? e.lede : e.article.deck));
                xml.writeEndElement();
            }
            xml.writeEndDocument();
        }
        stage(folder + QStringLiteral("atom.xml"), atom, {});
    };
    {
        std::vector<const Entry *> all;
        all.reserve(entries.size());
        for (const Entry &e : entries)
            all.push_back(&e);
        feeds(m_options.siteName, {}, all);
        for (const auto &[folder, section] : sections)
            feeds(section.first + QStringLiteral(" - ") + m_options.siteName,
                QStringLiteral("section/") + folder + u'/', section.second);
    }

    progress(QStringLiteral("search index"), 0, 0);
    // Search page and its index; sitemap, robots.txt, 404, assets.
    {
        // Each article's lines are made once per revision and URL, then taken from the cache.
        for (Entry &e : entries) {
            const QString url = absolute(e.path);
            if (e.linesUrl == url && !e.searchLine.isEmpty() && !e.sitemapLine.isEmpty())
                continue;
            e.linesUrl = url;
            QStringList names;
            for (const Byline &b : e.article.bylines)
                names << b.name;
            QByteArray &line = e.searchLine;
            line = "{\"url\":";
            appendJsonString(line, url);
            line += ",\"headline\":";
            appendJsonString(line, e.article.headline);
            line += ",\"deck\":";
            appendJsonString(line, e.article.deck);
            line += ",\"bylines\":";
            appendJsonString(line, names.join(QStringLiteral(", ")));
            line += ",\"section\":";
            appendJsonString(line, e.article.section);
            line += ",\"date\":";
            appendJsonString(line, e.time.toUTC().date().toString(Qt::ISODate));
            line += ",\"lede\":";
            appendJsonString(line, e.lede);
            line += '}';
            e.sitemapLine = "<url><loc>" + xmlEscape(url) + "</loc><lastmod>"
                + isoTime(e.article.updated.isValid() ? e.article.updated : e.time).toUtf8()
                + "</lastmod></url>\n";
        }
        QByteArray index;
        index.reserve(qsizetype(entries.size()) * 600);
        index += '[';
        for (const Entry &e : entries) {
            if (index.size() > 1)
                index += ",\n";
            index += e.searchLine;
        }
        index += "]\n";
        stage(QStringLiteral("search/index.json"), index, {});
        stage(QStringLiteral("search/index.html"), renderer.searchPage(siteLanguage, context), {});
    }
    {
        QByteArray sitemap;
        sitemap.reserve(qsizetype(entries.size()) * 120 + 4096);
        sitemap += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
        const auto url = [&](const QString &path, const QDateTime &modified) {
            sitemap += "<url><loc>" + xmlEscape(absolute(path)) + "</loc>";
            if (modified.isValid())
                sitemap += "<lastmod>" + isoTime(modified).toUtf8() + "</lastmod>";
            sitemap += "</url>\n";
        };
        url({}, entries.empty() ? QDateTime() : entries.front().time);
        for (const Entry &e : entries)
            sitemap += e.sitemapLine;
        for (const auto &[folder, section] : sections)
            url(QStringLiteral("section/") + folder + u'/', section.second.front()->time);
        for (const auto &[folder, tag] : tags)
            url(QStringLiteral("tag/") + folder + u'/', tag.second.front()->time);
        sitemap += "</urlset>\n";
        stage(QStringLiteral("sitemap.xml"), sitemap, {});
    }
    {
        const QString basePath = m_options.baseUrl.startsWith(u'/') ? m_options.baseUrl
            : QUrl(m_options.baseUrl).path().isEmpty()              ? QStringLiteral("/")
                                                       : QUrl(m_options.baseUrl).path();
        QByteArray robots = "User-agent: *\nDisallow: " + basePath.toUtf8() + ".copydesk/\n";
        if (!m_options.baseUrl.startsWith(u'/'))
            robots += "Sitemap: " + absolute(QStringLiteral("sitemap.xml")).toUtf8() + '\n';
        stage(QStringLiteral("robots.txt"), robots, {});
    }
    stage(QStringLiteral("404.html"), renderer.notFoundPage(siteLanguage, context), {});
    for (const auto &[name, bytes] : PageRenderer::siteAssets())
        stage(QStringLiteral("assets/") + name, bytes, {});

    // Articles keep their published address across runs.
    for (const Entry &e : entries)
        next.slugs.insert(e.article.id, e.slug);

    // --- Commit: the journal is the point of no return. ---
    checkCancel();
    QStringList deletions;
    for (auto it = previous.files.cbegin(); it != previous.files.cend(); ++it) {
        const QString &path = it.key();
        if (!next.files.contains(path))
            deletions << path;
    }
    report.removed = int(deletions.size());
    {
        QFile manifestFile(site.state(QStringLiteral("manifest.next")));
        const QByteArray bytes = next.serialize();
        if (!manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || manifestFile.write(bytes) != bytes.size())
            throw PublishError(QStringLiteral("cannot write %1").arg(manifestFile.fileName()));
    }
    QByteArray journal = kJournalHeader + '\n';
    for (const QString &path : std::as_const(moves))
        journal += "M\t" + path.toUtf8() + '\n';
    for (const QString &path : std::as_const(deletions))
        journal += "D\t" + path.toUtf8() + '\n';
    {
        QSaveFile file(site.state(QStringLiteral("journal")));
        if (!file.open(QIODevice::WriteOnly) || file.write(journal) != journal.size()
            || !file.commit())
            throw PublishError(QStringLiteral("cannot write %1").arg(file.fileName()));
    }
    stagingGuard.armed = false;
    progress(QStringLiteral("writing"), 0, int(moves.size()));
    site.recover(); // applies the journal just written
    progress(QStringLiteral("writing"), int(moves.size()), int(moves.size()));
    writeArticleCache(cachePath, entries);
    report.milliseconds = timer.elapsed();
    return report;
}
