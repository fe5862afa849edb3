// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Word-level differences between two versions of copy. Chinese has no spaces, so each CJK
// character is a token of its own; Latin words, numbers, runs of spaces and single punctuation
// marks are the other tokens.
struct DiffChunk
{
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    QString text;

    friend bool operator==(const DiffChunk &, const DiffChunk &) = default;
};

QStringList diffTokens(QStringView text);
// The chunks that turn `before` into `after` (adjacent tokens of one kind joined).
QList<DiffChunk> wordDiff(const QString &before, const QString &after);
// The diff as HTML: removed text struck through in red, added text underlined in green.
QString diffToHtml(const QList<DiffChunk> &chunks);
