// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippet.h"

QString Snippet::marked(QStringView open, QStringView close) const
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : highlights) {
        out += QStringView(text).mid(at, start - at);
        out += open;
        out += QStringView(text).mid(start, length);
        out += close;
        at = start + length;
    }
    out += QStringView(text).mid(at);
    return out;
}

Snippet makeSnippet(QStringView text, const QStringList &terms, int context)
{
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    if (first < 0)
        first = 0;

    const qsizetype from = qMax<qsizetype>(0, first - context);
    const qsizetype to = qMin(text.size(), first + context * 2);
    QString excerpt = text.mid(from, to - from).toString();
    excerpt.replace(u'\n', u' ');

    Snippet snippet;
    const QString prefix = from > 0 ? QStringLiteral("…") : QString();
    snippet.text = prefix + excerpt + (to < text.size() ? QStringLiteral("…") : QString());
    // Mark every occurrence of every term inside the excerpt, merging overlaps.
    QList<std::pair<int, int>> ranges;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = excerpt.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = excerpt.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            ranges.append({int(at + prefix.size()), int(term.size())});
    }
    std::sort(ranges.begin(), ranges.end());
    for (const auto &range : ranges) {
        if (!snippet.highlights.isEmpty()) {
            auto &last = snippet.highlights.last();
            if (range.first <= last.first + last.second) {
                last.second = qMax(last.second, range.first + range.second - last.first);
                continue;
            }
        }
        snippet.highlights.append(range);
    }
    return snippet;
}
