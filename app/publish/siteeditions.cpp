// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/siteeditions.h"

#include "model/article.h"
#include "model/editions.h"
#include "publish/sitexml.h"

#include <algorithm>

SiteEditions::SiteEditions(QHash<QString, QString> sources) : m_sources(std::move(sources))
{
    for (const QString &source : std::as_const(m_sources))
        ++m_editionCount[source];
}

bool SiteEditions::mayHaveEditions(const QString &id) const
{
    return m_sources.contains(id) || m_editionCount.contains(id);
}

void SiteEditions::add(const QString &id, const QString &language, const QString &path)
{
    if (!mayHaveEditions(id))
        return;
    m_groups[groupOf(id)].append({id, language, path});
}

QList<EditionLink> SiteEditions::linksFor(const QString &id) const
{
    const QString group = groupOf(id);
    const auto found = m_groups.constFind(group);
    if (found == m_groups.cend() || found->size() < 2)
        return {};
    QList<Member> members = *found;
    // The same order on every page of the group: Simplified, Traditional, then the rest.
    const auto rank = [](const QString &language) {
        return isChineseLanguage(language) ? (isTraditionalChinese(language) ? 1 : 0) : 2;
    };
    std::sort(members.begin(), members.end(), [&rank](const Member &a, const Member &b) {
        if (rank(a.language) != rank(b.language))
            return rank(a.language) < rank(b.language);
        return a.language != b.language ? a.language < b.language : a.id < b.id;
    });
    QStringList languages;
    for (const Member &m : std::as_const(members))
        languages << m.language;
    QList<EditionLink> links;
    for (const Member &m : std::as_const(members))
        links.append({m.language, Copydesk::editionLabel(m.language, languages), m.path, m.id == id,
            m.id == group});
    // Without the source on the site, the first edition stands for the story.
    if (std::none_of(links.cbegin(), links.cend(), [](const EditionLink &l) { return l.source; }))
        links.first().source = true;
    return links;
}

QByteArray sitemapAlternates(const QList<EditionLink> &editions, const QString &baseUrl)
{
    QByteArray lines;
    for (const EditionLink &edition : editions) {
        const QByteArray href = xmlUrl(baseUrl + edition.path);
        lines += "<xhtml:link rel=\"alternate\" hreflang=\"" + xmlEscape(edition.language)
            + "\" href=\"" + href + "\"/>";
        if (edition.source)
            lines += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + href + "\"/>";
    }
    return lines;
}
