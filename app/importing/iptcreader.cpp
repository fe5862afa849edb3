// SPDX-License-Identifier: GPL-3.0-or-later
// A partner's wire in the IPTC formats Copydesk exports (render/exports.h): ninjs (2.x, and the
// 1.x names a partner may still send) and NITF 3.x, read back into an Article field by field.
// What an article cannot hold (urgency, the photos' bytes) is named in a warning; nothing is
// ever downloaded. A wire file is untrusted: NITF is read with QXmlStreamReader, which expands
// no external entity and fetches no DTD; a DOCTYPE with an internal subset is refused before an
// element is read (that is how "billion laughs" entities grow to gigabytes).
// One file for both formats: they fill the same Article fields through the same helpers and
// word the same warnings (what a wire carries that an article cannot hold).
#include "importer.h"

#include "iptcreader.h"
#include "readingconventions.h"
#include "script/chinesescript.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace IptcReader {

bool isNinjs(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return false;
    const QJsonObject item = doc.object();
    return item.contains(QStringLiteral("uri"))
        && (item.contains(QStringLiteral("type")) || item.contains(QStringLiteral("version"))
            || item.contains(QStringLiteral("headlines"))
            || item.contains(QStringLiteral("bodies")));
}

} // namespace IptcReader

namespace Importer {

namespace {

// A time as the wire writes it: ISO 8601 ("2026-12-01T08:00:00Z") or NITF's basic form
// ("20261201T080000+0800", "20261201").
QDateTime wireTime(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    if (const QDateTime time = parseTimestamp(value); time.isValid())
        return time;
    static const QRegularExpression basic(QStringLiteral(
        "^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = basic.match(value);
    if (!m.hasMatch())
        return {};
    QString zone = m.captured(7);
    if (zone.isEmpty())
        zone = QStringLiteral("Z");
    else if (zone.size() == 5)
        zone.insert(3, u':');
    return parseTimestamp(
        QStringLiteral("%1-%2-%3T%4:%5:%6%7")
            .arg(m.captured(1), m.captured(2), m.captured(3),
                m.hasCaptured(4) ? m.captured(4) : QStringLiteral("00"),
                m.hasCaptured(5) ? m.captured(5) : QStringLiteral("00"),
                m.captured(6).isEmpty() ? QStringLiteral("00") : m.captured(6), zone));
}

// Plain text in paragraphs (blank lines between them, or one a line) as the body's Markdown.
QString plainBody(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QStringList paragraphs = normalized.split(blank, Qt::SkipEmptyParts);
    if (paragraphs.size() == 1)
        paragraphs = normalized.split(u'\n', Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &p : std::as_const(paragraphs)) {
        if (const QString line = p.simplified(); !line.isEmpty())
            out << line;
    }
    return out.join(QStringLiteral("\n\n"));
}

// The parts of a dateline phrase ("BEIJING, Nov. 24 (Xinhua)", "新华社北京11月24日电") that
// the wire gives no field for.
Dateline datelineFromPhrase(const QString &phrase)
{
    static const QRegularExpression dash(QStringLiteral("\\s*[-–—]+\\s*$"));
    const QString text = phrase.trimmed().remove(dash);
    if (text.isEmpty())
        return {};
    if (auto header = ReadingConventions::parseChineseNewsHeader(text))
        return header->dateline;
    if (auto english = ReadingConventions::parseEnglishDateline(text + QStringLiteral(" — x")))
        return english->dateline;
    return {};
}

void finishWire(ImportResult &result, bool languageGiven)
{
    Article &article = result.article;
    if (!languageGiven) {
        article.language = ChineseScript::detectLanguage(article.headline + u'\n' + article.body);
        result.warnings
            << QStringLiteral("the wire names no language; detected %1").arg(article.language);
    }
    if (article.headline.trimmed().isEmpty())
        result.warnings << QStringLiteral("no headline found; write one before publishing");
}

// --- ninjs ---

class NinjsItem
{
public:
    explicit NinjsItem(const QJsonObject &item) : m_item(item) { }

    // A text property, empty when absent; any other type is refused.
    QString text(const QJsonObject &object, const QString &key, const QString &where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            throw ImportError {QStringLiteral("is ninjs with %1%2 that is not text")
                                   .arg(where.isEmpty() ? QString() : where + u'.', key)};
        return value.toString().trimmed();
    }
    QString text(const QString &key) const { return text(m_item, key, {}); }

    // A list of objects ([{…}, …]), empty when absent.
    QList<QJsonObject> objects(const QString &key) const
    {
        const QJsonValue value = m_item.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        QJsonArray array;
        if (value.isArray()) {
            array = value.toArray();
        } else if (value.isObject() && key == u"associations") { // ninjs 1: keyed by name
            const QJsonObject keyed = value.toObject();
            for (auto it = keyed.begin(); it != keyed.end(); ++it)
                array.append(it.value());
        } else {
            throw ImportError {
                QStringLiteral("is ninjs with %1 that is not a list of objects").arg(key)};
        }
        QList<QJsonObject> out;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                throw ImportError {
                    QStringLiteral("is ninjs with %1[%2] that is not an object").arg(key).arg(i)};
            out << array.at(i).toObject();
        }
        return out;
    }

    // The value of the entry with `role` (or the first one) of a list of {role, value}.
    QString valueByRole(
        const QString &key, const QStringList &roles, const QStringList &skipRoles = {}) const
    {
        const QList<QJsonObject> entries = objects(key);
        QString first;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(key).arg(i);
            const QString role = text(entries.at(i), QStringLiteral("role"), where);
            const QString value = text(entries.at(i), QStringLiteral("value"), where);
            if (roles.contains(role))
                return value;
            if (first.isEmpty() && !skipRoles.contains(role))
                first = value;
        }
        return first;
    }

private:
    QJsonObject m_item;
};

} // namespace

ImportResult readNinjs(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw ImportError {QStringLiteral("is not valid JSON: %1 (at byte %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)};
    if (!doc.isObject())
        throw ImportError {QStringLiteral("is JSON but not a ninjs item (an object)")};
    const QJsonObject object = doc.object();
    const NinjsItem item(object);
    ImportResult result;
    Article &a = result.article;
    QStringList &warnings = result.warnings;

    const QString type = item.text(QStringLiteral("type"));
    if (!type.isEmpty() && type != u"text" && type != u"composite")
        throw ImportError {
            QStringLiteral("is a ninjs item of type \"%1\", not a story (text)").arg(type)};

    a.headline = item.valueByRole(QStringLiteral("headlines"), {QStringLiteral("main")});
    if (a.headline.isEmpty())
        a.headline = item.text(QStringLiteral("headline")); // ninjs 1
    a.deck = item.valueByRole(QStringLiteral("descriptions"),
        {QStringLiteral("summary"), QStringLiteral("description")}, {QStringLiteral("alt")});
    if (a.deck.isEmpty())
        a.deck = item.text(QStringLiteral("description_text"));

    const QList<QJsonObject> bylines = item.objects(QStringLiteral("bylines"));
    for (qsizetype i = 0; i < bylines.size(); ++i) {
        const QString where = QStringLiteral("bylines[%1]").arg(i);
        Byline b {item.text(bylines.at(i), QStringLiteral("byline"), where),
            item.text(bylines.at(i), QStringLiteral("role"), where),
            item.text(bylines.at(i), QStringLiteral("affiliation"), where)};
        if (b.name.isEmpty())
            b.name = item.text(bylines.at(i), QStringLiteral("name"), where);
        if (!b.name.isEmpty())
            a.bylines << b;
    }
    if (a.bylines.isEmpty()) {
        if (const QString by = item.text(QStringLiteral("byline")); !by.isEmpty()) {
            const QString line = by.startsWith(QLatin1StringView("By "), Qt::CaseInsensitive)
                ? by
                : QStringLiteral("By ") + by;
            a.bylines = ReadingConventions::parseEnglishByline(line).value_or(
                QList<Byline> {Byline {by, {}, {}}});
        }
    }

    const QString phrase = item.valueByRole(QStringLiteral("datelines"), {});
    a.dateline = datelineFromPhrase(phrase);
    if (const QString located = item.text(QStringLiteral("located")); !located.isEmpty())
        a.dateline.place = located;
    else if (!phrase.isEmpty() && a.dateline.isEmpty())
        a.dateline.place = phrase;

    // The HTML body (the richer one), else the text; ninjs 1 names them body_html, body_text.
    QString html, text;
    const QList<QJsonObject> bodies = item.objects(QStringLiteral("bodies"));
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const QString where = QStringLiteral("bodies[%1]").arg(i);
        const QString contentType = item.text(bodies.at(i), QStringLiteral("contenttype"), where);
        const QString value = item.text(bodies.at(i), QStringLiteral("value"), where);
        if (contentType.contains(u"html") && html.isEmpty())
            html = value;
        else if (text.isEmpty())
            text = value;
    }
    if (html.isEmpty())
        html = item.text(QStringLiteral("body_html"));
    if (text.isEmpty())
        text = item.text(QStringLiteral("body_text"));
    a.body = !html.isEmpty() ? pastedHtmlToMarkdown(html, &warnings) : plainBody(text);

    const QString language = item.text(QStringLiteral("language"));
    if (!language.isEmpty())
        a.language = language;

    const QList<QJsonObject> subjects = item.objects(QStringLiteral("subjects"));
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        const QString where = QStringLiteral("subjects[%1]").arg(i);
        const QString name = item.text(subjects.at(i), QStringLiteral("name"), where);
        const QString scheme = item.text(subjects.at(i), QStringLiteral("scheme"), where);
        if (name.isEmpty())
            continue;
        if (scheme == u"section" && a.section.isEmpty())
            a.section = name;
        else if (!a.tags.contains(name))
            a.tags << name;
    }

    if (const QString embargo = item.text(QStringLiteral("embargoed")); !embargo.isEmpty()) {
        a.embargoUntil = wireTime(embargo);
        if (!a.embargoUntil.isValid())
            throw ImportError {
                QStringLiteral("is ninjs with embargoed \"%1\" that is not a time").arg(embargo)};
        warnings << QStringLiteral("under embargo until %1, as the wire says")
                        .arg(isoTimestamp(a.embargoUntil));
    }
    if (item.text(QStringLiteral("pubstatus")) == u"canceled")
        warnings << QStringLiteral("the wire has withdrawn this story (pubstatus canceled)");
    if (const QJsonValue urgency = object.value(QStringLiteral("urgency"));
        !urgency.isUndefined() && !urgency.isNull())
        warnings << QStringLiteral("the wire's urgency (%1) is not kept: an article has none")
                        .arg(urgency.isDouble() ? QString::number(urgency.toInt())
                                                : urgency.toString());
    if (const QString note = item.text(QStringLiteral("ednote")); !note.isEmpty()) {
        a.notes = note;
        warnings << QStringLiteral("the wire's editor's note is in the notes: %1").arg(note);
    }

    const QList<QJsonObject> associations = item.objects(QStringLiteral("associations"));
    for (qsizetype i = 0; i < associations.size(); ++i) {
        const QJsonObject &picture = associations.at(i);
        const QString where = QStringLiteral("associations[%1]").arg(i);
        const QString kind = item.text(picture, QStringLiteral("type"), where);
        QString name = item.text(picture, QStringLiteral("name"), where);
        if (name.isEmpty())
            name = item.text(picture, QStringLiteral("uri"), where);
        const NinjsItem associated(picture);
        const QString caption =
            associated.valueByRole(QStringLiteral("headlines"), {}, {QStringLiteral("alt")});
        const QString credit = item.text(picture, QStringLiteral("copyrightholder"), where);
        warnings
            << QStringLiteral("%1 %2 not imported: the wire carries only its address%3")
                   .arg(kind == u"picture" || kind.isEmpty() ? QStringLiteral("photo") : kind, name,
                       caption.isEmpty() && credit.isEmpty()
                           ? QString()
                           : QStringLiteral(" (caption “%1”, credit “%2”)").arg(caption, credit));
    }
    finishWire(result, !language.isEmpty());
    return result;
}

// --- NITF ---

namespace {

// The NITF elements of a body whose HTML counterparts the importer's HTML reader knows; any
// other element is read for its text alone.
QString htmlNameOf(QStringView nitf)
{
    static const QHash<QString, QString> names {
        {QStringLiteral("p"), QStringLiteral("p")},
        {QStringLiteral("hl2"), QStringLiteral("h2")},
        {QStringLiteral("bq"), QStringLiteral("blockquote")},
        {QStringLiteral("em"), QStringLiteral("em")},
        {QStringLiteral("i"), QStringLiteral("em")},
        {QStringLiteral("strong"), QStringLiteral("strong")},
        {QStringLiteral("b"), QStringLiteral("strong")},
        {QStringLiteral("a"), QStringLiteral("a")},
        {QStringLiteral("ul"), QStringLiteral("ul")},
        {QStringLiteral("ol"), QStringLiteral("ol")},
        {QStringLiteral("li"), QStringLiteral("li")},
        {QStringLiteral("br"), QStringLiteral("br")},
        {QStringLiteral("table"), QStringLiteral("table")},
        {QStringLiteral("tr"), QStringLiteral("tr")},
        {QStringLiteral("td"), QStringLiteral("td")},
        {QStringLiteral("th"), QStringLiteral("th")},
    };
    return names.value(nitf.toString());
}

class NitfReader
{
public:
    explicit NitfReader(const QByteArray &xml) : m_xml(xml) { }

