// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Markdown as a reporter writes it: subheads, emphasis, links, quotes, lists and code, marked
// so the structure shows without hiding the syntax. Works block by block (fenced code is the
// only state carried over), so typing re-highlights one paragraph.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QObject *parent = nullptr);

    // Recomputes colours from the palette (light/dark switch).
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_heading;
    QTextCharFormat m_markup;
    QTextCharFormat m_strong;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_link;
    QTextCharFormat m_quote;
    QTextCharFormat m_code;
};
