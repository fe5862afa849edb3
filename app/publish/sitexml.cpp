// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/sitexml.h"

#include <QUrl>

QString xmlText(const QString &text)
{
    QString out = text;
    out.removeIf([](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF;
    });
    return out;
}

QByteArray xmlEscape(const QString &text)
{
    QByteArray out;
    for (char c : xmlText(text).toUtf8()) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QByteArray xmlUrl(const QString &url)
{
    return xmlEscape(QString::fromLatin1(QUrl(url).toEncoded()));
}
