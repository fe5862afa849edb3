// SPDX-License-Identifier: GPL-3.0-or-later
// libvips for the photo layer: set up once per process, and images that unref themselves.
#pragma once

#include <vips/vips.h>

#include <memory>

namespace Copydesk {

// Sets libvips up on the first call from any thread (the rest wait for it); throws
// Error(Error::Failed) when libvips cannot start.
void initialiseVips();

struct VipsImageUnref
{
    void operator()(VipsImage *image) const { g_object_unref(image); }
};
using OwnedImage = std::unique_ptr<VipsImage, VipsImageUnref>;

} // namespace Copydesk
