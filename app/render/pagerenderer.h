// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "render/housestyle.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>

// A link to another page of the site as lists show it (recommended news, section pages…).
struct ArticleLink
{
    QString headline;
    QString path; // below the site root, e.g. "news/council-votes/"
    QDateTime published;
    QString deck;
    // The article's language: a list in another language marks the headline and deck with it
    // (lang="…"), so that screen readers and fonts treat them as what they are.
    QString language;
    // The lead photo's smallest rendition below the site root, for list pages; empty: none.
    QString thumbnail;
    int thumbnailWidth = 0;
    int thumbnailHeight = 0;

    // Sets the thumbnail from the article's lead photo.
    void setThumbnail(const QList<Copydesk::Photo> &media);
};

// A section in the masthead's navigation.
struct SectionLink
{
    QString name;
    QString path; // "section/经济/"
    QString language; // the section page's
};

// An edition of the story on the site (model/editions.h), for the page's language links:
// <link rel="alternate" hreflang> in its head and the switcher (简体 | 繁體 | English).
struct EditionLink
{
    QString language; // the edition's, as hreflang
    QString label; // editionLabel()
    QString path; // below the site root
    bool current = false; // the page's own
    bool source = false; // the story the others were made from: x-default
};

// What an article page needs to know about the site around it.
struct SiteContext
{
    // Where the site root is served, ending in '/': "https://news.example.org/" or "/".
    // Canonical and Open Graph URLs are this + the page's path.
    QString baseUrl = QStringLiteral("/");
    QString siteName = QStringLiteral("Copydesk News");
    // The style for articles in languages that have none of their own.
    HouseStyle defaultStyle = HouseStyle::EnglishWire;
    // A line of the site's own under every page, plain text; empty: none.
    QString footer;
    // The page's own path below the root; empty: articlePath(article.slug).
    QString articlePath;
    // The masthead's section navigation, in menu order (after a link to the front page); empty:
    // none. The publisher and the editor's preview both take it from siteNavigation().
    QList<SectionLink> sections;
    // The site has a page for each person in a byline (authorPath()): bylines link to it and
    // JSON-LD gives it as the author's url. True for the site and the editor's preview of it;
    // false: plain names.
    bool authorPages = false;
    // "Recommended news", best first (see Recommender; recommendedLinks() builds these).
    QList<ArticleLink> recommended;
    // The story's editions on the site, the page's own among them, in group order; fewer than
    // two: no language links.
    QList<EditionLink> editions;
    // The preview's live-update hook: when not empty, `<script src="URL"></script>` is added
    // just before </body> and that is the only difference from the published page. The page's
    // Content-Security-Policy allows scripts from 'self' only, so serve it from the page's
    // origin (or drive the page with QWebEnginePage::runJavaScript, which CSP does not limit).
    QString liveUpdateScript;
    // Where corrections and updates stand: after the story (false) or before it, and the time
    // zone the site's dates are given in (the day a page, a list or the archive shows, and the
    // times of corrections).
    bool correctionsFirst = false;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // the publisher's default too
};

// One page of a list: the front page, a section's or a tag's. A list of more stories than a
// page holds comes in pages: the first at the list's folder, page N at folder + "page/N/"
// (see listPagePath()), each linking the others (rel="prev"/"next" and page numbers).
struct ListPage
{
    enum class Kind { Front, Section, Tag, Author, Day };
    Kind kind = Kind::Front;
    QString heading; // the section's, tag's or person's name; the front page's "Latest news"
    // The list's address below the site root: "", "section/经济/", "tag/x/", "author/x/"
    QString folder;
    QString language; // <html lang> and the page's words
    QList<ArticleLink> items; // this page's
    int page = 1; // 1 … pageCount
    int pageCount = 1;
};

// The archive by date (往期): a page per day with stories, "archive/YYYY/MM/DD/" (a list page of
// kind Day), and an index per month, "archive/YYYY/MM/", and of the months, "archive/".
QString archiveDayPath(const QDate &day);
QString archiveMonthPath(const QDate &anyDayOfTheMonth);
// "Dec. 3, 2026" / "2026年12月3日"; "December 2026" / "2026年12月".
QString archiveDayHeading(const QDate &day, QStringView language);
QString archiveMonthHeading(const QDate &anyDayOfTheMonth, QStringView language);

// An index of the archive: the days of a month, or the months.
struct ArchiveIndex
{
    struct Entry
    {
        QString label; // the day's or month's heading
        QString path; // its page below the site root
        int stories = 0;
    };
    QString heading;
    QString folder; // "archive/" or "archive/2026/12/"
    QString language;
    QList<Entry> entries; // newest first
};

// Where page `page` (from 1) of the list at `folder` is, below the site root.
QString listPagePath(const QString &folder, int page);
// How many pages a list of `count` stories takes at `perPage` a page (at least one).
int listPageCount(qsizetype count, int perPage);

