// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

class ArticleStore;
class QString;

// The store the editor starts on. When the one it was given cannot be opened (a folder, a
// server that is down, a file of something else), the reporter is not shown an error and
// sent away: they choose another store (File → Store…'s dialog, which tests it first), open
// the default store, or quit. `open` opens a store or throws StoreError (the editor asks for
// a password there). Returns null when the reporter quits.
using StoreOpener = std::function<std::unique_ptr<ArticleStore>(const QString &location)>;
std::unique_ptr<ArticleStore> openStoreAtStartup(const QString &location, const StoreOpener &open);
