// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/editions.h"

#include "model/article.h"

#include <QLocale>

namespace Copydesk {

QString editionGroup(const Article &article)
{
    return article.editionOf.isEmpty() ? article.id : article.editionOf;
}

bool editionTextDiffers(const Article &before, const Article &after)
{
    if (before.headline != after.headline || before.deck != after.deck
        || before.bylines != after.bylines || before.dateline != after.dateline
        || before.body != after.body || before.signoff != after.signoff
        || before.media.size() != after.media.size())
        return true;
    for (qsizetype i = 0; i < before.media.size(); ++i) {
        const Photo &a = before.media.at(i);
        const Photo &b = after.media.at(i);
        if (a.caption != b.caption || a.credit != b.credit || a.alt != b.alt)
            return true;
    }
    return false;
}

QString readingLanguage(const QString &language)
{
    if (isChineseLanguage(language))
        return isTraditionalChinese(language) ? QStringLiteral("zh-Hant")
                                              : QStringLiteral("zh-Hans");
    return language.section(u'-', 0, 0).toLower();
}

Article translationDraft(const Article &source, const QString &language)
{
    Article draft = source;
    draft.id.clear();
    draft.slug.clear();
    draft.revision = 0;
    draft.status = ArticleStatus::Draft;
    draft.created = {};
    draft.updated = {};
    draft.published = {};
    draft.corrections.clear();
    draft.killNotice.clear();
    draft.body.clear();
    draft.language = language;
    draft.editionOf = source.id;
    draft.editionRevision = source.revision;
    draft.editionConversion.clear();
    return draft;
}

QString editionLabel(const QString &language, const QStringList &groupLanguages)
{
    if (isChineseLanguage(language)) {
        const bool traditional = isTraditionalChinese(language);
        qsizetype sameScript = 0;
        for (const QString &other : groupLanguages) {
            if (isChineseLanguage(other) && isTraditionalChinese(other) == traditional)
                ++sameScript;
        }
        if (!traditional)
            return QStringLiteral("简体");
        if (sameScript > 1) {
            if (language.contains(u"TW", Qt::CaseInsensitive))
                return QStringLiteral("繁體（台灣）");
            if (language.contains(u"HK", Qt::CaseInsensitive))
                return QStringLiteral("繁體（香港）");
            if (language.contains(u"MO", Qt::CaseInsensitive))
                return QStringLiteral("繁體（澳門）");
        }
        return QStringLiteral("繁體");
    }
    if (language.startsWith(u"en", Qt::CaseInsensitive))
        return QStringLiteral("English");
    const QLocale locale(language);
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return name.isEmpty() ? language : name;
}

} // namespace Copydesk
