// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlemedia.h"
#include "storylife.h"
#include "textcounts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One person credited on a story: "杨丹丹, 融媒体记者" or "Jane Doe, Staff Writer, Associated
// Press".
struct Byline
{
    QString name;
    QString role;
    QString affiliation;

    QJsonObject toJson() const;
    static Byline fromJson(const QJsonObject &object);
    friend bool operator==(const Byline &, const Byline &) = default;
};

// Where and from whom a story comes. `date` is ISO "YYYY-MM-DD" or free text as
// written on the copy ("Nov 24", "11月24日").
struct Dateline
{
    QString place;
    QString date;
    QString source;

    bool isEmpty() const { return place.isEmpty() && date.isEmpty() && source.isEmpty(); }
    QJsonObject toJson() const;
    static Dateline fromJson(const QJsonObject &object);
    friend bool operator==(const Dateline &, const Dateline &) = default;
};

enum class ArticleStatus { Draft, Edit, Ready, Published, Killed };

QString statusName(ArticleStatus status);
std::optional<ArticleStatus> statusFromName(QStringView name);
QStringList statusNames();

// The article: the one value type that store, command line, renderer and editor share.
struct Article
{
    QString id; // UUID without braces
    QString slug;
    int revision = 0; // 0 until first stored; +1 per save

    QString headline;
    QString deck;
    QList<Byline> bylines;
    Dateline dateline;
    QString body; // CommonMark/GFM Markdown
    QString language = QStringLiteral("en"); // BCP 47
    QString section;
    QStringList tags;
    ArticleStatus status = ArticleStatus::Draft;
    QString editor;
    QString signoff;
    QString notes; // internal, never published
    int targetLength = 0; // words (Latin) or 字数 (Chinese, see TextCounts::zishu); 0 = none
    // Its photos, in the order the photo strip shows them; their bytes are in the store.
    QList<Copydesk::Photo> media;

    QDateTime created;
    QDateTime updated;
    QDateTime published; // null until first published

    // Not on the site before this time, though published (null: as soon as published).
    QDateTime publishAt;
    // Not on the site before this time, and an early publish is refused (null: none).
    QDateTime embargoUntil;
    // Corrections, clarifications and updates, oldest first; only ever appended to.
    QList<Copydesk::Correction> corrections;
    // What the page left at a killed story's address says ("" for the house's notice alone).
    QString killNotice;

    // A linked edition (model/editions.h): the source's id (empty: not an edition), the
    // source's revision it was made from or last brought up to date with, and how it was made
    // ("" by a translator, "characters" or "phrases" by OpenCC).
    QString editionOf;
    int editionRevision = 0;
    QString editionConversion;

    // Counts over the body as a reader sees it (Markdown syntax left out).
    TextCounts counts() const;
    // Whether targetLength is measured in 字数 (TextCounts::zishu) rather than words.
    bool measuresInCharacters() const;
    // The number that targetLength is compared with, and the one the status bar shows.
    int length() const;

    // Names of the people in the bylines joined for display: "A, B".
    QString bylineNames() const;

    // The JSON object that `copydesk show --json` prints.
    QJsonObject toJson() const;
    // The same without `counts` (they follow from the text; counting costs a pass over it).
    QJsonObject fieldsToJson() const;
    // Reads what toJson() wrote (and hand-written subsets of it). Unknown keys are ignored;
    // a key of the wrong type is an error, reported through `error`.
    static std::optional<Article> fromJson(const QJsonObject &object, QString *error = nullptr);

    // Sets one field by its JSON name from a command-line value: plain text for text fields,
    // JSON for list and object fields. Returns an error message, empty on success.
    QString setField(const QString &field, const QString &value);
    // The names setField() accepts.
    static QStringList editableFields();

    // Removes what no reader should get and no page can carry: control characters (C0, DEL
    // and C1). The body, notes and sign-off keep their tabs and line breaks; in the one-line
    // fields (headline, deck, section, tags, bylines, dateline, editor) those become spaces.
    // Tags left blank are dropped. The store applies this to every article it creates or
    // saves, whichever way the article came (editor, command line, import, migration).
    void stripControlCharacters();

    // Checks what a store must never hold: an unknown status, an invalid language tag,
    // a byline without a name, a negative target length. Returns an error, empty when valid.
    QString validate() const;

    friend bool operator==(const Article &, const Article &) = default;
};

// UTC timestamps as stored and printed: "2026-11-25T04:48:24.123Z".
QString isoTimestamp(const QDateTime &time);
QDateTime parseTimestamp(const QString &text);

// Whether a language tag names Chinese ("zh", "zh-Hans", "zh-Hant", "zh-TW", …).
bool isChineseLanguage(QStringView language);
// Traditional-script Chinese ("zh-Hant", "zh-TW", "zh-HK", "zh-MO").
bool isTraditionalChinese(QStringView language);
