// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "model/storylife.h"
#include "script/chinesescript.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingpreferences.h"
#include "style/stylechecker.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// One text that was checked: a file, or one field of an article.
struct CheckedText
{
    QString label; // "story.md", "river-road-bridge#headline"
    QString field; // empty for a file
    QString text;
    QList<Misspelling> misspellings;
    QList<StyleFinding> findings;
};

// Turns UTF-16 positions into character (code point) counts, walking the text once for
// misspellings sorted by offset.
class CharacterCounter
{
public:
    explicit CharacterCounter(QStringView text) : m_text(text) { }
    qsizetype at(qsizetype utf16Offset)
    {
        for (; m_position < utf16Offset && m_position < m_text.size(); ++m_position) {
            if (!m_text.at(m_position).isLowSurrogate())
                ++m_characters;
        }
        return m_characters;
    }

private:
    QStringView m_text;
    qsizetype m_position = 0;
    qsizetype m_characters = 0;
};

// The 1-based column in characters of a misspelling or finding (its UTF-16 column counted
// again).
template<typename Found>
qsizetype characterColumn(QStringView text, const Found &m)
{
    const QStringView before = text.mid(m.offset - (m.column - 1), m.column - 1);
    return CharacterCounter(before).at(before.size()) + 1;
}

// The day a file's story was written: its front matter's date, else the day it was last saved.
QDate fileWrittenDay(const QString &path, const QString &text)
{
    static const QRegularExpression dateKey(
        QStringLiteral(R"(^\s*date:\s*["']?(\d{4}-\d{2}-\d{2}))"),
        QRegularExpression::MultilineOption);
    if (text.startsWith(QStringLiteral("---"))) {
        const qsizetype end = text.indexOf(QStringLiteral("\n---"), 3);
        const QRegularExpressionMatch m = dateKey.match(text.left(end < 0 ? 0 : end));
        if (m.hasMatch())
            return QDate::fromString(m.captured(1), Qt::ISODate);
    }
    const QFileInfo info(path);
    return info.exists() ? info.lastModified().date()
                         : Copydesk::currentTime().toLocalTime().date();
}

// The day each passage of an article was written: the day of the oldest revision whose body
// holds the words around it, read from the history once and only when a relative date asks.
class WrittenDays
{
public:
    WrittenDays(ArticleStore &store, const Article &article)
        : m_store(store), m_article(article) { }

    QDate operator()(QStringView line, qsizetype offset)
    {
        const qsizetype from = qMax<qsizetype>(0, offset - 8);
        const QString passage = line.mid(from, qMin<qsizetype>(line.size() - from, 20)).toString();
        if (m_bodies.isEmpty()) {
            for (const RevisionInfo &info : m_store.history(m_article.id)) {
                m_bodies.append({info.savedAt.toLocalTime().date(),
                    m_store.revisionSnapshot(m_article.id, info.revision).body});
            }
            std::sort(m_bodies.begin(), m_bodies.end(),
                [](const auto &a, const auto &b) { return a.first < b.first; });
        }
        for (const auto &[day, body] : m_bodies) {
            if (body.contains(passage))
                return day;
        }
        return m_article.updated.toLocalTime().date();
    }

private:
    ArticleStore &m_store;
    const Article &m_article;
    QList<std::pair<QDate, QString>> m_bodies;
};

QJsonObject findingJson(const StyleFinding &f, QStringView text, qsizetype offset)
{
    return {{QStringLiteral("kind"), QStringLiteral("style")}, {QStringLiteral("rule"), f.rule},
        {QStringLiteral("severity"), severityName(f.severity)},
        {QStringLiteral("message"), f.message}, {QStringLiteral("replacement"), f.replacement},
        {QStringLiteral("word"), f.text}, {QStringLiteral("line"), f.line},
        {QStringLiteral("column"), characterColumn(text, f)}, {QStringLiteral("offset"), offset}};
}

// A file is one that exists (or "-"); something that looks like a path is a missing file
// rather than an article id.
bool isFileArgument(const QString &argument)
{
    if (argument == u"-" || QFileInfo::exists(argument))
        return true;
    static const QRegularExpression pathLike(QStringLiteral(R"([/\\]|\.(md|markdown|txt|text)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pathLike.match(argument).hasMatch();
}

// Front matter of a file names its people and places: they are known words for the body.
QStringList frontMatterNames(const QString &text)
{
    if (!text.startsWith(QStringLiteral("---")))
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("\n---"), 3);
    static const QRegularExpression nameLine(
        QStringLiteral(R"(^\s*(?:-\s*)?(?:name|place|source|affiliation):\s*(.+)$)"),
        QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = nameLine.globalMatch(text.left(end < 0 ? 0 : end)); it.hasNext();) {
        QString name = it.next().captured(1).trimmed();
        if (name.size() >= 2 && (name.front() == u'"' || name.front() == u'\'')
            && name.back() == name.front())
            name = name.mid(1, name.size() - 2);
        names << name;
    }
    return names;
}

} // namespace

int runCheck(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists misspellings of an article (headline, deck, body) or of a Markdown or text "
        "FILE (checked without a store; - reads standard input). Line and column are "
        "1-based; column and offset count characters (Unicode code points); offset is from "
        "the start of the text. With --style, the copy desk's findings too. Exit 0 when clean, "
        "4 when misspellings (or findings) were found."));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Print a JSON array of {word, line, column, offset, "
                       "suggestions} (articles add field)."));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("Dictionary language(s): en, en-GB, en_US, or several with commas. "
                       "Default: the article's language; en for files."),
        QStringLiteral("L"));
    const QCommandLineOption acronyms(
        QStringLiteral("check-acronyms"), QStringLiteral("Check ALL-CAPS words too."));
    const QCommandLineOption noSuggestions(QStringLiteral("no-suggestions"),
        QStringLiteral("Only list the misspellings (suggestions cost about 30 ms a word)."));
    const QCommandLineOption style(QStringLiteral("style"),
        QStringLiteral("Add the copy desk's findings (Chinese punctuation, script, the style "
                       "list, relative dates, wire style; see `copydesk style rules`): items "
                       "gain kind, and style items carry rule, severity, message and "
                       "replacement."));
    const QCommandLineOption publish(QStringLiteral("publish"),
        QStringLiteral("Instead: what stands between the article and publication under its "
                       "content profile (`copydesk profile`), as [{rule, severity, field, "
                       "message}]; exit 4 when something blocks it."));
    parser.addOptions({json, language, acronyms, noSuggestions, style, publish});
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID|FILE")))
        return ExitOk;
    const QString argument = parser.positionalArguments().constFirst();
    if (parser.isSet(publish)) {
        if (parser.isSet(style) || parser.isSet(language) || parser.isSet(acronyms)
            || parser.isSet(noSuggestions))
            throw UserError {QStringLiteral("--publish goes with --json only: the profile says "
                                            "what is checked")};
        return runPublishCheck(cli, argument, parser.isSet(json));
    }

    const SpellingPreferences preferences = SpellingPreferences::load();
    QList<CheckedText> texts;
    QString articleLanguage = QStringLiteral("en");
    QStringList knownNames;
    ArticleStore *store = nullptr;
    std::optional<Article> article;
    const bool isFile = isFileArgument(argument);
    if (isFile) {
        const QString text = cli.readTextFile(argument);
        texts.append({argument == u"-" ? QStringLiteral("-") : argument, {}, text, {}, {}});
        knownNames = frontMatterNames(text);
        // A file needs no store; an explicit --store still lends its newsroom dictionary.
        if (!cli.storeLocation().isEmpty())
            store = &cli.store();
    } else {
        store = &cli.store();
        article = store->get(argument);
        articleLanguage = article->language;
        const QString label = article->slug;
        texts.append({label + QStringLiteral("#headline"), QStringLiteral("headline"),
            article->headline, {}, {}});
        texts.append(
            {label + QStringLiteral("#deck"), QStringLiteral("deck"), article->deck, {}, {}});
        texts.append({label, QStringLiteral("body"), article->body, {}, {}});
    }

    SpellChecker checker(SpellChecker::dictionariesFor(
        parser.isSet(language) ? parser.value(language) : articleLanguage,
        preferences.englishDictionary));
    if (!checker.isUsable())
        throw UserError {checker.errors().join(QStringLiteral("; "))};
    for (const QString &error : checker.errors())
        cli.err() << "copydesk check: warning: " << error << Qt::endl;
    checker.setChecksAcronyms(preferences.checkAcronyms || parser.isSet(acronyms));
    checker.addKnownNames(knownNames);
    for (const QString &word : IgnoreList().words())
        checker.addKnownWord(word);
    if (store)
        checker.addKnownWordsFrom(*store);
    if (article)
        checker.addKnownNamesOf(*article);

    qsizetype total = 0;
    for (CheckedText &checked : texts) {
        checked.misspellings = checker.check(checked.text, isFile);
        total += checked.misspellings.size();
    }

    const bool withStyle = parser.isSet(style);
    std::optional<StyleFinding> datelineFinding;
    if (withStyle) {
        QString styleLanguage = articleLanguage;
        if (parser.isSet(language) && parser.value(language).startsWith(u"zh"))
            styleLanguage = parser.value(language);
        else if (isFile && !parser.isSet(language))
            styleLanguage = ChineseScript::detectLanguage(texts.constFirst().text);
        StyleContext context =
            store ? StyleContext::fromStore(*store, styleLanguage) : StyleContext();
        context.language = styleLanguage;
        std::optional<WrittenDays> writtenDays;
        if (article) {
            context.publishedDay = article->publishAt.isValid()
                ? article->publishAt.toLocalTime().date()
                : Copydesk::currentTime().toLocalTime().date();
            const QDate dated = QDate::fromString(article->dateline.date, Qt::ISODate);
            if (dated.isValid()) {
                context.writtenDay = dated;
            } else {
                writtenDays.emplace(*store, *article);
                context.writtenOn = [&writtenDays](QStringView line, qsizetype offset) {
                    return (*writtenDays)(line, offset);
                };
            }
        } else {
            context.publishedDay = Copydesk::currentTime().toLocalTime().date();
            context.writtenDay = fileWrittenDay(argument, texts.constFirst().text);
        }
        StyleChecker styleChecker(context);
        for (CheckedText &checked : texts) {
            checked.findings = styleChecker.check(checked.text, isFile);
            total += checked.findings.size();
        }
        if (article) {
            datelineFinding = styleChecker.checkDateline(article->dateline);
            if (datelineFinding)
                ++total;
        }
    }

    QStringList misspelled;
    for (const CheckedText &checked : texts) {
        for (const Misspelling &m : checked.misspellings)
            misspelled << m.word;
    }
    const bool suggest = !parser.isSet(noSuggestions);
    if (suggest)
        checker.prepareSuggestions(misspelled);
    const auto suggestionsFor = [&](const QString &word) {
        return suggest ? checker.suggestions(word) : QStringList();
    };

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CheckedText &checked : texts) {
            CharacterCounter characters(checked.text);
            for (const Misspelling &m : checked.misspellings) {
                const qsizetype offset = characters.at(m.offset);
                QJsonObject object {{QStringLiteral("word"), m.word},
                    {QStringLiteral("line"), m.line},
                    {QStringLiteral("column"), characterColumn(checked.text, m)},
                    {QStringLiteral("offset"), offset},
                    {QStringLiteral("suggestions"),
                        QJsonArray::fromStringList(suggestionsFor(m.word))}};
                if (!checked.field.isEmpty())
                    object.insert(QStringLiteral("field"), checked.field);
                if (withStyle)
                    object.insert(QStringLiteral("kind"), QStringLiteral("spelling"));
                array.append(object);
            }
            CharacterCounter styleCharacters(checked.text);
            for (const StyleFinding &f : checked.findings) {
                QJsonObject object = findingJson(f, checked.text, styleCharacters.at(f.offset));
                if (!checked.field.isEmpty())
                    object.insert(QStringLiteral("field"), checked.field);
                array.append(object);
            }
        }
        if (datelineFinding) {
            QJsonObject object = findingJson(*datelineFinding, article->dateline.place, 0);
            object.insert(QStringLiteral("field"), QStringLiteral("dateline"));
            array.append(object);
        }
        cli.printJson(array);
    } else {
        for (const CheckedText &checked : texts) {
            for (const Misspelling &m : checked.misspellings) {
                const QStringList suggestions = suggestionsFor(m.word);
                cli.out() << checked.label << ':' << m.line << ':'
                          << characterColumn(checked.text, m) << ": " << m.word;
                if (!suggestions.isEmpty())
                    cli.out() << " → " << suggestions.join(QStringLiteral(", "));
                cli.out() << '\n';
            }
            for (const StyleFinding &f : checked.findings) {
                cli.out() << checked.label << ':' << f.line << ':'
                          << characterColumn(checked.text, f) << ": " << severityName(f.severity)
                          << " [" << f.rule << "] " << f.message;
                if (!f.replacement.isEmpty())
                    cli.out() << " → " << f.replacement;
                cli.out() << '\n';
            }
        }
        if (datelineFinding) {
            cli.out() << article->slug << "#dateline: " << severityName(datelineFinding->severity)
                      << " [" << datelineFinding->rule << "] " << datelineFinding->message << " → "
                      << datelineFinding->replacement << '\n';
        }
        cli.out().flush();
    }
    return total > 0 ? ExitMisspellings : ExitOk;
}
