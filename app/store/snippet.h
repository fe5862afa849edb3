// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A short excerpt around the words a search matched, with the matched ranges marked.
struct Snippet
{
    QString text;
    QList<std::pair<int, int>> highlights; // (start, length) in text, ascending

    // The excerpt with each highlight wrapped in `open` … `close`, e.g. "[" and "]".
    QString marked(QStringView open, QStringView close) const;
};

// The first place in `text` where any of `terms` occurs
// (case-insensitively), with about `context` characters either side.
Snippet makeSnippet(QStringView text, const QStringList &terms, int context = 40);
