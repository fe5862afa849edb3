// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/publisher.h"

#include "publish/contenthash.h"
#include "publish/manifest.h"
#include "publish/photorenditions.h"
#include "publish/sitewriter.h"

#include "publish/baseurl.h"
#include "publish/feeds.h"
#include "publish/searchfolding.h"
#include "publish/sitefolder.h"
#include "publish/siteindex.h"
#include "publish/sitesections.h"
#include "publish/sitestate.h"
#include "publish/sitexml.h"

#include "model/slug.h"
#include "render/markdown.h"
#include "render/pagerenderer.h"
#include "render/recommender.h"
#include "store/articlestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <set>

namespace {

constexpr int kLedeLength = 300;
// More changed articles than this, and the whole site is worked out again.
constexpr int kChangesOnlyLimit = 50;

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

// Sorts through an index: an entry is large, and moving each once beats swapping them all
// around.
template<typename Less>
void sortEntries(std::vector<SiteEntry> &entries, Less less)
{
    std::vector<size_t> order(entries.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return less(entries[a], entries[b]); });
    std::vector<SiteEntry> sorted;
    sorted.reserve(entries.size());
    for (size_t i : order)
        sorted.push_back(std::move(entries[i]));
    entries = std::move(sorted);
}

QString ledeOf(const QString &body)
{
    QString lede = firstParagraphText(body);
    if (lede.size() > kLedeLength)
        lede = lede.left(kLedeLength - 1) + u'…';
    return lede;
}

// The address an article asks for: its slug, else one made from its headline.
QString wantedSlug(const Article &a)
{
    QString slug = a.slug;
    if (!isValidSlug(slug))
        slug = slugFromHeadline(a.headline, a.id);
    if (!isValidSlug(slug))
        slug = QStringLiteral("a-") + shortId(a.id);
    if (isReservedDeviceName(slug))
        slug += u'-' + shortId(a.id);
    return slug;
}

// Whether an article keeps the address it was published under: it still asks for it, or for
// the name that address was made from when it was taken.
bool keepsSlug(const QString &before, const Article &a)
{
    if (before.isEmpty() || !isValidSlug(before))
        return false;
    const QString wanted = wantedSlug(a);
    return before == wanted || before.startsWith(wanted + u'-');
}

ArticleLink linkOf(const SiteEntry &e)
{
    ArticleLink link {e.article.headline, e.path, e.time, e.article.deck, e.article.language, {}};
    link.setThumbnail(e.article.media);
    return link;
}

// Keys hash the UTF-16 text as it is: no conversion needed to tell inputs apart.
void addText(QCryptographicHash &hash, const QString &text)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
    hash.addData(QByteArrayView("\0", 1));
}

// What an article page is made of: the article (by revision) and the recommended links as the
// page shows them (headline, address, date).
QByteArray articlePageKey(
    const QByteArray &siteKey, const SiteEntry &e, const QList<ArticleLink> &recommended)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(siteKey);
    addText(hash, e.article.id);
    hash.addData(QByteArray::number(e.article.revision));
    hash.addData(QByteArray::number(int(e.article.status)));
    addText(hash, e.path);
    for (const ArticleLink &link : recommended) {
        addText(hash, link.headline);
        addText(hash, link.path);
        addText(hash, link.language);
        hash.addData(QByteArray::number(link.published.toMSecsSinceEpoch()));
    }
    return hash.result().toHex();
}

// What a list page shows: its kind, heading and language, and of each article headline,
// address, date, deck, language and thumbnail.
QByteArray listPageKey(const QByteArray &siteKey, const ListPage &page)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(siteKey);
    hash.addData(QByteArray::number(int(page.kind)));
    hash.addData(QByteArray::number(page.page) + '/' + QByteArray::number(page.pageCount));
    addText(hash, page.folder);
    addText(hash, page.heading);
    addText(hash, page.language);
    for (const ArticleLink &link : page.items) {
        addText(hash, link.headline);
        addText(hash, link.path);
        hash.addData(QByteArray::number(link.published.toMSecsSinceEpoch()));
        addText(hash, link.deck);
        addText(hash, link.language);
        addText(hash, link.thumbnail);
    }
    return hash.result().toHex();
}

// The bylines' names that have a page, each once: "author/FOLDER/".
QStringList authorFoldersOf(const Article &a)
{
    QStringList folders;
    for (const Byline &b : a.bylines) {
        const QString folder = b.name.trimmed().isEmpty() ? QString() : safeFolderName(b.name);
        if (!folder.isEmpty() && !folders.contains(folder))
            folders << folder;
    }
    return folders;
}

// The names in the bylines, as they are spelt (an author page is headed by the newest).
QStringList bylineNames(const Article &a)
{
    QStringList names;
    for (const Byline &b : a.bylines)
        names << b.name;
    return names;
}

} // namespace

