// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The article body, Markdown (CommonMark + GFM tables, strikethrough and autolinks), as HTML.
// Raw HTML in the source is always shown as text (MD_FLAG_NOHTML); a link whose target is not
// http, https, mailto, tel or relative becomes its text, an image its alt text (see
// Html::isSafeUrl).
QString markdownToHtml(const QString &markdown);
// What the body's images become. `![alt](media:ID)` shows the article's photo ID: `photo` gets
// the id, the alt text (HTML-escaped) and whether the image stands alone in its paragraph, and
// returns the markup to put there (a <figure> when alone, which then replaces the paragraph),
// or nothing when the article has no such photo. Any other image (a path, a web address, an
// unknown photo) would be a broken or hotlinked picture on the page: it is left out, its alt
// text kept, and `warnings` (when given) says which.
struct BodyImages
{
    std::function<QByteArray(const QString &id, const QByteArray &alt, bool alone)> photo;
    QStringList *warnings = nullptr;
};
QString markdownToHtml(const QString &markdown, const BodyImages &images);
// The same as UTF-8, for callers that write bytes.
QByteArray markdownToHtmlUtf8(const QByteArray &markdownUtf8);

// The first paragraph as plain text (no markup, whitespace collapsed): for meta descriptions,
// feeds and the search index.
QString firstParagraphText(const QString &markdown);
// Every paragraph, heading, list item, code block and table row as a line of plain text, in
// order: what a paginator pastes (table cells separated by tabs).
QStringList paragraphsText(const QString &markdown);

// The same blocks with what a layout program keeps of them: which kind of block (a heading, a
// quoted paragraph, a picture alone in its paragraph) and the text in runs of bold and italic.
// Links are their text; a hard line break is U+2028 (what InDesign calls a forced line break).
struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    friend bool operator==(const TextRun &, const TextRun &) = default;
};
struct TextBlock
{
    enum Kind { Paragraph, Heading, Quote, Picture };
    Kind kind = Paragraph;
    QList<TextRun> runs; // a picture's: its alt text
    QString pictureTarget; // a picture's target as written ("media:ID")
};
QList<TextBlock> textBlocks(const QString &markdown);

// The 0-based source line on which each top-level block of the rendered body starts, in the
// order the blocks appear as children of the body's container: lets a preview scroll to the
// block a given editor line belongs to.
QList<int> topLevelBlockLines(const QString &markdown);
