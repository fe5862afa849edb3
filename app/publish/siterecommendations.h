// SPDX-License-Identifier: GPL-3.0-or-later
// "Recommended news" for every story of a whole run (issue 17 keeps them to a language).
#pragma once

#include "publish/sitestate.h"

#include <vector>

class SiteEditions;

// Fills each entry's `recommended` (positions in `entries`, the site order the state keeps,
// best first) through the tag and section index (Recommender): from the stories in the same
// reading language (Copydesk::readingLanguage) unless `mixLanguages`, and never another
// edition of the same story.
void recommendAll(std::vector<SiteEntry> &entries, const SiteEditions &editions, bool mixLanguages);
