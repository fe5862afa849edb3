// SPDX-License-Identifier: GPL-3.0-or-later
// Which stories on the site are editions of one another (issue 17): each page of a group names
// the others (<link rel="alternate" hreflang>, the language switcher, the sitemap's
// xhtml:link), and none recommends another edition of itself.
#pragma once

#include "render/pagerenderer.h"

#include <QHash>
#include <QList>
#include <QString>

class SiteEditions
{
public:
    // `sources`: every edition's source by the edition's id (ArticleStore::editionSources()).
    explicit SiteEditions(QHash<QString, QString> sources);

    // Whether the store has no editions at all.
    bool isEmpty() const { return m_sources.isEmpty(); }
    // Whether the story may have editions: it is one, or some edition names it.
    bool mayHaveEditions(const QString &id) const;
    // The group a story belongs to: its source's id, else its own.
    QString groupOf(const QString &id) const { return m_sources.value(id, id); }
    // A story on the site, at `path` below the root.
    void add(const QString &id, const QString &language, const QString &path);
    // The page's language links, its own marked current: Simplified, Traditional, then the
    // other languages.
    // Empty when no other edition of the story is on the site.
    QList<EditionLink> linksFor(const QString &id) const;

private:
    struct Member
    {
        QString id;
        QString language;
        QString path;
    };
    QHash<QString, QString> m_sources;
    QHash<QString, QList<Member>> m_groups;
    QHash<QString, int> m_editionCount; // of each source, whether on the site or not
};

// The sitemap's alternates for a page: an <xhtml:link> per edition and x-default, absolute.
QByteArray sitemapAlternates(const QList<EditionLink> &editions, const QString &baseUrl);
