// SPDX-License-Identifier: GPL-3.0-or-later
// The words a photo carries for the desk: caption, credit and alt text from its IPTC, XMP and
// EXIF metadata.
#pragma once

#include <QByteArray>
#include <QString>

namespace Copydesk {

struct EmbeddedText
{
    QString caption; // IPTC Caption-Abstract, else XMP dc:description, else EXIF ImageDescription
    QString credit; // IPTC By-line, else XMP dc:creator, else IPTC Credit, else photoshop:Credit
    QString alt; // XMP Iptc4xmpCore:AltTextAccessibility
};

// Reads them with Exiv2; a field is empty when absent, blank or unreadable (metadata a photo
// cannot be refused for). Each is trimmed; lists (several By-lines, dc:creator) are joined with
// ", ". Safe to call from several threads at once.
EmbeddedText readEmbeddedText(const QByteArray &bytes);

} // namespace Copydesk
