// SPDX-License-Identifier: GPL-3.0-or-later
// The site's manifest: every file of the site with its content hash and the key of the inputs
// it was made from, and the address each article was published under (DIR/.copydesk/manifest,
// with manifest.delta for the files changed by changes-only runs since).
#pragma once

#include "publish/sitefolder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

inline const QByteArray kManifestHeader = QByteArrayLiteral("copydesk-manifest 1");
inline const QByteArray kManifestDeltaHeader = QByteArrayLiteral("copydesk-manifest-delta 1");
// Files changed by runs since the last whole manifest was written: more than this, and the next
// run writes the whole manifest again.
inline constexpr qsizetype kManifestDeltaLimit = 2000;

struct ManifestFile
{
    QByteArray hash;
    QByteArray key;
};

// Calls `take(fields)` for each line of a manifest after its header that is either a file ("F",
// path, hash, key) or an address ("S", article id, slug); the fields are views into `bytes`.
template<typename Take>
void forEachManifestLine(const QByteArray &bytes, const QByteArray &header, Take take)
{
    if (!bytes.startsWith(header + '\n'))
        return;
    QByteArrayView fields[4];
    for (qsizetype at = header.size() + 1; at < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line(bytes.constData() + at, end - at);
        at = end + 1;
        qsizetype count = 0;
        for (qsizetype from = 0; count < 4;) {
            const qsizetype tab = line.indexOf('\t', from);
            fields[count++] = tab < 0 ? line.sliced(from) : line.sliced(from, tab - from);
            if (tab < 0)
                break;
            from = tab + 1;
            if (count == 4)
                count = 5; // one field too many
        }
        if ((count == 4 && fields[0] == "F") || (count == 3 && fields[0] == "S"))
            take(fields);
    }
}

// The site's files as the last run left them (content hash and the key of the inputs it was
// made from) and the address each article was published under: DIR/.copydesk/manifest.
struct Manifest
{
    QHash<QString, ManifestFile> files;
    QHash<QString, QString> slugs; // article id → slug it was published under

    QByteArray serialize(const QByteArray &header = kManifestHeader) const
    {
        QByteArray out;
        out.reserve(files.size() * 160 + slugs.size() * 80);
        out += header + '\n';
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            out += "F\t" + it.key().toUtf8() + '\t' + it->hash + '\t' + it->key + '\n';
        for (auto it = slugs.cbegin(); it != slugs.cend(); ++it)
            out += "S\t" + it.key().toUtf8() + '\t' + it.value().toUtf8() + '\n';
        return out;
    }

    static Manifest parse(const QByteArray &bytes, const QByteArray &header = kManifestHeader)
    {
        Manifest manifest;
        manifest.files.reserve(bytes.count('\n'));
        forEachManifestLine(bytes, header, [&](const QByteArrayView *fields) {
            if (fields[0] == "F")
                manifest.files.insert(QString::fromUtf8(fields[1]),
                    {fields[2].toByteArray(), fields[3].toByteArray()});
            else
                manifest.slugs.insert(QString::fromUtf8(fields[1]), QString::fromUtf8(fields[2]));
        });
        return manifest;
    }
};

// The manifest as the last run left it: DIR/.copydesk/manifest, written whole by runs that
// work out the whole site, and manifest.delta, the files changed by runs of changes since,
// which override it. A run of changes looks up the few files it needs in the bytes as they
// lie, through an index of views, rather than parsing 10,000 lines into strings.
class LastManifest
{
public:
    explicit LastManifest(const SiteFolder &site)
        : m_base(readWholeFile(site.state(QStringLiteral("manifest")))),
          m_delta(Manifest::parse(
              readWholeFile(site.state(QStringLiteral("manifest.delta"))), kManifestDeltaHeader))
    {
    }

    Manifest whole() const
    {
        Manifest manifest = Manifest::parse(m_base);
        for (auto it = m_delta.files.cbegin(); it != m_delta.files.cend(); ++it)
            manifest.files.insert(it.key(), it.value());
        return manifest;
    }
    const Manifest &delta() const { return m_delta; }

    std::optional<ManifestFile> file(const QString &path) const
    {
        if (const auto d = m_delta.files.constFind(path); d != m_delta.files.cend())
            return *d;
        index();
        const QByteArray key = path.toUtf8();
        const auto it = m_files.constFind(QByteArrayView(key));
        if (it == m_files.cend())
            return std::nullopt;
        return ManifestFile {it->first.toByteArray(), it->second.toByteArray()};
    }
    QString slug(const QString &id) const
    {
        index();
        const QByteArray key = id.toUtf8();
        return QString::fromUtf8(m_slugs.value(QByteArrayView(key)));
    }
    qsizetype slugCount() const
    {
        index();
        return m_slugs.size();
    }
    qsizetype fileCount() const
    {
        index();
        qsizetype count = m_files.size();
        for (auto it = m_delta.files.cbegin(); it != m_delta.files.cend(); ++it) {
            const QByteArray key = it.key().toUtf8();
            if (!m_files.contains(QByteArrayView(key)))
                ++count;
        }
        return count;
    }

private:
    void index() const
    {
        if (m_indexed)
            return;
        m_indexed = true;
        m_files.reserve(m_base.size() / 100);
        forEachManifestLine(m_base, kManifestHeader, [this](const QByteArrayView *fields) {
            if (fields[0] == "F")
                m_files.insert(fields[1], {fields[2], fields[3]});
            else
                m_slugs.insert(fields[1], fields[2]);
        });
    }

    QByteArray m_base;
    Manifest m_delta;
    mutable bool m_indexed = false;
    mutable QHash<QByteArrayView, std::pair<QByteArrayView, QByteArrayView>> m_files;
    mutable QHash<QByteArrayView, QByteArrayView> m_slugs;
};
