// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// An installed Hunspell dictionary: NAME.aff and NAME.dic side by side ("en_US").
struct DictionaryInfo
{
    QString name;
    QString affPath;
    QString dicPath;

    bool isValid() const { return !name.isEmpty(); }
};

// Finding Hunspell dictionaries and choosing them for an article's language.
namespace Dictionaries {

// Where dictionaries are looked for, first match wins: Copydesk's own folder
// (AppDataLocation/dictionaries, for a newsroom's custom ones), then "hunspell",
// "myspell/dicts" and "myspell" under every GenericDataLocation (/usr/share/hunspell on Debian).
QStringList searchPaths();
// Every dictionary found in searchPaths(), by name, each name once.
QList<DictionaryInfo> installed();
// The installed dictionary with this name ("en_US"); invalid when there is none.
DictionaryInfo find(const QString &name);

// The dictionary name for a BCP 47 language tag: "en" → `englishDefault`, "en-GB" → "en_GB",
// "de" → "de_DE"-style guesses only when installed. Chinese copy is checked for its English
// words, so "zh-Hans" also gives `englishDefault`.
QString nameForLanguage(
    const QString &language, const QString &englishDefault = QStringLiteral("en_US"));
// The dictionaries to use for a --language value: a tag, a dictionary name, or several of
// either separated by commas for mixed copy ("en-US,en-GB").
QStringList namesForLanguages(
    const QString &languages, const QString &englishDefault = QStringLiteral("en_US"));
// The Debian package that installs a dictionary: "en_GB" → "hunspell-en-gb".
QString debianPackage(const QString &dictionaryName);
// What to tell a reporter when a dictionary is missing: one sentence naming the package.
QString missingMessage(const QString &dictionaryName);

} // namespace Dictionaries
