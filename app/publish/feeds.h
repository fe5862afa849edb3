// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

class SiteWriter;
struct SiteEntry;

// Articles in a feed: the newest of the list.
constexpr int kFeedSize = 50;

// RSS 2.0 and Atom for a list of articles, newest first: the site's or a section's.
struct Feeds
{
    QByteArray rss;
    QByteArray atom;
};

// `title` is the feed's name (the site's, or "SECTION - SITE"); `folder` the list's path below
// `baseUrl` ("" or "section/NAME/").
Feeds makeFeeds(const QString &title, const QString &folder,
    const std::vector<const SiteEntry *> &items, const QString &language, const QString &baseUrl);

// Stages the RSS and Atom feeds of a list (feed.xml and atom.xml in `folder`).
void stageFeeds(SiteWriter &writer, const QString &title, const QString &folder,
    const std::vector<const SiteEntry *> &items, const QString &language, const QString &baseUrl);
