// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/killnotices.h"

#include <QList>

namespace {

const QByteArray kHeader = QByteArrayLiteral("copydesk-notices 1\n");

} // namespace

QByteArray serializeKillNotices(const KillNotices &notices)
{
    QByteArray out = kHeader;
    for (auto it = notices.cbegin(); it != notices.cend(); ++it)
        out += it.key().toUtf8() + '\t' + it->slug.toUtf8() + '\t'
            + QByteArray::number(it->revision) + '\n';
    return out;
}

KillNotices parseKillNotices(const QByteArray &bytes)
{
    KillNotices notices;
    if (!bytes.startsWith(kHeader))
        return notices;
    const QList<QByteArray> lines = bytes.mid(kHeader.size()).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        bool ok = false;
        const int revision = fields.size() == 3 ? fields.at(2).toInt(&ok) : 0;
        if (ok && !fields.at(0).isEmpty() && !fields.at(1).isEmpty())
            notices.insert(
                QString::fromUtf8(fields.at(0)), {QString::fromUtf8(fields.at(1)), revision});
    }
    return notices;
}
