// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that create, read, change and find articles.
#include "cli/commandline.h"
#include "cli/commands/commands.h"
#include "style/publishchecks.h"

#include "model/storylife.h"
#include "store/demonewsroom.h"

#include <QJsonArray>

namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON."));

std::optional<ArticleStatus> statusOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const auto status = statusFromName(parser.value(name));
    if (!status)
        throw UserError {QStringLiteral("unknown status \"%1\" (expected one of: %2)")
                             .arg(parser.value(name), statusNames().join(QStringLiteral(", ")))};
    return status;
}

QString column(const QString &text, int width)
{
    QString cell = text.left(width);
    return cell + QString(qMax(0, width - int(cell.size())), u' ');
}

QString lengthText(const TextCounts &counts)
{
    if (counts.cjkChars > counts.words)
        return QStringLiteral("%1字").arg(counts.cjkChars);
    return QStringLiteral("%1w").arg(counts.words);
}

void printSummaryLine(QTextStream &out, const ArticleSummary &a)
{
    out << a.id.left(8) << "  " << column(statusName(a.status), 9) << " " << column(a.section, 12)
        << " " << a.updated.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
        << column(lengthText(a.counts), 7) << " " << a.headline << '\n';
}

void setFields(Article &article, const QStringList &assignments)
{
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            throw UserError {QStringLiteral("--set takes FIELD=VALUE, not \"%1\"").arg(assignment)};
        const QString field = assignment.left(equals).trimmed();
        if (field == u"id" || field == u"revision" || field == u"created" || field == u"updated"
            || field == u"counts")
            throw UserError {
                QStringLiteral("%1 is set by the store and cannot be edited").arg(field)};
        if (QString error = article.setField(field, assignment.mid(equals + 1)); !error.isEmpty())
            throw UserError {error};
    }
}

// A pasted paragraph is searched for by its first words (ArticleStore::searchTerms); the reporter
// is told, so that a search that finds too much is not a mystery.
void sayWhereQueryIsCut(CommandLine &cli, const QString &query)
{
    const ArticleStore::SearchTerms searched = ArticleStore::searchTerms(query);
    if (!searched.cut)
        return;
    const qsizetype characters = searched.terms.join(QString()).size();
    cli.err() << "copydesk search: searching for the first "
              << (characters == ArticleStore::kMaxSearchCharacters
                         ? QStringLiteral("%1 characters").arg(characters)
                         : QStringLiteral("%1 words").arg(searched.terms.size()))
              << " only (a search takes at most " << ArticleStore::kMaxSearchTerms << " words, "
              << ArticleStore::kMaxSearchCharacters << " characters in all)" << Qt::endl;
}

} // namespace

int runNew(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption headline(
        QStringLiteral("headline"), QStringLiteral("The headline."), QStringLiteral("TEXT"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("BCP 47 language: en, zh-Hans, zh-Hant…"), QStringLiteral("L"),
        QStringLiteral("en"));
    const QCommandLineOption section(
        QStringLiteral("section"), QStringLiteral("The section."), QStringLiteral("S"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"),
        QStringLiteral("Markdown body from a UTF-8 file (- for stdin)."), QStringLiteral("F"));
    const QCommandLineOption set(
        QStringLiteral("set"), QStringLiteral("Set any field."), QStringLiteral("FIELD=VALUE"));
    parser.addOptions({headline, language, section, bodyFile, set, kJson});
    if (!cli.parse(parser, 0, 0, {}))
        return ExitOk;

    if (!parser.isSet(headline))
        throw UserError {QStringLiteral("--headline is required")};
    Article article;
    article.headline = parser.value(headline).trimmed();
    if (article.headline.isEmpty())
        throw UserError {QStringLiteral("the headline is empty")};
    article.language = parser.value(language);
    article.section = parser.value(section).trimmed();
    if (parser.isSet(bodyFile))
        article.body = cli.readTextFile(parser.value(bodyFile));
    setFields(article, parser.values(set));
    if (QString error = article.validate(); !error.isEmpty())
        throw UserError {error};

    const Article created = cli.store().create(article);
    if (parser.isSet(kJson))
        cli.printJson(created.toJson());
    else
        cli.out() << created.id << Qt::endl;
    return ExitOk;
}

int runList(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption status(
        QStringLiteral("status"), QStringLiteral("Only this status."), QStringLiteral("S"));
    const QCommandLineOption section(
        QStringLiteral("section"), QStringLiteral("Only this section."), QStringLiteral("S"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), QStringLiteral("At most N articles."), QStringLiteral("N"));
    parser.addOptions({status, section, limit, kJson});
    if (!cli.parse(parser, 0, 0, {}))
        return ExitOk;

    ArticleQuery query;
    query.status = statusOption(parser, QStringLiteral("status"));
    query.section = parser.value(section);
    if (parser.isSet(limit))
        query.limit = CommandLine::wholeNumber(parser, limit, 0);
    const QList<ArticleSummary> rows = cli.store().list(query);
    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const ArticleSummary &row : rows)
            array.append(row.toJson());
        cli.printJson(array);
    } else {
        for (const ArticleSummary &row : rows)
            printSummaryLine(cli.out(), row);
        cli.out().flush();
    }
    return ExitOk;
}

