// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellingpreferences.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString kEnglishKey = QStringLiteral("spelling/englishDictionary");
const QString kAcronymsKey = QStringLiteral("spelling/checkAcronyms");

// The editor's settings file (ui/settings/editorsettings.h), which the command line reads too.
QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/editor.conf");
}

} // namespace

SpellingPreferences SpellingPreferences::load()
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    SpellingPreferences preferences;
    preferences.englishDictionary =
        settings.value(kEnglishKey, preferences.englishDictionary).toString();
    preferences.checkAcronyms = settings.value(kAcronymsKey, preferences.checkAcronyms).toBool();
    return preferences;
}

void SpellingPreferences::save() const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(kEnglishKey, englishDictionary);
    settings.setValue(kAcronymsKey, checkAcronyms);
}

QString IgnoreList::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/spelling-ignore.txt");
}

IgnoreList::IgnoreList(const QString &path) : m_path(path) { }

QStringList IgnoreList::words() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList words;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !words.contains(word))
            words << word;
    }
    return words;
}

QString IgnoreList::add(const QString &text)
{
    const QString word = text.trimmed();
    QStringList all = words();
    if (word.isEmpty() || all.contains(word))
        return {};
    all << word;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return QStringLiteral("cannot create the folder of %1").arg(m_path);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
    file.write((all.join(u'\n') + u'\n').toUtf8());
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
    return {};
}
