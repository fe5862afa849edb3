// SPDX-License-Identifier: GPL-3.0-or-later
// Commands about stores as a whole rather than single articles.
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "store/sqldialect.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

int runMigrate(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("The store to copy from (an SQLite file or a URL)."),
        QStringLiteral("STORE"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("The store to copy into (postgresql://USER@HOST:PORT/DB)."),
        QStringLiteral("STORE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({from, to, json});
    if (!cli.parse(parser, 0, 0, {}))
        return ExitOk;
    if (!parser.isSet(from) || !parser.isSet(to))
        throw UserError {QStringLiteral("give both --from STORE and --to STORE")};
    const QString source = parser.value(from);
    const QString target = parser.value(to);
    // Opening a missing file would create an empty store and "copy" nothing: say so instead.
    if (!isPostgresLocation(source) && !QFileInfo(source).isFile())
        throw UserError {QStringLiteral("there is no store at %1").arg(source)};
    if (source == target)
        throw UserError {QStringLiteral("--from and --to are the same store")};

    auto sourceStore = ArticleStore::open(source, ArticleStore::OpenMode::ExistingOnly);
    auto targetStore = ArticleStore::open(target, ArticleStore::OpenMode::CreateIfMissing);
    if (targetStore->isNew())
        cli.err() << "copydesk migrate: created a new store at "
                  << targetStore->dialect().describe(target) << Qt::endl;
    const ArticleStore::CopyReport report = targetStore->copyFrom(*sourceStore);
    if (parser.isSet(json)) {
        cli.printJson(QJsonObject {{QStringLiteral("articles"), report.articles},
            {QStringLiteral("revisions"), report.revisions},
            {QStringLiteral("already_there"), report.alreadyThere},
            {QStringLiteral("dictionary_words"), report.words},
            {QStringLiteral("style_entries"), report.styleEntries},
            {QStringLiteral("imported_files"), report.importedFiles},
            {QStringLiteral("renamed_slugs"), QJsonArray::fromStringList(report.renamedSlugs)}});
        return ExitOk;
    }
    cli.out() << report.articles << " articles copied (" << report.revisions << " revisions), "
              << report.alreadyThere << " already in " << targetStore->dialect().describe(target)
              << ", " << report.words << " dictionary words copied, " << report.styleEntries
              << " style list entries copied" << Qt::endl;
    for (const QString &renamed : report.renamedSlugs)
        cli.out() << "slug taken, renamed: " << renamed << Qt::endl;
    return ExitOk;
}
