// SPDX-License-Identifier: GPL-3.0-or-later
// HTML to Markdown for saved news pages and for rich text pasted from a browser or Word.
// A small tolerant parser of our own: nothing in the page is ever executed or fetched.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace HtmlReader {

struct Page
{
    QString headline; // the article's <h1>, else og:title, else <title> without the site name
    QString author; // <meta name="author">, when the page gives one
    // The article's text only: navigation, ads, related lists left out. A picture of the
    // article stands as ![alt](media:picture-N), N its place in `images` from 1, for the
    // importer to fetch from beside the page (never from the web) or leave out.
    QString markdown;
    struct Image
    {
        QString src; // as the page names it: "ferry_files/dawn.jpg", "https://…", "data:…"
        QString alt;
    };
    QList<Image> images;
};
// The placeholder target of image `number` (1-based) in Page::markdown.
QString imagePlaceholder(qsizetype number);

// A saved news page: keeps the article (<article>, itemprop="articleBody", or the block with
// the most paragraph text) and drops scripts, styles, navigation, headers, footers, asides,
// ads and related lists. What it dropped is described in `warnings`.
Page readPage(const QString &html, QStringList *warnings = nullptr);

// Pasted rich text as Markdown: paragraphs, headings, bold, italic, links and lists kept;
// scripts, styles, images and Word's own markup dropped.
QString fragmentToMarkdown(const QString &html, QStringList *warnings = nullptr);

} // namespace HtmlReader
