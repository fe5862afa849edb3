// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The versions of the components this build runs with, one "Name version" a line:
// Qt and SQLite as loaded at run time, Hunspell and md4c as built in ("not built in" when this
// build does not link them). Shown by `copydesk --version --verbose` and in Help → About.
QString componentVersions();
