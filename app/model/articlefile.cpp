// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <unistd.h>

namespace ArticleFile {

namespace {

QString describe(const QString &path)
{
    return path == u"-" ? QStringLiteral("standard input") : path;
}

} // namespace

std::optional<QByteArray> readBytes(const QString &path, QString *error, qint64 maxBytes)
{
    auto fail = [&](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file;
    qint64 expected = 0;
    if (path == u"-") {
        if (!file.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered))
            return fail(QStringLiteral("cannot read standard input"));
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(QStringLiteral("%1: no such file").arg(path));
        if (info.isDir())
            return fail(QStringLiteral("%1 is a folder, not a file").arg(path));
        if (info.size() > maxBytes)
            return fail(QStringLiteral(
                "%1 is larger than %2 MB, more than an article can hold; nothing was read")
                            .arg(path)
                            .arg(maxBytes / (1024 * 1024)));
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        expected = info.size();
    }
    // One read returns what a pipe holds at that moment (64 KB, or what a slow writer has
    // sent so far): read on to the end, and one byte past the limit to tell "at the limit"
    // from "over it".
    QByteArray bytes;
    bytes.reserve(qMin(maxBytes, expected) + 1);
    char chunk[64 * 1024];
    for (;;) {
        const qint64 wanted = qMin<qint64>(sizeof chunk, maxBytes + 1 - bytes.size());
        const qint64 got = file.read(chunk, wanted);
        if (got < 0)
            return fail(
                QStringLiteral("cannot read %1: %2").arg(describe(path), file.errorString()));
        if (got == 0)
            break;
        bytes.append(chunk, got);
        if (bytes.size() > maxBytes)
            return fail(QStringLiteral(
                "%1 is larger than %2 MB, more than an article can hold; nothing was read")
                            .arg(describe(path))
                            .arg(maxBytes / (1024 * 1024)));
    }
    return bytes;
}

std::optional<QString> decodeUtf8(const QByteArray &bytes, const QString &name, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Find the first bad byte so that the reporter can look at it: a line at a time.
        qsizetype start = 0;
        int line = 1;
        for (;;) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = probe(QByteArrayView(bytes).sliced(start, end - start));
            if (probe.hasError() || end >= bytes.size()) {
                const qsizetype bad = decoded.indexOf(QChar::ReplacementCharacter);
                const qsizetype column =
                    bad < 0 ? 0 : QStringView(decoded).first(bad).toUtf8().size();
                if (error)
                    *error = QStringLiteral("%1 is not valid UTF-8 text (line %2, byte %3)")
                                 .arg(describe(name))
                                 .arg(line)
                                 .arg(start + column);
                return std::nullopt;
            }
            start = end + 1;
            ++line;
        }
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

} // namespace ArticleFile
