// SPDX-License-Identifier: GPL-3.0-or-later
// What a copy desk check found: a rule, how serious it is, and the one fix when there is one.
#pragma once

#include <QList>
#include <QString>

#include <optional>

enum class StyleSeverity { Error, Warning, Info };

QString severityName(StyleSeverity severity);
std::optional<StyleSeverity> severityFromName(QStringView name);

struct StyleFinding
{
    QString rule; // a StyleRule id: "zh-halfwidth-punctuation", "relative-date", …
    StyleSeverity severity = StyleSeverity::Warning;
    QString message;
    QString replacement; // empty when there is no single fix
    QString text; // as written
    qsizetype offset = 0; // UTF-16 code units from the start of the checked text
    qsizetype length = 0;
    int line = 1; // 1-based
    qsizetype column = 1; // 1-based, UTF-16 code units from the start of the line

    qsizetype end() const { return offset + length; }
};

// One check the copy desk can switch on or off for the newsroom.
struct StyleRule
{
    QString id;
    StyleSeverity severity;
    bool onByDefault;
    QString description;
};

// Every rule, in the order `copydesk style rules` lists them.
const QList<StyleRule> &styleRules();
std::optional<StyleRule> styleRule(QStringView id);
