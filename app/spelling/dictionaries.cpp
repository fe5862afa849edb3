// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/dictionaries.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>

namespace Dictionaries {

QStringList searchPaths()
{
    QStringList paths;
    const QString own = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!own.isEmpty())
        paths << own + QStringLiteral("/dictionaries");
    for (const QString &data :
        QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        for (const char *sub : {"/hunspell", "/myspell/dicts", "/myspell"})
            paths << data + QLatin1StringView(sub);
    }
    paths.removeDuplicates();
    return paths;
}

QList<DictionaryInfo> installed()
{
    QList<DictionaryInfo> found;
    QSet<QString> names;
    for (const QString &path : searchPaths()) {
        const QDir dir(path);
        if (!dir.exists())
            continue;
        const QStringList affixFiles =
            dir.entryList({QStringLiteral("*.aff")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &aff : affixFiles) {
            const QString name = aff.chopped(4);
            const QString dic = dir.filePath(name + QStringLiteral(".dic"));
            // Debian's symlinks (en_GB-large → en_GB) resolve like any other file.
            if (names.contains(name) || !QFileInfo(dic).isReadable())
                continue;
            names.insert(name);
            found.append({name, dir.filePath(aff), dic});
        }
    }
    return found;
}

DictionaryInfo find(const QString &name)
{
    for (const QString &path : searchPaths()) {
        const QString aff = path + u'/' + name + QStringLiteral(".aff");
        const QString dic = path + u'/' + name + QStringLiteral(".dic");
        if (QFileInfo(aff).isReadable() && QFileInfo(dic).isReadable())
            return {name, aff, dic};
    }
    return {};
}

QString nameForLanguage(const QString &language, const QString &englishDefault)
{
    QString tag = language.trimmed();
    tag.replace(u'_', u'-');
    const QStringList parts = tag.split(u'-', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return englishDefault;
    const QString primary = parts.first().toLower();
    if (primary == u"zh" || primary == u"en") {
        // "en-GB" picks that variety; plain "en" and Chinese copy take the configured default.
        for (const QString &part : parts.mid(1)) {
            if (primary == u"en" && part.size() == 2)
                return QStringLiteral("en_") + part.toUpper();
        }
        return englishDefault;
    }
    for (const QString &part : parts.mid(1)) {
        if (part.size() == 2)
            return primary + u'_' + part.toUpper();
    }
    // A bare language: the installed dictionary for it, preferring the country of the same name
    // ("de" → de_DE, "fr" → fr_FR), else the bare name ("fr" as Debian's hunspell-fr installs it).
    if (find(primary).isValid())
        return primary;
    if (const QString same = primary + u'_' + primary.toUpper(); find(same).isValid())
        return same;
    for (const DictionaryInfo &info : installed()) {
        if (info.name.startsWith(primary + u'_'))
            return info.name;
    }
    return primary;
}

QStringList namesForLanguages(const QString &languages, const QString &englishDefault)
{
    QStringList names;
    for (const QString &language : languages.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = language.trimmed();
        // A dictionary name as installed ("en_GB", "de_DE_frami") is taken as it is.
        const QString name =
            find(trimmed).isValid() ? trimmed : nameForLanguage(trimmed, englishDefault);
        if (!names.contains(name))
            names << name;
    }
    if (names.isEmpty())
        names << englishDefault;
    return names;
}

QString debianPackage(const QString &dictionaryName)
{
    // Debian names most packages after the language alone; English, German, Portuguese and a
    // few more are split by country.
    const QString name = dictionaryName.toLower().replace(u'_', u'-');
    const QString primary = name.section(u'-', 0, 0);
    static const QHash<QString, QString> byCountry = {{QStringLiteral("en"), QStringLiteral("us")},
        {QStringLiteral("de"), QStringLiteral("de")}, {QStringLiteral("pt"), QStringLiteral("pt")}};
    if (!byCountry.contains(primary))
        return QStringLiteral("hunspell-") + primary;
    const QString country = name.section(u'-', 1, 1);
    return QStringLiteral("hunspell-%1-%2")
        .arg(primary, country.size() == 2 ? country : byCountry.value(primary));
}

QString missingMessage(const QString &dictionaryName)
{
    return QStringLiteral("no %1 spelling dictionary is installed; install the Debian package %2 "
                          "(sudo apt install %2) or put %1.aff and %1.dic in %3")
        .arg(dictionaryName, debianPackage(dictionaryName), searchPaths().value(0));
}

} // namespace Dictionaries
