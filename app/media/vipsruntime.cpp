// SPDX-License-Identifier: GPL-3.0-or-later
// libvips for the photo layer: set up once per process, and images that unref themselves.
#include "vipsruntime.h"

#include "model/error.h"

#include <mutex>

namespace Copydesk {

namespace {

// One libvips thread a pipeline; callers render several photos at once (one photo a core).
// bench_media, 50 photos 4000×3000 → 480/960/1600 px × JPEG/WebP on the 2-core machine:
//   2 photos at once, 1 libvips thread each:   21.4 renditions/s, peak RSS 164 MB
//   1 photo at a time, 2 libvips threads:      14.5 renditions/s, peak RSS 131 MB
//   2 photos at once, 2 libvips threads each:  22.4 renditions/s, peak RSS 221 MB
//   1 photo at a time, 1 libvips thread:       11.8 renditions/s, peak RSS 104 MB
// libvips' own threads cannot help where the time goes: the JPEG decoder reads sequentially
// and libwebp encodes on one thread, so a second worker mostly waits. Two photos at once do
// as well as both together within the noise, with three-quarters of the memory. VIPS_CONCURRENCY,
// libvips' own setting, still wins when it is set.
constexpr int kVipsThreadsPerPipeline = 1;

void ignoreLogMessage(const gchar *, GLogLevelFlags, const gchar *, gpointer) { }

bool startVips()
{
    if (VIPS_INIT("copydesk") != 0)
        return false;
    // A damaged photo is reported once, as the refusal's reason; libvips would also print
    // "VIPS-WARNING **: error in tile 0 x 296" and the like on standard error, per strip.
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, ignoreLogMessage, nullptr);
    // No operation cache: every photo is decoded once per use, and a cache of decoded pixels
    // would only hold on to memory (libvips' default keeps up to 100 MB and 1,000 operations).
    vips_cache_set_max(0);
    vips_cache_set_max_mem(0);
    if (qEnvironmentVariableIsEmpty("VIPS_CONCURRENCY"))
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
