// SPDX-License-Identifier: GPL-3.0-or-later
// Telling files apart: a fast, deterministic content hash for the manifest.
#pragma once

#include <QByteArray>

// 128 bits as "HEX-HEX": change detection, not security.
QByteArray contentHash(const QByteArray &bytes);