namespace {

RenditionSink renditionSink(SiteWriter &writer, std::function<void()> checkCancel)
{
    return {
        [&writer](const QString &path, const QByteArray &key) { return writer.keep(path, key); },
        [&writer](const QString &path, const QByteArray &bytes, const QByteArray &key) {
            writer.stage(path, bytes, key);
        },
        std::move(checkCancel)};
}

QSet<QString> photoHashes(const QList<Copydesk::Photo> &media)
{
    QSet<QString> hashes;
    for (const Copydesk::Photo &photo : media)
        hashes.insert(photo.sha256);
    return hashes;
}

// The recommended links of an entry, as its page shows them; `linkAt(i)`: the link to the
// entry at position i.
template<typename LinkAt>
QList<ArticleLink> recommendedLinks(const SiteEntry &e, LinkAt linkAt)
{
    QList<ArticleLink> links;
    links.reserve(e.recommended.size());
    for (qint32 i : e.recommended)
        links.append(linkAt(size_t(i)));
    return links;
}

// The RSS and Atom feeds of a list of articles, newest first.
void stageFeeds(SiteWriter &writer, const QString &title, const QString &folder,
    const std::vector<const SiteEntry *> &items, const QString &language, const QString &baseUrl)
{
    const Feeds feeds = makeFeeds(title, folder, items, language, baseUrl);
    writer.stage(folder + QStringLiteral("feed.xml"), feeds.rss, {});
    writer.stage(folder + QStringLiteral("atom.xml"), feeds.atom, {});
}

// A list page (front, section or tag), rendered again only when what it shows changed. True
// when it was.
bool stageListPage(SiteWriter &writer, const PageRenderer &renderer, const QByteArray &siteKey,
    const ListPage &page, const SiteContext &context)
{
    const QByteArray pageKey = listPageKey(siteKey, page);
    const QString file = listPagePath(page.folder, page.page) + QStringLiteral("index.html");
    if (writer.keep(file, pageKey))
        return false;
    writer.stage(file, renderer.listPage(page, context), pageKey);
    return true;
}

// Every page of a list, `perPage` stories each; `linkAt(i)`: the link to the list's i-th story.
// Returns how many pages were rendered again. A page whose stories did not move keeps its key
// and is not rendered; one whose bytes come out the same is not written. A page the list no
// longer reaches is not staged, so a run of the whole site deletes it.
template<typename LinkAt>
int stageListPages(SiteWriter &writer, const PageRenderer &renderer, const QByteArray &siteKey,
    ListPage page, qsizetype count, int perPage, LinkAt linkAt, const SiteContext &context,
    const std::set<int> *only = nullptr)
{
    page.pageCount = listPageCount(count, perPage);
    int rendered = 0;
    for (page.page = 1; page.page <= page.pageCount; ++page.page) {
        if (only && !only->count(page.page))
            continue;
        page.items.clear();
        const qsizetype end = std::min(count, qsizetype(page.page) * perPage);
        for (qsizetype i = qsizetype(page.page - 1) * perPage; i < end; ++i)
            page.items.append(linkAt(size_t(i)));
        if (stageListPage(writer, renderer, siteKey, page, context))
            ++rendered;
    }
    return rendered;
}

// A new site state: entries in site order, and no delta yet.
SiteWriter::StateFiles newState(const SiteState::Site &site, const std::vector<SiteEntry> &entries)
{
    const quint64 generation = QRandomGenerator::global()->generate64();
    return {{QStringLiteral("site"),
                [&site, &entries, generation](QFile &file) {
                    QByteArray bytes = SiteState::header(quint32(entries.size()), generation, site);
                    for (const SiteEntry &e : entries)
                        bytes += SiteState::encode(e);
                    return file.write(bytes) == bytes.size();
                }},
        {QStringLiteral("site.delta"), [generation](QFile &file) {
             const QByteArray bytes = SiteState::deltaHeader(generation, 0);
             return file.write(bytes) == bytes.size();
         }}};
}

} // namespace

Publisher::Publisher(ArticleStore &store, PublishOptions options)
    : m_store(store), m_options(std::move(options))
{
    if (!m_options.baseUrl.endsWith(u'/'))
        m_options.baseUrl += u'/';
}

void Publisher::progress(const QString &phase, int done, int total) const
{
    if (m_progress)
        m_progress(phase, done, total);
}

void Publisher::checkCancel() const
{
    if (m_cancel && m_cancel->load())
        throw PublishError(QStringLiteral("cancelled; the site was left as it was"), true);
}

// Full articles by id: one query for many, one look-up each for a few.
QList<Article> Publisher::readArticles(const QStringList &ids)
{
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
}

QString Publisher::pathOnlyBaseUrlWarning(const QString &baseUrl)
{
    return QStringLiteral("the feeds and sitemap.xml name pages by path only (base URL \"%1\"): "
                          "feed readers and search engines need whole addresses; publish with "
                          "--base-url https://… for the site's real address")
        .arg(baseUrl);
}

PublishReport Publisher::publish()
{
    QElapsedTimer timer;
    timer.start();
    PublishReport report;

    if (m_options.outDir.isEmpty())
        throw PublishError(QStringLiteral("no output folder given"));
    const QString &base = m_options.baseUrl;
    if (const QString problem = baseUrlProblem(base); !problem.isEmpty())
        throw PublishError(problem);
    if (m_options.perPage < 1)
        throw PublishError(QStringLiteral("a list page must hold at least one story (per page: %1)")
                               .arg(m_options.perPage));
    if (base.startsWith(u'/'))
        report.warnings << pathOnlyBaseUrlWarning(base);
    SiteFolder site(m_options.outDir);
    site.open(report.warnings);
    QFile::remove(site.state(QStringLiteral("articles"))); // what earlier versions kept
    const LastManifest last(site);

    // The list (no bodies) says which articles changed since the last run.
    progress(QStringLiteral("loading"), 0, 0);
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
    // Stories whose schedule or embargo is still to come are not on the site at all: left out
    // here, they are left out of every page, list, feed and index, as an unpublished story is.
    m_now = m_options.now.isValid() ? m_options.now.toUTC() : Copydesk::currentTime();
    for (ArticleStatus status : {ArticleStatus::Published, ArticleStatus::Ready}) {
        if (status == ArticleStatus::Ready && !m_options.includeReady)
            continue;
        for (const ArticleStore::HeldStory &held : m_store.heldBack(status, m_now)) {
            if (revisions.remove(held.id) == 0)
                continue;
            ++report.held;
            if (!report.nextDue.isValid() || held.dueAt < report.nextDue) {
                report.nextDue = held.dueAt;
                report.nextDueId = held.id;
                report.nextDueHeadline = held.headline;
            }
        }
    }
    // Ready stories that their pre-publish checks keep back: as if they were not ready yet.
    for (const QString &id : std::as_const(m_options.withheld))
        report.withheld += int(revisions.remove(id));
    {
        ArticleQuery killed;
        killed.status = ArticleStatus::Killed;
        m_killed = m_store.revisions(killed);
    }
    m_lastNotices = parseKillNotices(readWholeFile(site.state(QStringLiteral("notices"))));
    const bool noticesChanged = killNoticesChanged(
        m_lastNotices, m_killed, [&last](const QString &id) { return last.slug(id); });

    progress(QStringLiteral("state"), 0, 0);
    SiteState state;
    if (!m_options.full)
        state.load(site.state(QStringLiteral("site")));
    progress(QStringLiteral("templates"), 0, 0);
    PageRenderer renderer;

    if (state.isLoaded() && !noticesChanged) {
        SiteWriter writer(site, last, SiteWriter::Mode::Changes, report);
        if (publishChanges(state, last, revisions, renderer, writer, report)) {
            report.milliseconds = timer.elapsed();
            return report;
        }
    }
    // With --full the old hashes and keys are ignored, but the old file list still says what
    // to delete and the old slugs still keep addresses stable.
    progress(QStringLiteral("manifest"), 0, 0);
    SiteWriter writer(
        site, last, m_options.full ? SiteWriter::Mode::Rebuild : SiteWriter::Mode::Site, report);
    publishAll(state, revisions, renderer, writer, report);
    report.milliseconds = timer.elapsed();
    return report;
}

