// SPDX-License-Identifier: GPL-3.0-or-later
// The words of a search query, the same for both back ends and for every caller, and their
// spellings in either script.
#include "store/articlestore.h"

#include "script/chinesescript.h"
#include "store/sqldialect.h"

#include <algorithm>

ArticleStore::SearchTerms ArticleStore::searchTerms(const QString &query)
{
    SearchTerms result;
    qsizetype characters = 0;
    qsizetype from = 0;
    while (from < query.size()) {
        // The next word: quotes are how people type phrases, so they separate words too.
        const auto isSeparator = [](QChar c) { return c.isSpace() || c == u'"'; };
        while (from < query.size() && isSeparator(query.at(from)))
            ++from;
        qsizetype to = from;
        while (to < query.size() && !isSeparator(query.at(to)))
            ++to;
        if (to == from)
            break;
        QString term = query.mid(from, to - from);
        from = to;
        // A lone "-" or "&" between words narrows nothing (and no index holds it).
        if (std::none_of(term.cbegin(), term.cend(),
                [](QChar c) { return c.isLetterOrNumber() || c.isHighSurrogate(); }))
            continue;
        if (result.terms.size() == kMaxSearchTerms || characters == kMaxSearchCharacters) {
            result.cut = true;
            break;
        }
        if (characters + term.size() > kMaxSearchCharacters) {
            qsizetype keep = kMaxSearchCharacters - characters;
            if (keep > 0 && term.at(keep - 1).isHighSurrogate())
                --keep; // never half a character
            term.truncate(keep);
            result.cut = true;
        }
        characters += term.size();
        if (!term.isEmpty())
            result.terms << term;
        if (result.cut)
            break;
    }
    return result;
}

QList<SearchHit> ArticleStore::search(const QString &text, int limit)
{
    flushIndex(); // inside a batch: what it created so far is found too
    const QStringList terms = searchTerms(text).terms;
    if (terms.isEmpty())
        return {};
    // A term in either script finds the story in the other (OpenCC's conversions).
    QList<QStringList> spellings;
    for (const QString &term : terms)
        spellings << ChineseScript::searchSpellings(term);
    QSqlDatabase db = database();
    return m_dialect->search(db, spellings, limit);
}