int runShow(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.addOption(kJson);
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID|SLUG")))
        return ExitOk;

    const Article a = cli.store().get(parser.positionalArguments().first());
    const std::optional<EditLock> lock = cli.store().editLock(a.id);
    if (parser.isSet(kJson)) {
        QJsonObject object = a.toJson();
        QJsonArray editions;
        for (const EditionRef &edition : cli.store().editions(a))
            editions.append(edition.toJson());
        object.insert(QStringLiteral("editions"), editions);
        object.insert(QStringLiteral("edition_behind"), cli.store().editionBehind(a));
        // Only while someone has it open, so that the usual object stays as it always was.
        if (lock)
            object.insert(QStringLiteral("lock"), lock->toJson());
        cli.printJson(object);
        return ExitOk;
    }
    QTextStream &out = cli.out();
    out << a.headline << '\n';
    if (!a.deck.isEmpty())
        out << a.deck << '\n';
    out << '\n';
    for (const Byline &b : a.bylines) {
        QStringList parts {b.name};
        if (!b.role.isEmpty())
            parts << b.role;
        if (!b.affiliation.isEmpty())
            parts << b.affiliation;
        out << "Byline:   " << parts.join(QStringLiteral(", ")) << '\n';
    }
    if (!a.dateline.isEmpty()) {
        QStringList parts;
        for (const QString &part : {a.dateline.place, a.dateline.date, a.dateline.source}) {
            if (!part.isEmpty())
                parts << part;
        }
        out << "Dateline: " << parts.join(QStringLiteral(" · ")) << '\n';
    }
    const TextCounts counts = a.counts();
    out << "Status:   " << statusName(a.status) << "   Section: " << a.section
        << "   Language: " << a.language << '\n';
    out << "Id:       " << a.id << "   Slug: " << a.slug << "   Revision: " << a.revision << '\n';
    if (!a.editionOf.isEmpty())
        out << "Edition:  of " << a.editionOf << " (revision " << a.editionRevision << ")"
            << (cli.store().editionBehind(a) ? ", behind its source" : "") << '\n';
    for (const EditionRef &edition : cli.store().editions(a))
        out << "Also in:  " << edition.language << "  " << edition.id << '\n';
    out << "Length:   " << counts.words << " words, " << counts.cjkChars << " CJK characters, "
        << counts.chars << " characters";
    if (a.targetLength > 0)
        out << " (target " << a.targetLength << ")";
    out << '\n';
    if (!a.tags.isEmpty())
        out << "Tags:     " << a.tags.join(QStringLiteral(", ")) << '\n';
    if (lock)
        out << "Editing:  " << lock->description() << '\n';
    out << '\n' << a.body << '\n';
    if (!a.signoff.isEmpty())
        out << '\n' << a.signoff << '\n';
    out.flush();
    return ExitOk;
}

