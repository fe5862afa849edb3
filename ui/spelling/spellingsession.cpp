// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellingsession.h"

#include "model/article.h"
#include "store/articlestore.h"

SpellingSession::SpellingSession(ArticleStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_preferences(SpellingPreferences::load())
{
    if (m_store) {
        try {
            m_storeWords = m_store->dictionaryWords();
            for (const QString &name : m_store->creditedNames())
                m_storeWords << name;
        } catch (const StoreError &error) {
            // An unreachable store costs the newsroom's words, not the checking.
            qWarning("spelling: %s", qPrintable(error.message()));
        }
    }
    rebuild();
}

SpellingSession::~SpellingSession() = default;

QString SpellingSession::problem() const
{
    return m_checker->errors().join(u'\n');
}

void SpellingSession::setArticle(const Article &article)
{
    QStringList names;
    for (const Byline &byline : article.bylines)
        names << byline.name;
    names << article.dateline.place << article.dateline.source;
    names.removeAll(QString());
    if (article.language != m_language) {
        m_language = article.language;
        m_articleNames = names;
        rebuild();
    } else if (names != m_articleNames) {
        // Names change as a byline is typed: no new checker, no store query, only a re-check.
        m_articleNames = names;
        m_checker->setArticleNames(m_articleNames);
        emit changed();
    }
}

void SpellingSession::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

void SpellingSession::setPreferences(const SpellingPreferences &preferences)
{
    m_preferences = preferences;
    rebuild();
}

void SpellingSession::rebuild()
{
    // Dictionaries are shared per process, so a new checker for another language is cheap
    // once each dictionary has been loaded.
    m_checker = std::make_unique<SpellChecker>(
        SpellChecker::dictionariesFor(m_language, m_preferences.englishDictionary));
    m_checker->setChecksAcronyms(m_preferences.checkAcronyms);
    for (const QString &word : m_ignoreList.words())
        m_checker->addKnownWord(word);
    m_checker->addKnownNames(m_storeWords);
    m_checker->setArticleNames(m_articleNames);
    emit changed();
}

QString SpellingSession::addToDictionary(const QString &word)
{
    if (m_store) {
        try {
            m_store->addDictionaryWord(word);
        } catch (const StoreError &error) {
            return error.message();
        }
    } else if (QString error = m_ignoreList.add(word); !error.isEmpty()) {
        return error;
    }
    m_storeWords << word;
    m_checker->addKnownWord(word);
    emit changed();
    return {};
}

QString SpellingSession::ignore(const QString &word)
{
    const QString error = m_ignoreList.add(word);
    m_checker->addKnownWord(word);
    emit changed();
    return error;
}
