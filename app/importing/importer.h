// SPDX-License-Identifier: GPL-3.0-or-later
// Import of copy from elsewhere — wire files (plain text, ninjs, NITF), saved news pages, Word
// documents, Markdown with front matter, article JSON — into a correctly structured Article, and
// the same cleanup for text pasted into the editor.
#pragma once

#include "model/article.h"
#include "model/articlefile.h"
#include "model/error.h"

#include <QByteArray>
#include <QStringList>

// A file that cannot be imported; the message names the file and the reason.
class ImportError : public Copydesk::Error
{
public:
    explicit ImportError(const QString &message) : Copydesk::Error(Input, message) { }
};

// A picture the file brought with it (a .docx holds its pictures, a saved page names them
// beside it), checked to be a photo: the original, for the caller to keep in the store in the
// same batch as the article, whose `media` lists it and whose body shows it.
struct ImportedOriginal
{
    QString sha256;
    QString mime;
    int width = 0;
    int height = 0;
    QByteArray bytes;
};

struct ImportResult
{
    Article article; // not yet stored: id and revision are empty
    QStringList warnings; // every change the importer made, for an editor to review
    QList<ImportedOriginal> originals; // one per photo in article.media, by SHA-256 once
};

namespace Importer {

// Larger than any article; a file over this is refused unread.
inline constexpr qint64 kMaxFileBytes = ArticleFile::kMaxBytes;

// Reads a file by its extension (.txt, .md, .html/.htm, .docx, .json — article or ninjs —,
// .nitf/.xml; others by content).
// `raw`: no cleanup and no reading of conventions, only the headline taken from the first
// line. Throws ImportError.
ImportResult importFile(const QString &path, bool raw = false);
// The extensions importFile() reads by name (lower case, without the dot): what an import of
// a folder takes from it.
QStringList storySuffixes();
// The same over bytes already read; `fileName` picks the format and names the file in errors.
ImportResult importData(const QByteArray &bytes, const QString &fileName, bool raw = false);

// The formats one by one (text already decoded).
ImportResult readPlainText(const QString &text, bool raw = false);
ImportResult readMarkdown(const QString &text, bool raw = false); // throws ImportError (YAML)
// `folder`: where the page was saved, for the pictures it names beside it (none: left out).
ImportResult readHtmlPage(const QString &html, bool raw = false, const QString &folder = {});
ImportResult readArticleJson(const QByteArray &json); // throws ImportError
// A partner's wire in the IPTC formats (iptcreader.cpp): a ninjs item (2.x, and 1.x's names)
// and NITF 3.x. Every field the exports write is read back; what an article cannot hold is a
// warning. A DTD, entity declarations, wrong JSON types and malformed XML throw ImportError.
ImportResult readNinjs(const QByteArray &json);
ImportResult readNitf(const QByteArray &xml);

// For the editor: pasted rich text (browser or Word HTML) as clean Markdown, and the
// cleanup of pasted plain text (converter pinyin, ASCII punctuation in Chinese).
QString pastedHtmlToMarkdown(const QString &html, QStringList *warnings = nullptr);
QString cleanUpPastedText(const QString &text, QStringList *warnings = nullptr);

} // namespace Importer
