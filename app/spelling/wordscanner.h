// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

// Where one word to check sits in a line of text.
struct WordSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    friend bool operator==(const WordSpan &, const WordSpan &) = default;
};

// What a line of Markdown inherits from the lines before it: whether it is inside fenced
// code or YAML front matter. The editor keeps one per block; a whole file threads one through.
struct MarkdownLineState
{
    enum Kind : quint8 { Text, FencedCode, FrontMatter };
    Kind kind = Text;
    QChar fenceChar; // ` or ~
    quint8 fenceLength = 0;
    // Whether a "---" line here opens front matter: true only for a file's first line.
    bool atStart = false;

    friend bool operator==(const MarkdownLineState &, const MarkdownLineState &) = default;
};

// The words in one line of Markdown (or plain text) that a spelling checker should look at,
// in order, and the state the next line starts in. Left out, because no dictionary can judge
// them and underlining them is noise: Chinese, Japanese and Korean text; URLs, e-mail addresses
// and @handles; numbers and words with digits (also every part of "COVID-19"); abbreviations
// and domains with inner dots ("e.g", "example.org"); Markdown syntax: link targets and
// reference labels, code spans, fenced code, autolinks, HTML tags and entities; in front
// matter everything but the headline and deck values. Hyphenated words come as their parts.
// Acronyms are returned: whether to skip them is SpellChecker's option.
QList<WordSpan> checkableWords(QStringView line, MarkdownLineState &state);

// The line as prose: what checkableWords() leaves out (code, link targets, URLs, e-mail
// addresses, handles, HTML, entities, fenced code, front matter keys) replaced by `filler`,
// so positions stay put. What the style checks read.
QString proseText(QStringView line, MarkdownLineState &state, QChar filler);

// Calls visit(line, start, number) for each line of `text` split at '\n' (`start` is the
// line's offset in `text`, `number` counts from 1): how a whole text is checked line by line.
template<typename Visit>
void forEachLine(QStringView text, Visit visit)
{
    qsizetype start = 0;
    for (int number = 1; start <= text.size(); ++number) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        visit(text.mid(start, end - start), start, number);
        start = end + 1;
    }
}

// Moves `state` past one line without looking for words (cheap): how the editor finds the
// state each block starts in.
void advanceLineState(QStringView line, MarkdownLineState &state);

// Whether a word (without tone marks) is a run of pinyin syllables: "Zhao", "Xiaoming",
// "Huai'an". Case does not matter.
bool isPinyin(QStringView word);
