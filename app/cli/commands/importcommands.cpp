// SPDX-License-Identifier: GPL-3.0-or-later
// The import and convert commands.
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "importing/importer.h"
#include "model/editions.h"
#include "script/chinesescript.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent>

#include <algorithm>
#include <functional>
#include <optional>
#include <stdexcept>

int runImport(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print [{file, id, warnings, skipped}] as JSON."));
    const QCommandLineOption raw(QStringLiteral("raw"),
        QStringLiteral("Import verbatim: the first line is the headline, "
                       "the rest the body; no cleanup."));
    const QCommandLineOption again(QStringLiteral("again"),
        QStringLiteral("Import files this store has imported before once more, as new "
                       "articles (without it they are skipped)."));
    parser.addOptions({json, raw, again});
    parser.setApplicationDescription(QStringLiteral(
        "Imports .txt, .md (YAML front matter), .html, .docx and article .json files as new "
        "articles, reading headers, bylines and datelines and cleaning up the copy; every "
        "change is reported as a warning. Prints one new id per line, as each batch is stored. A "
        "file imported before (the same bytes) is skipped with a note, so running an "
        "interrupted import again stores nothing twice."));
    if (!cli.parse(parser, 1, -1, QStringLiteral("FILE|DIR...")))
        return ExitOk;

    bool anyFailed = false;
    QJsonArray report;
    const bool verbatim = parser.isSet(raw);

    // Files are read in chunks on all cores while the previous chunk is being stored; each
    // chunk is stored in one transaction (one commit, not one per file). Every article is
    // still one create, and a file that cannot be read never reaches the store.
    // A folder stands for the story files under it at any depth, in name order (hidden files
    // and links to folders are not followed); progress then goes to stderr, batch by batch.
    QStringList paths;
    bool folders = false;
    qsizetype notStories = 0;
    const QStringList suffixes = Importer::storySuffixes();
    for (const QString &argument : parser.positionalArguments()) {
        if (!QFileInfo(argument).isDir()) {
            paths << argument;
            continue;
        }
        folders = true;
        QStringList found;
        QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (suffixes.contains(QFileInfo(file).suffix().toLower()))
                found << file;
            else
                ++notStories;
        }
        if (found.isEmpty()) {
            anyFailed = true;
            cli.err() << "copydesk import: " << argument << ": no story files in this folder (."
                      << suffixes.join(QStringLiteral(" .")) << ")" << Qt::endl;
        }
        std::sort(found.begin(), found.end());
        paths << found;
    }
    if (notStories > 0)
        cli.err() << "copydesk import: left out " << notStories
                  << (notStories == 1 ? " file" : " files") << " of other kinds (photos, PDFs…)"
                  << Qt::endl;

    QList<QStringList> chunks {{}};
    qint64 chunkBytes = 0;
    qsizetype done = 0;
    for (const QString &path : std::as_const(paths)) {
        const qint64 size = QFileInfo(path).size();
        if (chunks.last().size() >= 200
            || (chunkBytes + size > 64 * 1024 * 1024 && !chunks.last().isEmpty())) {
            chunks.append(QStringList());
            chunkBytes = 0;
        }
        chunks.last() << path;
        chunkBytes += size;
    }
    struct Outcome
    {
        QString path;
        std::optional<ImportResult> result;
        QString error;
        QString sha256; // of the file's bytes: the import ledger's key
    };
    const std::function<Outcome(const QString &)> read = [verbatim](const QString &path) {
        try {
            Outcome outcome {path, Importer::importFile(path, verbatim), {}, {}};
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
                outcome.sha256 = QString::fromLatin1(hash.result().toHex());
            return outcome;
        } catch (const ImportError &error) {
            return Outcome {path, std::nullopt, error.message(), {}};
        }
    };
    // Files stored by this command, by hash: the same file named twice is stored once.
    QHash<QString, QString> storedNow;
    QFuture<Outcome> reading = QtConcurrent::mapped(chunks.first(), read);
    for (qsizetype c = 0; c < chunks.size(); ++c) {
        const QList<Outcome> outcomes = reading.results();
        if (c + 1 < chunks.size())
            reading = QtConcurrent::mapped(chunks.at(c + 1), read);
        QList<const Outcome *> readable;
        for (const Outcome &outcome : outcomes) {
            if (outcome.result) {
                QString before;
                if (!parser.isSet(again) && !outcome.sha256.isEmpty()) {
                    before = storedNow.value(outcome.sha256);
                    if (before.isEmpty())
                        before = cli.store().importedArticle(outcome.sha256);
                }
                if (before.isEmpty()) {
                    readable << &outcome;
                    if (!outcome.sha256.isEmpty())
                        storedNow.insert(
                            outcome.sha256, QStringLiteral("an earlier file of this import"));
                    continue;
                }
                cli.err() << "copydesk import: " << outcome.path << ": already imported as "
                          << before << ", skipped (--again imports it once more)" << Qt::endl;
                if (parser.isSet(json)) {
                    report.append(QJsonObject {{QStringLiteral("file"), outcome.path},
                        {QStringLiteral("id"), before}, {QStringLiteral("warnings"), QJsonArray()},
                        {QStringLiteral("skipped"), true}});
                }
            } else {
                anyFailed = true;
                cli.err() << "copydesk import: " << outcome.error << Qt::endl;
            }
        }
        QList<Article> created;
        try {
            cli.store().batch([&] {
                for (const Outcome *outcome : readable) {
                    // The pictures it brought, with it or not at all.
                    for (const ImportedOriginal &original : outcome->result->originals)
                        cli.store().addPhoto({original.sha256, original.mime, original.width,
                                                 original.height, original.bytes.size()},
                            original.bytes);
                    created.append(cli.store().create(outcome->result->article));
                    if (!outcome->sha256.isEmpty())
                        cli.store().recordImport(outcome->sha256, created.last().id);
                }
            });
        } catch (const StoreError &) {
            // Nothing of this chunk was stored; what earlier chunks stored stays, and is listed.
            reading.waitForFinished();
            if (parser.isSet(json))
                cli.printJson(report);
            throw;
        }
        for (qsizetype i = 0; i < created.size(); ++i) {
            storedNow.insert(readable.at(i)->sha256, created.at(i).id);
            if (parser.isSet(json)) {
                report.append(QJsonObject {{QStringLiteral("file"), readable.at(i)->path},
                    {QStringLiteral("id"), created.at(i).id},
                    {QStringLiteral("warnings"),
                        QJsonArray::fromStringList(readable.at(i)->result->warnings)},
                    {QStringLiteral("skipped"), false}});
            } else {
                cli.out() << created.at(i).id << '\n';
            }
        }
        cli.out().flush();
        done += outcomes.size();
        if (folders)
            cli.err() << "copydesk import: " << done << " of " << paths.size() << " files"
                      << Qt::endl;
    }
    if (parser.isSet(json))
        cli.printJson(report);
    return anyFailed ? ExitUserError : ExitOk;
}