// The page of a person's stories below the site root: "author/<safeFolderName(name)>/".
QString authorPath(const QString &name);

// The path of an article page below the site root: "news/<slug>/".
QString articlePath(const QString &slug);
// A section's or tag's folder name that is safe on every file system and in a URL: letters
// and digits of any script, '-' for the rest, lower case, at most 60 characters, never "..",
// empty, or a reserved device name (CON, NUL, COM1…). Distinct names may map to the same
// folder; the publisher disambiguates.
QString safeFolderName(const QString &name);

// Renders the site's pages from the templates in resources/templates/ (compiled in). Create
// once and reuse: templates are parsed in the constructor. const methods are thread-safe.
//
// The editor's preview uses exactly what the publisher uses:
//
//     PageRenderer renderer;                      // once, e.g. a member of the preview
//     SiteContext site;                           // base URL, site name, default style
//     site.recommended = recommendedLinks(article, publishedArticles);
//     const QString html = renderer.articlePage(article, site);        // full page, or
//     const QString inner = renderer.articleFragment(article, site);   // the innerHTML of
//                                                 // <article id="copydesk-article"> in that page
//
// The page links its style sheets as baseUrl + "assets/site.css" and "assets/print.css";
// siteAssets() gives their bytes so a preview can serve them under its own base URL.
//
// Scroll sync: the body's blocks are the element children of <div class="article-body">, in
// the order topLevelBlockLines(article.body) (render/markdown.h) gives their source lines.
// (When the dateline cannot open the first paragraph, a <p class="dateline-only"> comes
// first and is not counted there.)
class PageRenderer
{
public:
    PageRenderer();
    ~PageRenderer();
    PageRenderer(const PageRenderer &) = delete;
    PageRenderer &operator=(const PageRenderer &) = delete;

    // The complete article page, as the publisher writes it (apart from the live-update hook).
    // `warnings` (when given) gets what the page leaves out: images in the body that are not
    // photos of the article.
    QString articlePage(
        const Article &article, const SiteContext &site, QStringList *warnings = nullptr) const;
    QByteArray articlePageUtf8(
        const Article &article, const SiteContext &site, QStringList *warnings = nullptr) const;
    // What the page shows inside <article id="copydesk-article">…</article>, byte for byte.
    QString articleFragment(const Article &article, const SiteContext &site) const;

    // The house style this article is rendered in.
    static HouseStyle styleFor(const Article &article, const SiteContext &site);

    // --- pages the publisher writes around the articles ---

    // A list of articles: front page, section page or tag page.
    QByteArray listPage(const ListPage &page, const SiteContext &site) const;
    QByteArray archiveIndexPage(const ArchiveIndex &index, const SiteContext &site) const;
    QByteArray searchPage(const QString &language, const SiteContext &site) const;
    QByteArray notFoundPage(const QString &language, const SiteContext &site) const;
    // What stands at a killed story's address: "本文已撤回" / "This article has been removed"
    // and the article's kill notice, kept out of search engines (noindex). Nothing else of the
    // story: not its headline, body, bylines or photos.
    QByteArray killNoticePage(const Article &article, const SiteContext &site) const;

    // Files every site needs under "assets/": (relative path, bytes).
    static QList<std::pair<QString, QByteArray>> siteAssets();
    // Changes whenever a template or asset changes: part of the publisher's cache keys.
    QByteArray templateFingerprint() const;

private:
    struct Templates;
    std::unique_ptr<Templates> d;
};

// The recommended-news links for `article` out of `candidates` (published articles; drafts,
// edits, killed ones and the article itself are never picked), each at articlePath(slug).
QList<ArticleLink> recommendedLinks(
    const Article &article, const QList<Article> &candidates, int limit = 5);

// The page's words in the article's language ("新闻搜索", "Search", …).
struct PageLabels
{
    QString search; // the search page's heading and the search buttons
    QString siteSearch; // the masthead's search form, named apart from the search page's own
    QString recommended;
    QString latest;
    QString home;
    QString notFound;
    QString result; // "1 result"
    QString results; // "2 results"
    QString noResults;
    QString removed; // what stands at a killed story's address
    // The pages' meta descriptions: %1 the site's name, %2 the section's or tag's.
    QString frontDescription;
    QString sectionDescription;
    QString tagDescription;
    QString authorDescription;
    QString dayDescription;
    QString archiveDescription;
    QString archive; // the archive's name, "往期"
    QString stories; // "%n stories" (see storiesCount())
    QString searchDescription;
    QString notFoundDescription;
    // Pagination: "Page %1", its navigation's name, and the links either side.
    QString page;
    QString pages;
    QString previous;
    QString next;
    QString sections; // the masthead's navigation
    QString editions; // the language switcher's name
};
PageLabels pageLabels(QStringView language);
