// SPDX-License-Identifier: GPL-3.0-or-later
// Word documents (.docx): paragraphs, headings, bold, italic, links and lists as Markdown.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DocxReader {

struct Document
{
    QString headline; // the paragraph styled Title, when there is one
    // The text; a picture stands after its paragraph as ![alt](media:picture-N), N its place
    // in `pictures` from 1, for the importer to give it the photo id it gets.
    QString markdown;
    struct Picture
    {
        QString name; // as the document keeps it: "image1.jpeg"
        QString alt; // the picture's description (Word's alt text), if any
        QByteArray bytes; // as embedded: not yet checked to be a photo
    };
    QList<Picture> pictures;
    QStringList warnings; // pictures left out: linked rather than embedded, missing, too large
};
// The placeholder target of picture `number` (1-based) in Document::markdown.
QString picturePlaceholder(qsizetype number);

// Limits that keep a hostile archive (a zip bomb) from filling memory: checked against the
// sizes the archive declares before inflating, and again while inflating.
inline constexpr qint64 kMaxEntryBytes = 32 * 1024 * 1024;
inline constexpr qint64 kMaxTotalBytes = 64 * 1024 * 1024;
inline constexpr qint64 kMaxRatio = 100; // uncompressed : compressed, for entries over 1 MB

// Reads a .docx from its bytes. Nothing when it is not a Word document that can be read
// safely; `error` then says why in words a reporter can act on.
std::optional<Document> read(const QByteArray &bytes, QString *error);

} // namespace DocxReader
