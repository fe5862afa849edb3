// SPDX-License-Identifier: GPL-3.0-or-later
// The copy desk's checks beside spelling: Chinese punctuation (GB/T 15834), script
// consistency, the newsroom's style list, relative dates, and English wire style.
#pragma once

#include "model/article.h"
#include "spelling/wordscanner.h"
#include "store/articlestore.h"
#include "style/stylefinding.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <functional>

// What the checks need to know about the story and the newsroom.
struct StyleContext
{
    // The story's language: "en", "zh-Hans", "zh-Hant", "zh-TW", "zh-HK", …
    QString language = QStringLiteral("en");
    // The quotes Chinese copy wants: curly (“” ‘’) or corner brackets (「」『』). Empty: what
    // the story's script uses (curly for zh-Hans, corners for zh-Hant).
    QString chineseQuotes;
    // Rule ids switched against their default (StyleRule::onByDefault).
    QHash<QString, bool> ruleSwitches;
    QList<StyleEntry> styleList;
    // The day readers will read the story (publish_at when scheduled, else today), and the day
    // the words were written: `writtenOn` when set (asked with the line's text and the word's
    // offset in it), else `writtenDay`. Relative dates are checked only when both are known.
    QDate publishedDay;
    QDate writtenDay;
    std::function<QDate(QStringView line, qsizetype offset)> writtenOn;

    // The newsroom's switches and list from the store: settings "style.rules" (a JSON object
    // of rule → on) and "style.chinese_quotes".
    static StyleContext fromStore(ArticleStore &store, const QString &language);
};

// Checks lines of Markdown (as SpellChecker does) and an article's dateline. Cheap enough to
// re-check a paragraph on each keystroke; OpenCC is asked only about lines with Han characters
// that might be of the other script. Use from one thread.
class StyleChecker
{
public:
    explicit StyleChecker(StyleContext context);

    const StyleContext &context() const { return m_context; }
    bool isEnabled(QStringView rule) const;

    // The findings in one line of Markdown, in the state the previous line left; offsets and
    // columns are relative to the line, `line` is 1.
    QList<StyleFinding> checkLine(QStringView line, MarkdownLineState &state);
    // The findings in a whole text, line by line, with offsets from its start.
    QList<StyleFinding> check(QStringView text, bool frontMatter = false);
    // A dateline place not in AP's form (English stories only): the entry AP would write.
    std::optional<StyleFinding> checkDateline(const Dateline &dateline) const;

private:
    void chinesePunctuation(QStringView prose, QList<StyleFinding> &out) const;
    void chineseQuotes(QStringView prose, QList<StyleFinding> &out) const;
    void spacing(QStringView prose, QList<StyleFinding> &out) const;
    void fullwidthAlphanumerics(QStringView prose, QList<StyleFinding> &out) const;
    void scriptConsistency(QStringView prose, QList<StyleFinding> &out) const;
    void styleList(QStringView prose, QList<StyleFinding> &out) const;
    void relativeDates(QStringView line, QStringView prose, QList<StyleFinding> &out) const;
    void englishQuotes(QStringView prose, QList<StyleFinding> &out) const;
    // Drops findings of the Chinese and script rules inside the style list's exceptions.
    void keepExceptions(QStringView prose, QList<StyleFinding> &out) const;

    StyleContext m_context;
    bool m_chinese = false;
    bool m_english = false;
    bool m_cornerQuotes = false;
    QString m_scriptConfig; // OpenCC: the configuration that turns the story's script into itself
    QString m_characterConfig; // … character by character, to tell the other script's letters
};