int runConvert(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("The script to convert to: zh-Hans, zh-Hant, zh-TW "
                       "or zh-HK."),
        QStringLiteral("LANGUAGE"));
    const QCommandLineOption phrases(QStringLiteral("phrases"),
        QStringLiteral("Between zh-Hans and zh-TW or zh-HK, also convert "
                       "vocabulary (软件 ↔ 軟體), not only characters."));
    const QCommandLineOption asEdition(QStringLiteral("as-edition"),
        QStringLiteral("Make a new article, an edition linked to this one, and print its id; "
                       "the article itself stays as it is."));
    const QCommandLineOption again(QStringLiteral("again"),
        QStringLiteral("ID is an edition made by convert --as-edition: convert its source's "
                       "text now into it once more (its status, address and corrections stay)."));
    const QCommandLineOption expect = CommandLine::expectRevisionOption();
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print the saved article."));
    parser.addOptions({to, phrases, asEdition, again, expect, json});
    parser.setApplicationDescription(QStringLiteral(
        "Converts an article between Simplified and Traditional Chinese with OpenCC: headline, "
        "deck, body, bylines, dateline, section, tags, editor, sign-off, notes and photo "
        "captions. Saves a new revision with the language set to the target, or with "
        "--as-edition makes a linked edition of it."));
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID")))
        return ExitOk;
    const auto print = [&](const Article &saved, const QString &line) {
        if (parser.isSet(json))
            cli.printJson(saved.toJson());
        else
            cli.out() << line << Qt::endl;
    };
    // OpenCC's failures (a missing configuration) are the user's to fix.
    const auto withOpenCC = [](const auto &convert) {
        try {
            return convert();
        } catch (const std::runtime_error &error) {
            throw UserError {QString::fromStdString(error.what())};
        }
    };

    if (parser.isSet(again)) {
        if (parser.isSet(to) || parser.isSet(asEdition) || parser.isSet(phrases))
            throw UserError {QStringLiteral("--again converts as the edition was made: it takes "
                                            "no --to, --phrases or --as-edition")};
        Article edition = cli.store().get(parser.positionalArguments().first());
        CommandLine::applyExpectedRevision(parser, edition);
        if (edition.editionOf.isEmpty())
            throw UserError {QStringLiteral("%1 is not an edition: --again converts an edition's "
                                            "source into it once more")
                                 .arg(edition.id)};
        if (edition.editionConversion.isEmpty())
            throw UserError {QStringLiteral("%1 is a translation, not a conversion: a translator "
                                            "brings it up to date (edition %1 --caught-up)")
                                 .arg(edition.id)};
        const std::optional<Article> source = cli.store().find(edition.editionOf);
        if (!source || source->id != edition.editionOf)
            throw UserError {QStringLiteral("the source of %1 (%2) is no longer in the store")
                                 .arg(edition.id, edition.editionOf)};
        const Article saved = cli.store().save(
            withOpenCC([&] { return ChineseScript::caughtUpEdition(edition, *source); }));
        print(saved,
            QStringLiteral("%1 revision %2 (%3, from revision %4 of %5)")
                .arg(saved.id)
                .arg(saved.revision)
                .arg(saved.language)
                .arg(source->revision)
                .arg(source->id));
        return ExitOk;
    }

    const QString target = parser.value(to);
    if (!ChineseScript::conversionTargets().contains(target))
        throw UserError {
            QStringLiteral("--to takes one of %1, not \"%2\"")
                .arg(ChineseScript::conversionTargets().join(QStringLiteral(", ")), target)};
    Article article = cli.store().get(parser.positionalArguments().first());
    CommandLine::applyExpectedRevision(parser, article);
    if (!isChineseLanguage(article.language))
        throw UserError {QStringLiteral("the article is in \"%1\", not Chinese; set its language "
                                        "first (edit --set language=zh-Hans)")
                             .arg(article.language)};
    if (parser.isSet(asEdition)) {
        const EditionRefusal refusal = cli.store().editionRefusal(article, target);
        if (refusal.reason == EditionRefusal::IsAnEdition)
            throw UserError {QStringLiteral("%1 is itself an edition (of %2): make editions from "
                                            "the source, copydesk convert %2 --to %3 --as-edition")
                                 .arg(article.id, refusal.other, target)};
        if (refusal.reason == EditionRefusal::SameLanguage)
            throw UserError {QStringLiteral("%1 is already in %2: an edition is in another "
                                            "language")
                                 .arg(article.id, target)};
        if (refusal.reason == EditionRefusal::LanguageTaken)
            throw UserError {QStringLiteral("the story has a %1 edition already: %2 (bring "
                                            "it up to date with convert %2 --again)")
                                 .arg(target, refusal.other)};
        const Article created = cli.store().create(withOpenCC([&] {
            return ChineseScript::convertedEdition(article, target, parser.isSet(phrases));
        }));
        print(created, created.id);
        return ExitOk;
    }
    if (article.language == target) {
        cli.out() << article.id << " is already " << target << "; nothing to convert" << Qt::endl;
        return ExitOk;
    }
    const auto config = ChineseScript::configFor(article.language, target, parser.isSet(phrases));
    Article result = article;
    if (config) {
        result =
            withOpenCC([&] { return ChineseScript::convertArticle(article, *config, target); });
    } else {
        result.language = target; // same script, another tag (zh-Hant → zh-Hant-TW style)
    }
    const Article saved = cli.store().save(result);
    print(
        saved, QStringLiteral("%1 revision %2 (%3)").arg(saved.id).arg(saved.revision).arg(target));
    return ExitOk;
}
