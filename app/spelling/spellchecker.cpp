// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellchecker.h"

#include "model/article.h"
#include "spelling/dictionaries.h"
#include "spelling/hunspelldictionary.h"
#include "store/articlestore.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC) || c == QChar(0x2018);
}

// NATO, UNESCO, NATO's: two or more letters, every one upper case.
bool isAcronym(QStringView word)
{
    QStringView stem = word;
    if (stem.size() > 2 && isApostrophe(stem.at(stem.size() - 2))
        && (stem.back() == u's' || stem.back() == u'S'))
        stem.chop(2);
    int letters = 0;
    for (QChar c : stem) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

} // namespace

SpellChecker::SpellChecker(const QStringList &dictionaryNames)
{
    // The newsroom's own words, which no general dictionary has.
    for (const char *word : {"lede", "ledes", "graf", "grafs", "nutgraf", "dek", "deks", "hed",
             "heds", "subhed", "subheds", "dateline", "datelines", "byline", "bylines", "copydesk"})
        addKnownWord(QString::fromLatin1(word));
    for (const QString &name : dictionaryNames) {
        const DictionaryInfo info = Dictionaries::find(name);
        QString error;
        if (auto dictionary = info.isValid() ? HunspellDictionary::load(info, &error) : nullptr)
            m_dictionaries.push_back(std::move(dictionary));
        else
            m_errors << (error.isEmpty() ? Dictionaries::missingMessage(name) : error);
    }
}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::dictionariesFor(const QString &language, const QString &englishDefault)
{
    return Dictionaries::namesForLanguages(language, englishDefault);
}

QStringList SpellChecker::dictionaryNames() const
{
    QStringList names;
    for (const auto &dictionary : m_dictionaries)
        names << dictionary->name();
    return names;
}

QString SpellChecker::normalized(QStringView word)
{
    QString text = word.toString();
    for (QChar &c : text) {
        if (c == QChar(0x2019) || c == QChar(0x02BC) || c == QChar(0x2018))
            c = u'\'';
    }
    return text;
}

void SpellChecker::addKnownWord(const QString &word)
{
    const QString folded = normalized(word.trimmed()).toCaseFolded();
    if (!folded.isEmpty())
        m_known.insert(folded);
}

void SpellChecker::addKnownNames(const QStringList &texts)
{
    for (const QString &text : texts) {
        MarkdownLineState state;
        for (const WordSpan &span : checkableWords(text, state))
            addKnownWord(text.mid(span.start, span.length));
    }
}

bool SpellChecker::isKnown(QStringView word) const
{
    if (m_known.isEmpty() && m_articleNames.isEmpty())
        return false;
    const QString folded = normalized(word).toCaseFolded();
    return m_known.contains(folded) || m_articleNames.contains(folded);
}

void SpellChecker::setArticleNames(const QStringList &texts)
{
    m_articleNames.clear();
    for (const QString &text : texts) {
        MarkdownLineState state;
        for (const WordSpan &span : checkableWords(text, state))
            m_articleNames.insert(
                normalized(QStringView(text).mid(span.start, span.length)).toCaseFolded());
    }
}

void SpellChecker::addKnownWordsFrom(ArticleStore &store)
{
    for (const QString &word : store.dictionaryWords())
        addKnownWord(word);
    addKnownNames(store.creditedNames());
}

void SpellChecker::addKnownNamesOf(const Article &article)
{
    QStringList texts;
    for (const Byline &byline : article.bylines)
        texts << byline.name;
    texts << article.dateline.place << article.dateline.source;
    addKnownNames(texts);
}

