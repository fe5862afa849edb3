// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/spellchecker.h"
#include "spelling/spellingpreferences.h"

#include <QObject>

#include <memory>

class ArticleStore;
struct Article;

// The spelling state one editor window shares between its headline, deck and body: the
// checker for the open article's language, what the newsroom and the reporter know, and the
// two ways of teaching it a word. Markers re-check when changed() is emitted.
class SpellingSession : public QObject
{
    Q_OBJECT

public:
    // `store` (may be null) holds the newsroom dictionary and the credited names.
    explicit SpellingSession(ArticleStore *store, QObject *parent = nullptr);
    ~SpellingSession() override;

    SpellChecker *checker() const { return m_checker.get(); }
    // Why nothing is underlined, when a dictionary is missing (names the package); else empty.
    QString problem() const;

    // The article now open: its language picks the dictionaries, its own bylines and
    // dateline are known names. Re-checks only when something changed.
    void setArticle(const Article &article);
    void setLanguage(const QString &language);
    void setPreferences(const SpellingPreferences &preferences);

    // "Add to dictionary": into the store's newsroom dictionary, for everyone. Returns an
    // error message, empty on success.
    QString addToDictionary(const QString &word);
    // "Ignore": into the reporter's own ignore list.
    QString ignore(const QString &word);

signals:
    // The checker or what it knows changed: everything must be checked again.
    void changed();

private:
    void rebuild();

    ArticleStore *m_store;
    SpellingPreferences m_preferences;
    IgnoreList m_ignoreList;
    QString m_language = QStringLiteral("en");
    QStringList m_articleNames;
    QStringList m_storeWords; // the newsroom dictionary and credited names, read once
    std::unique_ptr<SpellChecker> m_checker;
};
