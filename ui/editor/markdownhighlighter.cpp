// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/markdownhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace {
enum BlockState { Normal = 0, InFence = 1 };
}

MarkdownHighlighter::MarkdownHighlighter(QObject *parent) : QSyntaxHighlighter(parent)
{
    setPalette(QGuiApplication::palette());
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor accent = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x56, 0xb0);
    const QColor muted = palette.color(QPalette::PlaceholderText);

    m_heading = {};
    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(accent);
    m_markup = {};
    m_markup.setForeground(muted);
    m_strong = {};
    m_strong.setFontWeight(QFont::Bold);
    m_emphasis = {};
    m_emphasis.setFontItalic(true);
    m_link = {};
    m_link.setForeground(accent);
    m_link.setFontUnderline(true);
    m_quote = {};
    m_quote.setForeground(dark ? QColor(0xb0, 0xc4, 0x9a) : QColor(0x4d, 0x6b, 0x2f));
    m_code = {};
    m_code.setFontFamilies({QStringLiteral("monospace")});
    m_code.setForeground(dark ? QColor(0xe0, 0xa0, 0x70) : QColor(0x9a, 0x3e, 0x12));
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression fence(QStringLiteral(R"(^\s{0,3}(```|~~~))"));
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}(#{1,6})\s)"));
    static const QRegularExpression quote(QStringLiteral(R"(^\s{0,3}>)"));
    static const QRegularExpression listMarker(QStringLiteral(R"(^\s*([-*+]|\d+[.)])\s)"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(?=\S)(.+?)(?<=\S)\1)"));
    static const QRegularExpression emphasis(
        QStringLiteral(R"((?<![*_\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*_\w]))"));
    static const QRegularExpression link(QStringLiteral(R"(!?\[([^\]]*)\]\(([^)]*)\))"));
    static const QRegularExpression codeSpan(QStringLiteral(R"(`[^`]+`)"));

    const bool fenceLine = fence.match(text).hasMatch();
    if (previousBlockState() == InFence) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(fenceLine ? Normal : InFence);
        return;
    }
    if (fenceLine) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(InFence);
        return;
    }
    setCurrentBlockState(Normal);

    if (const auto m = heading.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        QTextCharFormat marker = m_heading;
        marker.setForeground(m_markup.foreground());
        setFormat(0, int(m.capturedEnd(1)), marker);
        return;
    }
    if (quote.match(text).hasMatch())
        setFormat(0, int(text.size()), m_quote);
    if (const auto m = listMarker.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_heading);

    auto apply = [&](const QRegularExpression &pattern, const QTextCharFormat &inner) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int markerLength = int(m.capturedLength(1));
            QTextCharFormat whole = format(int(m.capturedStart()));
            whole.merge(inner);
            setFormat(int(m.capturedStart()), int(m.capturedLength()), whole);
            QTextCharFormat marks = whole;
            marks.setForeground(m_markup.foreground());
            setFormat(int(m.capturedStart()), markerLength, marks);
            setFormat(int(m.capturedEnd()) - markerLength, markerLength, marks);
        }
    };
    apply(strong, m_strong);
    apply(emphasis, m_emphasis);

    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_markup);
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_link);
    }
    for (auto it = codeSpan.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_code);
    }
}
