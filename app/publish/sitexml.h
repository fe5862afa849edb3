// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Text for the site's XML files (feeds and sitemaps).

// The text without the characters XML 1.0 cannot carry, even escaped (most C0 controls,
// U+FFFE, U+FFFF).
QString xmlText(const QString &text);
// xmlText() as UTF-8 with & < > " ' escaped: for element text and attribute values.
QByteArray xmlEscape(const QString &text);
// "2026-11-24T04:00:00Z"
QString isoTime(const QDateTime &time);
// An address as sitemaps want it: percent-encoded (a path such as "section/本地/" in UTF-8
// octets, which the protocol requires), then escaped for XML.
QByteArray xmlUrl(const QString &url);
