// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemamigration.h"

#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString untouched()
{
    return QStringLiteral("the store was not changed");
}

// Tells why a schema version cannot be right.
[[noreturn]] void refuse(const QString &where, const QString &problem)
{
    throw StoreError(StoreError::Unavailable,
        QStringLiteral("%1 %2: it is damaged or was changed by hand; %3")
            .arg(where, problem, untouched()));
}

// The version from the rows of copydesk_schema, which holds exactly one positive number.
int versionFrom(QSqlQuery &query, const QString &where)
{
    QList<QVariant> values;
    while (query.next())
        values << query.value(0);
    if (values.isEmpty())
        refuse(where, QStringLiteral("has no schema version (its copydesk_schema table is empty)"));
    bool ok = false;
    const int version = values.first().toInt(&ok);
    for (const QVariant &value : std::as_const(values)) {
        if (value != values.first())
            refuse(where, QStringLiteral("has %1 schema versions").arg(values.size()));
    }
    if (!ok || version <= 0)
        refuse(where,
            QStringLiteral("says its schema is version %1, which no Copydesk writes")
                .arg(values.first().toString()));
    return version;
}

// The tables that steps 1 to `version` create, by the step that creates each.
QList<std::pair<QString, int>> tablesUpTo(const QList<QStringList> &steps, int version)
{
    static const QRegularExpression createTable(
        QStringLiteral(
            "^\\s*CREATE\\s+(?:VIRTUAL\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<std::pair<QString, int>> tables;
    for (int step = 1; step <= version && step <= steps.size(); ++step) {
        for (const QString &statement : steps.at(step - 1)) {
            const QRegularExpressionMatch match = createTable.match(statement);
            if (match.hasMatch())
                tables.append({match.captured(1).toLower(), step});
        }
    }
    return tables;
}

// Runs steps from+1 … steps.size() and records the last as the version, all in the caller's
// transaction. A failing step is reported with its number: the store's version probably does
// not match its tables.
void upgrade(const QSqlDatabase &db, const SqlDialect &dialect, const QString &where,
    const QList<QStringList> &steps, int from)
{
    for (int next = from + 1; next <= steps.size(); ++next) {
        try {
            for (const QString &statement : steps.at(next - 1))
                execute(db, statement, where);
            dialect.migrateData(db, next);
        } catch (const StoreError &error) {
            throw StoreError(StoreError::Unavailable,
                QStringLiteral("%1 could not be upgraded from schema version %2 to %3: step %4 "
                               "failed (%5). If its version does not match its tables, it is "
                               "damaged or was changed by hand; %6")
                    .arg(where)
                    .arg(from)
                    .arg(steps.size())
                    .arg(next)
                    .arg(error.message(), untouched()));
        }
    }
    Statement(db, QStringLiteral("DELETE FROM copydesk_schema"), where).run();
    Statement(db, QStringLiteral("INSERT INTO copydesk_schema (version) VALUES (:v)"), where)
        .bind(QStringLiteral(":v"), int(steps.size()))
        .run();
}

} // namespace

int readSchemaVersion(const QSqlDatabase &db, const SqlDialect &dialect, const QString &where)
{
    QSqlQuery query(db);
    // A table that does not exist yet means a new, empty store: version 0. Any other failure
    // (a file that is not a database, a corrupt one) is reported, not mistaken for "new".
    if (!query.exec(QStringLiteral("SELECT version FROM copydesk_schema"))) {
        const QStringList tables = db.tables();
        if (!tables.contains(QStringLiteral("copydesk_schema")) && !db.lastError().isValid()) {
            if (!tables.isEmpty() && !dialect.sharesDatabase())
                throw StoreError(StoreError::Unavailable,
                    QStringLiteral("%1 is another program's database (tables: %2), not "
                                   "a Copydesk store; the file was not changed")
                        .arg(where, tables.mid(0, 5).join(QStringLiteral(", "))));
            return 0;
        }
        // On a shared store someone else may have created it in between: look once more.
        if (query.exec(QStringLiteral("SELECT version FROM copydesk_schema")))
            return versionFrom(query, where);
        const QString error = query.lastError().text().trimmed();
        if (db.tables().isEmpty() && !db.lastError().isValid())
            return 0;
        // SQLITE_NOTADB: a file of some other kind, which SQLite has only read.
        if (query.lastError().nativeErrorCode() == u"26")
            throw StoreError(StoreError::Unavailable,
                QStringLiteral("%1 is not a Copydesk store (not an SQLite database); "
                               "the file was not changed")
                    .arg(where));
        throw StoreError(StoreError::Unavailable,
            QStringLiteral("%1 is not a readable Copydesk store: %2").arg(where, error));
    }
    return versionFrom(query, where);
}

int prepareSchema(QSqlDatabase &db, const SqlDialect &dialect, const QString &where,
    ArticleStore::TransactionState &transaction)
{
    const QList<QStringList> steps = dialect.migrations();
    const int version = readSchemaVersion(db, dialect, where);
    if (version > steps.size())
        throw StoreError(StoreError::Unavailable,
            QStringLiteral("%1 was written by a newer Copydesk (schema %2; this version "
                           "reads up to %3). Update Copydesk; the store was not changed.")
                .arg(where)
                .arg(version)
                .arg(steps.size()));
    // A version newer than its tables: every command would fail on a missing table.
    if (version > 0) {
        QSet<QString> present;
        for (const QString &table : db.tables())
            present.insert(table.toLower());
        for (const auto &[table, step] : tablesUpTo(steps, version)) {
            if (!present.contains(table))
                refuse(where,
                    QStringLiteral("says its schema is version %1, but it has no table %2 "
                                   "(which version %3 added)")
                        .arg(version)
                        .arg(table)
                        .arg(step));
        }
    }
    if (version < steps.size() && transaction.readOnly)
        throw StoreError(StoreError::Unavailable,
            version == 0
                ? QStringLiteral("%1 holds no Copydesk store, and is read-only").arg(where)
                : QStringLiteral("%1 is at schema version %2 and needs upgrading to %3 by a "
                                 "Copydesk that may write to it; it is read-only here")
                      .arg(where)
                      .arg(version)
                      .arg(steps.size()));

    for (const QString &statement : dialect.sessionSetup())
        execute(db, statement, where);
    if (version == steps.size())
        return version;

    // Someone else may be migrating the same shared store: wait for them, then look again.
    for (const QString &statement : dialect.migrationLock())
        execute(db, statement, where);
    const auto unlock = qScopeGuard([&] {
        for (const QString &statement : dialect.migrationUnlock()) {
            QSqlQuery query(db);
            query.exec(statement);
        }
    });
    // One transaction for the whole upgrade (both back ends change their schema inside
    // transactions): a failure at any step leaves the store at the version it was. Inside it,
    // with the right to write, the version is read again: another process may have upgraded the
    // store since.
    // (Where copydesk_schema is missing its SELECT is not tried: on PostgreSQL a failed statement
    // would abort the transaction.)
    Transaction upgrading(db, dialect, where, &transaction);
    const int from = db.tables().contains(QStringLiteral("copydesk_schema"))
        ? readSchemaVersion(db, dialect, where)
        : 0;
    if (from < steps.size())
        upgrade(db, dialect, where, steps, from);
    upgrading.commit();
    return from;
}
