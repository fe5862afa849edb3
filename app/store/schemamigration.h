// SPDX-License-Identifier: GPL-3.0-or-later
// What opening a store does to its schema: check the version it claims, then upgrade it to this
// build's, all or nothing.
#pragma once

#include "store/articlestore.h"

class SqlDialect;

// The schema version the store at `db` says it is at; 0 for a new, empty one. Throws
// Unavailable, before anything is written, for what is not a Copydesk store (another program's
// tables, not a database) and for a version no Copydesk writes (negative or 0, not a number,
// missing from its table, more than one).
int readSchemaVersion(const QSqlDatabase &db, const SqlDialect &dialect, const QString &where);

// Makes the store at `db` ready for use: refuses a version that cannot be right (as above; newer
// than this build knows; one whose tables are missing) with the store untouched, runs the
// dialect's session setup, and upgrades an older schema in one transaction, so that an upgrade
// that fails part-way (a version older than the tables, a step that cannot run) leaves the store
// exactly as it was. Returns the version the store was at (0: this call created it).
int prepareSchema(QSqlDatabase &db, const SqlDialect &dialect, const QString &where,
    ArticleStore::TransactionState &transaction);
