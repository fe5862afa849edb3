// SPDX-License-Identifier: GPL-3.0-or-later
// InCopy's interchange format (ICML), the story a paginator places into an InDesign page: the
// print text's order with each paragraph in a named style, so the page's own styles dress it.
// The shape follows Adobe's IDML/ICML specification (a snippet of type InCopyInterchange, the
// style groups, one Story of ParagraphStyleRange/CharacterStyleRange/Content/Br), as pandoc's
// ICML writer writes it and InDesign exports it: <Br/> closes every paragraph but the last,
// inside its last run.
#include "render/exports.h"

#include "render/markdown.h"
#include "render/photomarkup.h"

#include <QXmlStreamWriter>

namespace Exports {

namespace {

const QString kNoCharacterStyle = QStringLiteral("$ID/[No character style]");
const QString kNoParagraphStyle = QStringLiteral("$ID/[No paragraph style]");

// The paragraph styles the story uses, in the order a style sheet lists them, and the size
// each starts at (a page's own styles of the same name take over when the story is placed).
struct ParagraphStyleDefinition
{
    const char16_t *name;
    int pointSize;
    const char16_t *fontStyle;
};
constexpr ParagraphStyleDefinition kParagraphStyles[] = {
    {u"headline", 28, u"Bold"},
    {u"deck", 16, u"Regular"},
    {u"byline", 10, u"Bold"},
    {u"dateline", 10, u"Bold"},
    {u"body", 10, u"Regular"},
    {u"subhead", 12, u"Bold"},
    {u"quote", 10, u"Italic"},
    {u"reporter-line", 9, u"Regular"},
    {u"caption", 8, u"Regular"},
};

struct CharacterStyleDefinition
{
    const char16_t *name;
    const char16_t *fontStyle;
};
constexpr CharacterStyleDefinition kCharacterStyles[] = {
    {u"bold", u"Bold"},
    {u"italic", u"Italic"},
    {u"bold-italic", u"Bold Italic"},
};

// InDesign's names for the languages Copydesk writes in (its language menu, as IDML spells
// it); hyphenation and spelling in the page follow them.
QString inDesignLanguage(const QString &language)
{
    if (isTraditionalChinese(language))
        return QStringLiteral("$ID/Chinese: Traditional");
    if (isChineseLanguage(language))
        return QStringLiteral("$ID/Chinese: Simplified");
    const QString primary = language.section(u'-', 0, 0).toLower();
    if (primary == u"en")
        return language.contains(QLatin1StringView("GB"), Qt::CaseInsensitive)
            ? QStringLiteral("$ID/English: UK")
            : QStringLiteral("$ID/English: USA");
    if (primary == u"fr")
        return QStringLiteral("$ID/French");
    if (primary == u"de")
        return QStringLiteral("$ID/German: 2006 Reform");
    if (primary == u"es")
        return QStringLiteral("$ID/Spanish: Castilian");
    if (primary == u"ja")
        return QStringLiteral("$ID/Japanese");
    if (primary == u"ko")
        return QStringLiteral("$ID/Korean");
    return QStringLiteral("$ID/[No Language]");
}

QString characterStyleOf(const TextRun &run)
{
    if (run.bold && run.italic)
        return QStringLiteral("CharacterStyle/bold-italic");
    if (run.bold)
        return QStringLiteral("CharacterStyle/bold");
    if (run.italic)
        return QStringLiteral("CharacterStyle/italic");
    return QStringLiteral("CharacterStyle/") + kNoCharacterStyle;
}

struct StoryParagraph
{
    QString style;
    QList<TextRun> runs;
};

void writeStyles(QXmlStreamWriter &xml, const QString &language)
{
    xml.writeStartElement(QStringLiteral("RootCharacterStyleGroup"));
    xml.writeAttribute(QStringLiteral("Self"), QStringLiteral("copydesk_character_styles"));
    xml.writeEmptyElement(QStringLiteral("CharacterStyle"));
    xml.writeAttribute(
        QStringLiteral("Self"), QStringLiteral("CharacterStyle/") + kNoCharacterStyle);
    xml.writeAttribute(QStringLiteral("Name"), kNoCharacterStyle);
    for (const CharacterStyleDefinition &style : kCharacterStyles) {
        const QString name = QString::fromUtf16(style.name);
        xml.writeEmptyElement(QStringLiteral("CharacterStyle"));
        xml.writeAttribute(QStringLiteral("Self"), QStringLiteral("CharacterStyle/") + name);
        xml.writeAttribute(QStringLiteral("Name"), name);
        xml.writeAttribute(QStringLiteral("FontStyle"), QString::fromUtf16(style.fontStyle));
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("RootParagraphStyleGroup"));
    xml.writeAttribute(QStringLiteral("Self"), QStringLiteral("copydesk_paragraph_styles"));
    xml.writeEmptyElement(QStringLiteral("ParagraphStyle"));
    xml.writeAttribute(
        QStringLiteral("Self"), QStringLiteral("ParagraphStyle/") + kNoParagraphStyle);
    xml.writeAttribute(QStringLiteral("Name"), kNoParagraphStyle);
    for (const ParagraphStyleDefinition &style : kParagraphStyles) {
        const QString name = QString::fromUtf16(style.name);
        xml.writeStartElement(QStringLiteral("ParagraphStyle"));
        xml.writeAttribute(QStringLiteral("Self"), QStringLiteral("ParagraphStyle/") + name);
        xml.writeAttribute(QStringLiteral("Name"), name);
        xml.writeAttribute(QStringLiteral("PointSize"), QString::number(style.pointSize));
        xml.writeAttribute(QStringLiteral("FontStyle"), QString::fromUtf16(style.fontStyle));
        xml.writeAttribute(QStringLiteral("AppliedLanguage"), language);
        xml.writeStartElement(QStringLiteral("Properties"));
        xml.writeStartElement(QStringLiteral("BasedOn"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
        xml.writeCharacters(kNoParagraphStyle);
        xml.writeEndElement(); // BasedOn
        xml.writeEndElement(); // Properties
        xml.writeEndElement(); // ParagraphStyle
    }
    xml.writeEndElement();
}

// The story in the order of printText(): headline, deck, bylines (wire style), the dateline,
// the body's blocks, the reporter and editor lines (or the sign-off), the captions of photos
// the body does not show. Chinese paragraphs are not indented with "　　" as in the text: the
// body style's first-line indent is the page's to set, and spaces would double it.
QList<StoryParagraph> storyParagraphs(const Article &a)
{
    const HouseStyle style = houseStyleFor(a.language, HouseStyle::EnglishWire);
    const bool chinese = style == HouseStyle::ChineseNewspaper;
    const bool traditional = isTraditionalChinese(a.language);
    QList<StoryParagraph> story;
    const auto plain = [&](const QString &styleName, const QString &text) {
        if (!text.trimmed().isEmpty())
            story.append({styleName, {TextRun {text.trimmed()}}});
    };
    const auto caption = [&](const Copydesk::Photo &photo) {
        QString text = photo.caption.trimmed();
        if (text.isEmpty())
            text = photo.alt.trimmed();
        if (const QString credit = photoCredit(photo.credit, style, traditional); !credit.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + credit;
        plain(QStringLiteral("caption"), text);
    };

    plain(QStringLiteral("headline"), a.headline);
    plain(QStringLiteral("deck"), a.deck);
    if (!chinese) {
        plain(QStringLiteral("byline"), englishByline(a.bylines));
        plain(QStringLiteral("byline"), englishAffiliation(a.bylines));
    }
    // Its own paragraph, for the page's style to run it into the lede (InDesign's run-in
    // and nested styles) or set it apart, as the paper does.
    plain(QStringLiteral("dateline"),
        chinese ? chineseNewsHeader(a.dateline, traditional) : englishDateline(a.dateline));

    QList<const Copydesk::Photo *> shown;
    for (const TextBlock &block : textBlocks(a.body)) {
        switch (block.kind) {
        case TextBlock::Heading:
            story.append({QStringLiteral("subhead"), block.runs});
            break;
        case TextBlock::Quote:
            story.append({QStringLiteral("quote"), block.runs});
            break;
        case TextBlock::Paragraph:
            story.append({QStringLiteral("body"), block.runs});
            break;
        case TextBlock::Picture: {
            const Copydesk::Photo *photo = block.pictureTarget.startsWith(u"media:")
                ? Copydesk::findPhoto(a.media, QStringView(block.pictureTarget).mid(6))
                : nullptr;
            if (photo) {
                shown << photo;
                caption(*photo);
            } else if (!block.runs.isEmpty()) {
                story.append({QStringLiteral("caption"), block.runs});
            }
            break;
        }
        }
    }

    if (chinese) {
        plain(QStringLiteral("reporter-line"), chineseReporterLine(a.bylines));
        plain(QStringLiteral("reporter-line"), chineseEditorLine(a.editor, traditional));
    } else {
        plain(QStringLiteral("reporter-line"), a.signoff);
    }
    for (const Copydesk::Photo &photo : a.media) {
        if (!shown.contains(&photo))
            caption(photo);
    }
    return story;
}

} // namespace

// `Site` is taken like the other exports' though a placed story links nowhere yet.
QByteArray icml(const Article &a, const Site &)
{
    const QString language = inDesignLanguage(a.language);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeProcessingInstruction(QStringLiteral("aid"),
        QStringLiteral("style=\"50\" type=\"snippet\" readerVersion=\"6.0\" featureSet=\"513\" "
                       "product=\"8.0(370)\" "));
    xml.writeProcessingInstruction(
        QStringLiteral("aid"), QStringLiteral("SnippetType=\"InCopyInterchange\""));
    xml.writeStartElement(QStringLiteral("Document"));
    xml.writeAttribute(QStringLiteral("DOMVersion"), QStringLiteral("8.0"));
    xml.writeAttribute(QStringLiteral("Self"), QStringLiteral("copydesk_document"));
    writeStyles(xml, language);

    xml.writeStartElement(QStringLiteral("Story"));
    xml.writeAttribute(QStringLiteral("Self"), QStringLiteral("copydesk_story"));
    xml.writeAttribute(QStringLiteral("TrackChanges"), QStringLiteral("false"));
    xml.writeAttribute(QStringLiteral("StoryTitle"), a.headline.trimmed());
    xml.writeAttribute(QStringLiteral("AppliedTOCStyle"), QStringLiteral("n"));
    xml.writeAttribute(QStringLiteral("AppliedNamedGrid"), QStringLiteral("n"));
    xml.writeEmptyElement(QStringLiteral("StoryPreference"));
    xml.writeAttribute(QStringLiteral("OpticalMarginAlignment"), QStringLiteral("false"));
    xml.writeAttribute(QStringLiteral("OpticalMarginSize"), QStringLiteral("12"));

    const QList<StoryParagraph> story = storyParagraphs(a);
    for (qsizetype p = 0; p < story.size(); ++p) {
        const StoryParagraph &paragraph = story.at(p);
        xml.writeStartElement(QStringLiteral("ParagraphStyleRange"));
        xml.writeAttribute(QStringLiteral("AppliedParagraphStyle"),
            QStringLiteral("ParagraphStyle/") + paragraph.style);
        // Also on the range: a page whose styles have the same names keeps the story's language.
        xml.writeAttribute(QStringLiteral("AppliedLanguage"), language);
        for (qsizetype r = 0; r < paragraph.runs.size(); ++r) {
            const TextRun &run = paragraph.runs.at(r);
            xml.writeStartElement(QStringLiteral("CharacterStyleRange"));
            xml.writeAttribute(QStringLiteral("AppliedCharacterStyle"), characterStyleOf(run));
            xml.writeTextElement(QStringLiteral("Content"), run.text);
            if (r == paragraph.runs.size() - 1 && p < story.size() - 1)
                xml.writeEmptyElement(QStringLiteral("Br"));
            xml.writeEndElement(); // CharacterStyleRange
        }
        xml.writeEndElement(); // ParagraphStyleRange
    }
    xml.writeEndElement(); // Story
    xml.writeEndElement(); // Document
    xml.writeEndDocument();
    return out;
}

} // namespace Exports
