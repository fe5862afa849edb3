// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/exports.h"

#include "model/articlemedia.h"
#include "model/storylife.h"
#include "render/markdown.h"
#include "render/photomarkup.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace Exports {

namespace {

HouseStyle styleOf(const Article &a, HouseStyle siteDefault)
{
    return houseStyleFor(a.language, siteDefault);
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString articleUri(const Article &a, const Site &site)
{
    if (!site.baseUrl.isEmpty()) {
        QString base = site.baseUrl;
        if (!base.endsWith(u'/'))
            base += u'/';
        return base + QStringLiteral("article/") + a.slug + u'/';
    }
    return QStringLiteral("urn:copydesk:article:") + a.id;
}

// usable, withheld (not yet to be published: embargo or schedule) or canceled (killed).
QString pubStatus(const Article &a)
{
    if (a.status == ArticleStatus::Killed)
        return QStringLiteral("canceled");
    const QDateTime now = Copydesk::currentTime();
    if ((a.embargoUntil.isValid() && a.embargoUntil > now)
        || (a.publishAt.isValid() && a.publishAt > now))
        return QStringLiteral("withheld");
    return QStringLiteral("usable");
}

QString bodyHtml(const Article &a)
{
    return markdownToHtml(a.body);
}

QString bodyText(const Article &a)
{
    return paragraphsText(a.body).join(QStringLiteral("\n\n"));
}

QString datelinePhrase(const Article &a)
{
    const HouseStyle style = styleOf(a, HouseStyle::EnglishWire);
    return datelineText(a.dateline, style, isTraditionalChinese(a.language));
}

QString languageTag(const Article &a)
{
    return a.language.isEmpty() ? QStringLiteral("en") : a.language;
}

} // namespace

QString printText(const Article &a, HouseStyle siteDefault)
{
    const HouseStyle style = styleOf(a, siteDefault);
    const bool chinese = style == HouseStyle::ChineseNewspaper;
    const bool traditional = isTraditionalChinese(a.language);
    QStringList lines;
    lines << a.headline.trimmed();
    if (!a.deck.trimmed().isEmpty())
        lines << a.deck.trimmed();
    if (!chinese) {
        if (const QString by = englishByline(a.bylines); !by.isEmpty())
            lines << by;
        if (const QString affiliation = englishAffiliation(a.bylines); !affiliation.isEmpty())
            lines << affiliation;
    }
    lines << QString();
    QStringList paragraphs = paragraphsText(a.body);
    const QString opening =
        chinese ? chineseNewsHeader(a.dateline, traditional) : englishDateline(a.dateline);
    if (!opening.isEmpty()) {
        if (paragraphs.isEmpty())
            paragraphs << QString();
        paragraphs.first().prepend(opening);
    }
    for (const QString &paragraph : std::as_const(paragraphs))
        lines << (chinese ? QStringLiteral("　　") + paragraph : paragraph);
    if (chinese) {
        if (const QString reporters = chineseReporterLine(a.bylines); !reporters.isEmpty())
            lines << reporters;
        if (const QString editor = chineseEditorLine(a.editor, traditional); !editor.isEmpty())
            lines << editor;
    } else if (!a.signoff.trimmed().isEmpty()) {
        lines << a.signoff.trimmed();
    }
    if (!a.media.isEmpty()) {
        lines << QString();
        for (const Copydesk::Photo &photo : a.media) {
            const QString credit = photoCredit(photo.credit, style, traditional);
            const QString label = chinese
                ? (traditional ? QStringLiteral("圖：") : QStringLiteral("图："))
                : QStringLiteral("Photo: ");
            QString caption = photo.caption.trimmed();
            if (caption.isEmpty())
                caption = photo.alt.trimmed();
            lines << label + caption + (credit.isEmpty() ? QString() : u' ' + credit);
        }
    }
    lines << QString();
    lines << (chinese ? QStringLiteral("字数：%1").arg(a.length())
                      : QStringLiteral("Words: %1").arg(a.length()));
    return lines.join(u'\n') + u'\n';
}

QJsonObject ninjs(const Article &a, const Site &site)
{
    QJsonObject item {{QStringLiteral("uri"), articleUri(a, site)},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("version"), QString::number(a.revision)},
        {QStringLiteral("firstcreated"), iso(a.created)},
        {QStringLiteral("versioncreated"), iso(a.updated)},
        {QStringLiteral("pubstatus"), pubStatus(a)}, {QStringLiteral("language"), languageTag(a)}};
    if (a.embargoUntil.isValid())
        item.insert(QStringLiteral("embargoed"), iso(a.embargoUntil));
    item.insert(QStringLiteral("headlines"),
        QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("main")},
            {QStringLiteral("value"), a.headline}}});
    if (!a.deck.isEmpty())
        item.insert(QStringLiteral("descriptions"),
            QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("summary")},
                {QStringLiteral("value"), a.deck}}});
    QJsonArray bylines;
    for (const Byline &b : a.bylines) {
        QJsonObject by {{QStringLiteral("byline"), b.name}};
        if (!b.role.isEmpty())
            by.insert(QStringLiteral("role"), b.role);
        if (!b.affiliation.isEmpty())
            by.insert(QStringLiteral("affiliation"), b.affiliation);
        bylines.append(by);
    }
    if (!bylines.isEmpty())
        item.insert(QStringLiteral("bylines"), bylines);
    if (!a.dateline.place.isEmpty())
        item.insert(QStringLiteral("located"), a.dateline.place);
    if (!a.dateline.isEmpty())
        item.insert(QStringLiteral("datelines"),
            QJsonArray {QJsonObject {{QStringLiteral("value"), datelinePhrase(a)}}});
    item.insert(QStringLiteral("bodies"),
        QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("main")},
                        {QStringLiteral("contenttype"), QStringLiteral("text/html")},
                        {QStringLiteral("value"), bodyHtml(a)}},
            QJsonObject {{QStringLiteral("role"), QStringLiteral("main")},
                {QStringLiteral("contenttype"), QStringLiteral("text/plain")},
                {QStringLiteral("value"), bodyText(a)}}});
    QJsonArray subjects;
    if (!a.section.isEmpty())
        subjects.append(QJsonObject {{QStringLiteral("name"), a.section},
            {QStringLiteral("scheme"), QStringLiteral("section")}});
    for (const QString &tag : a.tags)
        subjects.append(QJsonObject {
            {QStringLiteral("name"), tag}, {QStringLiteral("scheme"), QStringLiteral("tag")}});
    if (!subjects.isEmpty())
        item.insert(QStringLiteral("subjects"), subjects);
    QJsonArray associations;
    for (const Copydesk::Photo &photo : a.media) {
        QJsonArray renditions;
        for (const PhotoRendition &r : photoJpegRenditions(photo, site.baseUrl))
            renditions.append(QJsonObject {{QStringLiteral("href"), r.url},
                {QStringLiteral("width"), r.width}, {QStringLiteral("height"), r.height},
                {QStringLiteral("contenttype"), QStringLiteral("image/jpeg")}});
        QJsonObject picture {{QStringLiteral("name"), photo.id},
            {QStringLiteral("type"), QStringLiteral("picture")},
            {QStringLiteral("uri"), QStringLiteral("urn:copydesk:photo:") + photo.sha256},
            {QStringLiteral("headlines"),
                QJsonArray {QJsonObject {{QStringLiteral("value"), photo.caption}}}},
            {QStringLiteral("descriptions"),
                QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("alt")},
                    {QStringLiteral("value"), photo.alt}}}},
            {QStringLiteral("copyrightholder"), photo.credit},
            {QStringLiteral("renditions"), renditions}};
        if (photo.lead)
            picture.insert(QStringLiteral("role"), QStringLiteral("lead"));
        associations.append(picture);
    }
    if (!associations.isEmpty())
        item.insert(QStringLiteral("associations"), associations);
    item.insert(QStringLiteral("altids"),
        QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("copydesk")},
                        {QStringLiteral("value"), a.id}},
            QJsonObject {{QStringLiteral("role"), QStringLiteral("slug")},
                {QStringLiteral("value"), a.slug}}});
    return item;
}

