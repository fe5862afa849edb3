// SPDX-License-Identifier: GPL-3.0-or-later
// What each fuzz target feeds its input to: one function per reader of hostile input, shared
// by the libFuzzer targets beside this file and by tests/fuzzregressions, which runs every
// input that once crashed one (crashers/<target>/) in the ordinary build. A function returns
// for every input; a crash, a hang, a leak or an exception other than the reader's own
// refusal (ImportError) is a bug in the reader.
#pragma once

#include "importing/docxreader.h"
#include "importing/htmlreader.h"
#include "importing/importer.h"
#include "importing/readingconventions.h"
#include "importing/textencoding.h"
#include "model/articlefile.h"
#include "render/markdown.h"

#include <QBuffer>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <iterator>

namespace FuzzEntries {

// The text reader: import's guess among UTF-8, UTF-16, GB18030 and Big5, and the strict UTF-8
// of --body-file and check.
inline void text(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    QString problem;
    (void)decodeText(bytes, &problem);
    (void)ArticleFile::decodeUtf8(bytes, QStringLiteral("fuzz.txt"), &problem);
}

// The HTML reader, as a saved page and as pasted rich text.
inline void html(QByteArrayView data)
{
    const QString source = QString::fromUtf8(data);
    QStringList warnings;
    (void)HtmlReader::readPage(source, &warnings);
    (void)HtmlReader::fragmentToMarkdown(source, &warnings);
}

// The docx reader over whole files, the way import takes them (the Markdown it makes is read
// on, as import does).
inline void docx(QByteArrayView data)
{
    try {
        (void)Importer::importData(data.toByteArray(), QStringLiteral("fuzz.docx"));
    } catch (const ImportError &) {
    }
}

// The docx reader behind a valid zip: random bytes rarely make an archive whose checksums
// hold, so here the input is the XML of the parts, separated by NUL bytes — word/document.xml,
// then styles.xml, numbering.xml and _rels/document.xml.rels — stored in an archive made here.
inline void docxParts(QByteArrayView data)
{
    static const char *const kParts[] = {"word/document.xml", "word/styles.xml",
        "word/numbering.xml", "word/_rels/document.xml.rels"};
    QByteArray archive;
    {
        QBuffer buffer(&archive);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return;
        const QByteArray bytes = data.toByteArray();
        qsizetype from = 0;
        for (size_t k = 0; k < std::size(kParts) && from <= bytes.size(); ++k) {
            // The last part takes the rest, NUL bytes and all.
            qsizetype end = k + 1 < std::size(kParts) ? bytes.indexOf('\0', from) : -1;
            if (end < 0)
                end = bytes.size();
            QuaZipFile file(&zip);
            const QuaZipNewInfo info(QString::fromLatin1(kParts[k]));
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, 0 /* stored */))
                return;
            file.write(bytes.constData() + from, end - from);
            file.close();
            from = end + 1;
        }
        zip.close();
    }
    docx(archive);
}

// The front matter parser (YAML) and the Markdown import around it.
inline void frontMatter(QByteArrayView data)
{
    try {
        (void)Importer::readMarkdown(QString::fromUtf8(data));
    } catch (const ImportError &) {
    }
}

// The Markdown renderer (md4c and what Copydesk does with its output).
inline void markdown(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    const QString source = QString::fromUtf8(bytes);
    (void)markdownToHtmlUtf8(bytes);
    (void)markdownToHtml(source);
    (void)firstParagraphText(source);
    (void)topLevelBlockLines(source);
    (void)textBlocks(source);
}

// The conventions reader: each parser over each line, then over the whole as plain-text
// import reads a wire file (paragraphs, headline, headers, credits, sign-offs, furniture, end
// marks).
inline void conventions(QByteArrayView data)
{
    using namespace ReadingConventions;
    const QString source = QString::fromUtf8(data);
    for (QStringView line : QStringView(source).split(u'\n')) {
        (void)parseChineseNewsHeader(line);
        (void)parseChineseCredits(line);
        (void)parseReporterLine(line);
        (void)parseEditorLine(line);
        (void)parseEnglishByline(line);
        (void)isAffiliationLine(line);
        (void)parseEnglishDateline(line);
        (void)parseWireSignoff(line);
        (void)parseContributorLine(line);
        (void)parseDatelinedByline(line);
        (void)parseClosingCredit(line);
        (void)parseEndMark(line);
        (void)isFurnitureLabel(line);
    }
    (void)Importer::readPlainText(source);
}

// A partner's wire as import reads it by the file's name: NITF (QXmlStreamReader, the DTD
// refusal, the body as HTML for the HTML reader) and ninjs or article JSON.
inline void wire(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    for (const QString &name : {QStringLiteral("fuzz.nitf"), QStringLiteral("fuzz.json")}) {
        try {
            (void)Importer::importData(bytes, name);
        } catch (const ImportError &) {
        }
    }
}

struct Target
{
    const char *name; // the folder of its crashers and the fuzzer's name (fuzz_<name>)
    void (*run)(QByteArrayView);
};

inline constexpr Target kTargets[] = {{"text", text}, {"html", html}, {"docx", docx},
    {"docxparts", docxParts}, {"frontmatter", frontMatter}, {"markdown", markdown},
    {"conventions", conventions}, {"wire", wire}};

} // namespace FuzzEntries
