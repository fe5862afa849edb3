// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/siteaddresses.h"

#include "model/slug.h"
#include "publish/sitestate.h"

#include <QSet>

namespace {

bool isReservedDeviceName(QStringView name)
{
    static const QStringList reserved = {
        QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"), QStringLiteral("nul")};
    if (reserved.contains(name.toString()))
        return true;
    return name.size() == 4 && (name.startsWith(u"com") || name.startsWith(u"lpt"))
        && name.at(3).isDigit();
}

QString shortId(const QString &id)
{
    QString s;
    for (QChar c : id) {
        if (c.isLetterOrNumber())
            s += c.toLower();
        if (s.size() == 8)
            break;
    }
    return s;
}

} // namespace

// The address an article asks for: its slug, else one made from its headline.
QString wantedSlug(const Article &a)
{
    QString slug = a.slug;
    if (!isValidSlug(slug))
        slug = slugFromHeadline(a.headline, a.id);
    if (!isValidSlug(slug))
        slug = QStringLiteral("a-") + shortId(a.id);
    if (isReservedDeviceName(slug))
        slug += u'-' + shortId(a.id);
    return slug;
}

// Whether an article keeps the address it was published under: it still asks for it, or for
// the name that address was made from when it was taken.
bool keepsSlug(const QString &before, const Article &a)
{
    if (before.isEmpty() || !isValidSlug(before))
        return false;
    const QString wanted = wantedSlug(a);
    return before == wanted || before.startsWith(wanted + u'-');
}

KillNotices assignSlugs(std::vector<SiteEntry> &entries,
    const QHash<QString, QString> &previousSlugs, const QHash<QString, int> &killed,
    const KillNotices &lastNotices, QStringList &warnings)
{
    QSet<QString> taken;
    // A killed story's address keeps its notice page and is never given to another story.
    KillNotices notices;
    for (auto it = killed.cbegin(); it != killed.cend(); ++it) {
        QString slug = previousSlugs.value(it.key());
        if (slug.isEmpty())
            slug = lastNotices.value(it.key()).slug;
        if (slug.isEmpty() || taken.contains(slug))
            continue; // never on the site
        notices.insert(it.key(), {slug, it.value()});
        taken.insert(slug);
    }
    for (SiteEntry &e : entries) {
        const QString before = previousSlugs.value(e.article.id);
        if (keepsSlug(before, e.article) && !taken.contains(before)) {
            e.slug = before;
            taken.insert(before);
        } else {
            e.slug.clear();
        }
    }
    for (SiteEntry &e : entries) {
        if (!e.slug.isEmpty())
            continue;
        QString slug = wantedSlug(e.article);
        if (taken.contains(slug))
            slug = slug.left(90) + u'-' + shortId(e.article.id);
        for (int n = 2; taken.contains(slug); ++n)
            slug = wantedSlug(e.article).left(80) + u'-' + shortId(e.article.id) + u'-'
                + QString::number(n);
        if (slug != e.article.slug)
            warnings << QStringLiteral("article %1: published as \"%2\" (its slug \"%3\" is %4)")
                            .arg(e.article.id, slug, e.article.slug,
                                isValidSlug(e.article.slug) ? QStringLiteral("taken")
                                                            : QStringLiteral("not usable"));
        e.slug = slug;
        taken.insert(slug);
    }
    return notices;
}