int runEdit(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption set(
        QStringLiteral("set"), QStringLiteral("Set a field."), QStringLiteral("FIELD=VALUE"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"),
        QStringLiteral("Replace the body from a UTF-8 file (- for stdin)."), QStringLiteral("F"));
    const QCommandLineOption expect = CommandLine::expectRevisionOption();
    const QCommandLineOption force(QStringLiteral("force"),
        QStringLiteral("Publish (status=published) although the content profile's checks fail; "
                       "needs --reason."));
    const QCommandLineOption reason(QStringLiteral("reason"),
        QStringLiteral("Why the checks are overruled: kept in the article's notes, and so in "
                       "its revision."),
        QStringLiteral("TEXT"));
    parser.addOptions({set, bodyFile, expect, force, reason, kJson});
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID")))
        return ExitOk;

    Article article = cli.store().get(parser.positionalArguments().first());
    const ArticleStatus wasStatus = article.status;
    CommandLine::applyExpectedRevision(parser, article);
    setFields(article, parser.values(set));
    if (parser.isSet(bodyFile))
        article.body = cli.readTextFile(parser.value(bodyFile));
    if (parser.values(set).isEmpty() && !parser.isSet(bodyFile))
        throw UserError {
            QStringLiteral("nothing to change: give --set FIELD=VALUE or --body-file")};
    if (parser.isSet(force) != parser.isSet(reason)
        || (parser.isSet(reason) && parser.value(reason).trimmed().isEmpty()))
        throw UserError {QStringLiteral("--force and --reason TEXT go together")};
    // Going out: the content profile's checks first (issue 14).
    if (article.status == ArticleStatus::Published && wasStatus != ArticleStatus::Published) {
        const QStringList blocking =
            PublishChecks::blocking(PublishChecks::check(cli.store(), article));
        if (!blocking.isEmpty() && !parser.isSet(force))
            throw UserError {QStringLiteral("not published: %1 (see `copydesk check %2 --publish`; "
                                            "--force --reason TEXT publishes anyway)")
                                 .arg(blocking.join(QStringLiteral("; ")), article.slug)};
        if (!blocking.isEmpty())
            article.notes = PublishChecks::overruledNotes(
                article.notes, cli.store().user(), parser.value(reason), blocking);
    }

    const Article saved = cli.store().save(article);
    if (parser.isSet(kJson))
        cli.printJson(saved.toJson());
    else
        cli.out() << saved.id << " revision " << saved.revision << Qt::endl;
    return ExitOk;
}

int runHistory(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.addOption(kJson);
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID")))
        return ExitOk;
    const QList<RevisionInfo> revisions = cli.store().history(parser.positionalArguments().first());
    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const RevisionInfo &revision : revisions)
            array.append(revision.toJson());
        cli.printJson(array);
        return ExitOk;
    }
    for (const RevisionInfo &r : revisions) {
        cli.out() << QStringLiteral("%1").arg(r.revision, 4) << "  "
                  << r.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
                  << column(r.savedBy, 12) << " " << column(statusName(r.status), 9) << " "
                  << r.headline << '\n';
    }
    cli.out().flush();
    return ExitOk;
}

int runRevert(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.addOption(kJson);
    if (!cli.parse(parser, 2, 2, QStringLiteral("ID REVISION")))
        return ExitOk;
    bool ok = false;
    const int revision = parser.positionalArguments().at(1).toInt(&ok);
    if (!ok || revision < 1)
        throw UserError {QStringLiteral("REVISION must be a revision number, not \"%1\"")
                             .arg(parser.positionalArguments().at(1))};
    const Article saved = cli.store().revert(parser.positionalArguments().first(), revision);
    if (parser.isSet(kJson))
        cli.printJson(saved.toJson());
    else
        cli.out() << saved.id << " revision " << saved.revision << " (as revision " << revision
                  << ")" << Qt::endl;
    return ExitOk;
}

namespace {

// --from/--to: a calendar day.
QDate dayOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return {};
    const QString value = parser.value(option).trimmed();
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (!day.isValid())
        throw UserError {QStringLiteral("--%1 takes a date (YYYY-MM-DD), not \"%2\"")
                             .arg(option.names().constFirst(), value)};
    return day;
}

void printHits(CommandLine &cli, const QList<SearchHit> &hits)
{
    for (const SearchHit &hit : hits) {
        printSummaryLine(cli.out(), hit.article);
        cli.out() << "          " << hit.snippet.marked(u"[", u"]") << '\n';
    }
}

} // namespace

