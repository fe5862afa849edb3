// SPDX-License-Identifier: GPL-3.0-or-later
// The site folder on disk: staging, journal, recovery, and the exchange of whole generations.
#include "publish/sitefolder.h"

#include "publish/publisher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>

#include <cerrno>
#include <cstdio> // renameat2, RENAME_EXCHANGE (glibc 2.28 and later)
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kStateDir = QStringLiteral(".copydesk");
// Moves and deletions applied to DIR itself.
const QByteArray kJournalHeader = QByteArrayLiteral("copydesk-journal 1");
// Moves and deletions applied to the standby generation, which then becomes DIR.
const QByteArray kSwapJournalHeader = QByteArrayLiteral("copydesk-journal 2");
// The bookkeeping of a generation: the manifest and the site state a run replaces, and the
// generation's id.
const QStringList kStateFiles = {QStringLiteral("manifest"), QStringLiteral("manifest.delta"),
    QStringLiteral("notices"), QStringLiteral("site"), QStringLiteral("site.delta")};
const QString kGenerationFile = QStringLiteral("generation");

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

QString errorText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(encoded(from).constData(), encoded(to).constData()) == 0;
}

// A hard link at `to` of the file at `from`, replacing what was at `to`.
bool linkOver(const QString &from, const QString &to)
{
    const QByteArray target = encoded(to);
    if (::unlink(target.constData()) != 0 && errno != ENOENT)
        return false;
    return ::link(encoded(from).constData(), target.constData()) == 0;
}

QString readGeneration(const QString &stateDir)
{
    return QString::fromLatin1(readWholeFile(stateDir + u'/' + kGenerationFile).trimmed());
}

void writeGeneration(const QString &stateDir, const QString &id)
{
    const QString path = stateDir + u'/' + kGenerationFile;
    const QString next = path + QStringLiteral(".next");
    bool ok = QDir().mkpath(stateDir);
    if (ok) {
        QFile file(next);
        ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(id.toLatin1() + '\n') > 0;
    }
    if (!ok || !renameOver(next, path))
        throw PublishError(QStringLiteral("cannot write %1: %2").arg(path, errorText()));
}

// Hard links of every file below `from` at the same places below `to`, folders made as needed.
void linkTree(const QByteArray &from, const QByteArray &to)
{
    DIR *dir = ::opendir(from.constData());
    if (!dir)
        throw PublishError(
            QStringLiteral("cannot read %1: %2").arg(QFile::decodeName(from), errorText()));
    const auto closer = qScopeGuard([dir] { ::closedir(dir); });
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray source = from + '/' + name;
        const QByteArray target = to + '/' + name;
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st
            {
            };
            if (::lstat(source.constData(), &st) != 0)
                continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
        }
        if (type == DT_DIR) {
            if (::mkdir(target.constData(), 0777) != 0 && errno != EEXIST)
                throw PublishError(QStringLiteral("cannot create %1: %2")
                                       .arg(QFile::decodeName(target), errorText()));
            linkTree(source, target);
        } else if (::link(source.constData(), target.constData()) != 0 && errno != EEXIST) {
            throw PublishError(
                QStringLiteral("cannot link %1: %2").arg(QFile::decodeName(target), errorText()));
        }
    }
}

QStringList topLevelNames(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QString firstSegment(const QString &path)
{
    return path.section(u'/', 0, 0);
}

// Empty folders left by deletions, from the deepest up, below `root`.
void removeEmptyFolders(const QString &root, const QStringList &deleted)
{
    for (const QString &path : deleted) {
        QString dir = path.section(u'/', 0, -2);
        while (!dir.isEmpty() && QDir(root).rmdir(dir))
            dir = dir.section(u'/', 0, -2);
    }
}

} // namespace

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.toUtf8().size() > 400)
        return false;
    for (QStringView segment : QStringView(path).split(u'/')) {
        if (segment.isEmpty() || segment == u"." || segment == u".." || segment.size() > 120)
            return false;
        for (QChar c : segment) {
            if (c.unicode() < 0x20 || c == u'\\' || c == u':' || c.unicode() == 0x7F)
                return false;
        }
    }
    return !path.startsWith(kStateDir);
}

QByteArray readWholeFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A journal as it lies on disk: header, the new generation's id (swaps only), moves, deletions.
struct SiteFolder::Journal
{
    bool swap = false;
    QString generation;
    QStringList moves;
    QStringList deletions;

    QByteArray serialize() const
    {
        QByteArray out = (swap ? kSwapJournalHeader : kJournalHeader) + '\n';
        if (swap)
            out += "G\t" + generation.toLatin1() + '\n';
        for (const QString &path : moves)
            out += "M\t" + path.toUtf8() + '\n';
        for (const QString &path : deletions)
            out += "D\t" + path.toUtf8() + '\n';
        return out;
    }

