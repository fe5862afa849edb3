// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-publish checks (issue 14): the content profile a story falls under, kept in the
// store, and what stands between the story and publication under it.
#pragma once

#include "model/contentprofile.h"

#include <QString>

class ArticleStore;
struct Article;

namespace PublishChecks {

// The profile for a section: its own when the newsroom set one, else the default one, else
// an empty profile (nothing required). `own` tells whether the section has its own.
Copydesk::ContentProfile profileFor(
    ArticleStore &store, const QString &section, bool *own = nullptr);
// Stores a profile for a section, or the default one for an empty section; a null profile
// removes it.
void setProfile(ArticleStore &store, const QString &section,
    const std::optional<Copydesk::ContentProfile> &profile);

// The profile's field rules, and with `spelling` / `style` set in it the misspellings and the
// style errors of the headline, deck and body.
QList<Copydesk::PublishCheck> check(ArticleStore &store, const Article &article);

// What blocks publication among `checks`, a line each: "deck: deck is empty".
QStringList blocking(const QList<Copydesk::PublishCheck> &checks);
// `notes` with the line that records publishing over the checks: by whom, when, why, and what
// was overruled (kept in the notes, and so in the revision).
QString overruledNotes(
    const QString &notes, const QString &user, const QString &reason, const QStringList &blocking);

} // namespace PublishChecks
