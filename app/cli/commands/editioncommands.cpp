// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk edition ID --language L | --caught-up`: linked editions made by a translator
// (issue 17; machine editions are convert --as-edition).
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "model/editions.h"
#include "script/chinesescript.h"

#include <QJsonObject>

int runEdition(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("Make an empty draft in this language (en, zh-Hans, zh-Hant…), linked "
                       "to ID, for a translator: headline, fields and photos carried over, the "
                       "body empty. Prints its id."),
        QStringLiteral("L"));
    const QCommandLineOption caughtUp(QStringLiteral("caught-up"),
        QStringLiteral("ID is an edition: record that it now follows its source as the source "
                       "stands (a translator has brought it up to date)."));
    const QCommandLineOption expect = CommandLine::expectRevisionOption();
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print the saved article."));
    parser.addOptions({language, caughtUp, expect, json});
    parser.setApplicationDescription(QStringLiteral(
        "Linked editions of a story: the same story in Simplified and Traditional Chinese and "
        "in English, each an article of its own that names its source (show --json: "
        "edition_of, editions, edition_behind). convert ID --to L --as-edition makes a "
        "converted one."));
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID")))
        return ExitOk;
    if (parser.isSet(language) == parser.isSet(caughtUp))
        throw UserError {QStringLiteral("give --language L (a new edition) or --caught-up")};
    Article article = cli.store().get(parser.positionalArguments().first());
    CommandLine::applyExpectedRevision(parser, article);
    const auto print = [&](const Article &saved, const QString &line) {
        if (parser.isSet(json))
            cli.printJson(saved.toJson());
        else
            cli.out() << line << Qt::endl;
    };

    if (parser.isSet(caughtUp)) {
        if (article.editionOf.isEmpty())
            throw UserError {QStringLiteral("%1 is not an edition").arg(article.id)};
        const std::optional<Article> source = cli.store().find(article.editionOf);
        if (!source || source->id != article.editionOf)
            throw UserError {QStringLiteral("the source of %1 (%2) is no longer in the store")
                                 .arg(article.id, article.editionOf)};
        if (article.editionRevision == source->revision) {
            cli.out() << article.id << " follows revision " << source->revision << " of "
                      << source->id << " already" << Qt::endl;
            return ExitOk;
        }
        const Article saved = cli.store().save(ChineseScript::caughtUpEdition(article, *source));
        print(saved,
            QStringLiteral("%1 revision %2 (follows revision %3 of %4)")
                .arg(saved.id)
                .arg(saved.revision)
                .arg(source->revision)
                .arg(source->id));
        return ExitOk;
    }

    const QString wanted = parser.value(language).trimmed();
    Article probe;
    probe.language = wanted;
    if (wanted.isEmpty() || !probe.validate().isEmpty())
        throw UserError {
            QStringLiteral("--language takes a language tag (en, zh-Hans, zh-TW…), not \"%1\"")
                .arg(wanted)};
    const EditionRefusal refusal = cli.store().editionRefusal(article, wanted);
    if (refusal.reason == EditionRefusal::IsAnEdition)
        throw UserError {QStringLiteral("%1 is itself an edition (of %2): make editions from the "
                                        "source, copydesk edition %2 --language %3")
                             .arg(article.id, refusal.other, wanted)};
    if (refusal.reason == EditionRefusal::SameLanguage)
        throw UserError {QStringLiteral("%1 is in %2 already: an edition is in another language")
                             .arg(article.id, wanted)};
    if (refusal.reason == EditionRefusal::LanguageTaken)
        throw UserError {
            QStringLiteral("the story has a %1 edition already: %2").arg(wanted, refusal.other)};
    const Article created = cli.store().create(Copydesk::translationDraft(article, wanted));
    print(created, created.id);
    return ExitOk;
}
