// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "model/error.h"
#include "publish/killnotices.h"
#include "publish/sitesections.h"
#include "render/housestyle.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <stdexcept>

class ArticleStore;
class LastManifest;
class PageRenderer;
class SiteState;
class SiteWriter;
struct SiteContext;

// What to publish and where.
struct PublishOptions
{
    QString outDir; // the site root; created when missing
    QString baseUrl = QStringLiteral("/"); // "https://news.example.org/" or a path; ends in '/'
    QString siteName = QStringLiteral("Copydesk News");
    QString language; // front page, search and 404 pages; empty: the articles' commonest
    HouseStyle defaultStyle = HouseStyle::EnglishWire;
    // The masthead's own order and labels of sections (empty: the biggest first, as named).
    QList<MenuSection> menu;
    // A line of the site's own under every page ("© 2026 Huai'an Daily"); plain text.
    QString footer;
    // Stories on a page of the front page, a section's or a tag's; the rest on pages 2, 3, …
    int perPage = 20;
    bool full = false; // rebuild and rewrite every file
    bool includeReady = false; // also publish articles whose status is "ready"
    // Ready stories that stay off the site (by id): the pre-publish checks of their content
    // profile block them (the command line's and the editor's part: see PublishChecks).
    QSet<QString> withheld;
    // The time the run publishes at: stories scheduled or embargoed past it stay off the site.
    // Null: Copydesk::currentTime() (the clock, or $COPYDESK_NOW).
    QDateTime now;
    // Corrections and updates before the story rather than after it, and the zone their dates
    // and times are given in.
    bool correctionsFirst = false;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // Recommended news and section pages with stories in any language, not only the story's or
    // the section's own (readingLanguage: Simplified, Traditional and English are three).
    bool mixLanguages = false;
};

// What a run did.
struct PublishReport
{
    int articles = 0; // article pages on the site
    int skipped = 0; // articles left out (see warnings)
    int rendered = 0; // pages rendered this run (the rest were known to be unchanged)
    int written = 0; // files whose bytes changed (or were new)
    int unchanged = 0;
    int removed = 0;
    int firstPublished = 0; // articles that got their `published` time in this run
    int renditions = 0; // photo files encoded this run (the others were on the site already)
    int held = 0; // published (or ready) stories kept off the site by a schedule or an embargo
    int withheld = 0; // ready stories kept off it by PublishOptions::withheld
    // When the first of them falls due, and which it is (null and empty when none is held).
    QDateTime nextDue;
    QString nextDueId;
    QString nextDueHeadline;
    int notices = 0; // killed stories' addresses that carry a notice page
    // Only what depends on the articles changed since the last run was worked out (the site's
    // addresses, recommendations and lists stayed as they were).
    bool changesOnly = false;
    QStringList warnings;
    qint64 milliseconds = 0;
};

// A publish that could not be done: the output folder cannot be written, another publish holds
// its lock, or the run was cancelled. The previous site is left as it was.
class PublishError : public Copydesk::Error
{
public:
    explicit PublishError(const QString &message, bool cancelled = false)
        : Copydesk::Error(cancelled ? Cancelled : Publish, message)
    {
    }
    bool cancelled() const { return kind() == Cancelled; }
};

// Writes the static news site of the store's published articles: article pages, front page,
// section, tag and author pages (each list in pages of PublishOptions::perPage), the archive by
// date, a search page with its JSON index, RSS and Atom feeds, sitemap, robots.txt, 404 page and
// assets.
//
// Incremental: DIR/.copydesk/manifest records a hash of every file and of the inputs of every
// page; a page whose inputs did not change is not even rendered, and a file whose bytes did not
// change is not touched (same inode and mtime). DIR/.copydesk/site keeps what the run worked out
// (addresses, recommendations, index lines): when only some articles' text changed, the next
// run redoes only the pages, lists and feeds that show them, without reading the others.
//
// Atomic for the site as a whole: every new or changed file is first staged; only when all are
// there is a journal (the list of moves and deletions, with the new manifest and site state
// beside it) saved with QSaveFile, which is the commit point. The files then go into the
// standby copy of the site beside DIR, whose unchanged files are hard links to DIR's, and one
// renameat2(RENAME_EXCHANGE) makes it DIR: a reader sees the old site or the new one, never a
// mix, whichever moment a publish is killed at (before the commit point the next run discards
// the staging folder, after it completes the run from the journal). The old generation is then
// brought level by linking only the files the run changed, so a changes-only run pays a few
// system calls per changed file (the writing phase of a republish after one edit at 10,000
// articles: 6.1 ms before, 6.5 ms with the swap); hard-linking every page into a new generation,
// 0.5 s (quiet) to 2.4 s (busy machine) for 10,000 pages here, is paid once, when the standby
// copy is first made, and by runs that write every file (--full: 0.18 → 0.68 s of writing). DIR
// keeps its name but is a new folder after each publish: see SiteFolder for what that means and for
// the fallback (files renamed into DIR one by one) where folders cannot be exchanged.
//
// Use from any thread (open the store in that thread); the progress callback is called in it.
class Publisher
{
public:
    // done/total for the phase; `phase` is a short English word ("loading", "rendering", …).
    using Progress = std::function<void(const QString &phase, int done, int total)>;

    Publisher(ArticleStore &store, PublishOptions options);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Polled between pages; when it becomes true the run stops with PublishError(cancelled)
    // and the previous site stays as it was.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Throws PublishError, or StoreError when the store fails.
    PublishReport publish();

    // The warning a base URL of a path only ("/", "/news/") gets: feeds and sitemaps need
    // whole addresses. The editor says it in its own words when it sees this one.
    static QString pathOnlyBaseUrlWarning(const QString &baseUrl);

private:
    void progress(const QString &phase, int done, int total) const;
    void checkCancel() const;
    QList<Article> readArticles(const QStringList &ids);
    QByteArray siteKey(const PageRenderer &renderer, const QString &siteLanguage) const;
    SiteContext siteContext() const;
    bool publishChanges(const SiteState &state, const LastManifest &manifest,
        const QHash<QString, int> &revisions, PageRenderer &renderer, SiteWriter &writer,
        PublishReport &report);
    void publishAll(const SiteState &state, const QHash<QString, int> &revisions,
        PageRenderer &renderer, SiteWriter &writer, PublishReport &report);

    ArticleStore &m_store;
    PublishOptions m_options;
    // Of the run under way: its time, the killed articles (id → revision) and the notices the
    // last run left.
    QDateTime m_now;
    QHash<QString, int> m_killed;
    KillNotices m_lastNotices;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
