// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/htmlescape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Html {

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\'':
            out += u"&#39;";
            break;
        case 0:
            out += QChar(0xFFFD); // a NUL would end the document in some parsers
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out += text[i];
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && end - i < 12 && text[end] != u';' && text[end] != u'&')
            ++end;
        const QStringView name = text.mid(i + 1, end - i - 1);
        const bool terminated = end < text.size() && text[end] == u';';
        char32_t decoded = 0;
        if (name.startsWith(u'#')) {
            bool ok = false;
            // Browsers accept numeric references without the ';' too.
            qsizetype digitsEnd = 1;
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            if (hex)
                ++digitsEnd;
            const qsizetype digitsStart = digitsEnd;
            while (digitsEnd < name.size()
                && (hex ? isxdigit(name[digitsEnd].toLatin1()) : name[digitsEnd].isDigit()))
                ++digitsEnd;
            const uint value =
                name.mid(digitsStart, digitsEnd - digitsStart).toUInt(&ok, hex ? 16 : 10);
            if (ok && digitsEnd > digitsStart) {
                decoded = (value == 0 || value > 0x10FFFF) ? 0xFFFD : value;
                out += QString::fromUcs4(&decoded, 1);
                i += digitsEnd; // points at the last digit
                if (terminated && i + 1 == end)
                    i = end;
                continue;
            }
        } else if (terminated) {
            static const struct
            {
                QStringView name;
                char16_t ch;
            } named[] = {{u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'},
                {u"apos", u'\''}, {u"colon", u':'}, {u"Tab", u'\t'}, {u"NewLine", u'\n'},
                {u"sol", u'/'}, {u"lpar", u'('}, {u"rpar", u')'}, {u"nbsp", 0xA0},
                {u"period", u'.'}};
            bool found = false;
            for (const auto &entity : named) {
                if (name == entity.name) {
                    out += QChar(entity.ch);
                    found = true;
                    break;
                }
            }
            if (found) {
                i = end;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

bool isSafeUrl(QStringView url)
{
    // What a browser does before it looks at the scheme: decode references, drop tabs and
    // newlines everywhere and control characters and spaces at the ends.
    QString decoded = decodeEntities(url);
    decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.toUtf8()));
    QString cleaned;
    cleaned.reserve(decoded.size());
    for (QChar c : std::as_const(decoded)) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F || c.category() == QChar::Other_Format)
            continue;
        cleaned += c;
    }
    // A scheme is whatever comes before the first ':' that precedes any '/', '?' or '#'.
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned.at(i);
        if (c == u'/' || c == u'?' || c == u'#')
            return true; // relative: path, query or fragment first
        if (c == u':') {
            const QString scheme = cleaned.left(i).toLower();
            // tel: is how a story gives a phone number readers can call from a phone.
            return scheme == u"http" || scheme == u"https" || scheme == u"mailto"
                || scheme == u"tel";
        }
        // Anything that is not a plain scheme character makes the colon test ambiguous
        // across parsers ("java\\script:"): refuse rather than guess.
        if (c.unicode() > 0x7F || c == u'\\')
            return !cleaned.contains(u':');
    }
    return true; // no colon at all: a relative path
}

QByteArray jsonForScript(const QJsonValue &value)
{
    QByteArray json;
    if (value.isObject())
        json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    QByteArray out;
    out.reserve(json.size() + 32);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        else if (c == '\xE2' && i + 2 < json.size() && json.at(i + 1) == '\x80'
            && (json.at(i + 2) == '\xA8' || json.at(i + 2) == '\xA9')) {
            out += json.at(i + 2) == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else
            out += c;
    }
    return out;
}

} // namespace Html
