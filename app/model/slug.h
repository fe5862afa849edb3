// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// A URL-safe slug from a headline: "Council votes on the new bridge" → "council-votes-on-the-new-bridge".
// Accents fold to ASCII. A headline that is mostly Chinese (or that leaves fewer than three
// ASCII characters) gets a short stable id from the article's UUID instead: "a-3f9c2b1e".
QString slugFromHeadline(QStringView headline, QStringView articleId);

// Whether `slug` is safe as a file or folder name in a published site: lower-case ASCII
// letters, digits and single hyphens, 1–100 characters, no leading or trailing hyphen.
bool isValidSlug(QStringView slug);