    ImportResult read()
    {
        Article &a = m_result.article;
        if (!nextElement())
            throw ImportError {QStringLiteral("is not XML with a root element")};
        const QString root = m_xml.name().toString();
        if (root == u"newsItem" || root == u"newsMessage" || root == u"packageItem")
            throw ImportError {QStringLiteral("is NewsML-G2, which Copydesk writes but does not "
                                              "read: ask the partner for NITF or ninjs")};
        if (root != u"nitf")
            throw ImportError {QStringLiteral("is XML but neither NITF nor NewsML-G2 (its root "
                                              "element is <%1>)")
                                   .arg(root)};
        const QString language =
            m_xml.attributes().value(QStringLiteral("xml:lang")).toString().trimmed();
        if (!language.isEmpty())
            a.language = language;
        QString title, abstract;
        while (nextElement()) {
            const QStringView name = m_xml.name();
            const QXmlStreamAttributes attributes = m_xml.attributes();
            if (name == u"title") {
                title = elementText();
            } else if (name == u"urgency") {
                m_result.warnings << QStringLiteral(
                    "the wire's urgency (%1) is not kept: an article has none")
                                         .arg(attributes.value(QStringLiteral("ed-urg")));
            } else if (name == u"date.release") {
                const QString norm = attributes.value(QStringLiteral("norm")).toString();
                a.embargoUntil = wireTime(norm);
                if (!a.embargoUntil.isValid())
                    throw ImportError {
                        QStringLiteral("has a date.release \"%1\" that is not a time").arg(norm)};
                m_result.warnings << QStringLiteral("under embargo until %1, as the wire says")
                                         .arg(isoTimestamp(a.embargoUntil));
            } else if (name == u"ed-msg") {
                const QString message =
                    (attributes.value(QStringLiteral("info")).toString() + u' ' + elementText())
                        .trimmed();
                if (!message.isEmpty()) {
                    a.notes += (a.notes.isEmpty() ? QString() : QStringLiteral("\n")) + message;
                    m_result.warnings
                        << QStringLiteral("the wire's editor's note is in the notes: %1")
                               .arg(message);
                }
            } else if (name == u"keyword") {
                const QString key = attributes.value(QStringLiteral("key")).toString().trimmed();
                if (!key.isEmpty() && !a.tags.contains(key))
                    a.tags << key;
            } else if (name == u"pubdata") {
                const QString section =
                    attributes.value(QStringLiteral("position.section")).toString().trimmed();
                if (!section.isEmpty() && a.section.isEmpty())
                    a.section = section;
            } else if (name == u"hl1") {
                a.headline = elementText();
            } else if (name == u"hl2" && inside(u"hedline")) {
                a.deck = elementText();
            } else if (name == u"byline") {
                readByline();
            } else if (name == u"dateline") {
                readDateline();
            } else if (name == u"abstract") {
                abstract = elementText();
            } else if (name == u"body.content") {
                a.body = pastedHtmlToMarkdown(bodyHtml(), &m_result.warnings);
            } else if (name == u"tagline") {
                a.signoff = elementText();
            } else if (name == u"media") {
                readMedia();
            }
        }
        if (m_xml.hasError())
            throw ImportError {QStringLiteral("is not well-formed XML: %1 (line %2, column %3)")
                                   .arg(m_xml.errorString())
                                   .arg(m_xml.lineNumber())
                                   .arg(m_xml.columnNumber())};
        if (a.headline.isEmpty())
            a.headline = title;
        if (a.deck.isEmpty())
            a.deck = abstract;
        finishWire(m_result, !language.isEmpty());
        return m_result;
    }

private:
    // To the next start element, refusing a DTD on the way; false at the end or on an error.
    bool nextElement()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD)
                refuseDtd();
            if (token == QXmlStreamReader::StartElement) {
                m_open << m_xml.name().toString();
                return true;
            }
            if (token == QXmlStreamReader::EndElement && !m_open.isEmpty())
                m_open.removeLast();
        }
        return false;
    }

    // Partners' NITF names its DTD (<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">), which the reader
    // never fetches: that is let through. An internal subset ([…]) is where entities and
    // attribute defaults would come from, and is refused.
    void refuseDtd() const
    {
        if (m_xml.entityDeclarations().isEmpty() && !m_xml.text().contains(u'['))
            return;
        if (!m_xml.entityDeclarations().isEmpty())
            throw ImportError {QStringLiteral("declares XML entities (<!ENTITY …>, line %1), which "
                                              "a wire file never needs and an attack uses; nothing "
                                              "was imported")
                                   .arg(m_xml.lineNumber())};
        throw ImportError {QStringLiteral("has a document type declaration with declarations of "
                                          "its own (<!DOCTYPE … [ … ]>, line %1); Copydesk reads "
                                          "NITF without them, so that nothing in the file is "
                                          "expanded: remove them")
                               .arg(m_xml.lineNumber())};
    }

    bool inside(QStringView parent) const
    {
        return m_open.size() >= 2 && m_open.at(m_open.size() - 2) == parent;
    }

    // The text of the current element and all inside it, whitespace collapsed; leaves the
    // reader on its end.
    QString elementText()
    {
        QString text;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            case QXmlStreamReader::Characters:
                text += m_xml.text();
                break;
            case QXmlStreamReader::DTD:
                refuseDtd();
                break;
            default:
                break;
            }
        }
        if (!m_open.isEmpty())
            m_open.removeLast();
        return text.simplified();
    }

    // <byline><person>NAME</person><byttl>ROLE<org>AFFILIATION</org></byttl></byline>, or
    // "By NAME" as text.
    void readByline()
    {
        Byline byline;
        QString loose;
        QStringList path; // the elements inside <byline> the reader is in
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                path << m_xml.name().toString();
            } else if (token == QXmlStreamReader::EndElement) {
                if (path.isEmpty())
                    break;
                path.removeLast();
            } else if (token == QXmlStreamReader::Characters) {
                if (path.contains(u"person"))
                    byline.name += m_xml.text();
                else if (path.contains(u"org"))
                    byline.affiliation += m_xml.text();
                else if (path.contains(u"byttl"))
                    byline.role += m_xml.text();
                else if (path.isEmpty())
                    loose += m_xml.text();
            }
        }
        m_open.removeLast();
        byline.name = byline.name.simplified();
        byline.role = byline.role.simplified();
        byline.affiliation = byline.affiliation.simplified();
        if (!byline.name.isEmpty()) {
            m_result.article.bylines << byline;
            return;
        }
        loose = loose.simplified();
        if (loose.isEmpty())
            return;
        const QString line = loose.startsWith(QLatin1StringView("By "), Qt::CaseInsensitive)
            ? loose
            : QStringLiteral("By ") + loose;
        m_result.article.bylines << ReadingConventions::parseEnglishByline(line).value_or(
            QList<Byline> {Byline {loose, byline.role, {}}});
    }

    // <dateline><location>PLACE</location><story.date norm="…">DATE</story.date></dateline>,
    // or the dateline as a phrase.
    void readDateline()
    {
        Dateline &dateline = m_result.article.dateline;
        QString place, date, dateText, loose;
        int depth = 1;
        bool inLocation = false, inDate = false;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                if (m_xml.name() == u"location")
                    inLocation = true;
                if (m_xml.name() == u"story.date") {
                    inDate = true;
                    const QString norm =
                        m_xml.attributes().value(QStringLiteral("norm")).toString().trimmed();
                    static const QRegularExpression isoDate(
                        QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})"));
                    if (const auto m = isoDate.match(norm); m.hasMatch())
                        date = QStringLiteral("%1-%2-%3")
                                   .arg(m.captured(1), m.captured(2), m.captured(3));
                }
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                if (m_xml.name() == u"location")
                    inLocation = false;
                if (m_xml.name() == u"story.date")
                    inDate = false;
                break;
            case QXmlStreamReader::Characters:
                if (inLocation)
                    place += m_xml.text();
                else if (inDate)
                    dateText += m_xml.text();
                else
                    loose += m_xml.text();
                break;
            default:
                break;
            }
        }
        m_open.removeLast();
        place = place.simplified();
        loose = loose.simplified();
        if (place.isEmpty() && !loose.isEmpty()) {
            dateline = datelineFromPhrase(loose);
            if (dateline.isEmpty())
                dateline.place = loose;
        } else {
            dateline.place = place;
        }
        if (date.isEmpty())
            date = dateText.simplified();
        if (!date.isEmpty())
            dateline.date = date;
    }

    // A picture the wire names: its address and what it says of it, never its bytes.
    void readMedia()
    {
        QString source, caption, credit;
        int depth = 1;
        QString child;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                child = m_xml.name().toString();
                if (child == u"media-reference" && source.isEmpty())
                    source = m_xml.attributes().value(QStringLiteral("source")).toString();
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                child.clear();
                break;
            case QXmlStreamReader::Characters:
                if (child == u"media-caption")
                    caption += m_xml.text();
                else if (child == u"media-producer")
                    credit += m_xml.text();
                break;
            default:
                break;
            }
        }
        m_open.removeLast();
        caption = caption.simplified();
        credit = credit.simplified();
        m_result.warnings
            << QStringLiteral("photo %1 not imported: the wire carries only its "
                              "address%2")
                   .arg(source.isEmpty() ? QStringLiteral("(no address)") : source,
                       caption.isEmpty() && credit.isEmpty()
                           ? QString()
                           : QStringLiteral(" (caption “%1”, credit “%2”)").arg(caption, credit));
    }

    // body.content as HTML for the importer's HTML reader: the elements it knows renamed,
    // the text escaped, pictures reported and left out.
    QString bodyHtml()
    {
        QString html;
        QStringList closing;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement: {
                ++depth;
                if (m_xml.name() == u"media") {
                    m_open << QStringLiteral("media");
                    readMedia();
                    --depth;
                    break;
                }
                const QString tag = htmlNameOf(m_xml.name());
                closing << tag;
                if (tag.isEmpty())
                    break;
                html += u'<' + tag;
                if (tag == u"a") {
                    const QString href =
                        m_xml.attributes().value(QStringLiteral("href")).toString();
                    html += QStringLiteral(" href=\"") + href.toHtmlEscaped() + u'"';
                }
                html += u'>';
                break;
            }
            case QXmlStreamReader::EndElement: {
                if (--depth == 0)
                    break;
                const QString tag = closing.isEmpty() ? QString() : closing.takeLast();
                if (!tag.isEmpty() && tag != u"br")
                    html += QStringLiteral("</") + tag + u'>';
                break;
            }
            case QXmlStreamReader::Characters:
                html += m_xml.text().toString().toHtmlEscaped();
                break;
            case QXmlStreamReader::DTD:
                refuseDtd();
                break;
            default:
                break;
            }
        }
        m_open.removeLast();
        return html;
    }

    QXmlStreamReader m_xml;
    QStringList m_open; // the elements the reader is inside, outermost first
    ImportResult m_result;
};

} // namespace

ImportResult readNitf(const QByteArray &xml)
{
    return NitfReader(xml).read();
}

} // namespace Importer