    static Journal parse(const QByteArray &bytes, const QString &where)
    {
        const QList<QByteArray> lines = bytes.split('\n');
        Journal journal;
        journal.swap = lines.value(0) == kSwapJournalHeader;
        if (!journal.swap && lines.value(0) != kJournalHeader)
            throw PublishError(
                QStringLiteral("%1 is damaged; remove it and publish with --full").arg(where));
        for (const QByteArray &line : lines) {
            if (line.size() < 3 || line.at(1) != '\t')
                continue;
            const QString value = QString::fromUtf8(line.mid(2));
            if (line.at(0) == 'G')
                journal.generation = value;
            else if (!isSafeRelativePath(value))
                continue;
            else if (line.at(0) == 'M')
                journal.moves << value;
            else if (line.at(0) == 'D')
                journal.deletions << value;
        }
        if (journal.swap && journal.generation.isEmpty())
            throw PublishError(
                QStringLiteral("%1 is damaged; remove it and publish with --full").arg(where));
        return journal;
    }
};

SiteFolder::SiteFolder(const QString &root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) { }

SiteFolder::~SiteFolder() = default;

QString SiteFolder::state(const QString &name) const
{
    return m_root + u'/' + kStateDir + u'/' + name;
}

QString SiteFolder::work(const QString &name) const
{
    return m_swap ? m_work + u'/' + name : state(name);
}

QString SiteFolder::standby(const QString &path) const
{
    return m_work + QStringLiteral("/next") + (path.isEmpty() ? QString() : u'/' + path);
}

QString SiteFolder::staged(const QString &path) const
{
    return work(QStringLiteral("staging/")) + path;
}

QString SiteFolder::stagedState(const QString &name) const
{
    return m_swap ? work(QStringLiteral("state/")) + name : state(name + QStringLiteral(".next"));
}

void SiteFolder::prepareStaging()
{
    QDir().mkpath(work(QStringLiteral("staging")));
    if (m_swap)
        QDir().mkpath(work(QStringLiteral("state")));
}

void SiteFolder::discardStaging()
{
    QDir(work(QStringLiteral("staging"))).removeRecursively();
    if (m_swap)
        QDir(work(QStringLiteral("state"))).removeRecursively();
    else
        for (const QString &name : kStateFiles)
            QFile::remove(state(name + QStringLiteral(".next")));
}

void SiteFolder::open(QStringList &warnings)
{
    const QFileInfo given(m_root);
    if (given.isSymLink() && given.exists())
        m_root = given.canonicalFilePath();
    if (!QDir().mkpath(state({})))
        throw PublishError(QStringLiteral("cannot create %1").arg(state({})));

    // The companion folder beside DIR, unless DIR is a mount point (it cannot be renamed).
    const QFileInfo info(m_root);
    struct stat self
    {
    };
    struct stat parent
    {
    };
    const bool mountPoint = ::stat(encoded(m_root).constData(), &self) != 0
        || ::stat(encoded(info.absolutePath()).constData(), &parent) != 0
        || self.st_dev != parent.st_dev;
    m_work =
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".copydesk");
    m_swap = !mountPoint && info.fileName() != u"" && QDir().mkpath(m_work);

    m_lock = std::make_unique<QLockFile>(work(QStringLiteral("lock")));
    if (!m_lock->tryLock(0))
        throw PublishError(QStringLiteral("another publish is writing %1").arg(m_root));

    recoverInPlace(); // a run of an earlier version, or one that could not swap
    if (m_swap) {
        recoverSwap();
        if (!standbyMatches()) {
            if (canExchange()) {
                buildStandby();
            } else {
                QDir(standby()).removeRecursively();
                m_swap = false;
            }
        }
    }
    if (!m_swap)
        warnings << QStringLiteral(
            "%1 cannot be exchanged whole (a mount point, a parent folder that cannot be "
            "written, or a file system without RENAME_EXCHANGE): files are renamed into it one "
            "by one, so a reader may see old and new pages together for a moment")
                        .arg(m_root);
    discardStaging();
    prepareStaging();
}

void SiteFolder::recoverInPlace()
{
    const QString journal = state(QStringLiteral("journal"));
    if (QFile::exists(journal)) {
        applyInPlace(Journal::parse(readWholeFile(journal), journal));
        QFile::remove(journal);
    }
    QDir(state(QStringLiteral("staging"))).removeRecursively();
    for (const QString &name : kStateFiles)
        QFile::remove(state(name + QStringLiteral(".next")));
}

