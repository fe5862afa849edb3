// SPDX-License-Identifier: GPL-3.0-or-later
// The import and convert commands.
#include "importcommands.h"

#include "chinesescript.h"
#include "cli/commandline.h"
#include "importer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <stdexcept>

int runImport(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print [{file, id, warnings}] as JSON."));
    const QCommandLineOption raw(QStringLiteral("raw"),
        QStringLiteral("Import verbatim: the first line is the headline, "
                       "the rest the body; no cleanup."));
    parser.addOptions({json, raw});
    parser.setApplicationDescription(QStringLiteral(
        "Imports .txt, .md (YAML front matter), .html, .docx and article .json files as new "
        "articles, reading headers, bylines and datelines and cleaning up the copy; every "
        "change is reported as a warning. Prints one new id per line."));
    cli.parse(parser, 1, -1, QStringLiteral("FILE..."));

    bool anyFailed = false;
    QJsonArray report;
    const QStringList paths = parser.positionalArguments();
    // Files are read a chunk at a time, then the chunk's articles are stored in one transaction:
    // one commit per chunk instead of one per file. Each article is still one create, and a file
    // that cannot be read never reaches the store.
    constexpr qsizetype kChunkFiles = 500;
    constexpr qint64 kChunkBytes = 64 * 1024 * 1024;
    for (qsizetype next = 0; next < paths.size();) {
        QList<std::pair<QString, ImportResult>> chunk;
        qint64 chunkBytes = 0;
        for (; next < paths.size() && chunk.size() < kChunkFiles && chunkBytes < kChunkBytes;
             ++next) {
            const QString &path = paths.at(next);
            try {
                ImportResult imported = Importer::importFile(path, parser.isSet(raw));
                chunkBytes += imported.article.body.size() * 2;
                chunk.append({path, std::move(imported)});
            } catch (const ImportError &error) {
                anyFailed = true;
                cli.err() << "copydesk import: " << error.message << Qt::endl;
            }
        }
        QList<Article> created;
        try {
            cli.store().batch([&] {
                for (const auto &[path, imported] : chunk)
                    created.append(cli.store().create(imported.article));
            });
        } catch (const StoreError &) {
            // Nothing of this chunk was stored; what earlier chunks stored stays, and is listed.
            if (parser.isSet(json))
                cli.printJson(report);
            throw;
        }
        for (qsizetype i = 0; i < created.size(); ++i) {
            if (parser.isSet(json)) {
                report.append(QJsonObject {{QStringLiteral("file"), chunk.at(i).first},
                    {QStringLiteral("id"), created.at(i).id},
                    {QStringLiteral("warnings"),
                        QJsonArray::fromStringList(chunk.at(i).second.warnings)}});
            } else {
                cli.out() << created.at(i).id << '\n';
            }
        }
        cli.out().flush();
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
        QStringLiteral("Between zh-Hans and zh-TW, also convert "
                       "vocabulary (软件 ↔ 軟體), not only characters."));
    const QCommandLineOption expect(QStringLiteral("expect-revision"),
        QStringLiteral("Refuse (exit 3) unless the stored revision is N."), QStringLiteral("N"));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print the saved article."));
    parser.addOptions({to, phrases, expect, json});
    parser.setApplicationDescription(QStringLiteral(
        "Converts an article between Simplified and Traditional Chinese with OpenCC: headline, "
        "deck, body, bylines, dateline, section, tags, editor, sign-off and notes. Saves a new "
        "revision with the language set to the target."));
    cli.parse(parser, 1, 1, QStringLiteral("ID"));

    const QString target = parser.value(to);
    if (!ChineseScript::conversionTargets().contains(target))
        throw UserError {
            QStringLiteral("--to takes one of %1, not \"%2\"")
                .arg(ChineseScript::conversionTargets().join(QStringLiteral(", ")), target)};
    Article article = cli.store().get(parser.positionalArguments().first());
    if (parser.isSet(expect)) {
        bool ok = false;
        const int expected = parser.value(expect).toInt(&ok);
        if (!ok)
            throw UserError {QStringLiteral("--expect-revision takes a revision number")};
        article.revision = expected; // the store refuses the save if someone saved since
    }
    if (!isChineseLanguage(article.language))
        throw UserError {QStringLiteral("the article is in \"%1\", not Chinese; set its language "
                                        "first (edit --set language=zh-Hans)")
                             .arg(article.language)};
    if (article.language == target) {
        cli.out() << article.id << " is already " << target << "; nothing to convert" << Qt::endl;
        return ExitOk;
    }
    const auto config = ChineseScript::configFor(article.language, target, parser.isSet(phrases));
    Article converted = article;
    if (config) {
        try {
            converted = ChineseScript::convertArticle(article, *config, target);
        } catch (const std::runtime_error &error) {
            throw UserError {QString::fromStdString(error.what())};
        }
    } else {
        converted.language = target; // same script, another tag (zh-Hant → zh-Hant-TW style)
    }
    const Article saved = cli.store().save(converted);
    if (parser.isSet(json))
        cli.printJson(saved.toJson());
    else
        cli.out() << saved.id << " revision " << saved.revision << " (" << target << ")"
                  << Qt::endl;
    return ExitOk;
}
