// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target: built once per entry point of fuzzentries.h, named by
// COPYDESK_FUZZ_ENTRY (see CMakeLists.txt).
#include "fuzzentries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The readers' qWarning()s (QuaZip's on every damaged archive) would drown libFuzzer's
    // own output.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEntries::COPYDESK_FUZZ_ENTRY(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
