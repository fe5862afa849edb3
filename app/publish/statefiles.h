// SPDX-License-Identifier: GPL-3.0-or-later
// The site state a run commits with its journal (DIR/.copydesk/site and site.delta): written
// whole by a run of the whole site, and as the changed entries in the delta beside the last
// by a changes-only run.
#pragma once

#include "publish/sitestate.h"
#include "publish/sitewriter.h"

#include <map>
#include <vector>

// A new site state: entries in site order, and no delta yet.
SiteWriter::StateFiles newState(const SiteState::Site &site, const std::vector<SiteEntry> &entries);

// The state after a changes-only run (`changed`: by position, the entries that changed): the
// changed entries in the delta beside the last one, which is left as it is. When the delta has
// grown to a good part of the site, the state is written whole again. Unchanged entries are
// copied as they lie, in runs. `state` and `changed` must outlive the files' writing.
SiteWriter::StateFiles changedState(
    const SiteState &state, const std::map<size_t, SiteEntry> &changed);
