// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where the site is served, as `publish --base-url` and the publish dialog take it: an absolute
// http:// or https:// address ("https://news.example.org/", with a host, no user name, query
// or fragment) or a path from the server's root ("/", "/news/"). It is written verbatim into
// robots.txt, the sitemaps, the feeds and every page's canonical link, so a line break or any
// other character a URL cannot hold as it is would be a line or markup of its own there.
//
// Returns what is wrong with `url`, empty when it will do.
QString baseUrlProblem(const QString &url);
