// SPDX-License-Identifier: GPL-3.0-or-later
// What a page is made of, hashed: the key the manifest keeps beside the page's file. A page
// whose key is the last run's is not rendered again (SiteWriter::keep).
#pragma once

#include "render/pagerenderer.h"

#include <QByteArray>
#include <QList>

struct SiteEntry;

// An article page: the article (by revision) and the recommended links as the page shows them
// (headline, address, date).
// With `editions`: the language links (each edition's language and address).
QByteArray articlePageKey(const QByteArray &siteKey, const SiteEntry &e,
    const QList<ArticleLink> &recommended, const QList<EditionLink> &editions = {});

// A list page: its kind, heading and language, and of each article headline, address, date,
// deck, language and thumbnail.
QByteArray listPageKey(const QByteArray &siteKey, const ListPage &page);
