// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/wordscanner.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class ArticleStore;
class HunspellDictionary;
struct Article;

// One word the dictionaries do not know, where it is in the text that was checked.
struct Misspelling
{
    QString word; // as written
    qsizetype offset; // in UTF-16 code units from the start of the text (QString indices)
    qsizetype length;
    int line; // 1-based
    qsizetype column; // 1-based, in UTF-16 code units from the start of the line
};

// Checks newsroom copy against one or more Hunspell dictionaries ("en_US", or "en_US" and
// "en_GB" for mixed copy), knowing what a newsroom knows: words added to the newsroom
// dictionary, the reporter's ignore list, names from bylines and datelines.
//
// spell() answers are cached per word, so re-checking a paragraph after a keystroke costs
// little; suggestions are computed only when asked for. Use from one thread.
class SpellChecker
{
public:
    // Loads the named dictionaries; those that cannot be loaded are listed in errors().
    explicit SpellChecker(const QStringList &dictionaryNames);
    ~SpellChecker();

    // The dictionaries an article is checked with: Dictionaries::namesForLanguages() of its
    // language, `englishDefault` standing for plain "en" (and the English in Chinese copy).
    static QStringList dictionariesFor(
        const QString &language, const QString &englishDefault = QStringLiteral("en_US"));

    QStringList dictionaryNames() const;
    // One message per dictionary that could not be loaded, naming the package to install.
    QStringList errors() const { return m_errors; }
    // Whether anything can be checked at all; when not, check() finds nothing.
    bool isUsable() const { return !m_dictionaries.empty(); }

    // ALL-CAPS words of two or more letters (NATO, UNESCO) are taken as acronyms and not
    // checked, unless this is switched on.
    bool checksAcronyms() const { return m_checkAcronyms; }
    void setChecksAcronyms(bool check) { m_checkAcronyms = check; }

    // Capitalised words the dictionaries do not know but that are pinyin ("Zhao", "Xiaoming",
    // "Huai'an") are taken as Chinese names and places, unless this is switched off.
    bool acceptsPinyinNames() const { return m_acceptPinyinNames; }
    void setAcceptsPinyinNames(bool accept) { m_acceptPinyinNames = accept; }

    // Whether one word is spelled right (or known, or not checked: an acronym).
    bool isCorrect(QStringView word);
    // Up to `max` replacements, best first; ≈30 ms per call, so only on demand. Cached.
    QStringList suggestions(QStringView word, int max = 7);
    // Computes the suggestions for many words at once, on several threads when there are
    // enough of them to repay loading the dictionaries again (the command line lists
    // suggestions for every misspelling). Afterwards suggestions() answers from the cache.
    void prepareSuggestions(const QStringList &words);

    // The misspellings in one line of Markdown, in the state the previous line left.
    // Offsets and columns are relative to the line; `line` is 1.
    QList<Misspelling> checkLine(QStringView line, MarkdownLineState &state);
    // The misspellings in a whole text (Markdown or plain), line by line. `frontMatter`: the
    // text may start with YAML front matter (a file as imported), checked for headline and deck.
    QList<Misspelling> check(QStringView text, bool frontMatter = false);

    // Words that count as spelled right: the newsroom dictionary, the ignore list, names.
    // Compared without regard to case, so "QINGHE" in a dateline covers "Qinghe".
    void addKnownWord(const QString &word);
    // Every word of these texts ("Maria Santos", "NEWPORT, R.I.") becomes known.
    void addKnownNames(const QStringList &texts);
    bool isKnown(QStringView word) const;
    // The names of the article being edited (its bylines and dateline), replacing the previous
    // ones: a byline being typed must not leave "Oka", "Okaf" behind as known words.
    void setArticleNames(const QStringList &texts);
    // The newsroom dictionary and every byline and dateline name in the store.
    void addKnownWordsFrom(ArticleStore &store);
    // The names in this article's own bylines and dateline.
    void addKnownNamesOf(const Article &article);

    // Normalises a word as the dictionaries see it: curly apostrophes become '.
    static QString normalized(QStringView word);

private:
    std::vector<std::shared_ptr<HunspellDictionary>> m_dictionaries;
    QStringList m_errors;
    bool m_checkAcronyms = false;
    bool m_acceptPinyinNames = true;
    QSet<QString> m_known; // case-folded
    QSet<QString> m_articleNames; // case-folded
    QHash<QString, bool> m_spellCache;
    QHash<QString, QStringList> m_suggestionCache;
};
