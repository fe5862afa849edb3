// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "model/error.h"
#include "render/housestyle.h"

#include <QHash>
#include <QString>
#include <QStringList>

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
    bool full = false; // rebuild and rewrite every file
    bool includeReady = false; // also publish articles whose status is "ready"
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
// section and tag pages, a search page with its JSON index, RSS and Atom feeds, sitemap,
// robots.txt, 404 page and assets.
//
// Incremental: DIR/.copydesk/manifest records a hash of every file and of the inputs of every
// page; a page whose inputs did not change is not even rendered, and a file whose bytes did not
// change is not touched (same inode and mtime). DIR/.copydesk/site keeps what the run worked out
// (addresses, recommendations, index lines): when only some articles' text changed, the next
// run redoes only the pages, lists and feeds that show them, without reading the others.
//
// Atomic for the site as a whole: every new or changed file is first written under
// DIR/.copydesk/staging/. Only when all are there is a journal (the list of moves and
// deletions plus the new manifest) saved with QSaveFile, which is the commit point; then the
// files are renamed into place, each rename atomic, and the journal is removed. A publish
// killed before the commit point leaves the previous site untouched (the staging folder is
// discarded by the next run); one killed after it is completed by the next run from the
// journal. Renaming into place in one folder costs a few milliseconds per thousand files, so a
// reader sees at most that short window of mixed old and new, whole files — unlike a generation
// symlink swap, which would need every unchanged file hard-linked into each generation (0.7 s
// for 10,000 pages here) and would change the served folder to DIR/current.
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
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
