// SPDX-License-Identifier: GPL-3.0-or-later
// Telling a partner's IPTC file from Copydesk's own formats, for the importer's choice of
// reader (the readers themselves are declared in importer.h).
#pragma once

#include <QByteArray>

namespace IptcReader {

// A ninjs item (an object with "uri" and one of "type", "version", "headlines", "bodies"),
// not the article JSON of `copydesk show --json`.
bool isNinjs(const QByteArray &json);

} // namespace IptcReader
