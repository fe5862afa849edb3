// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/versions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtGlobal>

namespace {

// The SQLite library behind Qt's driver plugin, which may differ from the one we compiled
// against: ask the library itself.
QString sqliteVersion()
{
    const QString connection = QStringLiteral("copydesk-sqlite-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version.isEmpty() ? QStringLiteral("unavailable (no Qt SQLite driver)") : version;
}

QString builtIn(const char *version)
{
    return version ? QString::fromLatin1(version) : QStringLiteral("not built in");
}

} // namespace

QString componentVersions()
{
#ifdef COPYDESK_HUNSPELL_VERSION
    const char *hunspell = COPYDESK_HUNSPELL_VERSION;
#else
    const char *hunspell = nullptr;
#endif
#ifdef COPYDESK_MD4C_VERSION
    const char *md4c = COPYDESK_MD4C_VERSION;
#else
    const char *md4c = nullptr;
#endif
    return QStringLiteral("Qt %1\nSQLite %2\nHunspell %3\nmd4c %4\n")
        .arg(QString::fromLatin1(qVersion()), sqliteVersion(), builtIn(hunspell), builtIn(md4c));
}