bool SpellChecker::isCorrect(QStringView word)
{
    if (!m_checkAcronyms && isAcronym(word))
        return true;
    if (isKnown(word))
        return true;
    const QString key = normalized(word);
    auto cached = m_spellCache.constFind(key);
    if (cached == m_spellCache.cend()) {
        bool correct = m_dictionaries.empty(); // no dictionary: nothing is flagged
        for (const auto &dictionary : m_dictionaries) {
            if (dictionary->spell(key)) {
                correct = true;
                break;
            }
        }
        cached = m_spellCache.insert(key, correct);
    }
    if (*cached)
        return true;
    // A possessive of a known name ("Okafor's") is as right as the name. Not cached: names
    // become known after words were checked.
    const bool possessive = key.size() > 2 && key.endsWith(QStringLiteral("'s"));
    const QStringView stem = possessive ? QStringView(key).chopped(2) : QStringView(key);
    if (possessive && isKnown(stem))
        return true;
    // Chinese names in pinyin: "Zhao", "Xiaoming", "Huai'an" (not "ZHAO": that is an acronym).
    return m_acceptPinyinNames && stem.size() > 1 && stem.front().isUpper()
        && stem.mid(1).toString() == stem.mid(1).toString().toLower() && isPinyin(stem);
}

namespace {

// Every dictionary's suggestions, in dictionary order, each once.
template<typename Dictionaries>
QStringList mergedSuggestions(const Dictionaries &dictionaries, const QString &word)
{
    QStringList all;
    for (const auto &dictionary : dictionaries) {
        for (const QString &suggestion : dictionary->suggest(word)) {
            if (!all.contains(suggestion))
                all << suggestion;
        }
    }
    return all;
}

} // namespace

QStringList SpellChecker::suggestions(QStringView word, int max)
{
    const QString key = normalized(word);
    auto cached = m_suggestionCache.constFind(key);
    if (cached == m_suggestionCache.cend())
        cached = m_suggestionCache.insert(key, mergedSuggestions(m_dictionaries, key));
    return cached->mid(0, max);
}

void SpellChecker::prepareSuggestions(const QStringList &words)
{
    QStringList missing;
    for (const QString &word : words) {
        const QString key = normalized(word);
        if (!m_suggestionCache.contains(key) && !missing.contains(key))
            missing << key;
    }
    // A suggestion costs tens of milliseconds, loading a dictionary about as much as one:
    // another thread pays off from a handful of words on.
    constexpr int kWordsPerThread = 4;
    const int threads = qMin(QThread::idealThreadCount(), int(missing.size()) / kWordsPerThread);
    if (threads < 2) {
        for (const QString &word : missing)
            suggestions(word);
        return;
    }
    QList<DictionaryInfo> infos;
    for (const auto &dictionary : m_dictionaries)
        infos << dictionary->info();
    using Results = QList<QPair<QString, QStringList>>;
    QList<QFuture<Results>> futures;
    for (int t = 1; t < threads; ++t) {
        QStringList share;
        for (qsizetype i = t; i < missing.size(); i += threads)
            share << missing.at(i);
        futures << QtConcurrent::run([infos, share] {
            std::vector<std::unique_ptr<HunspellDictionary>> own;
            for (const DictionaryInfo &info : infos) {
                if (auto dictionary = HunspellDictionary::loadUnshared(info))
                    own.push_back(std::move(dictionary));
            }
            Results results;
            for (const QString &word : share)
                results.append({word, mergedSuggestions(own, word)});
            return results;
        });
    }
    for (qsizetype i = 0; i < missing.size(); i += threads)
        suggestions(missing.at(i));
    for (QFuture<Results> &future : futures) {
        for (const auto &[word, list] : future.result())
            m_suggestionCache.insert(word, list);
    }
}

QList<Misspelling> SpellChecker::checkLine(QStringView line, MarkdownLineState &state)
{
    QList<Misspelling> found;
    for (const WordSpan &span : checkableWords(line, state)) {
        const QStringView word = line.mid(span.start, span.length);
        if (!isCorrect(word))
            found.append({word.toString(), span.start, span.length, 1, span.start + 1});
    }
    return found;
}

QList<Misspelling> SpellChecker::check(QStringView text, bool frontMatter)
{
    QList<Misspelling> found;
    if (!isUsable())
        return found;
    MarkdownLineState state;
    state.atStart = frontMatter;
    forEachLine(text, [&](QStringView line, qsizetype start, int number) {
        for (Misspelling m : checkLine(line, state)) {
            m.offset += start;
            m.line = number;
            found.append(m);
        }
    });
    return found;
}
