// SPDX-License-Identifier: GPL-3.0-or-later
// Writing one run's files: staging what differs from the live site, keeping what is known to be
// unchanged, and committing the lot (with the manifest and the site state) at one point.
#pragma once

#include "publish/contenthash.h"
#include "publish/manifest.h"
#include "publish/publisher.h"
#include "publish/sitefolder.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

// The files of one run. A file is staged when its bytes differ from the live site's; a page
// whose inputs hash to the key it was last written with is kept without being rendered again.
// commit() makes the staged files, the manifest and the site state the site's at one point.
class SiteWriter
{
public:
    enum class Mode {
        Site, // the whole site worked out; a file whose bytes or inputs are as before is kept
        Rebuild, // the same, every file written again (--full)
        Changes, // only the files a run of changes stages or keeps; the others stay as they are
    };

    SiteWriter(SiteFolder &site, const LastManifest &last, Mode mode, PublishReport &report)
        : m_site(site), m_last(last), m_mode(mode), m_report(report)
    {
        m_site.prepareStaging();
        if (mode != Mode::Changes)
            m_previous = last.whole();
    }
    // Until the journal is committed, any failure or cancel leaves only the staging folder,
    // removed here or by the next run.
    ~SiteWriter()
    {
        if (!m_committed)
            m_site.discardStaging();
    }

    // The last run's manifest, whole (not for Mode::Changes).
    const Manifest &previous() const { return m_previous; }
    Manifest &next() { return m_next; }

    void stage(const QString &path, const QByteArray &bytes, const QByteArray &key)
    {
        if (!isSafeRelativePath(path))
            throw PublishError(QStringLiteral("refusing to write outside the site: %1").arg(path));
        const QByteArray hash = contentHash(bytes);
        m_next.files[path] = {hash, key};
        const std::optional<ManifestFile> old = previousFile(path);
        if (m_mode != Mode::Rebuild && old && old->hash == hash)
            return;
        const QString target = m_site.staged(path);
        const QString dir = path.section(u'/', 0, -2);
        if (!dir.isEmpty() && !m_stagedDirs.contains(dir)) {
            QDir().mkpath(m_site.staged(dir));
            m_stagedDirs.insert(dir);
        }
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size())
            throw PublishError(
                QStringLiteral("cannot write %1: %2").arg(target, file.errorString()));
        m_moves << path;
    }

    bool keep(const QString &path, const QByteArray &key)
    {
        if (m_mode == Mode::Rebuild)
            return false;
        const std::optional<ManifestFile> old = previousFile(path);
        if (!old || old->key != key)
            return false;
        m_next.files[path] = *old;
        return true;
    }

    // What the run worked out, to be kept beside the manifest: a state file's name and what
    // writes it.
    using StateFiles = std::vector<std::pair<QString, std::function<bool(QFile &)>>>;

    // In a run of the whole site, files of the last run that this run did not stage or keep are
    // deleted.
    void commit(StateFiles stateFiles)
    {
        QStringList deletions;
        qsizetype files = m_next.files.size();
        Manifest manifest;
        Manifest delta;
        if (m_mode == Mode::Changes) {
            files = m_last.fileCount();
            delta = m_last.delta();
            for (auto it = m_next.files.cbegin(); it != m_next.files.cend(); ++it)
                delta.files.insert(it.key(), it.value());
            if (delta.files.size() > kManifestDeltaLimit) {
                manifest = m_last.whole();
                for (auto it = delta.files.cbegin(); it != delta.files.cend(); ++it)
                    manifest.files.insert(it.key(), it.value());
                delta = {};
            }
        } else {
            for (auto it = m_previous.files.cbegin(); it != m_previous.files.cend(); ++it) {
                if (!m_next.files.contains(it.key()))
                    deletions << it.key();
            }
            manifest = m_next;
        }
        m_report.removed = int(deletions.size());
        m_report.written = int(m_moves.size());
        m_report.unchanged = int(files - m_moves.size());
        if (!manifest.files.isEmpty() || !manifest.slugs.isEmpty())
            stateFiles.emplace_back(
                QStringLiteral("manifest"), [bytes = manifest.serialize()](QFile &file) {
                    return file.write(bytes) == bytes.size();
                });
        stateFiles.emplace_back(QStringLiteral("manifest.delta"),
            [bytes = delta.serialize(kManifestDeltaHeader)](
                QFile &file) { return file.write(bytes) == bytes.size(); });
        for (const auto &[name, write] : stateFiles) {
            QFile file(m_site.stagedState(name));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !write(file))
                throw PublishError(QStringLiteral("cannot write %1").arg(file.fileName()));
        }
        m_committed = true; // from here the next run completes or discards it
        m_site.commit(m_moves, deletions);
    }

private:
    std::optional<ManifestFile> previousFile(const QString &path) const
    {
        if (m_mode == Mode::Changes)
            return m_last.file(path);
        const auto it = m_previous.files.constFind(path);
        return it == m_previous.files.cend() ? std::nullopt : std::optional(*it);
    }

    SiteFolder &m_site;
    const LastManifest &m_last;
    Mode m_mode;
    Manifest m_previous;
    Manifest m_next;
    PublishReport &m_report;
    QStringList m_moves;
    QSet<QString> m_stagedDirs;
    bool m_committed = false;
};
