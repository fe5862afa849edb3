// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/siteindex.h"

#include "publish/sitexml.h"

#include <QStringList>

const QByteArray kUrlsetHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";

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

void makeIndexLines(SiteEntry &e, const QString &url)
{
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
    line += ",\"lang\":";
    appendJsonString(line, e.article.language);
    line += '}';
    e.sitemapLine = "<url><loc>" + xmlUrl(url) + "</loc><lastmod>"
        + isoTime(e.article.updated.isValid() ? e.article.updated : e.time).toUtf8()
        + "</lastmod></url>\n";
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
