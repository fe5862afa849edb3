// SPDX-License-Identifier: GPL-3.0-or-later
// Every format an import reads (plain text, Markdown with front matter, HTML pages, article
// JSON, Word with its pictures) into one ImportResult: they share the block splitting and the one
// finish() step, so they are read side by side.
#include "importer.h"

#include "media/photo.h"
#include "model/articlemedia.h"

#include "copycleanup.h"
#include "docxreader.h"
#include "htmlreader.h"
#include "iptcreader.h"
#include "readingconventions.h"
#include "script/chinesescript.h"
#include "textencoding.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>
#include <string_view>
#include <utility>

namespace Importer {

namespace {

enum class Format { Text, Markdown, Html, Docx, Json, Xml };

// The extensions read by name; anything else is read by what its content says.
constexpr std::pair<std::u16string_view, Format> kSuffixes[] = {
    {u"md", Format::Markdown},
    {u"markdown", Format::Markdown},
    {u"html", Format::Html},
    {u"htm", Format::Html},
    {u"xhtml", Format::Html},
    {u"docx", Format::Docx},
    {u"json", Format::Json},
    {u"nitf", Format::Xml},
    {u"xml", Format::Xml},
    {u"txt", Format::Text},
    {u"text", Format::Text},
};

Format formatOf(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &[known, format] : kSuffixes) {
        if (QStringView(suffix) == QStringView(known.data(), qsizetype(known.size())))
            return format;
    }
    // Unknown extension: what the content says.
    if (bytes.startsWith("PK\x03\x04"))
        return Format::Docx;
    const QByteArray head = bytes.left(1024).trimmed().toLower();
    if (head.startsWith('{'))
        return Format::Json;
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body"))
        return Format::Html;
    if (head.startsWith("---\n") || head.startsWith("---\r\n"))
        return Format::Markdown;
    if (head.startsWith("<?xml") || head.startsWith("<nitf"))
        return Format::Xml;
    return Format::Text;
}

bool endsSentence(QStringView line)
{
    static const QString enders = QStringLiteral(".!?。！？…\"”」』:：");
    return !line.isEmpty() && enders.contains(line.back());
}

bool isListLine(QStringView line)
{
    static const QRegularExpression item(QStringLiteral("^(?:[-*+•·]|\\d{1,3}[.)、])\\s+\\S"));
    return item.match(line).hasMatch();
}

// A line that stands on its own whatever the wrapping: credits, editor, sign-off, labels.
bool isConventionLine(const QString &line)
{
    const QString text = CopyCleanup::fullWidthChinesePunctuation(line.trimmed());
    return ReadingConventions::parseReporterLine(text) || ReadingConventions::parseEditorLine(text)
        || ReadingConventions::parseWireSignoff(text) || ReadingConventions::isFurnitureLabel(text);
}

// Joins hard-wrapped lines of one paragraph: a space between Latin words, nothing between
// Chinese characters.
QString joinWrapped(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines) {
        const QString part = line.trimmed();
        if (part.isEmpty())
            continue;
        if (!text.isEmpty()) {
            const bool cjk = CopyCleanup::isChineseContext(text.back().unicode())
                && CopyCleanup::isChineseContext(part.front().unicode());
            if (!cjk)
                text += u' ';
        }
        text += part;
    }
    return text;
}

// Paragraphs of plain text. Wire copy has one paragraph per line; text saved from a mail or
// typed in an editor may hard-wrap paragraphs and separate them with blank lines.
QStringList plainTextBlocks(const QStringList &lines)
{
    QList<QStringList> groups {{}};
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!groups.last().isEmpty())
                groups.append(QStringList());
        } else {
            groups.last() << line;
        }
    }
    if (groups.last().isEmpty())
        groups.removeLast();

    QStringList blocks;
    for (const QStringList &group : groups) {
        // Within a group: a paragraph per line unless the lines look hard-wrapped.
        int open = 0;
        for (qsizetype i = 0; i + 1 < group.size(); ++i)
            open += endsSentence(group.at(i).trimmed()) || isListLine(group.at(i + 1).trimmed())
                ? 0
                : 1;
        const bool wrapped = groups.size() > 1 && group.size() > 1 && open * 2 >= group.size() - 1
            && std::none_of(group.cbegin(), group.cend(), isConventionLine);
        if (wrapped) {
            blocks << joinWrapped(group);
            continue;
        }
        QStringList list;
        for (const QString &line : group) {
            const QString text = line.trimmed();
            if (isListLine(text)) {
                list << text;
                continue;
            }
            if (!list.isEmpty()) {
                blocks << list.join(u'\n');
                list.clear();
            }
            blocks << text;
        }
        if (!list.isEmpty())
            blocks << list.join(u'\n');
    }
    return blocks;
}