QByteArray nitf(const Article &a, const Site &site)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("nitf"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("-//IPTC//DTD NITF 3.6//EN"));
    xml.writeAttribute(QStringLiteral("xml:lang"), languageTag(a));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), a.headline);
    xml.writeStartElement(QStringLiteral("docdata"));
    xml.writeEmptyElement(QStringLiteral("doc-id"));
    xml.writeAttribute(QStringLiteral("regsrc"), site.provider);
    xml.writeAttribute(QStringLiteral("id-string"), a.id);
    xml.writeEmptyElement(QStringLiteral("du-key"));
    xml.writeAttribute(QStringLiteral("version"), QString::number(a.revision));
    xml.writeAttribute(QStringLiteral("key"), a.slug);
    xml.writeEmptyElement(QStringLiteral("urgency"));
    xml.writeAttribute(QStringLiteral("ed-urg"), QStringLiteral("5"));
    const QDateTime issued = a.published.isValid() ? a.published : a.updated;
    xml.writeEmptyElement(QStringLiteral("date.issue"));
    xml.writeAttribute(QStringLiteral("norm"), iso(issued));
    if (a.embargoUntil.isValid() || a.publishAt.isValid()) {
        const QDateTime release = a.embargoUntil.isValid() ? a.embargoUntil : a.publishAt;
        xml.writeEmptyElement(QStringLiteral("date.release"));
        xml.writeAttribute(QStringLiteral("norm"), iso(release));
    }
    if (a.status == ArticleStatus::Killed) {
        xml.writeEmptyElement(QStringLiteral("doc.copyright"));
        xml.writeAttribute(QStringLiteral("holder"), site.provider);
        xml.writeTextElement(QStringLiteral("ed-msg"),
            a.killNotice.isEmpty() ? QStringLiteral("Kill: do not use this story.")
                                   : QStringLiteral("Kill: ") + a.killNotice);
    }
    for (const Copydesk::Correction &c : a.corrections)
        xml.writeTextElement(QStringLiteral("ed-msg"),
            Copydesk::correctionKindName(c.kind) + QStringLiteral(": ") + c.text);
    if (!a.tags.isEmpty()) {
        xml.writeStartElement(QStringLiteral("key-list"));
        for (const QString &tag : a.tags) {
            xml.writeEmptyElement(QStringLiteral("keyword"));
            xml.writeAttribute(QStringLiteral("key"), tag);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // docdata
    if (!a.section.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("pubdata"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("web"));
        xml.writeAttribute(QStringLiteral("position.section"), a.section);
    }
    xml.writeEndElement(); // head
    xml.writeStartElement(QStringLiteral("body"));
    xml.writeStartElement(QStringLiteral("body.head"));
    xml.writeStartElement(QStringLiteral("hedline"));
    xml.writeTextElement(QStringLiteral("hl1"), a.headline);
    if (!a.deck.isEmpty())
        xml.writeTextElement(QStringLiteral("hl2"), a.deck);
    xml.writeEndElement(); // hedline
    for (const Byline &b : a.bylines) {
        xml.writeStartElement(QStringLiteral("byline"));
        xml.writeTextElement(QStringLiteral("person"), b.name);
        if (!b.role.isEmpty() || !b.affiliation.isEmpty()) {
            // byttl holds the title and, in <org>, whom the person writes for.
            xml.writeStartElement(QStringLiteral("byttl"));
            xml.writeCharacters(b.role);
            if (!b.affiliation.isEmpty())
                xml.writeTextElement(QStringLiteral("org"), b.affiliation);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!a.dateline.isEmpty()) {
        xml.writeStartElement(QStringLiteral("dateline"));
        if (!a.dateline.place.isEmpty())
            xml.writeTextElement(QStringLiteral("location"), a.dateline.place);
        if (!a.dateline.date.isEmpty()) {
            xml.writeStartElement(QStringLiteral("story.date"));
            xml.writeAttribute(QStringLiteral("norm"), a.dateline.date);
            xml.writeCharacters(a.dateline.date);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!a.deck.isEmpty()) {
        xml.writeStartElement(QStringLiteral("abstract"));
        xml.writeTextElement(QStringLiteral("p"), a.deck);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // body.head
    xml.writeStartElement(QStringLiteral("body.content"));
    for (const QString &paragraph : paragraphsText(a.body))
        xml.writeTextElement(QStringLiteral("p"), paragraph);
    xml.writeEndElement(); // body.content
    if (!a.signoff.isEmpty()) {
        xml.writeStartElement(QStringLiteral("body.end"));
        xml.writeTextElement(QStringLiteral("tagline"), a.signoff);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // nitf
    xml.writeEndDocument();
    return out;
}

QByteArray newsml(const Article &a, const Site &site)
{
    const QString ns = QStringLiteral("http://iptc.org/std/nar/2006-10-01/");
    const QString xhtml = QStringLiteral("http://www.w3.org/1999/xhtml");
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(ns);
    xml.writeStartElement(ns, QStringLiteral("newsItem"));
    xml.writeAttribute(QStringLiteral("guid"), QStringLiteral("urn:copydesk:article:") + a.id);
    xml.writeAttribute(QStringLiteral("version"), QString::number(a.revision));
    xml.writeAttribute(QStringLiteral("standard"), QStringLiteral("NewsML-G2"));
    xml.writeAttribute(QStringLiteral("standardversion"), QStringLiteral("2.33"));
    xml.writeAttribute(QStringLiteral("conformance"), QStringLiteral("power"));
    xml.writeAttribute(QStringLiteral("xml:lang"), languageTag(a));
    xml.writeStartElement(ns, QStringLiteral("catalogRef"));
    xml.writeAttribute(QStringLiteral("href"),
        QStringLiteral("http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"));
    xml.writeEndElement();
    xml.writeStartElement(ns, QStringLiteral("itemMeta"));
    xml.writeEmptyElement(ns, QStringLiteral("itemClass"));
    xml.writeAttribute(QStringLiteral("qcode"), QStringLiteral("ninat:text"));
    xml.writeEmptyElement(ns, QStringLiteral("provider"));
    xml.writeAttribute(QStringLiteral("literal"), site.provider);
    xml.writeTextElement(ns, QStringLiteral("versionCreated"), iso(a.updated));
    xml.writeTextElement(ns, QStringLiteral("firstCreated"), iso(a.created));
    if (a.embargoUntil.isValid())
        xml.writeTextElement(ns, QStringLiteral("embargoed"), iso(a.embargoUntil));
    const QString status = pubStatus(a);
    xml.writeEmptyElement(ns, QStringLiteral("pubStatus"));
    xml.writeAttribute(QStringLiteral("qcode"), QStringLiteral("stat:") + status);
    if (!a.corrections.isEmpty()) {
        xml.writeEmptyElement(ns, QStringLiteral("signal"));
        xml.writeAttribute(QStringLiteral("qcode"), QStringLiteral("sig:correction"));
    }
    if (!site.baseUrl.isEmpty()) {
        xml.writeEmptyElement(ns, QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("irel:seeAlso"));
        xml.writeAttribute(QStringLiteral("href"), articleUri(a, site));
    }
    xml.writeEndElement(); // itemMeta
    xml.writeStartElement(ns, QStringLiteral("contentMeta"));
    if (!a.dateline.place.isEmpty()) {
        xml.writeStartElement(ns, QStringLiteral("located"));
        xml.writeTextElement(ns, QStringLiteral("name"), a.dateline.place);
        xml.writeEndElement();
    }
    if (!a.dateline.isEmpty())
        xml.writeTextElement(ns, QStringLiteral("dateline"), datelinePhrase(a));
    for (const Byline &b : a.bylines)
        xml.writeTextElement(
            ns, QStringLiteral("by"), b.role.isEmpty() ? b.name : b.role + u' ' + b.name);
    xml.writeTextElement(ns, QStringLiteral("slugline"), a.slug);
    xml.writeEmptyElement(ns, QStringLiteral("language"));
    xml.writeAttribute(QStringLiteral("tag"), languageTag(a));
    QStringList subjects = a.tags;
    if (!a.section.isEmpty())
        subjects.prepend(a.section);
    for (const QString &subject : subjects) {
        xml.writeStartElement(ns, QStringLiteral("subject"));
        xml.writeTextElement(ns, QStringLiteral("name"), subject);
        xml.writeEndElement();
    }
    xml.writeTextElement(ns, QStringLiteral("headline"), a.headline);
    if (!a.deck.isEmpty()) {
        xml.writeStartElement(ns, QStringLiteral("description"));
        xml.writeAttribute(QStringLiteral("role"), QStringLiteral("drol:summary"));
        xml.writeCharacters(a.deck);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // contentMeta
    xml.writeStartElement(ns, QStringLiteral("contentSet"));
    xml.writeStartElement(ns, QStringLiteral("inlineXML"));
    xml.writeAttribute(QStringLiteral("contenttype"), QStringLiteral("application/xhtml+xml"));
    xml.writeNamespace(xhtml, QStringLiteral("xhtml"));
    xml.writeStartElement(xhtml, QStringLiteral("html"));
    xml.writeStartElement(xhtml, QStringLiteral("body"));
    for (const QString &paragraph : paragraphsText(a.body))
        xml.writeTextElement(xhtml, QStringLiteral("p"), paragraph);
    xml.writeEndElement(); // body
    xml.writeEndElement(); // html
    xml.writeEndElement(); // inlineXML
    xml.writeEndElement(); // contentSet
    xml.writeEndElement(); // newsItem
    xml.writeEndDocument();
    return out;
}

} // namespace Exports
