// SPDX-License-Identifier: GPL-3.0-or-later
// libvips for the photo layer: set up once per process, and images that unref themselves.
#include "vipsruntime.h"

#include "model/error.h"

#include <mutex>

namespace Copydesk {

namespace {

// How many threads libvips runs each pipeline on (see bench/media for the measurements).
constexpr int kVipsThreadsPerPipeline = 1;

bool startVips()
{
    if (VIPS_INIT("copydesk") != 0)
        return false;
    // No operation cache: every photo is decoded once per use, and a cache of decoded pixels
    // would only hold on to memory (libvips' default keeps up to 100 MB and 1,000 operations).
    vips_cache_set_max(0);
    vips_cache_set_max_mem(0);
    vips_concurrency_set(kVipsThreadsPerPipeline);
    // The loaders libvips marks untrusted (SVG, PDF, ImageMagick, JPEG 2000, …) are never
    // reached: photos are opened with the one loader their first bytes call for, and
    // vips_thumbnail_buffer() finds no other.
    vips_block_untrusted_set(TRUE);
    return true;
}

} // namespace

void initialiseVips()
{
    static std::once_flag once;
    static bool started = false;
    std::call_once(once, [] { started = startVips(); });
    if (!started)
        throw Error(Error::Failed, QStringLiteral("the image library (libvips) could not start"));
}

} // namespace Copydesk
