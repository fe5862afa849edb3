// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/baseurl.h"

#include <QUrl>

namespace {

// The URL as a message can show it: control characters spelled out.
QString shown(const QString &url)
{
    QString out;
    for (QChar c : url) {
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0)
            || c.category() == QChar::Other_Format || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return u'"' + out + u'"';
}

// What RFC 3986 lets a URL hold as it is, less what a base cannot have ('?', '#'); beyond
// ASCII, letters and the like of an internationalised address (never spaces, line or paragraph
// separators, controls, format characters or unassigned code points).
bool isUrlCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
            return true;
        return QStringView(u"-._~:/[]@!$&'()*+,;=%").contains(c);
    }
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

} // namespace

QString baseUrlProblem(const QString &url)
{
    const QString expected = QStringLiteral(
        "the base URL must be an http:// or https:// address or a path starting with /");
    if (url.isEmpty())
        return expected + QStringLiteral(", not empty");
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        // A surrogate pair is one character (U+10000 and above).
        if (c.isHighSurrogate() && i + 1 < url.size() && url.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c == u'?' || c == u'#')
            return QStringLiteral("the base URL cannot have a query or fragment ('%1'): %2")
                .arg(QString(c), shown(url));
        if (!isUrlCharacter(c)) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.isSpace())
                return QStringLiteral(
                    "the base URL cannot hold a space, line break or control character: %1")
                    .arg(shown(url));
            return QStringLiteral("the base URL cannot hold '%1' (write it %-encoded): %2")
                .arg(QString(c), shown(url));
        }
        if (c == u'%'
            && (i + 2 >= url.size() || !isxdigit(url.at(i + 1).toLatin1())
                || !isxdigit(url.at(i + 2).toLatin1())))
            return QStringLiteral("the base URL has a '%' not followed by two hex digits: %1")
                .arg(shown(url));
    }
    QString path;
    if (url.startsWith(u'/')) {
        if (url.startsWith(u"//"))
            return expected
                + QStringLiteral(" (\"//HOST/\" would name another site): %1").arg(shown(url));
        path = url;
    } else if (url.startsWith(u"http://") || url.startsWith(u"https://")) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return QStringLiteral("the base URL is not a valid address with a host: %1")
                .arg(shown(url));
        if (!parsed.userInfo().isEmpty())
            return QStringLiteral("the base URL cannot have a user name or password: %1")
                .arg(shown(url));
        path = parsed.path(QUrl::FullyEncoded);
    } else {
        return expected + QStringLiteral(": %1").arg(shown(url));
    }
    for (QStringView segment : QStringView(path).split(u'/')) {
        if (segment == u"." || segment == u"..")
            return QStringLiteral("the base URL cannot have \".\" or \"..\" in its path: %1")
                .arg(shown(url));
    }
    return {};
}
