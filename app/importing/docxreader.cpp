// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxreader.h"

#include "model/articlemedia.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <utility>

namespace DocxReader {

namespace {

struct Archive
{
    QHash<QString, QuaZipFileInfo64> entries;
};

// Inflates one entry, refusing to go past the limits whatever the archive claims: an entry's,
// and what is left of the whole document's (`budget`, in bytes, counted down).
std::optional<QByteArray> inflate(QuaZip &zip, const QString &name, qint64 *budget, QString *error)
{
    if (!zip.setCurrentFile(name, QuaZip::csSensitive))
        return QByteArray(); // absent: the caller decides whether that matters
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("cannot read %1 inside the archive (damaged or encrypted)").arg(name);
        return std::nullopt;
    }
    QByteArray data;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 got = file.read(buffer, sizeof buffer);
        if (got < 0) {
            *error = QStringLiteral("the archive is damaged (%1 cannot be inflated)").arg(name);
            return std::nullopt;
        }
        if (got == 0)
            break;
        data.append(buffer, got);
        *budget -= got;
        if (data.size() > kMaxEntryBytes) {
            *error =
                QStringLiteral("%1 inflates to more than %2 MB: refused as a possible zip bomb")
                    .arg(name)
                    .arg(kMaxEntryBytes / (1024 * 1024));
            return std::nullopt;
        }
        if (*budget < 0) {
            *error = QStringLiteral("inflates to more than %1 MB in all: refused as a possible "
                                    "zip bomb")
                         .arg(kMaxTotalBytes / (1024 * 1024));
            return std::nullopt;
        }
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        *error = QStringLiteral("the archive is damaged (checksum error in %1)").arg(name);
        return std::nullopt;
    }
    return data;
}

bool isOn(const QXmlStreamReader &xml)
{
    const QStringView value = xml.attributes().value(QStringLiteral("w:val"));
    return value.isEmpty() || (value != u"0" && value != u"false" && value != u"none");
}

QString wVal(const QXmlStreamReader &xml)
{
    return xml.attributes().value(QStringLiteral("w:val")).toString();
}

// Style ids → their names ("Heading1" → "heading 1"), so localised ids still read.
QHash<QString, QString> readStyles(const QByteArray &xmlData)
{
    QHash<QString, QString> names;
    QXmlStreamReader xml(xmlData);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"style")
            current = xml.attributes().value(QStringLiteral("w:styleId")).toString();
        else if (xml.name() == u"name" && !current.isEmpty())
            names.insert(current, wVal(xml).toLower());
    }
    return names;
}

// numId → level → whether the list is numbered (decimal) rather than bulleted.
QHash<QString, QHash<int, bool>> readNumbering(const QByteArray &xmlData)
{
    QHash<QString, QHash<int, bool>> abstracts;
    QHash<QString, QString> numToAbstract;
    QXmlStreamReader xml(xmlData);
    QString abstractId;
    QString numId;
    int level = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"abstractNum") {
            abstractId = attributes.value(QStringLiteral("w:abstractNumId")).toString();
            numId.clear();
        } else if (xml.name() == u"lvl") {
            level = attributes.value(QStringLiteral("w:ilvl")).toInt();
        } else if (xml.name() == u"numFmt" && !abstractId.isEmpty()) {
            abstracts[abstractId][level] = wVal(xml) != u"bullet";
        } else if (xml.name() == u"num") {
            numId = attributes.value(QStringLiteral("w:numId")).toString();
            abstractId.clear();
        } else if (xml.name() == u"abstractNumId" && !numId.isEmpty()) {
            numToAbstract.insert(numId, wVal(xml));
        }
    }
    QHash<QString, QHash<int, bool>> result;
    for (auto it = numToAbstract.cbegin(); it != numToAbstract.cend(); ++it)
        result.insert(it.key(), abstracts.value(it.value()));
    return result;
}

QHash<QString, QString> readLinks(const QByteArray &xmlData)
{
    QHash<QString, QString> links;
    QXmlStreamReader xml(xmlData);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const auto attributes = xml.attributes();
            links.insert(attributes.value(QStringLiteral("Id")).toString(),
                attributes.value(QStringLiteral("Target")).toString());
        }
    }
    return links;
}

struct Run
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString link;
};

QString wrapped(const QString &text, const QString &mark)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || mark.isEmpty())
        return text;
    const qsizetype lead = text.indexOf(trimmed);
    return text.left(lead) + mark + trimmed + mark + text.mid(lead + trimmed.size());
}

