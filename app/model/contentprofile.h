// SPDX-License-Identifier: GPL-3.0-or-later
// What a story must have before it may be published (issue 14): a newsroom's content profile,
// one by default and one per section, kept in the store. The field rules are checked here;
// spelling and style, which need their checkers, by the caller.
#pragma once

#include "model/article.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Copydesk {

struct ContentProfile
{
    // Fields that must not be empty: "bylines", "dateline.source", "deck", "lead_photo"
    // (a lead photo with alt text), … (requirableFields()).
    QStringList required;
    // Most characters a field may have: {"headline": 30, "deck": 60}.
    QHash<QString, int> maxChars;
    // Percent the length may differ from target_length; 0: not checked.
    int lengthTolerance = 0;
    // Whether misspellings, and style findings of severity error, keep the story back.
    bool spelling = false;
    bool style = false;

    QJsonObject toJson() const;
    // Keys left out keep their defaults; an unknown key, a field that cannot be required or
    // limited, or a value of the wrong type is an error naming it.
    static std::optional<ContentProfile> fromJson(const QJsonObject &object, QString *error);
    static QStringList requirableFields();
    static QStringList limitableFields();
};

// One thing standing between a story and publication.
struct PublishCheck
{
    QString rule; // "required", "max-chars", "length", "spelling", "style"
    QString severity = QStringLiteral("error"); // "error" blocks, "warning" does not
    QString field; // "bylines", "dateline.source", "headline", "body", …
    QString message;

    QJsonObject toJson() const;
    bool blocks() const { return severity == u"error"; }
};

// The profile's field rules (required, max_chars, length_tolerance) applied to `article`.
QList<PublishCheck> checkFields(const Article &article, const ContentProfile &profile);

} // namespace Copydesk