// Whether a first line reads as the start of the story rather than a headline.
bool clearlyNotHeadline(const QString &line)
{
    if (ReadingConventions::parseChineseNewsHeader(line)
        || ReadingConventions::parseEnglishDateline(line)
        || ReadingConventions::parseEnglishByline(line))
        return true;
    const TextCounts counts = countText(line);
    return counts.cjkChars > 60 || counts.words > 30;
}

QStringList markdownBlocks(const QString &markdown)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n+"));
    QStringList blocks;
    for (const QString &block : markdown.split(blank, Qt::SkipEmptyParts)) {
        const QString text = block.trimmed();
        if (!text.isEmpty())
            blocks << text;
    }
    return blocks;
}

// What all formats share once the text is in blocks: cleanup, conventions, language.
void finish(ImportResult &result, QStringList blocks, bool raw, bool plainText, bool languageGiven)
{
    Article &article = result.article;
    if (!raw) {
        const QString headline = article.headline.trimmed();
        if (CopyCleanup::containsHan(article.headline))
            article.headline = CopyCleanup::removePinyinDebris(article.headline);
        article.headline = CopyCleanup::fullWidthChinesePunctuation(article.headline).trimmed();
        if (article.headline != headline)
            result.warnings << QStringLiteral("cleaned up the headline: “%1” → “%2”")
                                   .arg(headline, article.headline);
        QString joined = blocks.join(QStringLiteral("\n\n"));
        joined = CopyCleanup::cleanUpChineseText(joined, &result.warnings);
        blocks = markdownBlocks(joined);
        ReadingConventions::apply(article, blocks, &result.warnings, plainText);
    }
    article.body = blocks.join(QStringLiteral("\n\n"));
    if (!languageGiven) {
        article.language = ChineseScript::detectLanguage(article.headline + u'\n' + article.body);
        if (!raw)
            result.warnings << QStringLiteral("detected the language as %1").arg(article.language);
    }
    if (article.headline.isEmpty())
        result.warnings << QStringLiteral("no headline found; write one before publishing");
}

// Article fields never need YAML's aliases, and an alias is how a front matter becomes a bomb:
// one that refers to itself never ends, a chain of them ("billion laughs") grows to gigabytes.
// Its events are read first and an alias refused before any node is built.
class AliasRefusal : public YAML::EventHandler
{
public:
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        throw ImportError {QStringLiteral("the front matter uses a YAML alias (*name, line %1); "
                                          "article fields are written out, not referred to")
                               .arg(mark.line + 2)};
    }
    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(
        const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override
    {
    }
    void OnSequenceStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
    }
    void OnSequenceEnd() override { }
    void OnMapStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
    }
    void OnMapEnd() override { }
};

YAML::Node loadFrontMatter(const std::string &yaml)
{
    std::istringstream stream(yaml);
    YAML::Parser parser(stream);
    AliasRefusal refusal;
    // The first document only, the one YAML::Load builds: asked for the next one again and
    // again, yaml-cpp 0.7 answers "there is one" for ever on a front matter of a lone ",".
    parser.HandleNextDocument(refusal);
    return YAML::Load(yaml);
}

QJsonValue jsonOf(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(jsonOf(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(
                QString::fromStdString(entry.first.as<std::string>()), jsonOf(entry.second));
        return object;
    }
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    default:
        return QJsonValue::Null;
    }
}

