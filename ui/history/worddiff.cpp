// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/worddiff.h"

#include "model/textcounts.h"

#include <vector>

QStringList diffTokens(QStringView text)
{
    QStringList tokens;
    enum Class { None, Word, Space };
    Class current = None;
    QString token;
    auto flush = [&] {
        if (!token.isEmpty())
            tokens.append(token);
        token.clear();
        current = None;
    };
    for (qsizetype i = 0; i < text.size();) {
        char32_t cp = text[i].unicode();
        qsizetype length = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        const QStringView piece = text.mid(i, length);
        if (isCjkCodePoint(cp)) {
            flush();
            tokens.append(piece.toString());
        } else if (QChar::isLetterOrNumber(cp) || cp == u'\'' || cp == u'’') {
            if (current != Word)
                flush();
            current = Word;
            token += piece;
        } else if (QChar::isSpace(cp)) {
            if (current != Space)
                flush();
            current = Space;
            token += piece;
        } else {
            flush();
            tokens.append(piece.toString());
        }
        i += length;
    }
    flush();
    return tokens;
}

QList<DiffChunk> wordDiff(const QString &before, const QString &after)
{
    const QStringList a = diffTokens(before);
    const QStringList b = diffTokens(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    QList<DiffChunk> chunks;
    auto add = [&chunks](DiffChunk::Kind kind, const QString &text) {
        if (!chunks.isEmpty() && chunks.last().kind == kind)
            chunks.last().text += text;
        else
            chunks.append({kind, text});
    };
    for (qsizetype i = 0; i < prefix; ++i)
        add(DiffChunk::Same, a[i]);

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m > 4'000'000) {
        // Too different to align word by word in reasonable time: one replacement.
        for (qsizetype i = 0; i < n; ++i)
            add(DiffChunk::Removed, a[prefix + i]);
        for (qsizetype j = 0; j < m; ++j)
            add(DiffChunk::Added, b[prefix + j]);
    } else {
        // Longest common subsequence over the middle, then walk it.
        std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[i][j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                add(DiffChunk::Same, a[prefix + i]);
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Removed before added, as a reader reads a correction.
                add(DiffChunk::Removed, a[prefix + i]);
                ++i;
            } else {
                add(DiffChunk::Added, b[prefix + j]);
                ++j;
            }
        }
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        add(DiffChunk::Same, a[i]);
    return chunks;
}

QString diffToHtml(const QList<DiffChunk> &chunks)
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    for (const DiffChunk &chunk : chunks) {
        const QString text = chunk.text.toHtmlEscaped();
        switch (chunk.kind) {
        case DiffChunk::Same:
            html += text;
            break;
        case DiffChunk::Removed:
            html += QStringLiteral("<span style=\"color:#b3261e; text-decoration:line-through; "
                                   "background:#fde7e9\">%1</span>")
                        .arg(text);
            break;
        case DiffChunk::Added:
            html += QStringLiteral("<span style=\"color:#1e6b2e; text-decoration:underline; "
                                   "background:#e3f5e6\">%1</span>")
                        .arg(text);
            break;
        }
    }
    return html + QStringLiteral("</div>");
}
