// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceblocks.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// Leading spaces, with a tab counted to the next multiple of four (CommonMark).
int indentOf(QStringView line)
{
    int width = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++width;
        else if (c == u'\t')
            width += 4 - width % 4;
        else
            break;
    }
    return width;
}

const QRegularExpression &fenceOpen()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    return re;
}

bool isAtxHeading(QStringView line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    return re.match(line).hasMatch();
}

bool isThematicBreak(QStringView line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    return re.match(line).hasMatch();
}

bool isQuote(QStringView line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}>"));
    return re.match(line).hasMatch();
}

bool isListItem(QStringView line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}([-+*]|\\d{1,9}[.)])(\\s|$)"));
    return re.match(line).hasMatch();
}

// Only bullets and ordered items numbered 1 may interrupt a paragraph (CommonMark 5.2).
bool interruptsParagraphAsList(QStringView line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}([-+*]|1[.)])\\s+\\S"));
    return re.match(line).hasMatch();
}

bool isReferenceDefinition(QStringView line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s*\\S"));
    return re.match(line).hasMatch();
}

enum class Block { None, Paragraph, Fence, IndentedCode, Quote, List };

} // namespace

QList<int> markdownBlockLines(QStringView markdown)
{
    QList<int> starts;
    const QList<QStringView> lines = markdown.split(u'\n');
    Block block = Block::None;
    QString fence; // the opening fence run while inside a fenced code block
    bool blankSeen = false; // a blank line since the current block's last line

    for (int i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);

        if (block == Block::Fence) {
            const QString trimmed = line.trimmed().toString();
            if (indentOf(line) < 4 && trimmed.startsWith(fence)
                && trimmed.count(fence.at(0)) == trimmed.size())
                block = Block::None;
            continue;
        }
        if (isBlank(line)) {
            if (block == Block::Paragraph || block == Block::Quote)
                block = Block::None;
            blankSeen = true;
            continue;
        }
        const bool afterBlank = blankSeen;
        blankSeen = false;

        // Continuations of the current block.
        if (block == Block::IndentedCode && indentOf(line) >= 4)
            continue;
        if (block == Block::List && !isThematicBreak(line)) {
            // Items and indented lines continue a list, also after blank lines (a loose
            // list); right after an item any line but a new block continues it lazily.
            const bool opensBlock =
                isAtxHeading(line) || isQuote(line) || fenceOpen().match(line).hasMatch();
            if (isListItem(line) || indentOf(line) >= 2 || (!afterBlank && !opensBlock))
                continue;
        }
        if (block == Block::Quote && !afterBlank
            && (isQuote(line)
                || !(isAtxHeading(line) || isThematicBreak(line) || isListItem(line)
                    || fenceOpen().match(line).hasMatch())))
            continue;
        if (block == Block::Paragraph) {
            const bool interrupts = isAtxHeading(line) || isQuote(line)
                || fenceOpen().match(line).hasMatch() || interruptsParagraphAsList(line)
                || (isThematicBreak(line) && !line.trimmed().startsWith(u'-'));
            // "---" under a paragraph line is a setext underline: the paragraph becomes a heading.
            if (!interrupts)
                continue;
        }

        // A new block starts here.
        if (isReferenceDefinition(line)) {
            block = Block::None;
            continue;
        }
        starts << i;
        if (const auto match = fenceOpen().match(line); match.hasMatch()) {
            block = Block::Fence;
            fence = match.captured(1);
        } else if (indentOf(line) >= 4) {
            block = Block::IndentedCode;
        } else if (isAtxHeading(line) || isThematicBreak(line)) {
            // One line each.
            block = Block::None;
        } else if (isQuote(line)) {
            block = Block::Quote;
        } else if (isListItem(line)) {
            block = Block::List;
        } else {
            block = Block::Paragraph;
        }
    }
    return starts;
}

int markdownBlockAt(const QList<int> &blockLines, int line)
{
    if (blockLines.isEmpty())
        return -1;
    const auto after = std::upper_bound(blockLines.cbegin(), blockLines.cend(), line);
    return after == blockLines.cbegin() ? 0 : int(after - blockLines.cbegin()) - 1;
}
