// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/searchfolding.h"

#include "script/chinesescript.h"

#include <QJsonDocument>
#include <QJsonObject>

QByteArray searchFoldingJson()
{
    static const QByteArray json = [] {
        QString from;
        QString to;
        for (const auto &[traditional, simplified] : ChineseScript::simplifiedFolding()) {
            // search.js reads the strings a code unit at a time: characters outside the Basic
            // Multilingual Plane, and those whose folding is not, are left out.
            if (traditional > 0xFFFF || simplified > 0xFFFF)
                continue;
            from += QChar(char16_t(traditional));
            to += QChar(char16_t(simplified));
        }
        return QJsonDocument(
                   QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}})
                   .toJson(QJsonDocument::Compact)
            + '\n';
    }();
    return json;
}
