// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/contenthash.h"

namespace {

// Change detection, not security: a 64-bit hash in the style of xxHash64 (four lanes over
// 32-byte stripes), run with two seeds for 128 bits. Deterministic across runs and machines,
// unlike qHash, and several times faster than SHA-1 over a 10,000-page site.
quint64 stripeHash(const QByteArray &bytes, quint64 seed)
{
    constexpr quint64 p1 = 0x9E3779B185EBCA87ULL, p2 = 0xC2B2AE3D27D4EB4FULL,
                      p3 = 0x165667B19E3779F9ULL, p4 = 0x85EBCA77C2B2AE63ULL;
    const auto rotl = [](quint64 x, int r) { return (x << r) | (x >> (64 - r)); };
    const auto round = [&](quint64 acc, quint64 lane) { return rotl(acc + lane * p2, 31) * p1; };
    const uchar *data = reinterpret_cast<const uchar *>(bytes.constData());
    const size_t size = size_t(bytes.size());
    size_t i = 0;
    quint64 h;
    if (size >= 32) {
        quint64 v[4] = {seed + p1 + p2, seed + p2, seed, seed - p1};
        for (; i + 32 <= size; i += 32) {
            for (int lane = 0; lane < 4; ++lane) {
                quint64 word;
                memcpy(&word, data + i + lane * 8, 8);
                v[lane] = round(v[lane], word);
            }
        }
        h = rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18);
        for (quint64 lane : v)
            h = (h ^ round(0, lane)) * p1 + p4;
    } else {
        h = seed + p3;
    }
    h += quint64(size);
    for (; i < size; ++i)
        h = rotl(h ^ (data[i] * p3), 11) * p1;
    h ^= h >> 33;
    h *= p2;
    h ^= h >> 29;
    h *= p3;
    h ^= h >> 32;
    return h;
}

} // namespace

QByteArray contentHash(const QByteArray &bytes)
{
    return QByteArray::number(stripeHash(bytes, 1), 16) + '-'
        + QByteArray::number(stripeHash(bytes, 0x5EED), 16);
}
