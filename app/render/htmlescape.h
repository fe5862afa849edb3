// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

// Escaping for each place a reporter's text can land in a page. Every field goes through one
// of these; nothing typed into an article can open a tag, leave an attribute or end a script.
namespace Html {

// Text content and double- or single-quoted attribute values: & < > " ' escaped.
QString escape(QStringView text);

// Whether `url` may be a link or image target: http, https, mailto, tel, or relative (no scheme).
// Decodes entities and percent-escapes and ignores the whitespace and control characters
// browsers ignore, so "java\tscript:", "&#106;avascript:" and "%6Aavascript:" are all refused.
bool isSafeUrl(QStringView url);

// JSON for inside <script type="application/ld+json">: compact, with <, >, & and U+2028/2029
// written as \u escapes so no field can close the script element or open a comment.
QByteArray jsonForScript(const QJsonValue &value);

// Decodes the character references HTML allows in attributes (&amp; &#106; &#x6A; …).
QString decodeEntities(QStringView text);

} // namespace Html
