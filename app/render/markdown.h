// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The article body, Markdown (CommonMark + GFM tables, strikethrough and autolinks), as HTML.
// Raw HTML in the source is always shown as text (MD_FLAG_NOHTML), and links and images whose
// target is not http, https, mailto or relative lose that target (see Html::isSafeUrl).
QString markdownToHtml(const QString &markdown);
// The same as UTF-8, for callers that write bytes.
QByteArray markdownToHtmlUtf8(const QByteArray &markdownUtf8);

// The first paragraph as plain text (no markup, whitespace collapsed): for meta descriptions,
// feeds and the search index.
QString firstParagraphText(const QString &markdown);

// The 0-based source line on which each top-level block of the rendered body starts, in the
// order the blocks appear as children of the body's container: lets a preview scroll to the
// block a given editor line belongs to.
QList<int> topLevelBlockLines(const QString &markdown);