QString markdownOf(const QList<Run> &runs)
{
    // Adjacent runs with the same formatting are one span (Word splits runs at every edit).
    QList<Run> merged;
    for (const Run &run : runs) {
        if (!merged.isEmpty() && merged.last().bold == run.bold
            && merged.last().italic == run.italic && merged.last().link == run.link)
            merged.last().text += run.text;
        else
            merged << run;
    }
    QString out;
    for (const Run &run : merged) {
        QString mark;
        if (run.bold)
            mark += QStringLiteral("**");
        if (run.italic)
            mark += u'*';
        QString text = wrapped(run.text, mark);
        const bool linkable = run.link.startsWith(QLatin1StringView("http://"))
            || run.link.startsWith(QLatin1StringView("https://"))
            || run.link.startsWith(QLatin1StringView("mailto:"));
        if (linkable && !run.text.trimmed().isEmpty())
            text = QStringLiteral("[%1](%2)").arg(text.trimmed(), run.link);
        out += text;
    }
    return out;
}

} // namespace

QString picturePlaceholder(qsizetype number)
{
    return QStringLiteral("media:picture-%1").arg(number);
}

std::optional<Document> read(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Document> {
        *error = why;
        return std::nullopt;
    };
    if (!bytes.startsWith("PK\x03\x04"))
        return fail(QStringLiteral("is not a Word document (.docx files are zip archives; this "
                                   "is not one — an old .doc? save it as .docx)"));
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(QStringLiteral("is not a readable zip archive (damaged or truncated)"));

    // Check what the archive declares before inflating anything.
    const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
    if (entries.isEmpty() || entries.size() > 10000)
        return fail(QStringLiteral("is not a Word document (unexpected archive contents)"));
    quint64 total = 0;
    bool hasDocument = false;
    for (const QuaZipFileInfo64 &entry : entries) {
        if (entry.isEncrypted())
            return fail(QStringLiteral("is encrypted or password-protected; remove the password "
                                       "in Word and import it again"));
        if (entry.name.contains(QLatin1StringView("..")) || entry.name.startsWith(u'/'))
            return fail(QStringLiteral("is not a Word document (odd paths in the archive)"));
        if (entry.method != 0 && entry.method != 8)
            return fail(QStringLiteral("uses an unsupported zip compression method"));
        total += entry.uncompressedSize;
        if (entry.uncompressedSize > quint64(kMaxEntryBytes))
            return fail(QStringLiteral("%1 would inflate to more than %2 MB: refused as a "
                                       "possible zip bomb")
                            .arg(entry.name)
                            .arg(kMaxEntryBytes / (1024 * 1024)));
        if (total > quint64(kMaxTotalBytes))
            return fail(QStringLiteral("would inflate to more than %1 MB in all: refused as a "
                                       "possible zip bomb")
                            .arg(kMaxTotalBytes / (1024 * 1024)));
        if (entry.uncompressedSize > 1024 * 1024
            && entry.uncompressedSize > quint64(kMaxRatio) * qMax<quint64>(1, entry.compressedSize))
            return fail(QStringLiteral("compresses %1 more than %2 times: refused as a possible "
                                       "zip bomb")
                            .arg(entry.name)
                            .arg(kMaxRatio));
        hasDocument = hasDocument || entry.name == u"word/document.xml";
    }
    if (!hasDocument)
        return fail(
            QStringLiteral("is a zip archive but not a Word document (no word/document.xml)"));

    // The sizes above are what the archive claims; inflating checks what it really holds.
    QString problem;
    qint64 budget = kMaxTotalBytes;
    std::optional<QByteArray> documentXml, stylesXml, numberingXml, relsXml;
    if (!(documentXml = inflate(zip, QStringLiteral("word/document.xml"), &budget, &problem))
        || !(stylesXml = inflate(zip, QStringLiteral("word/styles.xml"), &budget, &problem))
        || !(numberingXml = inflate(zip, QStringLiteral("word/numbering.xml"), &budget, &problem))
        || !(relsXml =
                 inflate(zip, QStringLiteral("word/_rels/document.xml.rels"), &budget, &problem)))
        return fail(problem);

    const QHash<QString, QString> styles = readStyles(*stylesXml);
    const QHash<QString, QHash<int, bool>> numbering = readNumbering(*numberingXml);
    const QHash<QString, QString> links = readLinks(*relsXml);
    static const QRegularExpression headingName(
        QStringLiteral("^heading\\s*(\\d)$"), QRegularExpression::CaseInsensitiveOption);

    Document document;
    QStringList blocks;
    QXmlStreamReader xml(*documentXml);
    QList<Run> runs;
    Run run;
    QString style;
    QString numId;
    int listLevel = -1;
    QString link;
    int deleted = 0; // inside <w:del>: tracked deletions are not text
    QString pictureAlt; // the description of the drawing being read (wp:docPr descr)
    QStringList pictureBlocks; // the pictures of the paragraph being read
    QHash<QString, int> listCounters;
    bool previousWasList = false;

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"p") {
                runs.clear();
                style.clear();
                numId.clear();
                listLevel = -1;
            } else if (name == u"pStyle") {
                style = wVal(xml);
            } else if (name == u"ilvl") {
                listLevel = wVal(xml).toInt();
            } else if (name == u"numId") {
                numId = wVal(xml);
            } else if (name == u"r") {
                run = Run {};
                run.link = link;
            } else if (name == u"b") {
                run.bold = isOn(xml);
            } else if (name == u"i") {
                run.italic = isOn(xml);
            } else if (name == u"t" && deleted == 0) {
                run.text += xml.readElementText();
            } else if (name == u"tab" && deleted == 0) {
                run.text += u' ';
            } else if ((name == u"br" || name == u"cr") && deleted == 0) {
                run.text += u' ';
            } else if (name == u"hyperlink") {
                link = links.value(xml.attributes().value(QStringLiteral("r:id")).toString());
            } else if (name == u"del") {
                ++deleted;
            } else if (name == u"docPr" && deleted == 0) {
                pictureAlt =
                    xml.attributes().value(QStringLiteral("descr")).toString().simplified();
            } else if (name == u"blip" && deleted == 0) {
                const auto attributes = xml.attributes();
                const QString embed = attributes.value(QStringLiteral("r:embed")).toString();
                const QString target = links.value(embed);
                if (embed.isEmpty() || target.isEmpty()) {
                    document.warnings << QStringLiteral("a picture linked to a file outside the "
                                                        "document was left out (only pictures "
                                                        "saved in it are imported)");
                    continue;
                }
                // Targets are relative to word/ ("media/image1.png"), or absolute in the archive.
                const QString path =
                    target.startsWith(u'/') ? target.mid(1) : QStringLiteral("word/") + target;
                std::optional<QByteArray> picture;
                if (!path.contains(QLatin1StringView("..")))
                    picture = inflate(zip, path, &budget, &problem);
                if (!picture || picture->isEmpty()) {
                    document.warnings << QStringLiteral("the picture %1 could not be read from "
                                                        "the document: left out")
                                             .arg(target.section(u'/', -1));
                    problem.clear();
                    continue;
                }
                document.pictures.append({target.section(u'/', -1), pictureAlt, *picture});
                pictureBlocks << Copydesk::photoMarkdown(
                    pictureAlt, picturePlaceholder(document.pictures.size()));
                pictureAlt.clear();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == u"r") {
                if (!run.text.isEmpty())
                    runs << run;
            } else if (name == u"hyperlink") {
                link.clear();
            } else if (name == u"del") {
                --deleted;
            } else if (name == u"p") {
                const QString text = markdownOf(runs).trimmed();
                const QString styleName = styles.value(style, style).toLower();
                const auto heading = headingName.match(styleName.isEmpty() ? style : styleName);
                const bool isList = !numId.isEmpty() && numId != u"0";
                // A paragraph's pictures stand after its text, each a block of its own.
                const QStringList pictures = std::exchange(pictureBlocks, {});
                const auto addPictures = qScopeGuard([&] {
                    blocks << pictures;
                    if (!pictures.isEmpty())
                        previousWasList = false;
                });
                if (text.isEmpty())
                    continue;
                if ((styleName == u"title" || style == u"Title") && document.headline.isEmpty()) {
                    document.headline = text;
                    previousWasList = false;
                } else if (heading.hasMatch()
                    || QRegularExpression(QStringLiteral("^Heading(\\d)$"))
                           .match(style)
                           .hasMatch()) {
                    const int level = heading.hasMatch() ? heading.captured(1).toInt()
                                                         : style.back().digitValue();
                    blocks << QString(qBound(1, level, 6), u'#') + u' ' + text;
                    previousWasList = false;
                } else if (isList) {
                    // Word's lists have nine levels, 0–8. A larger w:ilvl is read as the
                    // deepest: 1,000,000,000 asked for an indent of 4 GB, and 1,500,000,000
                    // overflowed 2 * level.
                    const int level = qBound(0, listLevel, 8);
                    const bool numbered = numbering.value(numId).value(level, false);
                    const QString key = numId + u'/' + QString::number(level);
                    if (!previousWasList)
                        listCounters.clear();
                    const int number = ++listCounters[key];
                    const QString item = QString(2 * level, u' ')
                        + (numbered ? QStringLiteral("%1. ").arg(number) : QStringLiteral("- "))
                        + text;
                    if (previousWasList)
                        blocks.last() += u'\n' + item;
                    else
                        blocks << item;
                    previousWasList = true;
                } else {
                    blocks << text;
                    previousWasList = false;
                }
            }
        }
    }
    if (xml.hasError())
        return fail(QStringLiteral("is a damaged Word document (word/document.xml: %1)")
                        .arg(xml.errorString()));
    document.markdown = blocks.join(QStringLiteral("\n\n"));
    return document;
}

} // namespace DocxReader
