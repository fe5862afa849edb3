// SPDX-License-Identifier: GPL-3.0-or-later
// The words of a search query, the same for both back ends and for every caller, and their
// spellings in either script.
#include "store/articlestore.h"

#include "script/chinesescript.h"
#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QSqlQuery>
#include <QSqlRecord>

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

namespace {

// "%, NAME, %": one of the byline names (joined with ", "), matched literally.
QString bylineNamePattern(const QString &name)
{
    QString escaped = name.trimmed().toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return QStringLiteral("%, ") + escaped + QStringLiteral(", %");
}

// The first moment of `day` in the local time zone, as the store writes times.
QString startOfDay(QDate day)
{
    return isoTimestamp(day.startOfDay());
}

} // namespace

ArchiveResult ArticleStore::searchArchive(const ArchiveSearch &search)
{
    flushIndex();
    const QStringList terms = searchTerms(search.query).terms;
    QList<QStringList> spellings;
    QStringList allSpellings;
    for (const QString &term : terms) {
        spellings << ChineseScript::searchSpellings(term);
        allSpellings << spellings.back();
    }
    SqlDialect::SearchSql sql;
    if (!terms.isEmpty())
        sql = m_dialect->searchSql(spellings);

    // The story's date: when it went out, else when it was last saved. ISO 8601 in UTC, so
    // text order is time order on both back ends.
    const QString date = QStringLiteral("COALESCE(a.published, a.updated)");
    QStringList conditions;
    if (!sql.match.isEmpty())
        conditions << u'(' + sql.match + u')';
    QVariantMap values = sql.values;
    if (!search.section.isEmpty()) {
        conditions << QStringLiteral("a.section = :section");
        values.insert(QStringLiteral(":section"), search.section);
    }
    if (search.status) {
        conditions << QStringLiteral("a.status = :status");
        values.insert(QStringLiteral(":status"), statusName(*search.status));
    }
    if (!search.author.trimmed().isEmpty()) {
        conditions << QStringLiteral(
            "lower(', ' || a.byline_names || ', ') LIKE :author ESCAPE '\\'");
        values.insert(QStringLiteral(":author"), bylineNamePattern(search.author));
    }
    if (search.from.isValid()) {
        conditions << date + QStringLiteral(" >= :from");
        values.insert(QStringLiteral(":from"), startOfDay(search.from));
    }
    if (search.to.isValid()) {
        conditions << date + QStringLiteral(" < :to");
        values.insert(QStringLiteral(":to"), startOfDay(search.to.addDays(1)));
    }
    const QString where = conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));

    QString order;
    switch (search.sort) {
    case ArchiveSearch::Sort::Relevance:
        order = sql.score.isEmpty()
            ? date + QStringLiteral(" DESC, a.seq DESC")
            : QStringLiteral("score DESC, ") + date + QStringLiteral(" DESC, a.seq DESC");
        break;
    case ArchiveSearch::Sort::Newest:
        order = date + QStringLiteral(" DESC, a.seq DESC");
        break;
    case ArchiveSearch::Sort::Oldest:
        order = date + QStringLiteral(" ASC, a.seq ASC");
        break;
    }
    const bool ranked = search.sort == ArchiveSearch::Sort::Relevance && !sql.score.isEmpty();
    const qint64 limit = qMax(1, search.limit);
    const qint64 offset = (qMax(1, search.page) - 1) * limit;

    QSqlDatabase db = database();
    const QString where_ = m_dialect->describe(m_location);
    // Only the placeholders a statement has are given values: a value for one it lacks would
    // take the place of the next.
    const auto bindAll = [&](Statement &statement, const QString &text) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            for (qsizetype at = text.indexOf(it.key()); at >= 0;
                 at = text.indexOf(it.key(), at + 1)) {
                const qsizetype end = at + it.key().size();
                if (end == text.size()
                    || !(text.at(end).isLetterOrNumber() || text.at(end) == u'_')) {
                    statement.bind(it.key(), it.value());
                    break;
                }
            }
        }
    };
    ArchiveResult result;
    // The page's row numbers first, then their rows: ordering every match by its columns would
    // carry each one's row (its body among them) through the sort.
    QList<qint64> page;
    {
        const QString text =
            QStringLiteral("SELECT a.seq%1 FROM %2%3 ORDER BY %4 LIMIT %5 OFFSET %6")
                .arg(ranked ? QStringLiteral(", ") + sql.score + QStringLiteral(" AS score")
                            : QString(),
                    sql.from, where, order)
                .arg(limit)
                .arg(offset);
        Statement statement(db, text, where_);
        bindAll(statement, text);
        QSqlQuery query = statement.run();
        while (query.next())
            page << query.value(0).toLongLong();
    }
    if (!page.isEmpty()) {
        QStringList numbers;
        for (qint64 seq : std::as_const(page))
            numbers << QString::number(seq);
        const QString text = QStringLiteral("SELECT a.seq, %1, a.deck, a.body FROM articles a "
                                            "WHERE a.seq IN (%2)")
                                 .arg(summaryColumns(QStringLiteral("a")), numbers.join(u','));
        Statement statement(db, text, where_);
        QSqlQuery query = statement.run();
        QHash<qint64, SearchHit> hits;
        while (query.next())
            hits.insert(query.value(0).toLongLong(), hitFromRecord(query.record(), allSpellings));
        for (qint64 seq : std::as_const(page)) {
            // (A story purged between the two statements is left out.)
            if (const auto found = hits.constFind(seq); found != hits.constEnd())
                result.hits.append(*found);
        }
    }
    if (search.countAll) {
        const QString text = QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(sql.from, where);
        Statement statement(db, text, where_);
        bindAll(statement, text);
        QSqlQuery query = statement.run();
        result.total = query.next() ? query.value(0).toLongLong() : 0;
    }
    return result;
}
