// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingpreferences.h"

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

// The 1-based column in characters of a misspelling (its UTF-16 column counted again).
qsizetype characterColumn(QStringView text, const Misspelling &m)
{
    const QStringView before = text.mid(m.offset - (m.column - 1), m.column - 1);
    return CharacterCounter(before).at(before.size()) + 1;
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
        "the start of the text. Exit 0 when clean, 4 when misspellings were found."));
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
    parser.addOptions({json, language, acronyms, noSuggestions});
    if (!cli.parse(parser, 1, 1, QStringLiteral("ID|FILE")))
        return ExitOk;
    const QString argument = parser.positionalArguments().constFirst();

    const SpellingPreferences preferences = SpellingPreferences::load();
    QList<CheckedText> texts;
    QString articleLanguage = QStringLiteral("en");
    QStringList knownNames;
    ArticleStore *store = nullptr;
    std::optional<Article> article;
    const bool isFile = isFileArgument(argument);
    if (isFile) {
        const QString text = cli.readTextFile(argument);
        texts.append({argument == u"-" ? QStringLiteral("-") : argument, {}, text, {}});
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
            article->headline, {}});
        texts.append({label + QStringLiteral("#deck"), QStringLiteral("deck"), article->deck, {}});
        texts.append({label, QStringLiteral("body"), article->body, {}});
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
                array.append(object);
            }
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
        }
        cli.out().flush();
    }
    return total > 0 ? ExitMisspellings : ExitOk;
}
