// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/statefiles.h"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <numeric>
#include <set>

namespace {

// The records at `positions`, the changed ones encoded again; with their positions for the
// delta.
bool writeRecords(QFile &file, const std::vector<size_t> &positions, bool withPositions,
    const std::vector<SiteState::Record> &records, const std::map<size_t, SiteEntry> &changed)
{
    bool ok = true;
    const char *runStart = nullptr;
    const char *runEnd = nullptr;
    const auto flush = [&] {
        if (runStart != runEnd)
            ok = ok && file.write(runStart, runEnd - runStart) == runEnd - runStart;
        runStart = runEnd = nullptr;
    };
    for (size_t at : positions) {
        if (withPositions) {
            flush();
            ok = ok && file.write(SiteState::position(quint32(at))) == 4;
        }
        const auto c = changed.find(at);
        if (c != changed.end()) {
            flush();
            const QByteArray bytes = SiteState::encode(c->second);
            ok = ok && file.write(bytes) == bytes.size();
        } else if (records[at].data == runEnd) {
            runEnd += records[at].size;
        } else {
            flush();
            runStart = records[at].data;
            runEnd = runStart + records[at].size;
        }
    }
    flush();
    return ok;
}

} // namespace

SiteWriter::StateFiles newState(const SiteState::Site &site, const std::vector<SiteEntry> &entries)
{
    const quint64 generation = QRandomGenerator::global()->generate64();
    return {{QStringLiteral("site"),
                [&site, &entries, generation](QFile &file) {
                    QByteArray bytes = SiteState::header(quint32(entries.size()), generation, site);
                    for (const SiteEntry &e : entries)
                        bytes += SiteState::encode(e);
                    return file.write(bytes) == bytes.size();
                }},
        {QStringLiteral("site.delta"), [generation](QFile &file) {
             const QByteArray bytes = SiteState::deltaHeader(generation, 0);
             return file.write(bytes) == bytes.size();
         }}};
}

SiteWriter::StateFiles changedState(
    const SiteState &state, const std::map<size_t, SiteEntry> &changed)
{
    const auto &records = state.records();
    const SiteState::Site &last = state.site();
    std::set<size_t> inDelta(state.replaced().begin(), state.replaced().end());
    for (const auto &[at, e] : changed)
        inDelta.insert(at);
    if (inDelta.size() <= std::max<size_t>(64, records.size() / 16)) {
        return {{QStringLiteral("site.delta"),
            [&state, &records, &changed,
                positions = std::vector<size_t>(inDelta.begin(), inDelta.end())](QFile &file) {
                const QByteArray head =
                    SiteState::deltaHeader(state.generation(), quint32(positions.size()));
                return file.write(head) == head.size()
                    && writeRecords(file, positions, true, records, changed);
            }}};
    }
    const quint64 generation = QRandomGenerator::global()->generate64();
    return {{QStringLiteral("site"),
                [&records, &last, &changed, generation](QFile &file) {
                    std::vector<size_t> all(records.size());
                    std::iota(all.begin(), all.end(), size_t(0));
                    const QByteArray head =
                        SiteState::header(quint32(records.size()), generation, last);
                    return file.write(head) == head.size()
                        && writeRecords(file, all, false, records, changed);
                }},
        {QStringLiteral("site.delta"), [generation](QFile &file) {
             const QByteArray bytes = SiteState::deltaHeader(generation, 0);
             return file.write(bytes) == bytes.size();
         }}};
}
