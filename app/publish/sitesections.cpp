// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/sitesections.h"

#include "model/storylife.h"
#include "render/recommender.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <vector>

QString commonestLanguage(const QHash<QString, int> &counts)
{
    QString language;
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < language)) {
            best = it.value();
            language = it.key();
        }
    }
    return language.isEmpty() ? QStringLiteral("en") : language;
}

void SectionTallies::add(const QString &section, const QString &folder, const QString &language)
{
    if (folder.isEmpty())
        return;
    Tally &tally = m_tallies[folder];
    if (tally.name.isEmpty())
        tally.name = section;
    ++tally.stories;
    tally.languages << language;
}

QList<SectionLink> SectionTallies::links(
    const QString &siteLanguage, const QList<MenuSection> &menu) const
{
    const auto linkOf = [&siteLanguage](
                            const QString &folder, const Tally &tally, const QString &label) {
        return SectionLink {label.isEmpty() ? tally.name : label,
            QStringLiteral("section/") + folder + u'/',
            listLanguage(tally.languages, siteLanguage)};
    };
    QList<SectionLink> links;
    QSet<QString> listed;
    for (const MenuSection &entry : menu) {
        const QString folder = safeFolderName(entry.section);
        const auto found = m_tallies.find(folder);
        if (found == m_tallies.end() || listed.contains(folder))
            continue; // no page to lead to
        listed.insert(folder);
        links.append(linkOf(folder, found->second, entry.label));
    }
    std::vector<std::pair<QString, const Tally *>> order;
    for (const auto &[folder, tally] : m_tallies) {
        if (!listed.contains(folder))
            order.emplace_back(folder, &tally);
    }
    std::stable_sort(order.begin(), order.end(),
        [](const auto &x, const auto &y) { return x.second->stories > y.second->stories; });
    for (const auto &[folder, tally] : order)
        links.append(linkOf(folder, *tally, {}));
    return links;
}

QByteArray navigationKey(const QList<SectionLink> &sections)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        hash.addData(QByteArrayView("\0", 1));
    };
    for (const SectionLink &s : sections) {
        add(s.name);
        add(s.path);
        add(s.language);
    }
    return hash.result().toHex();
}

SiteNavigation siteNavigation(const QList<Article> &onSite, const QString &siteLanguage,
    const Article *previewed, const QList<MenuSection> &menu)
{
    const QDateTime now = Copydesk::currentTime();
    std::vector<const Article *> stories;
    stories.reserve(size_t(onSite.size()) + 1);
    for (const Article &a : onSite) {
        if (!a.headline.trimmed().isEmpty() && Copydesk::isDue(a, now)
            && !(previewed && a.id == previewed->id))
            stories.push_back(&a);
    }
    if (previewed)
        stories.push_back(previewed);
    // Newest first, as the publisher lists them: the newest story names its section.
    std::stable_sort(stories.begin(), stories.end(), [](const Article *x, const Article *y) {
        const QDateTime tx = publicationTime(*x);
        const QDateTime ty = publicationTime(*y);
        return tx != ty ? tx > ty : x->id < y->id;
    });

    SiteNavigation site;
    site.language = siteLanguage;
    if (site.language.isEmpty()) {
        QHash<QString, int> languages;
        for (const Article *a : stories)
            ++languages[a->language];
        site.language = commonestLanguage(languages);
    }
    QHash<QString, QString> folders;
    SectionTallies tallies;
    for (const Article *a : stories) {
        if (a->section.isEmpty())
            continue;
        auto folder = folders.find(a->section);
        if (folder == folders.end())
            folder = folders.insert(a->section, safeFolderName(a->section));
        tallies.add(a->section, *folder, a->language);
    }
    site.sections = tallies.links(site.language, menu);
    return site;
}
