// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

// Editor → preview scroll sync maps a body line to the top-level block (paragraph, heading,
// list, quote, table, code block, rule) it belongs to; the renderer writes one element per
// top-level Markdown block into the article body, so the block's index finds its element.
//
// Returns the 0-based line on which each top-level block of `markdown` starts, in order.
// An approximation of CommonMark/GFM block structure that is good enough for scrolling:
// fenced and indented code, ATX and setext headings, thematic breaks, block quotes, lists
// (tight and loose), tables and paragraphs; link reference definitions produce no block.
QList<int> markdownBlockLines(QStringView markdown);

// The index of the block that line `line` (0-based) belongs to: the last block starting
// on or before it; 0 before the first block, -1 when there are no blocks.
int markdownBlockAt(const QList<int> &blockLines, int line);
