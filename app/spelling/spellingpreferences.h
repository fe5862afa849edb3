// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The reporter's spelling settings, kept under "spelling/" in the editor's settings file
// (AppConfigLocation/editor.conf), which `copydesk check` reads too. Settings → Spelling sets them.
struct SpellingPreferences
{
    // The dictionary plain "en" copy (and the English in Chinese copy) is checked with.
    QString englishDictionary = QStringLiteral("en_US");
    // Whether ALL-CAPS words are checked too (off: they are taken as acronyms).
    bool checkAcronyms = false;

    static SpellingPreferences load();
    void save() const;
};

// The reporter's own ignore list: words "Ignore" was chosen for, one a line in
// AppDataLocation/spelling-ignore.txt. Unlike the newsroom dictionary it is never shared.
class IgnoreList
{
public:
    static QString defaultPath();
    explicit IgnoreList(const QString &path = defaultPath());

    QString path() const { return m_path; }
    QStringList words() const;
    // Adds the word and writes the file (whole, through QSaveFile); returns an error, empty on
    // success.
    QString add(const QString &word);

private:
    QString m_path;
};