void SiteFolder::recoverSwap()
{
    const QString journal = work(QStringLiteral("journal"));
    if (QFile::exists(journal)) {
        const Journal parsed = Journal::parse(readWholeFile(journal), journal);
        if (!parsed.swap)
            throw PublishError(
                QStringLiteral("%1 is damaged; remove it and publish with --full").arg(journal));
        completeSwap(parsed);
    }
}

void SiteFolder::commit(const QStringList &moves, const QStringList &deletions)
{
    Journal journal;
    journal.swap = m_swap;
    journal.generation = QString::number(QRandomGenerator::global()->generate64(), 16);
    journal.moves = moves;
    journal.deletions = deletions;
    const QByteArray bytes = journal.serialize();
    QSaveFile file(work(QStringLiteral("journal")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw PublishError(QStringLiteral("cannot write %1").arg(file.fileName()));
    if (m_swap)
        completeSwap(journal);
    else
        applyInPlace(journal);
    QFile::remove(work(QStringLiteral("journal")));
    discardStaging();
}

// Files staged below `staging` into `target` (DIR, or the standby generation), and deletions
// there.
void SiteFolder::moveIn(const Journal &journal, const QString &staging, const QString &target)
{
    const auto staged = [&](const QString &path) { return staging + u'/' + path; };
    QSet<QString> targetDirs;
    for (const QString &path : journal.moves) {
        const QString from = staged(path);
        if (!QFile::exists(from))
            continue; // moved before an interruption, or with its folder
        // A folder the target does not have yet moves in whole, with everything staged below
        // it: one rename instead of a mkdir and a rename per file.
        bool movedWithFolder = false;
        QString folder;
        const QStringList segments = path.split(u'/');
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            folder += (i ? QStringLiteral("/") : QString()) + segments.at(i);
            if (targetDirs.contains(folder))
                continue;
            const QString there = target + u'/' + folder;
            if (!QFileInfo(there).isDir()) {
                if (!renameOver(staged(folder), there))
                    throw PublishError(
                        QStringLiteral("cannot move %1 into place: %2").arg(there, errorText()));
                movedWithFolder = true;
            }
            targetDirs.insert(folder);
            if (movedWithFolder)
                break;
        }
        const QString there = target + u'/' + path;
        if (!movedWithFolder && !renameOver(from, there))
            throw PublishError(
                QStringLiteral("cannot move %1 into place: %2").arg(there, errorText()));
    }
    for (const QString &path : journal.deletions)
        QFile::remove(target + u'/' + path);
    removeEmptyFolders(target, journal.deletions);
}

void SiteFolder::applyInPlace(const Journal &journal)
{
    moveIn(journal, state(QStringLiteral("staging")), m_root);
    // The manifest and the site state of this run replace the last run's together.
    for (const QString &name : kStateFiles) {
        const QString next = state(name + QStringLiteral(".next"));
        if (QFile::exists(next) && !renameOver(next, state(name)))
            throw PublishError(QStringLiteral("cannot write %1").arg(state(name)));
    }
    // The standby generation, if a later run finds one, no longer matches DIR.
    QFile::remove(state(kGenerationFile));
}

void SiteFolder::completeSwap(const Journal &journal)
{
    if (readGeneration(state({})) != journal.generation) {
        moveIn(journal, work(QStringLiteral("staging")), standby());
        const QString stateDir = standby(kStateDir);
        QDir().mkpath(stateDir);
        for (const QString &name : kStateFiles) {
            const QString next = work(QStringLiteral("state/")) + name;
            if (QFile::exists(next) && !renameOver(next, stateDir + u'/' + name))
                throw PublishError(QStringLiteral("cannot write %1").arg(stateDir + u'/' + name));
        }
        writeGeneration(stateDir, journal.generation);
        carryForeignEntries(journal);
        // The commit a reader sees: DIR is the new generation at once.
        if (::renameat2(AT_FDCWD, encoded(standby()).constData(), AT_FDCWD,
                encoded(m_root).constData(), RENAME_EXCHANGE)
            != 0)
            throw PublishError(QStringLiteral("cannot exchange %1 with %2: %3 (remove %4 to "
                                              "publish file by file)")
                                   .arg(standby(), m_root, errorText(), m_work));
    }
    bringStandbyLevel(journal);
}

// The user's own entries at the top of DIR (those the standby generation does not have and the
// run did not delete) go with DIR into the new generation.
void SiteFolder::carryForeignEntries(const Journal &journal)
{
    QSet<QString> deleted;
    for (const QString &path : journal.deletions)
        deleted.insert(firstSegment(path));
    const QStringList there = topLevelNames(standby());
    const QSet<QString> inStandby(there.cbegin(), there.cend());
    for (const QString &name : topLevelNames(m_root)) {
        if (inStandby.contains(name) || deleted.contains(name))
            continue;
        if (!renameOver(m_root + u'/' + name, standby(name)))
            throw PublishError(QStringLiteral("cannot move %1 into the new generation: %2")
                                   .arg(m_root + u'/' + name, errorText()));
    }
}

// After an exchange the standby folder is the previous generation: the files the run changed
// are linked from DIR and those it deleted deleted, so it matches DIR again.
void SiteFolder::bringStandbyLevel(const Journal &journal)
{
    QSet<QString> dirs;
    for (const QString &path : journal.moves) {
        const QString dir = path.section(u'/', 0, -2);
        if (!dir.isEmpty() && !dirs.contains(dir)) {
            QDir().mkpath(standby(dir));
            dirs.insert(dir);
        }
        if (!linkOver(m_root + u'/' + path, standby(path)))
            throw PublishError(
                QStringLiteral("cannot link %1: %2").arg(standby(path), errorText()));
    }
    for (const QString &path : journal.deletions)
        QFile::remove(standby(path));
    removeEmptyFolders(standby(), journal.deletions);
    const QString stateDir = standby(kStateDir);
    QDir().mkpath(stateDir);
    for (const QString &name : kStateFiles + QStringList {kGenerationFile}) {
        const QString live = state(name);
        const QString there = stateDir + u'/' + name;
        if (QFile::exists(live) ? !linkOver(live, there)
                                : (!QFile::remove(there) && QFile::exists(there)))
            throw PublishError(QStringLiteral("cannot link %1: %2").arg(there, errorText()));
    }
}

bool SiteFolder::standbyMatches() const
{
    const QString live = readGeneration(state({}));
    return !live.isEmpty() && QFileInfo(standby()).isDir()
        && readGeneration(standby(kStateDir)) == live;
}

// Whether the file system can exchange two folders (tried on two empty ones).
bool SiteFolder::canExchange()
{
    const QByteArray a = encoded(work(QStringLiteral("probe-a")));
    const QByteArray b = encoded(work(QStringLiteral("probe-b")));
    ::mkdir(a.constData(), 0700);
    ::mkdir(b.constData(), 0700);
    const bool ok =
        ::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_EXCHANGE) == 0;
    ::rmdir(a.constData());
    ::rmdir(b.constData());
    return ok;
}

