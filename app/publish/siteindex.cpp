// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/siteindex.h"

#include "publish/listpages.h"
#include "publish/searchfolding.h"
#include "publish/sitewriter.h"
#include "publish/sitexml.h"

#include <QStringList>

#include <optional>

const QByteArray kUrlsetHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                               "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

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

QString indexLinesKey(const QString &url, const QTimeZone &zone, const QByteArray &alternates)
{
    // A space is never part of a URL the site writes (it would be %20).
    QString key = url + u' ' + QString::fromUtf8(zone.id());
    if (!alternates.isEmpty())
        key += u' ' + QString::fromUtf8(alternates);
    return key;
}

void makeIndexLines(
    SiteEntry &e, const QString &url, const QTimeZone &zone, const QByteArray &alternates)
{
    e.linesUrl = indexLinesKey(url, zone, alternates);
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
    appendJsonString(line, e.time.toTimeZone(zone).date().toString(Qt::ISODate));
    line += ",\"lede\":";
    appendJsonString(line, e.lede);
    line += ",\"lang\":";
    appendJsonString(line, e.article.language);
    line += '}';
    e.sitemapLine = "<url><loc>" + xmlUrl(url) + "</loc><lastmod>"
        + isoTime(e.article.updated.isValid() ? e.article.updated : e.time).toUtf8() + "</lastmod>"
        + alternates + "</url>\n";
}

QByteArray sitemapUrl(const QString &url, const QDateTime &modified)
{
    QByteArray line = "<url><loc>" + xmlUrl(url) + "</loc>";
    if (modified.isValid())
        line += "<lastmod>" + isoTime(modified).toUtf8() + "</lastmod>";
    return line + "</url>\n";
}

QString monthOf(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM"))
                          : QStringLiteral("undated");
}

IndexPart::IndexPart(const QString &month) : m_month(month), m_search("["), m_sitemap(kUrlsetHead)
{
}

void IndexPart::add(QByteArrayView searchLine, QByteArrayView sitemapLine)
{
    if (m_search.size() > 1)
        m_search += ",\n";
    m_search.append(searchLine);
    m_sitemap.append(sitemapLine);
}

void stageSearchIndex(SiteWriter &writer, const std::vector<SiteEntry> &entries,
    const SiteLists &lists, const QString &baseUrl)
{
    const auto absolute = [&](const QString &path) { return baseUrl + path; };
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
    QByteArray sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
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
    for (const auto &[folder, section] : lists.sections)
        pages += sitemapUrl(
            absolute(QStringLiteral("section/") + folder + u'/'), section.second.front()->time);
    for (const auto &[folder, tag] : lists.tags)
        pages +=
            sitemapUrl(absolute(QStringLiteral("tag/") + folder + u'/'), tag.second.front()->time);
    for (const auto &[folder, author] : lists.authors)
        pages += sitemapUrl(
            absolute(QStringLiteral("author/") + folder + u'/'), author.second.front()->time);
    writer.stage(QStringLiteral("sitemaps/pages.xml"), pages + "</urlset>\n", {});
}

void stageChangedMonths(SiteWriter &writer, const std::vector<SiteState::Record> &records,
    const std::map<size_t, SiteEntry> &changed)
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
