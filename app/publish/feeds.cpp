// SPDX-License-Identifier: GPL-3.0-or-later
// The site's RSS and Atom feeds.
//
// Feed readers take an RSS <description> (and, most of them, <title> and <category>) as HTML,
// whatever it says: reporters' text goes in as HTML text, escaped as HTML and then, by the XML
// writer, as XML, so that "&lt;img onerror=…&gt;" in a story reaches the reader as those
// characters and never as an element. Atom says what its text is (type="text", the default),
// so it carries the text escaped once.
#include "publish/feeds.h"

#include "publish/sitestate.h"
#include "publish/sitewriter.h"
#include "publish/sitexml.h"
#include "render/htmlescape.h"
#include "render/photomarkup.h"

#include <QLocale>
#include <QXmlStreamWriter>

#include <algorithm>
#include <optional>

namespace {

QString rfc822(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
        + QStringLiteral(" +0000");
}

// Text where RSS readers expect HTML.
QString rssText(const QString &text)
{
    return Html::escape(xmlText(text));
}

// The lead photo's widest rendition, the one feed readers show.
std::optional<PhotoRendition> feedImage(const SiteEntry &e, const QString &baseUrl)
{
    const Copydesk::Photo *lead = Copydesk::leadPhoto(e.article.media);
    if (!lead)
        return std::nullopt;
    const QList<PhotoRendition> renditions = photoJpegRenditions(*lead, baseUrl);
    if (renditions.isEmpty())
        return std::nullopt;
    return renditions.constLast();
}

const QString kMediaRss = QStringLiteral("http://search.yahoo.com/mrss/");
// RSS 2.0's own <author> is an e-mail address; the name of who wrote it is Dublin Core's.
const QString kDublinCore = QStringLiteral("http://purl.org/dc/elements/1.1/");

} // namespace

Feeds makeFeeds(const QString &title, const QString &folder,
    const std::vector<const SiteEntry *> &items, const QString &language, const QString &baseUrl)
{
    const auto absolute = [&](const QString &path) { return baseUrl + path; };
    const size_t count = std::min(items.size(), size_t(kFeedSize));
    Feeds feeds;
    {
        QXmlStreamWriter xml(&feeds.rss);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
        // Media RSS only where a story has a photo: the feed without photos stays as it was.
        if (std::any_of(items.cbegin(), items.cbegin() + qsizetype(count),
                [&](const SiteEntry *e) { return feedImage(*e, baseUrl).has_value(); }))
            xml.writeNamespace(kMediaRss, QStringLiteral("media"));
        if (std::any_of(items.cbegin(), items.cbegin() + qsizetype(count),
                [](const SiteEntry *e) { return !e->article.bylines.isEmpty(); }))
            xml.writeNamespace(kDublinCore, QStringLiteral("dc"));
        xml.writeStartElement(QStringLiteral("channel"));
        xml.writeTextElement(QStringLiteral("title"), rssText(title));
        xml.writeTextElement(QStringLiteral("link"), absolute(folder));
        xml.writeTextElement(QStringLiteral("description"), rssText(title));
        xml.writeTextElement(QStringLiteral("language"), language);
        if (count > 0)
            xml.writeTextElement(QStringLiteral("lastBuildDate"), rfc822(items.front()->time));
        for (size_t i = 0; i < count; ++i) {
            const SiteEntry &e = *items[i];
            xml.writeStartElement(QStringLiteral("item"));
            xml.writeTextElement(QStringLiteral("title"), rssText(e.article.headline));
            xml.writeTextElement(QStringLiteral("link"), absolute(e.path));
            xml.writeStartElement(QStringLiteral("guid"));
            xml.writeAttribute(QStringLiteral("isPermaLink"), QStringLiteral("false"));
            xml.writeCharacters(QStringLiteral("urn:uuid:") + e.article.id);
            xml.writeEndElement();
            xml.writeTextElement(QStringLiteral("pubDate"), rfc822(e.time));
            xml.writeTextElement(QStringLiteral("description"),
                rssText(e.article.deck.isEmpty() ? e.lede : e.article.deck));
            for (const Byline &b : e.article.bylines)
                xml.writeTextElement(kDublinCore, QStringLiteral("creator"), rssText(b.name));
            if (!e.article.section.isEmpty())
                xml.writeTextElement(QStringLiteral("category"), rssText(e.article.section));
            if (const auto image = feedImage(e, baseUrl)) {
                xml.writeEmptyElement(kMediaRss, QStringLiteral("content"));
                xml.writeAttribute(QStringLiteral("url"), image->url);
                xml.writeAttribute(QStringLiteral("medium"), QStringLiteral("image"));
                xml.writeAttribute(QStringLiteral("type"), QStringLiteral("image/jpeg"));
                xml.writeAttribute(QStringLiteral("width"), QString::number(image->width));
                xml.writeAttribute(QStringLiteral("height"), QString::number(image->height));
            }
            xml.writeEndElement();
        }
        xml.writeEndDocument();
    }
    {
        QXmlStreamWriter xml(&feeds.atom);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("feed"));
        xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
        if (!language.isEmpty())
            xml.writeAttribute(QStringLiteral("xml:lang"), language);
        xml.writeTextElement(QStringLiteral("title"), xmlText(title));
        xml.writeTextElement(QStringLiteral("id"), absolute(folder + QStringLiteral("atom.xml")));
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("href"), absolute(folder));
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
        xml.writeAttribute(QStringLiteral("href"), absolute(folder + QStringLiteral("atom.xml")));
        xml.writeTextElement(QStringLiteral("updated"),
            isoTime(count > 0 ? items.front()->time : QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
        for (size_t i = 0; i < count; ++i) {
            const SiteEntry &e = *items[i];
            xml.writeStartElement(QStringLiteral("entry"));
            if (!e.article.language.isEmpty()
                && e.article.language.compare(language, Qt::CaseInsensitive) != 0)
                xml.writeAttribute(QStringLiteral("xml:lang"), e.article.language);
            xml.writeTextElement(QStringLiteral("title"), xmlText(e.article.headline));
            xml.writeEmptyElement(QStringLiteral("link"));
            xml.writeAttribute(QStringLiteral("href"), absolute(e.path));
            xml.writeTextElement(QStringLiteral("id"), QStringLiteral("urn:uuid:") + e.article.id);
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
            if (const auto image = feedImage(e, baseUrl)) {
                xml.writeEmptyElement(QStringLiteral("link"));
                xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("enclosure"));
                xml.writeAttribute(QStringLiteral("type"), QStringLiteral("image/jpeg"));
                xml.writeAttribute(QStringLiteral("href"), image->url);
            }
            xml.writeEndElement();
        }
        xml.writeEndDocument();
    }
    return feeds;
}

void stageFeeds(SiteWriter &writer, const QString &title, const QString &folder,
    const std::vector<const SiteEntry *> &items, const QString &language, const QString &baseUrl)
{
    const Feeds feeds = makeFeeds(title, folder, items, language, baseUrl);
    writer.stage(folder + QStringLiteral("feed.xml"), feeds.rss, {});
    writer.stage(folder + QStringLiteral("atom.xml"), feeds.atom, {});
}
