// SPDX-License-Identifier: GPL-3.0-or-later
#include "slug.h"

#include "textcounts.h"

#include <QList>

namespace {
constexpr qsizetype MaxSlugLength = 80;
}

QString slugFromHeadline(QStringView headline, QStringView articleId)
{
    int cjk = 0;
    int latinLetters = 0;
    QString slug;
    bool pendingHyphen = false;
    // Decomposing first turns "é" into "e" + combining accent; the accent is then dropped.
    const QString folded = headline.toString().normalized(QString::NormalizationForm_KD);
    for (char32_t cp : folded.toUcs4()) {
        if (isCjkCodePoint(cp)) {
            ++cjk;
            pendingHyphen = !slug.isEmpty();
            continue;
        }
        if (cp < 0x80 && QChar::isLetterOrNumber(cp)) {
            if (pendingHyphen)
                slug.append(u'-');
            pendingHyphen = false;
            slug.append(QChar(char16_t(cp)).toLower());
            ++latinLetters;
        } else if (QChar::category(cp) != QChar::Mark_NonSpacing && cp != U'\'' && cp != U'’') {
            pendingHyphen = !slug.isEmpty();
        }
    }
    if (slug.size() > MaxSlugLength) {
        slug.truncate(MaxSlugLength);
        const qsizetype lastHyphen = slug.lastIndexOf(u'-');
        if (lastHyphen > MaxSlugLength / 2)
            slug.truncate(lastHyphen);
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);

    if (latinLetters < 3 || cjk > latinLetters) {
        QString shortId;
        for (QChar c : articleId) {
            if (c.isLetterOrNumber())
                shortId.append(c.toLower());
            if (shortId.size() == 8)
                break;
        }
        return QStringLiteral("a-") + shortId;
    }
    return slug;
}

bool isValidSlug(QStringView slug)
{
    if (slug.isEmpty() || slug.size() > 100 || slug.startsWith(u'-') || slug.endsWith(u'-'))
        return false;
    QChar previous;
    for (QChar c : slug) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok || (c == u'-' && previous == u'-'))
            return false;
        previous = c;
    }
    return true;
}