// Front matter keys as written by hand, mapped onto the article's JSON fields.
QJsonObject articleFieldsOf(const QJsonObject &frontMatter, QStringList *warnings)
{
    QJsonObject fields;
    const QStringList known = Article::editableFields();
    for (auto it = frontMatter.begin(); it != frontMatter.end(); ++it) {
        QString key = it.key().trimmed().toLower().replace(u'-', u'_');
        QJsonValue value = it.value();
        if (key == u"title")
            key = QStringLiteral("headline");
        else if (key == u"subtitle" || key == u"dek" || key == u"subhead")
            key = QStringLiteral("deck");
        else if (key == u"author" || key == u"authors" || key == u"byline")
            key = QStringLiteral("bylines");
        else if (key == u"lang")
            key = QStringLiteral("language");
        else if (key == u"tag" || key == u"keywords")
            key = QStringLiteral("tags");
        else if (key == u"date" && !frontMatter.contains(QStringLiteral("dateline")))
            value = QJsonObject {{QStringLiteral("date"), value}}, key = QStringLiteral("dateline");

        if (key == u"bylines" && value.isString())
            value = QJsonArray {value};
        if (key == u"tags" && value.isString()) {
            QJsonArray tags;
            for (const QString &tag : value.toString().split(u',', Qt::SkipEmptyParts))
                tags.append(tag.trimmed());
            value = tags;
        }
        if (key == u"dateline" && value.isString())
            value = QJsonObject {{QStringLiteral("place"), value}};
        if (key == u"target_length" && value.isString())
            value = value.toString().toInt();
        if (key == u"body" || !known.contains(key) || key.contains(u'.')) {
            if (warnings)
                warnings->append(
                    QStringLiteral("ignored the front matter key \"%1\"").arg(it.key()));
            continue;
        }
        fields.insert(key, value);
    }
    return fields;
}

} // namespace

ImportResult readPlainText(const QString &input, bool raw)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    ImportResult result;
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (raw) {
        if (!lines.isEmpty())
            result.article.headline = lines.takeFirst().trimmed();
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        result.article.body = lines.join(u'\n');
        result.article.language =
            ChineseScript::detectLanguage(result.article.headline + u'\n' + result.article.body);
        return result;
    }
    QStringList blocks = plainTextBlocks(lines);
    if (!blocks.isEmpty()) {
        // The headline is the first line, after the same cleanup as the rest.
        const QString first = CopyCleanup::removePinyinDebris(blocks.first().section(u'\n', 0, 0));
        if (clearlyNotHeadline(CopyCleanup::fullWidthChinesePunctuation(first))) {
            result.warnings << QStringLiteral("the first line reads as the start of the story, "
                                              "not a headline");
        } else {
            result.article.headline = blocks.first().section(u'\n', 0, 0).trimmed();
            const QString rest = blocks.first().section(u'\n', 1).trimmed();
            if (rest.isEmpty())
                blocks.removeFirst();
            else
                blocks.first() = rest;
        }
    }
    finish(result, blocks, false, true, false);
    return result;
}

