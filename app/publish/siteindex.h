// SPDX-License-Identifier: GPL-3.0-or-later
// The site's search index and sitemap: a line of each per article, kept in the site state so
// that an unchanged article costs nothing, gathered in monthly parts (by publication time,
// UTC) so that an edit rewrites its month's part rather than the whole site's:
// search/index.json lists the parts in search/, newest first, and sitemap.xml is a sitemap
// index over sitemaps/.
#pragma once

#include "publish/sitestate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <map>
#include <vector>

class SiteWriter;
struct SiteLists;

// A JSON string of `text`, appended: '<' escaped too, which keeps "</script>" and "<!--" out
// even if the index is ever inlined.
void appendJsonString(QByteArray &out, const QString &text);

// The article's line in the search index and in the sitemap, at `url`.
// `zone`: the site's time zone, whose calendar day the search index gives each story. The lines
// are kept (SiteEntry::linesUrl) for the URL and zone they were made for.
// `alternates`: the sitemap's links to the story's other editions (sitemapAlternates()).
void makeIndexLines(
    SiteEntry &e, const QString &url, const QTimeZone &zone, const QByteArray &alternates = {});
// What SiteEntry::linesUrl holds for lines made for `url` in `zone` with `alternates`.
QString indexLinesKey(const QString &url, const QTimeZone &zone, const QByteArray &alternates = {});

// A sitemap's <url> line; `modified` may be null.
QByteArray sitemapUrl(const QString &url, const QDateTime &modified);

// The head of a sitemap's <urlset>, up to its first <url>.
extern const QByteArray kUrlsetHead;

// The part an article published at `time` is in: "2026-12", "undated" without a time.
QString monthOf(const QDateTime &time);

// One month's part of the search index and of the sitemap, in site order.
class IndexPart
{
public:
    explicit IndexPart(const QString &month);
    const QString &month() const { return m_month; }
    void add(QByteArrayView searchLine, QByteArrayView sitemapLine);
    template<typename Writer>
    void stage(Writer &writer)
    {
        writer.stage(
            QStringLiteral("search/") + m_month + QStringLiteral(".json"), m_search + "]\n", {});
        writer.stage(QStringLiteral("sitemaps/") + m_month + QStringLiteral(".xml"),
            m_sitemap + "</urlset>\n", {});
    }

private:
    QString m_month;
    QByteArray m_search;
    QByteArray m_sitemap;
};

// The search index and the sitemaps of a whole run: the monthly parts of `entries` (site
// order, their lines made), search/index.json and fold.json, sitemap.xml and the sitemap of
// the site's own pages (front page, sections, tags, authors).
void stageSearchIndex(SiteWriter &writer, const std::vector<SiteEntry> &entries,
    const SiteLists &lists, const QString &baseUrl);

// The months of the search index and the sitemap with changed lines in a changes-only run:
// every article's lines of the month, as they lie in the state (`changed`: by position, the
// entries that changed).
void stageChangedMonths(SiteWriter &writer, const std::vector<SiteState::Record> &records,
    const std::map<size_t, SiteEntry> &changed);
