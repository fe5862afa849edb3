// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Installs Copydesk's translation (compiled in as ":/i18n/copydesk_<lang>.qm") and Qt's own
// (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath) for `language`: "en", "zh_CN", "zh_TW",
// or "" for the system's UI language. Returns the language installed ("en" when none applies).
// Call before creating windows; calling again replaces the previous translators.
QString installTranslations(const QString &language);
