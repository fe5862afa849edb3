// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// zh_CN for Simplified, zh_TW for Traditional (Taiwan, Hong Kong, Macau, "Hant").
QString chooseLanguage(const QString &wanted)
{
    if (!wanted.isEmpty())
        return wanted;
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString t = tag.toLower();
        if (!t.startsWith(QLatin1StringView("zh")))
            continue;
        if (t.contains(QLatin1StringView("hant")) || t.contains(QLatin1StringView("tw"))
            || t.contains(QLatin1StringView("hk")) || t.contains(QLatin1StringView("mo")))
            return QStringLiteral("zh_TW");
        return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

} // namespace

QString installTranslations(const QString &language)
{
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString chosen = chooseLanguage(language);
    if (chosen == u"en") {
        // English chosen on a system in another language: English dates, and new articles in
        // English rather than the system's language.
        if (!language.isEmpty() && QLocale::system().language() != QLocale::English)
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return chosen;
    }
    app = new QTranslator;
    if (app->load(QStringLiteral(":/i18n/copydesk_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(app);
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Dates and numbers in the list follow the interface language.
    QLocale::setDefault(QLocale(chosen));
    return chosen;
}
