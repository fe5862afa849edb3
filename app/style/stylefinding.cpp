// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/stylefinding.h"

QString severityName(StyleSeverity severity)
{
    switch (severity) {
    case StyleSeverity::Error:
        return QStringLiteral("error");
    case StyleSeverity::Warning:
        return QStringLiteral("warning");
    case StyleSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

std::optional<StyleSeverity> severityFromName(QStringView name)
{
    for (StyleSeverity s : {StyleSeverity::Error, StyleSeverity::Warning, StyleSeverity::Info}) {
        if (name == severityName(s))
            return s;
    }
    return std::nullopt;
}

const QList<StyleRule> &styleRules()
{
    static const QList<StyleRule> rules = {
        {QStringLiteral("zh-halfwidth-punctuation"), StyleSeverity::Warning, true,
            QStringLiteral("Half-width , . : ; ? ! ( ) between Chinese characters (GB/T 15834)")},
        {QStringLiteral("zh-quotes"), StyleSeverity::Warning, true,
            QStringLiteral("Quotes of the other script: “” ‘’ in zh-Hans, 「」『』 in zh-Hant")},
        {QStringLiteral("zh-ellipsis"), StyleSeverity::Warning, true,
            QStringLiteral("... 。。。 or a single … for ……")},
        {QStringLiteral("zh-dash"), StyleSeverity::Warning, true,
            QStringLiteral("-- － or a single — for —— between Chinese characters")},
        {QStringLiteral("zh-repeated-punctuation"), StyleSeverity::Info, true,
            QStringLiteral("！！ or ？？: one mark is enough")},
        {QStringLiteral("zh-space"), StyleSeverity::Info, true,
            QStringLiteral("A space inside Chinese text (credits such as 记者 NAME excepted)")},
        {QStringLiteral("fullwidth-alphanumeric"), StyleSeverity::Warning, true,
            QStringLiteral("Full-width Latin letters and digits (ＡＢＣ１２３)")},
        {QStringLiteral("script-consistency"), StyleSeverity::Error, true,
            QStringLiteral("Traditional characters in a zh-Hans story, Simplified in zh-Hant")},
        {QStringLiteral("style-list"), StyleSeverity::Warning, true,
            QStringLiteral("The newsroom's banned words and preferred forms")},
        {QStringLiteral("relative-date"), StyleSeverity::Warning, true,
            QStringLiteral("昨日, yesterday, on Monday… read on another day than written")},
        {QStringLiteral("en-double-space"), StyleSeverity::Info, true,
            QStringLiteral("Two spaces where one belongs")},
        {QStringLiteral("en-straight-quotes"), StyleSeverity::Info, false,
            QStringLiteral("Straight quotes in English copy, for a house that wants curly ones")},
        {QStringLiteral("ap-dateline"), StyleSeverity::Warning, true,
            QStringLiteral("A dateline not in AP's form (SPRINGFIELD, Ill.)")},
    };
    return rules;
}

std::optional<StyleRule> styleRule(QStringView id)
{
    for (const StyleRule &rule : styleRules()) {
        if (rule.id == id)
            return rule;
    }
    return std::nullopt;
}
