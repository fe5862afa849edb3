// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "style/stylechecker.h"

#include <QObject>
#include <QSet>

#include <memory>

class ArticleStore;

// The copy desk's checks for the open article, shared by the style underlines of its fields
// and Tools → Check Style: a StyleChecker for the article's language with the newsroom's rule
// switches and style list from the store, and the findings the reporter chose to ignore.
class StyleSession : public QObject
{
    Q_OBJECT

public:
    // `store` (may be null: no style list, every rule as by default).
    explicit StyleSession(ArticleStore *store, QObject *parent = nullptr);
    ~StyleSession() override;

    // The article now open: its language picks the rules, its publish time the day readers
    // read "yesterday" on, its dateline's date (else today) the day it was written. Re-checks
    // only when one of them changed.
    void setArticle(const Article &article);

    // Whether the fields are underlined at all (Tools → Underline Style Findings, remembered).
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // The findings in one line of Markdown, as StyleChecker::checkLine, less those ignored.
    QList<StyleFinding> checkLine(QStringView line, MarkdownLineState &state);

    // "Ignore rule here": this rule is not reported again for this text in this article.
    void ignore(const StyleFinding &finding);
    // The style list or the newsroom's switches changed in the store (Tools → Style List…).
    void reloadFromStore();

    ArticleStore *store() const { return m_store; }

signals:
    // The checks changed: everything must be checked again.
    void changed();

private:
    void rebuild();

    ArticleStore *m_store;
    QString m_articleId;
    QString m_language = QStringLiteral("en");
    QDate m_publishedDay;
    QDate m_writtenDay;
    bool m_enabled = true;
    QSet<QString> m_ignored; // "rule\ntext", per article
    std::unique_ptr<StyleChecker> m_checker;
};
