// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

// A path below the site root that cannot leave it or trip a file system: '/'-separated
// segments, none empty, ".", ".." or with a backslash, colon or control character, and not in
// the site's bookkeeping folder.
bool isSafeRelativePath(const QString &path);
// The bytes of a file; empty when it cannot be read.
QByteArray readWholeFile(const QString &path);

// The site folder DIR on disk, and how the files of a run become the site at one instant.
//
// A run writes every new or changed file under a staging folder and then saves a journal (the
// files to move in and to delete), the point of no return; a run killed before it leaves the
// site as it was, one killed after it is completed by the next run.
//
// Whole generations: beside DIR, in DIR's parent, the hidden folder .DIR.copydesk/ keeps the
// lock, the journal, the staging folder and next/, a second copy of the site whose unchanged
// files are hard links to DIR's. A run moves its files into next/, brings the bookkeeping of
// DIR/.copydesk/ (manifest, site state, generation) along, and exchanges next/ and DIR with
// one renameat2(RENAME_EXCHANGE): a reader sees the whole old site or the whole new one, never
// a mix. The old generation, now next/, is then brought level with the new one by hard-linking
// the files the run changed (and deleting what it deleted), so a run costs a few system calls
// per changed file and nothing per unchanged one: hard-linking all 10,000 pages of a site into
// each generation would cost 0.5–2.4 s a run here, which is paid only once, when next/ is
// first made (and by runs that rewrite every file).
//
// What this means for DIR: it keeps its name, but after each publish it is another folder
// (another inode, with DIR's permissions): a server or shell that holds DIR open as its working
// directory keeps seeing the previous generation, and then next/ as it is brought level — serve
// DIR by its path (nginx, Apache and `python3 -m http.server --directory DIR` do). If DIR is a
// symbolic link, the folder it points to is the one exchanged. Files of your own at the top of
// DIR (CNAME, .well-known/, .git/, images/) are moved into each new generation just before the
// exchange; inside the folders the site writes (news/, section/, tag/, …) only the site's files
// are carried from one generation to the next.
//
// Where the exchange cannot be made (DIR is a mount point, its parent cannot be written, or the
// file system has no RENAME_EXCHANGE), files are renamed into DIR one by one as earlier versions
// did, with DIR/.copydesk/ holding lock, journal and staging, and the run says so in a warning.
class SiteFolder
{
public:
    explicit SiteFolder(const QString &root);
    ~SiteFolder();
    SiteFolder(const SiteFolder &) = delete;
    SiteFolder &operator=(const SiteFolder &) = delete;

    // Creates DIR when missing, takes the lock, completes or discards an interrupted run and
    // makes the standby generation match DIR. Throws PublishError.
    void open(QStringList &warnings);

    // The folder that is exchanged (DIR, or where it points).
    QString root() const { return m_root; }
    // A file of the live generation's bookkeeping: DIR/.copydesk/NAME.
    QString state(const QString &name) const;
    // Where a run writes a site file, and a file of its bookkeeping, until commit().
    QString staged(const QString &path) const;
    QString stagedState(const QString &name) const;
    void prepareStaging();
    void discardStaging();

    // Makes the staged files, less `deletions`, and the staged bookkeeping the site's. Throws
    // PublishError.
    void commit(const QStringList &moves, const QStringList &deletions);

    // Whether runs swap whole generations (else files are renamed into DIR one by one).
    bool swapsGenerations() const { return m_swap; }

private:
    struct Journal;
    QString work(const QString &name) const;
    QString standby(const QString &path = {}) const;
    void recoverInPlace();
    void recoverSwap();
    void applyInPlace(const Journal &journal);
    void completeSwap(const Journal &journal);
    void moveIn(const Journal &journal, const QString &staging, const QString &target);
    void carryForeignEntries(const Journal &journal);
    void bringStandbyLevel(const Journal &journal);
    bool standbyMatches() const;
    bool canExchange();
    void buildStandby();

    QString m_root;
    QString m_work; // .DIR.copydesk beside DIR; empty when runs rename in place
    bool m_swap = false;
    std::unique_ptr<QLockFile> m_lock;
};
