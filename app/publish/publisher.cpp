// SPDX-License-Identifier: GPL-3.0-or-later
// Publisher's two runs, the whole site and changes-only, phase by phase. Each phase that has a
// job of its own is a call into its file (addresses, list pages, feeds, search index, state
// files, the changes-only site); what stays here is the order of the phases and the steps that
// share a run's locals (reading, stamping first publication, rendering article pages in
// batches), which read best in line.
#include "publish/publisher.h"

#include "publish/contenthash.h"
#include "publish/manifest.h"
#include "publish/photorenditions.h"
#include "publish/sitewriter.h"

#include "publish/baseurl.h"
#include "publish/changedsite.h"
#include "publish/feeds.h"
#include "publish/listpages.h"
#include "publish/pagekeys.h"
#include "publish/siteaddresses.h"
#include "publish/siteeditions.h"
#include "publish/sitefolder.h"
#include "publish/siteindex.h"
#include "publish/siterecommendations.h"
#include "publish/sitesections.h"
#include "publish/sitestate.h"
#include "publish/statefiles.h"

#include "model/slug.h"
#include "render/markdown.h"
#include "render/pagerenderer.h"
#include "render/recommender.h"
#include "store/articlestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
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
        + QByteArray::number(m_options.perPage) + '|' + m_options.footer.toUtf8()
        + (m_options.mixLanguages ? "|any-language" : "");
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
    const KillNotices notices =
        assignSlugs(entries, previous.slugs, m_killed, m_lastNotices, report.warnings);

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

    // --- Editions of one story: the language links between their pages. ---
    SiteEditions editions(m_store.editionSources());
    for (const SiteEntry &e : entries)
        editions.add(e.article.id, e.article.language, e.path);

    progress(QStringLiteral("recommending"), 0, 0);
    // --- Recommended news, through the tag and section index. ---
    recommendAll(entries, editions, m_options.mixLanguages);
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
        QList<EditionLink> editions;
    };
    std::vector<Page> toRender;
    QStringList bodiesToRead;
    for (size_t i = 0; i < entries.size(); ++i) {
        const SiteEntry &e = entries[i];
        QList<ArticleLink> links = recommendedLinks(e, linkAt);
        QList<EditionLink> languageLinks = editions.linksFor(e.article.id);
        const QByteArray pageKey = articlePageKey(key, e, links, languageLinks);
        if (writer.keep(e.path + QStringLiteral("index.html"), pageKey))
            continue;
        toRender.push_back({i, pageKey, std::move(links), std::move(languageLinks)});
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
            page.editions = toRender[n].editions;
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

    // Lists: front page, sections, tags, authors, the archive.
    ListPages listPages(writer, renderer, key, context, m_options.perPage);
    const PageLabels labels = pageLabels(siteLanguage);
    SiteLists lists = siteLists(entries, folderOf);
    if (!m_options.mixLanguages)
        keepSectionsToOneLanguage(lists, siteLanguage);
    const std::vector<const SiteEntry *> &all = lists.all;
    report.rendered += listPages.stage(ListPage::Kind::Front, labels.latest, {}, all, siteLanguage);
    checkCancel();
    progress(QStringLiteral("lists"), 0, int(lists.sections.size() + lists.tags.size()));
    report.rendered += listPages.stageGroups(lists, siteLanguage);
    report.rendered += listPages.stageArchive(all, labels.archive, siteLanguage);

    progress(QStringLiteral("feeds"), 0, 0);
    // Feeds: RSS 2.0 and Atom for the site and for each section.
    stageFeeds(writer, m_options.siteName, {}, all, siteLanguage, m_options.baseUrl);
    for (const auto &[folder, section] : lists.sections)
        stageFeeds(writer, section.first + QStringLiteral(" - ") + m_options.siteName,
            QStringLiteral("section/") + folder + u'/', section.second,
            lists.sectionLanguages[folder], m_options.baseUrl);

    progress(QStringLiteral("search index"), 0, 0);
    // Search page and its index; sitemap, robots.txt, 404, assets.
    // Each article's lines are made once per revision and URL, then taken from the state.
    for (SiteEntry &e : entries) {
        const QString url = m_options.baseUrl + e.path;
        const QByteArray alternates =
            sitemapAlternates(editions.linksFor(e.article.id), m_options.baseUrl);
        if (e.linesUrl != indexLinesKey(url, m_options.timeZone, alternates)
            || e.searchLine.isEmpty() || e.sitemapLine.isEmpty())
            makeIndexLines(e, url, m_options.timeZone, alternates);
    }
    writer.stage(
        QStringLiteral("search/index.html"), renderer.searchPage(siteLanguage, context), {});
    stageSearchIndex(writer, entries, lists, m_options.baseUrl);
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

    // Editions on the site are the last run's (a new one takes the whole way): the language
    // links of the pages rendered again are read from the state.
    SiteEditions editions(changedAt.empty() ? QHash<QString, QString>() : m_store.editionSources());
    if (!editions.isEmpty()) {
        for (size_t i = 0; i < records.size(); ++i) {
            const QString id = records[i].id.toString();
            if (editions.mayHaveEditions(id))
                editions.add(id, state.language(i), state.link(i).path);
        }
    }

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
        makeIndexLines(e, m_options.baseUrl + e.path, m_options.timeZone,
            sitemapAlternates(editions.linksFor(e.article.id), m_options.baseUrl));
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
    ChangedSite site(state, changed, siteLanguage, !m_options.mixLanguages);
    const auto linkAt = [&site](size_t i) { return site.linkAt(i); };

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
            SiteEntry e = site.entryAt(i);
            const QList<ArticleLink> links = recommendedLinks(e, linkAt);
            const QList<EditionLink> languageLinks = editions.linksFor(e.article.id);
            const QByteArray pageKey = articlePageKey(key, e, links, languageLinks);
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
            page.editions = languageLinks;
            QStringList warnings;
            writer.stage(file, renderer.articlePageUtf8(e.article, page, &warnings), pageKey);
            for (const QString &warning : std::as_const(warnings))
                report.warnings << QStringLiteral("%1: %2").arg(e.slug, warning);
            ++report.rendered;
        }
    }

    // Lists that show a changed headline or deck.
    progress(QStringLiteral("lists"), 0, 0);
    ListPages listPages(writer, renderer, key, context, m_options.perPage);
    report.rendered += site.stageChangedLists(listPages, linkChanged, m_options.perPage);

    // Feeds the changed articles are in.
    progress(QStringLiteral("feeds"), 0, 0);
    site.stageChangedFeeds(writer, m_options.siteName, m_options.baseUrl);

    // The months of the search index and the sitemap with changed lines: every article's lines
    // of the month, as they lie in the state.
    progress(QStringLiteral("search index"), 0, 0);
    stageChangedMonths(writer, records, changed);

    // The state: the changed entries in the delta beside the last one (changedState).
    checkCancel();
    progress(QStringLiteral("writing"), 0, 0);
    writer.commit(changedState(state, changed));
    return true;
}
