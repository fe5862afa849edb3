// SPDX-License-Identifier: GPL-3.0-or-later
// The published site's search folds Traditional characters into Simplified ones, in its index
// and in the reader's query, so that 茶馆 finds 茶館 and 茶館 finds 茶馆 there as in the store.
#pragma once

#include <QByteArray>

// search/fold.json: {"from": "…", "to": "…"}, two strings of the same length in UTF-16 code
// units, the i-th character of "from" read as the i-th of "to" (OpenCC's t2s, a character at a
// time). The same bytes on every run, so that a publish rewrites it only when OpenCC changed.
QByteArray searchFoldingJson();
