// SPDX-License-Identifier: GPL-3.0-or-later
// The newsroom's style list and shared settings in the store: read by `copydesk check --style`
// and the editor's style checks for every reporter on the store, as the dictionary is.
#include "store/articlestore.h"

#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>

namespace {

// An entry is one line of text: no control characters (as Article::stripControlCharacters).
QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            if (u == u'\t' || u == u'\n' || u == u'\r')
                out += u' ';
            continue;
        }
        out += c;
    }
    return out.trimmed();
}

} // namespace

QString StyleEntry::kind() const
{
    if (exception)
        return QStringLiteral("exception");
    return replacement.isEmpty() ? QStringLiteral("banned") : QStringLiteral("preferred");
}

bool StyleEntry::appliesTo(QStringView articleLanguage) const
{
    if (language.isEmpty())
        return true;
    // "zh" covers zh-Hans and zh-Hant, "en" covers en-GB.
    return articleLanguage.compare(language, Qt::CaseInsensitive) == 0
        || articleLanguage.startsWith(language + u'-', Qt::CaseInsensitive);
}

QJsonObject StyleEntry::toJson() const
{
    return {{QStringLiteral("text"), text}, {QStringLiteral("kind"), kind()},
        {QStringLiteral("replacement"), replacement}, {QStringLiteral("severity"), severity},
        {QStringLiteral("language"), language}, {QStringLiteral("note"), note},
        {QStringLiteral("added_by"), addedBy}, {QStringLiteral("added_at"), addedAt}};
}

QStringList StyleEntry::severities()
{
    return {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")};
}

QList<StyleEntry> ArticleStore::styleList()
{
    QSqlQuery query = Statement(database(),
        QStringLiteral("SELECT text, replacement, exception, severity, language, note, added_by, "
                       "added_at FROM style_list ORDER BY text"),
        m_dialect->describe(m_location))
                          .run();
    QList<StyleEntry> entries;
    while (query.next()) {
        StyleEntry entry;
        entry.text = query.value(0).toString();
        entry.replacement = query.value(1).toString();
        entry.exception = query.value(2).toInt() != 0;
        entry.severity = query.value(3).toString();
        entry.language = query.value(4).toString();
        entry.note = query.value(5).toString();
        entry.addedBy = query.value(6).toString();
        entry.addedAt = query.value(7).toString();
        entries << entry;
    }
    return entries;
}

void ArticleStore::addStyleEntry(const StyleEntry &given)
{
    StyleEntry entry = given;
    entry.text = oneLine(entry.text);
    entry.replacement = oneLine(entry.replacement);
    entry.note = oneLine(entry.note);
    entry.language = entry.language.trimmed();
    const auto refuse = [](const QString &why) { throw StoreError(StoreError::Invalid, why); };
    if (entry.text.isEmpty())
        refuse(QStringLiteral("an empty text cannot go in the style list"));
    if (!StyleEntry::severities().contains(entry.severity))
        refuse(
            QStringLiteral("unknown severity \"%1\" (error, warning or info)").arg(entry.severity));
    if (entry.replacement == entry.text)
        refuse(QStringLiteral("\"%1\" cannot be preferred to itself").arg(entry.text));
    if (entry.exception && !entry.replacement.isEmpty())
        refuse(QStringLiteral("an exception is kept as written: it has no preferred form"));
    const QString where = m_dialect->describe(m_location);
    // Look, then update or insert: plain SQL both back ends speak.
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    const bool exists =
        Statement(database(), QStringLiteral("SELECT text FROM style_list WHERE text = :t"), where)
            .bind(QStringLiteral(":t"), entry.text)
            .run()
            .next();
    const QString sql = exists
        ? QStringLiteral("UPDATE style_list SET replacement = :r, exception = :e, severity = :s, "
                         "language = :l, note = :n, added_by = :by, added_at = :at "
                         "WHERE text = :t")
        : QStringLiteral("INSERT INTO style_list (text, replacement, exception, severity, "
                         "language, note, added_by, added_at) "
                         "VALUES (:t, :r, :e, :s, :l, :n, :by, :at)");
    // Empty texts bound as '' rather than NULL (the columns are NOT NULL).
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    Statement(database(), sql, where)
        .bind(QStringLiteral(":t"), entry.text)
        .bind(QStringLiteral(":r"), text(entry.replacement))
        .bind(QStringLiteral(":e"), entry.exception ? 1 : 0)
        .bind(QStringLiteral(":s"), entry.severity)
        .bind(QStringLiteral(":l"), text(entry.language))
        .bind(QStringLiteral(":n"), text(entry.note))
        .bind(QStringLiteral(":by"), m_user)
        .bind(QStringLiteral(":at"), isoTimestamp(QDateTime::currentDateTimeUtc()))
        .run();
    transaction.commit();
}

bool ArticleStore::removeStyleEntry(const QString &text)
{
    const QString where = m_dialect->describe(m_location);
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    QSqlQuery query =
        Statement(database(), QStringLiteral("DELETE FROM style_list WHERE text = :t"), where)
            .bind(QStringLiteral(":t"), text.trimmed())
            .run();
    const bool removed = query.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

QString ArticleStore::setting(const QString &key)
{
    QSqlQuery query =
        Statement(database(), QStringLiteral("SELECT value FROM settings WHERE key = :k"),
            m_dialect->describe(m_location))
            .bind(QStringLiteral(":k"), key)
            .run();
    return query.next() ? query.value(0).toString() : QString();
}

void ArticleStore::setSetting(const QString &key, const QString &value)
{
    const QString where = m_dialect->describe(m_location);
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    Statement(database(), QStringLiteral("DELETE FROM settings WHERE key = :k"), where)
        .bind(QStringLiteral(":k"), key)
        .run();
    if (!value.isEmpty()) {
        Statement(
            database(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"), where)
            .bind(QStringLiteral(":k"), key)
            .bind(QStringLiteral(":v"), value)
            .run();
    }
    transaction.commit();
}

int ArticleStore::copyStyleListFrom(ArticleStore &source)
{
    QSet<QString> known;
    for (const StyleEntry &entry : styleList())
        known.insert(entry.text);
    const QString where = m_dialect->describe(m_location);
    Transaction transaction(database(), *m_dialect, where, &m_transaction);
    int copied = 0;
    for (const StyleEntry &entry : source.styleList()) {
        if (known.contains(entry.text))
            continue;
        Statement(database(),
            QStringLiteral("INSERT INTO style_list (text, replacement, exception, severity, "
                           "language, note, added_by, added_at) "
                           "VALUES (:t, :r, :e, :s, :l, :n, :by, :at)"),
            where)
            .bind(QStringLiteral(":t"), entry.text)
            .bind(QStringLiteral(":r"), entry.replacement)
            .bind(QStringLiteral(":e"), entry.exception ? 1 : 0)
            .bind(QStringLiteral(":s"), entry.severity)
            .bind(QStringLiteral(":l"), entry.language)
            .bind(QStringLiteral(":n"), entry.note)
            .bind(QStringLiteral(":by"), entry.addedBy)
            .bind(QStringLiteral(":at"), entry.addedAt)
            .run();
        ++copied;
    }
    transaction.commit();
    return copied;
}