int runSearch(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"),
        QStringLiteral("At most N results (with --page: N on a page)."), QStringLiteral("N"),
        QStringLiteral("50"));
    const QCommandLineOption section(
        QStringLiteral("section"), QStringLiteral("Only this section."), QStringLiteral("S"));
    const QCommandLineOption status(
        QStringLiteral("status"), QStringLiteral("Only this status."), QStringLiteral("S"));
    const QCommandLineOption author(QStringLiteral("author"),
        QStringLiteral("Only stories with NAME among their bylines."), QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("Only stories dated DATE or later (published, else last saved)."),
        QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Only stories dated DATE or earlier."), QStringLiteral("DATE"));
    const QCommandLineOption sort(QStringLiteral("sort"),
        QStringLiteral("relevance (the default), newest or oldest."), QStringLiteral("ORDER"));
    const QCommandLineOption page(QStringLiteral("page"),
        QStringLiteral("Page K of the results, --limit to a page (1-based)."), QStringLiteral("K"));
    const QCommandLineOption withTotal(QStringLiteral("with-total"),
        QStringLiteral("Count every match: --json prints {total, page, limit, hits}."));
    parser.addOptions({limit, section, status, author, from, to, sort, page, withTotal, kJson});
    parser.setApplicationDescription(QStringLiteral(
        "Searches headline, deck, body, bylines and tags for every word of QUERY, in either "
        "Chinese script. With no option but --limit (up to 300) the newest matches are ranked; "
        "any archive option searches every story. QUERY may be left out when a filter is "
        "given."));
    if (!cli.parse(parser, 0, -1, QStringLiteral("[QUERY]")))
        return ExitOk;
    const QString query = parser.positionalArguments().join(u' ');

    ArchiveSearch archive;
    archive.query = query;
    archive.section = parser.value(section);
    archive.status = statusOption(parser, QStringLiteral("status"));
    archive.author = parser.value(author).trimmed();
    archive.from = dayOption(parser, from);
    archive.to = dayOption(parser, to);
    if (archive.from.isValid() && archive.to.isValid() && archive.from > archive.to)
        throw UserError {
            QStringLiteral("--from %1 is after --to %2")
                .arg(archive.from.toString(Qt::ISODate), archive.to.toString(Qt::ISODate))};
    if (parser.isSet(sort)) {
        const QString order = parser.value(sort).trimmed().toLower();
        if (order == u"relevance")
            archive.sort = ArchiveSearch::Sort::Relevance;
        else if (order == u"newest")
            archive.sort = ArchiveSearch::Sort::Newest;
        else if (order == u"oldest")
            archive.sort = ArchiveSearch::Sort::Oldest;
        else
            throw UserError {QStringLiteral("--sort takes relevance, newest or oldest, not \"%1\"")
                                 .arg(parser.value(sort))};
    }
    archive.limit = CommandLine::wholeNumber(parser, limit, 1);
    archive.page = parser.isSet(page) ? CommandLine::wholeNumber(parser, page, 1) : 1;
    archive.countAll = parser.isSet(withTotal);

    const bool filtered = !archive.section.isEmpty() || archive.status || !archive.author.isEmpty()
        || archive.from.isValid() || archive.to.isValid();
    if (parser.positionalArguments().isEmpty() && !filtered)
        throw UserError {QStringLiteral(
            "give a QUERY, or a filter (--section, --status, --author, --from, --to)")};
    sayWhereQueryIsCut(cli, query);

    // Today's search, as scripts know it: the newest matches ranked. Anything an archive asks
    // for (a filter, an order, a page, a count, more than that window holds) searches it all.
    constexpr int kNewestRanked = 300;
    const bool wholeArchive = filtered || parser.isSet(sort) || parser.isSet(page)
        || archive.countAll || archive.limit > kNewestRanked;
    if (!wholeArchive) {
        const QList<SearchHit> hits = cli.store().search(query, archive.limit);
        if (parser.isSet(kJson)) {
            QJsonArray array;
            for (const SearchHit &hit : hits)
                array.append(hit.toJson());
            cli.printJson(array);
            return ExitOk;
        }
        printHits(cli, hits);
        cli.out().flush();
        return ExitOk;
    }

    const ArchiveResult result = cli.store().searchArchive(archive);
    QJsonArray array;
    if (parser.isSet(kJson)) {
        for (const SearchHit &hit : result.hits)
            array.append(hit.toJson());
        if (!archive.countAll) {
            cli.printJson(array);
            return ExitOk;
        }
        cli.printJson(QJsonObject {{QStringLiteral("total"), result.total},
            {QStringLiteral("page"), archive.page}, {QStringLiteral("limit"), archive.limit},
            {QStringLiteral("pages"), (result.total + archive.limit - 1) / archive.limit},
            {QStringLiteral("hits"), array}});
        return ExitOk;
    }
    printHits(cli, result.hits);
    if (archive.countAll) {
        const qint64 pages = (result.total + archive.limit - 1) / archive.limit;
        cli.out() << result.total << (result.total == 1 ? " match" : " matches") << ", page "
                  << archive.page << " of " << qMax<qint64>(1, pages) << '\n';
    }
    cli.out().flush();
    return ExitOk;
}

int runDelete(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption purge(QStringLiteral("purge"),
        QStringLiteral("Remove the article, its history and its notice page for good."));
    const QCommandLineOption notice(QStringLiteral("notice"),
        QStringLiteral("What the page left at a published story's address says."),
        QStringLiteral("TEXT"));
    parser.addOptions({purge, notice});
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID")))
        return ExitOk;
    const QString id = parser.positionalArguments().first();
    if (parser.isSet(purge)) {
        const Article article = cli.store().get(id);
        cli.store().purge(article.id);
        cli.out() << article.id << " purged" << Qt::endl;
    } else {
        const Article killed = cli.store().kill(
            id, parser.isSet(notice) ? std::optional(parser.value(notice)) : std::nullopt);
        cli.out() << killed.id << " killed (revision " << killed.revision << ")" << Qt::endl;
    }
    return ExitOk;
}

int runDemo(CommandLine &cli)
{
    QCommandLineParser parser;
    if (!cli.parse(parser, 0, 0, {}))
        return ExitOk;
    const int added = loadDemoNewsroom(cli.store());
    if (added == 0)
        cli.out() << "the store already holds articles; the demo newsroom was not loaded"
                  << Qt::endl;
    else
        cli.out() << added << " demo articles loaded" << Qt::endl;
    return ExitOk;
}