// The standby generation made afresh: hard links of every file of the site (the folders and
// files the manifest names at the top of DIR) and of DIR's bookkeeping; the user's own entries
// stay in DIR. Both get a new generation id. Costs a link per file, once.
void SiteFolder::buildStandby()
{
    QDir(standby()).removeRecursively();
    const QByteArray next = encoded(standby());
    struct stat live
    {
    };
    if (::mkdir(next.constData(), 0700) != 0 || ::stat(encoded(m_root).constData(), &live) != 0
        || ::chmod(next.constData(), live.st_mode & 07777) != 0)
        throw PublishError(QStringLiteral("cannot create %1: %2").arg(standby(), errorText()));
    QSet<QString> owned;
    for (const QString &name : {QStringLiteral("manifest"), QStringLiteral("manifest.delta")}) {
        for (const QByteArray &line : readWholeFile(state(name)).split('\n')) {
            if (line.startsWith("F\t"))
                owned.insert(firstSegment(QString::fromUtf8(line.mid(2).split('\t').value(0))));
        }
    }
    for (const QString &name : topLevelNames(m_root)) {
        if (!owned.contains(name))
            continue;
        const QString path = m_root + u'/' + name;
        if (QFileInfo(path).isDir()) {
            if (::mkdir(encoded(standby(name)).constData(), 0777) != 0)
                throw PublishError(
                    QStringLiteral("cannot create %1: %2").arg(standby(name), errorText()));
            linkTree(encoded(path), encoded(standby(name)));
        } else if (!linkOver(path, standby(name))) {
            throw PublishError(
                QStringLiteral("cannot link %1: %2").arg(standby(name), errorText()));
        }
    }
    const QString stateDir = standby(kStateDir);
    QDir().mkpath(stateDir);
    for (const QString &name : kStateFiles) {
        if (QFile::exists(state(name)) && !linkOver(state(name), stateDir + u'/' + name))
            throw PublishError(
                QStringLiteral("cannot link %1: %2").arg(stateDir + u'/' + name, errorText()));
    }
    const QString id = QString::number(QRandomGenerator::global()->generate64(), 16);
    writeGeneration(stateDir, id);
    writeGeneration(state({}), id);
}
