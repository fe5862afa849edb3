// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/error.h"

// What went wrong in the article store, in words a reporter can act on. Its kinds are
// NotFound, Invalid, Conflict, Unavailable and Failed.
class StoreError : public Copydesk::Error
{
public:
    using Copydesk::Error::Error;
};
