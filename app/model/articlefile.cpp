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

namespace {

// The offset of the first byte that does not begin a well-formed UTF-8 sequence (Unicode's
// table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or -1. Worked out
// on the bytes, not from where a decoder put U+FFFD: the text may hold a real U+FFFD before.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto byte = [&](qsizetype i) { return i < bytes.size() ? uchar(bytes[i]) : 0u; };
    const auto inRange = [](uint b, uint low, uint high) { return b >= low && b <= high; };
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uint b0 = byte(i);
        qsizetype length = 0;
        if (b0 < 0x80)
            length = 1;
        else if (inRange(b0, 0xC2, 0xDF))
            length = inRange(byte(i + 1), 0x80, 0xBF) ? 2 : 0;
        else if (b0 >= 0xE0 && b0 <= 0xEF) {
            const uint low = b0 == 0xE0 ? 0xA0 : 0x80;
            const uint high = b0 == 0xED ? 0x9F : 0xBF;
            length = inRange(byte(i + 1), low, high) && inRange(byte(i + 2), 0x80, 0xBF) ? 3 : 0;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            const uint low = b0 == 0xF0 ? 0x90 : 0x80;
            const uint high = b0 == 0xF4 ? 0x8F : 0xBF;
            length = inRange(byte(i + 1), low, high) && inRange(byte(i + 2), 0x80, 0xBF)
                    && inRange(byte(i + 3), 0x80, 0xBF)
                ? 4
                : 0;
        }
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

} // namespace

std::optional<QString> decodeUtf8(const QByteArray &bytes, const QString &name, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Where the first bad byte is, so that the reporter can look at it.
        qsizetype bad = firstInvalidUtf8(bytes);
        if (bad < 0)
            bad = bytes.size();
        const int line = int(QByteArrayView(bytes).first(bad).count('\n')) + 1;
        if (error)
            *error = QStringLiteral("%1 is not valid UTF-8 text (line %2, byte %3)")
                         .arg(describe(name))
                         .arg(line)
                         .arg(bad);
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

} // namespace ArticleFile