QByteArray Publisher::siteKey(const PageRenderer &renderer, const QString &siteLanguage) const
{
    return renderer.templateFingerprint() + '|' + m_options.baseUrl.toUtf8() + '|'
        + m_options.siteName.toUtf8() + '|' + houseStyleName(m_options.defaultStyle).toUtf8() + '|'
        + siteLanguage.toUtf8() + '|' + m_options.timeZone.id() + '|'
        + (m_options.correctionsFirst ? "corrections-first" : "") + '|'
        + QByteArray::number(m_options.perPage) + '|' + m_options.footer.toUtf8();
}

SiteContext Publisher::siteContext() const
{
    SiteContext context;
    context.baseUrl = m_options.baseUrl;
    context.siteName = m_options.siteName;
    context.defaultStyle = m_options.defaultStyle;
    context.footer = m_options.footer;
    context.correctionsFirst = m_options.correctionsFirst;
    context.timeZone = m_options.timeZone;
    context.authorPages = true;
    return context;
}

// The whole site worked out again: every article's address, recommendations, the lists,
// feeds and index. Only the articles that changed since the last run are read in full, the rest
// come from its state; bodies of unchanged articles are fetched only for pages rendered again.
void Publisher::publishAll(const SiteState &state, const QHash<QString, int> &revisions,
    PageRenderer &renderer, SiteWriter &writer, PublishReport &report)
{
    const Manifest &previous = writer.previous();
    progress(QStringLiteral("reading"), 0, int(revisions.size()));
    QList<Article> articles; // read in full
    std::vector<SiteEntry> known; // unchanged since the last run
    {
        const auto &records = state.records();
        QHash<QStringView, size_t> position;
        position.reserve(qsizetype(records.size()));
        for (size_t i = 0; i < records.size(); ++i)
            position.insert(records[i].id, i);
        QStringList toRead;
        for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
            const auto at = position.constFind(QStringView(it.key()));
            if (at != position.cend() && records[*at].revision == it.value())
                known.push_back(state.entry(*at));
            else
                toRead << it.key();
        }
        articles = readArticles(toRead);
    }
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_now.toSecsSinceEpoch(), Qt::UTC);
    // The first publication is a change to the story that the store, its history and other
    // editors see. Every story going out for the first time is stamped in one transaction;
    // one that someone saved meanwhile is read again and saved on its own below.
    {
        QList<Article> unstamped;
        QHash<QString, qsizetype> at;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const Article &a = articles.at(i);
            if (a.status == ArticleStatus::Published && !a.published.isValid()
                && !a.headline.trimmed().isEmpty()) {
                at.insert(a.id, i);
                unstamped.append(a);
            }
        }
        checkCancel();
        for (Article &stamped : m_store.stampFirstPublication(unstamped, now)) {
            articles[at.value(stamped.id)] = std::move(stamped);
            ++report.firstPublished;
        }
    }
    for (Article &a : articles) {
        if (a.status != ArticleStatus::Published || a.published.isValid()
            || a.headline.trimmed().isEmpty())
            continue;
        checkCancel();
        // Someone saved it while it was being stamped: their save wins and we try once more.
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

    SiteState::Site siteState;
    std::vector<SiteEntry> entries;
    entries.reserve(size_t(articles.size()) + known.size());
    for (SiteEntry &e : known)
        entries.push_back(std::move(e));
    known.clear();
    for (Article &a : articles) {
        if (a.status != ArticleStatus::Published && a.status != ArticleStatus::Ready)
            continue; // changed under us while stamping
        if (a.headline.trimmed().isEmpty()) {
            const QString warning =
                QStringLiteral("article %1 (%2) has no headline: skipped")
                    .arg(a.id, a.slug.isEmpty() ? QStringLiteral("no slug") : a.slug);
            report.warnings << warning;
            siteState.skipped.push_back({a.id, a.revision, warning});
            ++report.skipped;
            continue;
        }
        SiteEntry e;
        e.hasBody = true;
        e.article = std::move(a);
        e.time = publicationTime(e.article);
        e.lede = ledeOf(e.article.body);
        entries.push_back(std::move(e));
    }
    articles.clear();
    // Oldest first: who came first keeps a contested slug.
    sortEntries(entries, [](const SiteEntry &x, const SiteEntry &y) {
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
    // A killed story's address keeps its notice page and is never given to another story.
    KillNotices notices;
    for (auto it = m_killed.cbegin(); it != m_killed.cend(); ++it) {
        QString slug = previous.slugs.value(it.key());
        if (slug.isEmpty())
            slug = m_lastNotices.value(it.key()).slug;
        if (slug.isEmpty() || taken.contains(slug))
            continue; // never on the site
        notices.insert(it.key(), {slug, it.value()});
        taken.insert(slug);
    }
    for (SiteEntry &e : entries) {
        const QString before = previous.slugs.value(e.article.id);
        if (keepsSlug(before, e.article) && !taken.contains(before)) {
            e.slug = before;
            taken.insert(before);
        } else {
            e.slug.clear();
        }
    }
    for (SiteEntry &e : entries) {
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
    sortEntries(entries, [](const SiteEntry &x, const SiteEntry &y) {
        if (x.time != y.time)
            return x.time > y.time;
        return x.article.id < y.article.id;
    });
    QString siteLanguage = m_options.language;
    {
        QHash<QString, int> languages;
        for (SiteEntry &e : entries) {
            e.path = articlePath(e.slug);
            e.sectionFolder = e.article.section.isEmpty() ? QString() : folderOf(e.article.section);
            e.tagFolders.clear();
            for (const QString &tag : std::as_const(e.article.tags)) {
                const QString folder = folderOf(tag);
                if (!tag.trimmed().isEmpty() && !e.tagFolders.contains(folder))
                    e.tagFolders << folder;
            }
            e.authorFolders = authorFoldersOf(e.article);
            ++languages[e.article.language];
        }
        if (siteLanguage.isEmpty())
            siteLanguage = commonestLanguage(languages);
    }
    siteState.language = siteLanguage;

    progress(QStringLiteral("recommending"), 0, 0);
    // --- Recommended news, through the tag and section index. ---
    {
        std::vector<const Article *> candidates;
        candidates.reserve(entries.size());
        for (const SiteEntry &e : entries)
            candidates.push_back(&e.article);
        const Recommender recommender(candidates);
        for (SiteEntry &e : entries) {
            e.recommended.clear();
            for (qsizetype i : recommender.recommend(e.article))
                e.recommended.append(qint32(i));
        }
    }
    checkCancel();

    // --- Render what changed; stage what differs. ---
    SiteContext context = siteContext();
    {
        SectionTallies tallies;
        for (const SiteEntry &e : entries)
            tallies.add(e.article.section, e.sectionFolder, e.article.language);
        context.sections = tallies.links(siteLanguage, m_options.menu);
    }
    const QByteArray key = siteKey(renderer, siteLanguage) + '|' + navigationKey(context.sections);
    siteState.key = key;
    const auto linkAt = [&entries](size_t i) { return linkOf(entries[i]); };

    // Which pages must be rendered: those whose inputs changed. Their bodies are read now if
    // the state stood in for them.
    struct Page
    {
        size_t entry;
        QByteArray key;
        QList<ArticleLink> recommended;
    };
    std::vector<Page> toRender;
    QStringList bodiesToRead;
    for (size_t i = 0; i < entries.size(); ++i) {
        const SiteEntry &e = entries[i];
        QList<ArticleLink> links = recommendedLinks(e, linkAt);
        const QByteArray pageKey = articlePageKey(key, e, links);
        if (writer.keep(e.path + QStringLiteral("index.html"), pageKey))
            continue;
        toRender.push_back({i, pageKey, std::move(links)});
        if (!e.hasBody)
            bodiesToRead << e.article.id;
    }
    if (!bodiesToRead.isEmpty()) {
        QHash<QString, Article> read;
        for (Article &a : readArticles(bodiesToRead))
            read.insert(a.id, std::move(a));
        for (const Page &page : toRender) {
            SiteEntry &e = entries[page.entry];
            const auto found = read.constFind(e.article.id);
            // Saved again since the list was read: the newer text is the one to show.
            if (!e.hasBody && found != read.constEnd()) {
                e.article.body = found->body;
                e.article.corrections = found->corrections; // the state keeps neither
            }
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
        std::vector<QStringList> warnings(batch.size());
        QtConcurrent::blockingMap(&pool, batch, [&](size_t n) {
            thread_local std::unique_ptr<PageRenderer> threadRenderer;
            if (!threadRenderer)
                threadRenderer = std::make_unique<PageRenderer>();
            const SiteEntry &e = entries[toRender[n].entry];
            SiteContext page = context;
            page.articlePath = e.path;
            page.recommended = toRender[n].recommended;
            pages[n - start] =
                threadRenderer->articlePageUtf8(e.article, page, &warnings[n - start]);
        });
        for (size_t n = start; n < end; ++n) {
            SiteEntry &e = entries[toRender[n].entry];
            for (const QString &warning : std::as_const(warnings[n - start]))
                report.warnings << QStringLiteral("%1: %2").arg(e.slug, warning);
            writer.stage(e.path + QStringLiteral("index.html"), pages[n - start], toRender[n].key);
            ++report.rendered;
            e.article.body.clear(); // the state keeps no bodies
        }
    }
    progress(QStringLiteral("rendering"), int(toRender.size()), int(toRender.size()));
    report.articles = int(entries.size());

    // Photos: the renditions of every photo a published article has; those of photos no
    // article shows any more are not staged, so the commit deletes them.
    progress(QStringLiteral("photos"), 0, 0);
    {
        QList<Copydesk::Photo> photos;
        for (const SiteEntry &e : entries)
            photos += e.article.media;
        report.renditions +=
            stageRenditions(photos, m_store, renditionSink(writer, [this] { checkCancel(); }));
    }

    // Killed stories: a notice at the address, nothing else of them anywhere.
    progress(QStringLiteral("notices"), 0, int(notices.size()));
    for (auto it = notices.cbegin(); it != notices.cend(); ++it) {
        const std::optional<Article> killed = m_store.find(it.key());
        if (!killed)
            continue;
        SiteContext page = context;
        page.articlePath = articlePath(it->slug);
        writer.stage(articlePath(it->slug) + QStringLiteral("index.html"),
            renderer.killNoticePage(*killed, page), {});
        ++report.notices;
    }

    // Lists: front page, sections, tags.
    const auto languageOf = [](const std::vector<const SiteEntry *> &items) {
        QStringList languages;
        for (const SiteEntry *e : items)
            languages << e->article.language;
        return languages;
    };
    const auto listPage = [&](ListPage::Kind kind, const QString &heading, const QString &folder,
                              const std::vector<const SiteEntry *> &items,
                              const QString &language) {
        report.rendered += stageListPages(
            writer, renderer, key, ListPage {kind, heading, folder, language, {}},
            qsizetype(items.size()), m_options.perPage,
            [&items](size_t i) { return linkOf(*items[i]); }, context);
    };
    const PageLabels labels = pageLabels(siteLanguage);
    std::vector<const SiteEntry *> all;
    all.reserve(entries.size());
    for (const SiteEntry &e : entries)
        all.push_back(&e);
    listPage(ListPage::Kind::Front, labels.latest, {}, all, siteLanguage);

    std::map<QString, std::pair<QString, std::vector<const SiteEntry *>>> sections;
    std::map<QString, std::pair<QString, std::vector<const SiteEntry *>>> tags;
    std::map<QString, std::pair<QString, std::vector<const SiteEntry *>>> authors;
    for (const SiteEntry &e : entries) {
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
        for (const Byline &b : e.article.bylines) {
            if (b.name.trimmed().isEmpty())
                continue;
            auto &author = authors[safeFolderName(b.name)];
            if (author.first.isEmpty())
                author.first = b.name;
            if (author.second.empty() || author.second.back() != &e)
                author.second.push_back(&e);
        }
    }
    checkCancel();
    progress(QStringLiteral("lists"), 0, int(sections.size() + tags.size()));
    std::map<QString, QString> sectionLanguages;
    for (const auto &[folder, section] : sections) {
        const QString language = listLanguage(languageOf(section.second), siteLanguage);
        sectionLanguages[folder] = language;
        listPage(ListPage::Kind::Section, section.first, QStringLiteral("section/") + folder + u'/',
            section.second, language);
    }
    for (const auto &[folder, tag] : tags)
        listPage(ListPage::Kind::Tag, tag.first, QStringLiteral("tag/") + folder + u'/', tag.second,
            listLanguage(languageOf(tag.second), siteLanguage));
    for (const auto &[folder, author] : authors)
        listPage(ListPage::Kind::Author, author.first, QStringLiteral("author/") + folder + u'/',
            author.second, listLanguage(languageOf(author.second), siteLanguage));

    // The archive by date: a page per day (UTC, as the search index's months), an index of each
    // month's days and one of the months.
    {
        ArchiveIndex months {labels.archive, QStringLiteral("archive/"), siteLanguage, {}};
        std::optional<ArchiveIndex> month;
        const auto finishMonth = [&] {
            if (!month)
                return;
            int stories = 0;
            for (const ArchiveIndex::Entry &day : std::as_const(month->entries))
                stories += day.stories;
            months.entries.append({month->heading, month->folder, stories});
            writer.stage(month->folder + QStringLiteral("index.html"),
                renderer.archiveIndexPage(*month, context), {});
        };
        for (size_t begin = 0; begin < all.size();) {
            const QDate day = all[begin]->time.toUTC().date();
            size_t end = begin + 1;
            while (end < all.size() && all[end]->time.toUTC().date() == day)
                ++end;
            if (!day.isValid()) {
                begin = end;
                continue;
            }
            if (!month || month->folder != archiveMonthPath(day)) {
                finishMonth();
                month = ArchiveIndex {archiveMonthHeading(day, siteLanguage), archiveMonthPath(day),
                    siteLanguage, {}};
            }
            const QString heading = archiveDayHeading(day, siteLanguage);
            month->entries.append({heading, archiveDayPath(day), int(end - begin)});
            listPage(ListPage::Kind::Day, heading, archiveDayPath(day),
                std::vector<const SiteEntry *>(
                    all.begin() + qsizetype(begin), all.begin() + qsizetype(end)),
                siteLanguage);
            begin = end;
        }
        finishMonth();
        writer.stage(
            QStringLiteral("archive/index.html"), renderer.archiveIndexPage(months, context), {});
    }

    progress(QStringLiteral("feeds"), 0, 0);
    // Feeds: RSS 2.0 and Atom for the site and for each section.
    stageFeeds(writer, m_options.siteName, {}, all, siteLanguage, m_options.baseUrl);
    for (const auto &[folder, section] : sections)
        stageFeeds(writer, section.first + QStringLiteral(" - ") + m_options.siteName,
            QStringLiteral("section/") + folder + u'/', section.second, sectionLanguages[folder],
            m_options.baseUrl);

    progress(QStringLiteral("search index"), 0, 0);
    // Search page and its index; sitemap, robots.txt, 404, assets.
    // Each article's lines are made once per revision and URL, then taken from the state.
    for (SiteEntry &e : entries) {
        const QString url = m_options.baseUrl + e.path;
        if (e.linesUrl != url || e.searchLine.isEmpty() || e.sitemapLine.isEmpty())
            makeIndexLines(e, url);
    }
    writer.stage(
        QStringLiteral("search/index.html"), renderer.searchPage(siteLanguage, context), {});
    {
        const auto absolute = [&](const QString &path) { return m_options.baseUrl + path; };
        QStringList months;
        std::optional<IndexPart> part;
        for (const SiteEntry &e : entries) {
            const QString month = monthOf(e.time);
            if (!part || part->month() != month) {
                if (part)
                    part->stage(writer);
                part.emplace(month);
                months << month;
            }
            part->add(e.searchLine, e.sitemapLine);
        }
        if (part)
            part->stage(writer);
        QByteArray parts = "{\"parts\":[";
        QByteArray sitemap =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            "<sitemap><loc>"
            + xmlUrl(absolute(QStringLiteral("sitemaps/pages.xml"))) + "</loc></sitemap>\n";
        for (const QString &month : std::as_const(months)) {
            parts += (parts.endsWith('[') ? "\"" : ",\"") + month.toUtf8() + ".json\"";
            sitemap += "<sitemap><loc>"
                + xmlUrl(absolute(QStringLiteral("sitemaps/") + month + QStringLiteral(".xml")))
                + "</loc></sitemap>\n";
        }
        writer.stage(QStringLiteral("search/index.json"), parts + "]}\n", {});
        writer.stage(QStringLiteral("search/fold.json"), searchFoldingJson(), {});
        writer.stage(QStringLiteral("sitemap.xml"), sitemap + "</sitemapindex>\n", {});

        // The site's own pages: front page, sections, tags.
        QByteArray pages = kUrlsetHead
            + sitemapUrl(absolute({}), entries.empty() ? QDateTime() : entries.front().time);
        for (const auto &[folder, section] : sections)
            pages += sitemapUrl(
                absolute(QStringLiteral("section/") + folder + u'/'), section.second.front()->time);
        for (const auto &[folder, tag] : tags)
            pages += sitemapUrl(
                absolute(QStringLiteral("tag/") + folder + u'/'), tag.second.front()->time);
        for (const auto &[folder, author] : authors)
            pages += sitemapUrl(
                absolute(QStringLiteral("author/") + folder + u'/'), author.second.front()->time);
        writer.stage(QStringLiteral("sitemaps/pages.xml"), pages + "</urlset>\n", {});
    }
    {
        const QString basePath = m_options.baseUrl.startsWith(u'/') ? m_options.baseUrl
            : QUrl(m_options.baseUrl).path().isEmpty()              ? QStringLiteral("/")
                                                       : QUrl(m_options.baseUrl).path();
        QByteArray robots = "User-agent: *\nDisallow: " + basePath.toUtf8() + ".copydesk/\n";
        if (!m_options.baseUrl.startsWith(u'/'))
            robots += "Sitemap: " + m_options.baseUrl.toUtf8() + "sitemap.xml\n";
        writer.stage(QStringLiteral("robots.txt"), robots, {});
    }
    writer.stage(QStringLiteral("404.html"), renderer.notFoundPage(siteLanguage, context), {});
    for (const auto &[name, bytes] : PageRenderer::siteAssets())
        writer.stage(QStringLiteral("assets/") + name, bytes, {});

    // Articles keep their published address across runs.
    for (const SiteEntry &e : entries)
        writer.next().slugs.insert(e.article.id, e.slug);

    // --- Commit: the journal is the point of no return. ---
    checkCancel();
    progress(QStringLiteral("writing"), 0, 0);
    SiteWriter::StateFiles stateFiles = newState(siteState, entries);
    stateFiles.emplace_back(
        QStringLiteral("notices"), [bytes = serializeKillNotices(notices)](QFile &file) {
            return file.write(bytes) == bytes.size();
        });
    writer.commit(std::move(stateFiles));
}

// A run that redoes only what depends on the articles changed since the last run, when the
// site's shape stayed as it was: the same articles, each with the same address, time, status,
// section, tags and language. Then every recommendation, every list's members and order, and
// the site's language are the last run's, and only these can differ: the changed articles' own
// pages, the pages that recommend them (when a headline changed), the lists that show them
// (when a headline or deck changed), the feeds they are in, the search index and the sitemap.
// That is a few files and no decoding of the other articles. Returns false, having staged
// nothing, when the whole site must be worked out again.
bool Publisher::publishChanges(const SiteState &state, const LastManifest &manifest,
    const QHash<QString, int> &revisions, PageRenderer &renderer, SiteWriter &writer,
    PublishReport &report)
{
    const auto &records = state.records();
    const SiteState::Site &last = state.site();
    if (revisions.size() != qsizetype(records.size() + last.skipped.size())
        || manifest.slugCount() != qsizetype(records.size()))
        return false;
    const QString siteLanguage = m_options.language.isEmpty() ? last.language : m_options.language;
    // The sections are the last run's (a story that changes section takes the whole way).
    QList<SectionLink> navigation;
    {
        // The newest story names its section: the first of its records.
        SectionTallies tallies;
        QSet<QStringView> named;
        for (size_t i = 0; i < records.size(); ++i) {
            const QStringView folder = records[i].sectionFolder;
            if (folder.isEmpty())
                continue;
            const bool first = !named.contains(folder);
            if (first)
                named.insert(folder);
            tallies.add(first ? state.entry(i).article.section : QString(), folder.toString(),
                state.language(i));
        }
        navigation = tallies.links(siteLanguage, m_options.menu);
    }
    const QByteArray key = siteKey(renderer, siteLanguage) + '|' + navigationKey(navigation);
    if (key != last.key)
        return false;

    // Which articles changed: ids and revisions against the state's, in place.
    std::vector<size_t> changedAt;
    {
        QHash<QStringView, size_t> position;
        position.reserve(qsizetype(records.size()));
        for (size_t i = 0; i < records.size(); ++i)
            position.insert(records[i].id, i);
        QHash<QStringView, qint32> skipped;
        for (const SkippedArticle &s : last.skipped)
            skipped.insert(s.id, s.revision);
        for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
            const auto at = position.constFind(QStringView(it.key()));
            if (at == position.cend()) {
                const auto s = skipped.constFind(QStringView(it.key()));
                if (s == skipped.cend() || *s != it.value())
                    return false; // new on the site, or no longer skipped
            } else if (records[*at].revision != it.value()) {
                changedAt.push_back(*at);
                if (changedAt.size() > size_t(kChangesOnlyLimit))
                    return false;
            }
        }
    }
    std::sort(changedAt.begin(), changedAt.end());

    progress(QStringLiteral("reading"), 0, int(changedAt.size()));
    std::map<size_t, SiteEntry> changed;
    std::set<size_t> headlineChanged;
    std::set<size_t> linkChanged;
    for (size_t at : changedAt) {
        std::optional<Article> found = m_store.find(records[at].id.toString());
        SiteEntry e = state.entry(at);
        if (!found)
            return false;
        const Article &a = *found;
        const bool publishable = a.status == ArticleStatus::Published
            || (m_options.includeReady && a.status == ArticleStatus::Ready);
        if (!publishable || a.status != e.article.status
            || (a.status == ArticleStatus::Published && !a.published.isValid())
            || a.headline.trimmed().isEmpty() || !e.time.isValid() || publicationTime(a) != e.time
            || a.section != e.article.section || a.tags != e.article.tags
            || a.language != e.article.language || bylineNames(a) != bylineNames(e.article)
            || manifest.slug(a.id) != e.slug || !keepsSlug(e.slug, a)
            || photoHashes(a.media) != photoHashes(e.article.media))
            return false; // (another photo: renditions to make, or to delete at a whole run)
        if (a.headline != e.article.headline)
            headlineChanged.insert(at);
        const Copydesk::Photo *lead = Copydesk::leadPhoto(a.media);
        const Copydesk::Photo *wasLead = Copydesk::leadPhoto(e.article.media);
        if (a.headline != e.article.headline || a.deck != e.article.deck
            || (lead ? lead->sha256 : QString()) != (wasLead ? wasLead->sha256 : QString()))
            linkChanged.insert(at);
        e.article = std::move(*found);
        e.hasBody = true;
        e.lede = ledeOf(e.article.body);
        makeIndexLines(e, m_options.baseUrl + e.path);
        changed.emplace(at, std::move(e));
    }
    report.changesOnly = true;
    report.articles = int(records.size());
    report.skipped = int(last.skipped.size());
    for (const SkippedArticle &s : last.skipped)
        report.warnings << s.warning;
    if (changed.empty()) {
        report.unchanged = int(manifest.fileCount());
        return true;
    }

    // The other entries this run shows, decoded once each as they are needed.
    std::map<size_t, SiteEntry> decoded;
    const auto entryAt = [&](size_t i) -> const SiteEntry & {
        if (const auto c = changed.find(i); c != changed.end())
            return c->second;
        auto d = decoded.find(i);
        if (d == decoded.end())
            d = decoded.emplace(i, state.entry(i)).first;
        return d->second;
    };

    const auto linkAt = [&](size_t i) {
        const auto c = changed.find(i);
        return c != changed.end() ? linkOf(c->second) : state.link(i);
    };

    // Article pages: the changed ones, and those recommending an article whose headline changed.
    std::set<size_t> pages;
    for (const auto &[at, e] : changed)
        pages.insert(at);
    if (!headlineChanged.empty()) {
        for (size_t i = 0; i < records.size(); ++i) {
            for (quint32 k = 0; k < records[i].recommendedCount; ++k) {
                if (headlineChanged.count(size_t(records[i].recommended[k])))
                    pages.insert(i);
            }
        }
    }
    SiteContext context = siteContext();
    context.sections = navigation;
    {
        QStringList bodiesToRead;
        for (size_t i : pages) {
            if (!changed.count(i))
                bodiesToRead << records[i].id.toString();
        }
        QHash<QString, Article> bodies; // and corrections: the state keeps neither
        for (Article &a : readArticles(bodiesToRead))
            bodies.insert(a.id, std::move(a));
        progress(QStringLiteral("rendering"), 0, int(pages.size()));
        for (size_t i : pages) {
            checkCancel();
            SiteEntry e = entryAt(i);
            const QList<ArticleLink> links = recommendedLinks(e, linkAt);
            const QByteArray pageKey = articlePageKey(key, e, links);
            const QString file = e.path + QStringLiteral("index.html");
            if (writer.keep(file, pageKey))
                continue;
            if (!e.hasBody) {
                const Article read = bodies.value(e.article.id);
                e.article.body = read.body;
                e.article.corrections = read.corrections;
            }
            SiteContext page = context;
            page.articlePath = e.path;
            page.recommended = links;
            QStringList warnings;
            writer.stage(file, renderer.articlePageUtf8(e.article, page, &warnings), pageKey);
            for (const QString &warning : std::as_const(warnings))
                report.warnings << QStringLiteral("%1: %2").arg(e.slug, warning);
            ++report.rendered;
        }
    }

    // Lists that show a changed headline or deck.
    progress(QStringLiteral("lists"), 0, 0);
    const auto languageOf = [&](const std::vector<size_t> &items) {
        QStringList languages;
        for (size_t i : items)
            languages << state.language(i);
        return listLanguage(languages, siteLanguage);
    };
    // Only the pages of the list that show a changed link: the stories stay on the pages
    // they were on (the list's members and order are the last run's).
    const auto listPage = [&](ListPage::Kind kind, const QString &heading, const QString &folder,
                              const std::vector<size_t> &items) {
        std::set<int> pagesToRedo;
        for (size_t n = 0; n < items.size(); ++n) {
            if (linkChanged.count(items[n]))
                pagesToRedo.insert(int(n / size_t(m_options.perPage)) + 1);
        }
        report.rendered += stageListPages(
            writer, renderer, key,
            ListPage {kind, heading, folder,
                kind == ListPage::Kind::Front || kind == ListPage::Kind::Day ? siteLanguage
                                                                             : languageOf(items),
                {}},
            qsizetype(items.size()), m_options.perPage, [&](size_t n) { return linkAt(items[n]); },
            context, &pagesToRedo);
    };
    // A section's articles, found once for its list page and its feeds.
    std::map<QString, std::vector<size_t>> sections;
    const auto inSection = [&](const QString &folder) -> const std::vector<size_t> & {
        auto it = sections.find(folder);
        if (it == sections.end()) {
            it = sections.emplace(folder, std::vector<size_t>()).first;
            for (size_t i = 0; i < records.size(); ++i) {
                if (records[i].sectionFolder == folder)
                    it->second.push_back(i);
            }
        }
        return it->second;
    };
    if (!linkChanged.empty()) {
        {
            std::vector<size_t> front(records.size());
            std::iota(front.begin(), front.end(), size_t(0));
            listPage(ListPage::Kind::Front, pageLabels(siteLanguage).latest, {}, front);
        }
        QSet<QString> sectionFolders;
        QSet<QString> tagFolders;
        QSet<QString> authorFolders;
        for (size_t at : linkChanged) {
            const SiteEntry &e = entryAt(at);
            if (!e.sectionFolder.isEmpty())
                sectionFolders.insert(e.sectionFolder);
            for (const QString &folder : e.tagFolders)
                tagFolders.insert(folder);
            for (const QString &folder : e.authorFolders)
                authorFolders.insert(folder);
        }
        // The day pages of the archive that show a changed link (a story keeps its time here).
        std::set<qint64> days;
        for (size_t at : linkChanged) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(records[at].time, Qt::UTC).date();
            if (!day.isValid() || !days.insert(day.toJulianDay()).second)
                continue;
            const auto dayOf = [&](size_t i) {
                return QDateTime::fromMSecsSinceEpoch(records[i].time, Qt::UTC).date();
            };
            size_t begin = at;
            size_t end = at + 1;
            while (begin > 0 && dayOf(begin - 1) == day)
                --begin;
            while (end < records.size() && dayOf(end) == day)
                ++end;
            std::vector<size_t> items(end - begin);
            std::iota(items.begin(), items.end(), begin);
            listPage(ListPage::Kind::Day, archiveDayHeading(day, siteLanguage), archiveDayPath(day),
                items);
        }
        for (const QString &folder : std::as_const(authorFolders)) {
            std::vector<size_t> items;
            for (size_t i = 0; i < records.size(); ++i) {
                if (records[i].hasAuthorFolder(folder))
                    items.push_back(i);
            }
            // Headed by the newest story's spelling of the name.
            QString heading;
            for (const Byline &b : entryAt(items.front()).article.bylines) {
                if (!b.name.trimmed().isEmpty() && safeFolderName(b.name) == folder) {
                    heading = b.name;
                    break;
                }
            }
            listPage(
                ListPage::Kind::Author, heading, QStringLiteral("author/") + folder + u'/', items);
        }
        for (const QString &folder : std::as_const(sectionFolders)) {
            const std::vector<size_t> &items = inSection(folder);
            listPage(ListPage::Kind::Section, entryAt(items.front()).article.section,
                QStringLiteral("section/") + folder + u'/', items);
        }
        for (const QString &folder : std::as_const(tagFolders)) {
            std::vector<size_t> items;
            for (size_t i = 0; i < records.size(); ++i) {
                if (records[i].hasTagFolder(folder))
                    items.push_back(i);
            }
            // The tag page is headed by the newest article's spelling of the tag.
            QString heading;
            for (const QString &tag : entryAt(items.front()).article.tags) {
                if (!tag.trimmed().isEmpty() && safeFolderName(tag) == folder) {
                    heading = tag;
                    break;
                }
            }
            listPage(ListPage::Kind::Tag, heading, QStringLiteral("tag/") + folder + u'/', items);
        }
    }

    // Feeds the changed articles are in.
    progress(QStringLiteral("feeds"), 0, 0);
    const auto feeds = [&](const QString &title, const QString &folder,
                           const std::vector<size_t> &items, const QString &language) {
        std::vector<const SiteEntry *> newest;
        for (size_t n = 0; n < items.size() && n < size_t(kFeedSize); ++n)
            newest.push_back(&entryAt(items[n]));
        stageFeeds(writer, title, folder, newest, language, m_options.baseUrl);
    };
    if (changed.begin()->first < size_t(kFeedSize)) {
        std::vector<size_t> front(std::min(records.size(), size_t(kFeedSize)));
        std::iota(front.begin(), front.end(), size_t(0));
        feeds(m_options.siteName, {}, front, siteLanguage);
    }
    {
        QSet<QString> sectionFolders;
        for (const auto &[at, e] : changed) {
            if (!e.sectionFolder.isEmpty())
                sectionFolders.insert(e.sectionFolder);
        }
        for (const QString &folder : std::as_const(sectionFolders)) {
            const std::vector<size_t> &items = inSection(folder);
            const auto newest = items.begin() + std::min(items.size(), size_t(kFeedSize));
            if (std::none_of(items.begin(), newest, [&](size_t i) { return changed.count(i); }))
                continue;
            feeds(
                entryAt(items.front()).article.section + QStringLiteral(" - ") + m_options.siteName,
                QStringLiteral("section/") + folder + u'/', items, languageOf(items));
        }
    }

    // The months of the search index and the sitemap with changed lines: every article's lines
    // of the month, as they lie in the state.
    progress(QStringLiteral("search index"), 0, 0);
    {
        std::map<size_t, size_t> months; // [first, last) of each month with a change
        for (const auto &[at, e] : changed) {
            const QDate date = e.time.toUTC().date();
            const QDateTime first(QDate(date.year(), date.month(), 1), QTime(0, 0), Qt::UTC);
            const qint64 from = first.toMSecsSinceEpoch();
            const qint64 to = first.addMonths(1).toMSecsSinceEpoch();
            size_t begin = at;
            size_t end = at + 1;
            while (begin > 0 && records[begin - 1].time < to)
                --begin;
            while (end < records.size() && records[end].time >= from)
                ++end;
            months[begin] = end;
        }
        for (const auto &[begin, end] : months) {
            IndexPart part(monthOf(QDateTime::fromMSecsSinceEpoch(records[begin].time, Qt::UTC)));
            for (size_t i = begin; i < end; ++i) {
                const auto c = changed.find(i);
                if (c != changed.end())
                    part.add(c->second.searchLine, c->second.sitemapLine);
                else
                    part.add(records[i].searchLine, records[i].sitemapLine);
            }
            part.stage(writer);
        }
    }

    // The state: the changed entries in the delta beside the last one, which is left as it is.
    // When the delta has grown to a good part of the site, the state is written whole again.
    // Unchanged entries are copied as they lie, in runs.
    checkCancel();
    progress(QStringLiteral("writing"), 0, 0);
    std::set<size_t> inDelta(state.replaced().begin(), state.replaced().end());
    for (const auto &[at, e] : changed)
        inDelta.insert(at);
    const auto writeRecords = [&](QFile &file, const std::vector<size_t> &positions,
                                  bool withPositions) {
        bool ok = true;
        const char *runStart = nullptr;
        const char *runEnd = nullptr;
        const auto flush = [&] {
            if (runStart != runEnd)
                ok = ok && file.write(runStart, runEnd - runStart) == runEnd - runStart;
            runStart = runEnd = nullptr;
        };
        for (size_t at : positions) {
            if (withPositions) {
                flush();
                ok = ok && file.write(SiteState::position(quint32(at))) == 4;
            }
            const auto c = changed.find(at);
            if (c != changed.end()) {
                flush();
                const QByteArray bytes = SiteState::encode(c->second);
                ok = ok && file.write(bytes) == bytes.size();
            } else if (records[at].data == runEnd) {
                runEnd += records[at].size;
            } else {
                flush();
                runStart = records[at].data;
                runEnd = runStart + records[at].size;
            }
        }
        flush();
        return ok;
    };
    if (inDelta.size() <= std::max<size_t>(64, records.size() / 16)) {
        writer.commit({{QStringLiteral("site.delta"), [&](QFile &file) {
                            const QByteArray head =
                                SiteState::deltaHeader(state.generation(), quint32(inDelta.size()));
                            return file.write(head) == head.size()
                                && writeRecords(file,
                                    std::vector<size_t>(inDelta.begin(), inDelta.end()), true);
                        }}});
    } else {
        const quint64 generation = QRandomGenerator::global()->generate64();
        std::vector<size_t> all(records.size());
        std::iota(all.begin(), all.end(), size_t(0));
        writer.commit({{QStringLiteral("site"),
                           [&](QFile &file) {
                               const QByteArray head =
                                   SiteState::header(quint32(records.size()), generation, last);
                               return file.write(head) == head.size()
                                   && writeRecords(file, all, false);
                           }},
            {QStringLiteral("site.delta"), [&](QFile &file) {
                 const QByteArray bytes = SiteState::deltaHeader(generation, 0);
                 return file.write(bytes) == bytes.size();
             }}});
    }
    return true;
}
