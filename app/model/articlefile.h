// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an article-sized file, or standard input, whole: the one reader behind
// `--body-file`, `check FILE` and `import`, so that the size limit, the end of a slow pipe
// and a bad byte are handled, and reported, the same way everywhere.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ArticleFile {

// Larger than any article: a file over this is refused, never cut short.
inline constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

// The bytes of `path` ("-": standard input) up to its end, however slowly a pipe delivers
// them. Nothing when the file is missing, a folder, unreadable or over `maxBytes`; `error`
// then names the file and the problem ("notes.txt is larger than 16 MB, more than an article
// can hold; nothing was read").
std::optional<QByteArray> readBytes(
    const QString &path, QString *error, qint64 maxBytes = kMaxBytes);

// Strict UTF-8 as an article's text: the byte-order mark dropped, Windows line ends read as
// one. Nothing when a byte is not UTF-8; `error` names `name` and the line and byte.
std::optional<QString> decodeUtf8(const QByteArray &bytes, const QString &name, QString *error);

} // namespace ArticleFile
