// SPDX-License-Identifier: GPL-3.0-or-later
// Text files as they arrive in a newsroom: UTF-8 (with or without BOM), UTF-16 with BOM,
// and the Chinese legacy encodings GB18030/GBK and Big5.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030", "Big5", …
};

// Decodes `bytes`. Nothing when they are not text in one of the encodings above (binary
// data, or invalid UTF-8 that is no Chinese encoding either); `problem` then says why.
std::optional<DecodedText> decodeText(const QByteArray &bytes, QString *problem = nullptr);

// The bytes in a legacy encoding, for tests and export ("GB18030", "Big5").
QByteArray encodeText(const QString &text, const char *encoding);