ImportResult readMarkdown(const QString &input, bool raw)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    ImportResult result;
    bool languageGiven = false;

    static const QRegularExpression frontMatter(
        QStringLiteral("^---[ \\t]*\\n(.*?\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\n|$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = frontMatter.match(text);
    if (match.hasMatch()) {
        QJsonValue parsed;
        try {
            parsed = jsonOf(loadFrontMatter(match.captured(1).toStdString()));
        } catch (const YAML::Exception &e) {
            throw ImportError {QStringLiteral("the front matter is not valid YAML: %1 (line %2)")
                                   .arg(QString::fromStdString(e.msg))
                                   .arg(e.mark.line + 2)};
        }
        if (!parsed.isObject() && !parsed.isNull())
            throw ImportError {QStringLiteral("the front matter must be a map of article fields "
                                              "(headline: …, bylines: …)")};
        const QJsonObject fields = articleFieldsOf(parsed.toObject(), &result.warnings);
        QString error;
        const auto article = Article::fromJson(fields, &error);
        if (!article)
            throw ImportError {
                QStringLiteral("the front matter does not describe an article: %1").arg(error)};
        result.article = *article;
        languageGiven = fields.contains(QStringLiteral("language"));
        text = text.mid(match.capturedEnd());
    }

    if (raw) {
        result.article.body = text.trimmed();
        if (result.article.headline.isEmpty()) {
            result.article.headline = result.article.body.section(u'\n', 0, 0).trimmed();
            result.article.headline.remove(QRegularExpression(QStringLiteral("^#+\\s+")));
            result.article.body = result.article.body.section(u'\n', 1).trimmed();
        }
        if (!languageGiven)
            result.article.language = ChineseScript::detectLanguage(
                result.article.headline + u'\n' + result.article.body);
        return result;
    }

    QStringList blocks = markdownBlocks(text);
    if (result.article.headline.isEmpty() && !blocks.isEmpty()) {
        static const QRegularExpression heading(QStringLiteral("^#{1,2}\\s+(.+)$"));
        const auto h = heading.match(blocks.first());
        if (h.hasMatch() && !blocks.first().contains(u'\n')) {
            result.article.headline = h.captured(1).trimmed();
            blocks.removeFirst();
        } else if (!blocks.first().contains(u'\n') && !clearlyNotHeadline(blocks.first())) {
            result.article.headline = blocks.takeFirst().trimmed();
        }
    }
    finish(result, blocks, false, false, languageGiven);
    return result;
}

namespace {

// Takes a picture's line (`![alt](PLACEHOLDER)`) out of the body.
void removePlaceholder(QString &body, const QString &placeholder)
{
    body.replace(QRegularExpression(QStringLiteral("\\n*!\\[[^\\n]*\\]\\(%1\\)\\n*")
                                        .arg(QRegularExpression::escape(placeholder))),
        QStringLiteral("\n\n"));
    body = body.trimmed();
}

// A picture of the file as a photo of the article: checked by decoding it, given a photo id,
// its placeholder in the body (`![alt](PLACEHOLDER)`) pointed at that id. One that is not a
// photo (or too large, or damaged) is left out with its placeholder, and the reporter told.
void addPicture(ImportResult &result, const QString &placeholder, const QString &name,
    const QString &alt, const QByteArray &bytes)
{
    QString &body = result.article.body;
    Copydesk::PhotoFile checked;
    try {
        checked = Copydesk::inspectPhoto(bytes, name);
    } catch (const Copydesk::Error &error) {
        result.warnings << QStringLiteral("picture left out: %1").arg(error.message());
        removePlaceholder(body, placeholder);
        return;
    }
    Copydesk::Photo photo;
    photo.id = Copydesk::Photo::newId(result.article.media);
    photo.sha256 = checked.sha256;
    photo.filename = name;
    photo.mime = checked.mime;
    photo.width = checked.width;
    photo.height = checked.height;
    photo.bytes = checked.bytes;
    photo.caption = checked.caption;
    photo.credit = checked.credit;
    photo.alt = alt.isEmpty() ? checked.alt : alt;
    result.article.media.append(photo);
    body.replace(u'(' + placeholder + u')', QStringLiteral("(media:%1)").arg(photo.id));
    const bool known = std::any_of(result.originals.cbegin(), result.originals.cend(),
        [&](const ImportedOriginal &o) { return o.sha256 == checked.sha256; });
    if (!known)
        result.originals.append(
            {checked.sha256, checked.mime, checked.width, checked.height, bytes});
}

// The pictures a saved page names: those in the folder it was saved with (a page saved
// "complete", its _files folder beside it) or written into it (data: URLs) become photos; the
// web is never asked for one, and nothing outside the page's folder is read.
void addPageImages(
    ImportResult &result, const QList<HtmlReader::Page::Image> &images, const QString &folder)
{
    const QString root = folder.isEmpty() ? QString() : QFileInfo(folder).canonicalFilePath();
    for (qsizetype i = 0; i < images.size(); ++i) {
        const HtmlReader::Page::Image &image = images.at(i);
        const QString placeholder = HtmlReader::imagePlaceholder(i + 1);
        const QString shown =
            image.src.size() > 80 ? image.src.left(77) + QStringLiteral("…") : image.src;
        const auto leaveOut = [&](const QString &why) {
            result.warnings << QStringLiteral("picture %1 left out: %2").arg(shown, why);
            removePlaceholder(result.article.body, placeholder);
        };
        const QUrl url(image.src);
        const QString scheme = url.scheme().toLower();
        if (scheme == u"data") {
            // data:image/png;base64,…
            const qsizetype comma = image.src.indexOf(u',');
            const QString header = image.src.left(comma);
            if (comma < 0 || !header.endsWith(QLatin1StringView(";base64"), Qt::CaseInsensitive)) {
                leaveOut(QStringLiteral("a data: address that is not base64"));
                continue;
            }
            const QByteArray bytes = QByteArray::fromBase64(image.src.mid(comma + 1).toLatin1());
            addPicture(
                result, placeholder, QStringLiteral("picture-%1").arg(i + 1), image.alt, bytes);
            continue;
        }
        if (!scheme.isEmpty() && scheme != u"file" && scheme.size() > 1) {
            leaveOut(QStringLiteral("on the web (pictures are never downloaded: save the page "
                                    "complete, or attach the photo)"));
            continue;
        }
        if (image.src.startsWith(QLatin1StringView("//"))) {
            leaveOut(QStringLiteral("on the web (pictures are never downloaded)"));
            continue;
        }
        if (root.isEmpty()) {
            leaveOut(QStringLiteral("a file beside the page: import the page from its folder"));
            continue;
        }
        const QString path = scheme == u"file" ? url.toLocalFile()
                                               : root + u'/'
                + QUrl::fromPercentEncoding(
                    image.src.section(u'#', 0, 0).section(u'?', 0, 0).toUtf8());
        const QFileInfo file(path);
        const QString real = file.canonicalFilePath();
        if (real.isEmpty() || !file.isFile()) {
            leaveOut(QStringLiteral("no such file beside the page"));
            continue;
        }
        if (!real.startsWith(root + u'/')) {
            leaveOut(QStringLiteral("outside the page's folder (not read)"));
            continue;
        }
        if (file.size() > Copydesk::kMaxPhotoBytes) {
            leaveOut(
                QStringLiteral("larger than %1 MB").arg(Copydesk::kMaxPhotoBytes / (1024 * 1024)));
            continue;
        }
        QFile source(real);
        if (!source.open(QIODevice::ReadOnly)) {
            leaveOut(source.errorString());
            continue;
        }
        addPicture(result, placeholder, file.fileName(), image.alt, source.readAll());
    }
}

// The folder of a page read from a file, for the pictures saved beside it.
QString pageFolder(const QString &fileName)
{
    const QFileInfo file(fileName);
    return file.isFile() ? file.absolutePath() : QString();
}

} // namespace

ImportResult readHtmlPage(const QString &html, bool raw, const QString &folder)
{
    ImportResult result;
    const HtmlReader::Page page = HtmlReader::readPage(html, &result.warnings);
    result.article.headline = page.headline;
    QStringList blocks = markdownBlocks(page.markdown);
    if (result.article.headline.isEmpty() && !blocks.isEmpty())
        result.article.headline =
            blocks.takeFirst().remove(QRegularExpression(QStringLiteral("^#+\\s*")));
    if (!page.author.isEmpty() && !raw) {
        if (auto bylines =
                ReadingConventions::parseEnglishByline(QStringLiteral("By ") + page.author))
            result.article.bylines = *bylines;
        else
            result.article.bylines = {Byline {page.author, {}, {}}};
    }
    finish(result, blocks, raw, false, false);
    addPageImages(result, page.images, folder);
    return result;
}

ImportResult readArticleJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw ImportError {QStringLiteral("is not valid JSON: %1 (at byte %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)};
    QJsonObject object = doc.object();
    // `show --json` of one article, or a list of one (as `list --json` might be edited into).
    if (doc.isArray() && doc.array().size() == 1)
        object = doc.array().first().toObject();
    if (object.isEmpty())
        throw ImportError {QStringLiteral("is JSON but not an article (expected the object that "
                                          "copydesk show --json prints)")};
    QString error;
    auto article = Article::fromJson(object, &error);
    if (!article)
        throw ImportError {QStringLiteral("is not a valid article: %1").arg(error)};
    ImportResult result;
    result.article = *article;
    // A new article: the store gives it its own id, revision and times.
    if (!result.article.id.isEmpty())
        result.warnings << QStringLiteral("imported as a new article; the id %1 in the file was "
                                          "not kept")
                               .arg(result.article.id);
    result.article.id.clear();
    result.article.revision = 0;
    result.article.created = {};
    result.article.updated = {};
    // An edition's link names an article of the store it came from.
    if (!result.article.editionOf.isEmpty())
        result.warnings << QStringLiteral("imported as a story of its own; it was an edition of "
                                          "%1 in the file")
                               .arg(result.article.editionOf);
    result.article.editionOf.clear();
    result.article.editionRevision = 0;
    result.article.editionConversion.clear();
    return result;
}

ImportResult importData(const QByteArray &bytes, const QString &fileName, bool raw)
{
    auto failed = [&](const QString &why) {
        return ImportError {QStringLiteral("%1 %2").arg(fileName, why)};
    };
    if (bytes.size() > kMaxFileBytes)
        throw failed(QStringLiteral("is larger than %1 MB, more than an article can hold; nothing "
                                    "was imported")
                         .arg(kMaxFileBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        throw failed(QStringLiteral("is empty; nothing to import"));

    const Format format = formatOf(fileName, bytes);
    ImportResult result;
    try {
        if (format == Format::Docx) {
            QString error;
            const auto document = DocxReader::read(bytes, &error);
            if (!document)
                throw failed(error);
            // The Title paragraph leads as a heading, which the Markdown reader takes as the
            // headline like any other.
            QString markdown = document->markdown;
            if (!document->headline.isEmpty())
                markdown =
                    QStringLiteral("# ") + document->headline + QStringLiteral("\n\n") + markdown;
            result = readMarkdown(markdown, raw);
            result.warnings << document->warnings;
            for (qsizetype i = 0; i < document->pictures.size(); ++i) {
                const DocxReader::Document::Picture &picture = document->pictures.at(i);
                addPicture(result, DocxReader::picturePlaceholder(i + 1), picture.name, picture.alt,
                    picture.bytes);
            }
        } else if (format == Format::Json) {
            result = IptcReader::isNinjs(bytes) ? readNinjs(bytes) : readArticleJson(bytes);
        } else if (format == Format::Xml) {
            result = readNitf(bytes);
        } else {
            QString problem;
            const auto decoded = decodeText(bytes, &problem);
            if (!decoded)
                throw failed(problem);
            if (format == Format::Html)
                result = readHtmlPage(decoded->text, raw, pageFolder(fileName));
            else if (format == Format::Markdown)
                result = readMarkdown(decoded->text, raw);
            else
                result = readPlainText(decoded->text, raw);
            if (decoded->encoding != u"UTF-8")
                result.warnings.prepend(
                    QStringLiteral("read the file as %1 text").arg(decoded->encoding));
        }
    } catch (const ImportError &error) {
        if (error.message().startsWith(fileName))
            throw;
        throw failed(error.message());
    }
    if (QString error = result.article.validate(); !error.isEmpty())
        throw failed(QStringLiteral("does not make a valid article: %1").arg(error));
    if (result.article.headline.isEmpty() && result.article.body.trimmed().isEmpty())
        throw failed(QStringLiteral("holds no text to import"));
    return result;
}

QStringList storySuffixes()
{
    QStringList suffixes;
    for (const auto &entry : kSuffixes)
        suffixes << QString::fromUtf16(entry.first.data(), qsizetype(entry.first.size()));
    return suffixes;
}

ImportResult importFile(const QString &path, bool raw)
{
    QString error;
    const auto bytes = ArticleFile::readBytes(path, &error, kMaxFileBytes);
    if (!bytes)
        throw ImportError {error};
    return importData(*bytes, path, raw);
}

QString pastedHtmlToMarkdown(const QString &html, QStringList *warnings)
{
    const QString markdown = HtmlReader::fragmentToMarkdown(html, warnings);
    return CopyCleanup::cleanUpChineseText(markdown, warnings);
}

QString cleanUpPastedText(const QString &text, QStringList *warnings)
{
    return CopyCleanup::cleanUpChineseText(text, warnings);
}

} // namespace Importer
