// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "store/articlestore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ArticleDocument;
class QThread;
class StoreWriter;

// Where unsaved edits wait for the store: one JSON file per article in
// AppDataLocation/recovery, written (QSaveFile) within a second of a change and removed once
// the store holds the change. What a crash or SIGKILL leaves behind is restored on the next start.
class RecoveryJournal
{
public:
    struct Entry
    {
        Article article; // as edited, revision = the stored revision the edits started from
        QDateTime written;
    };

    static QString directory();
    static QString pathFor(const QString &articleId);
    static QByteArray serialize(const Article &article);
    static std::optional<Entry> read(const QString &path);
    // Journals in the recovery folder, newest first.
    static QList<Entry> entries();
    static void remove(const QString &articleId);
    // A photo's original that no save has stored yet, kept beside the journals so that a
    // journal naming the photo can still be saved after a crash.
    static QString photoPath(const QString &sha256);
    // The original kept there, if its bytes still have that hash.
    static QByteArray readPhoto(const QString &sha256);
};

// Gets the open article into the store without blocking typing: writes run in a worker thread
// that owns its own ArticleStore on the same location (a SQL connection is per thread), the
// recovery journal is written by a background task. Each change schedules a save
// `interval` ms after the last keystroke (and at least every 10 s while typing goes on); only
// one save is in flight, and changes made meanwhile are saved right after it.
class ArticleSaver : public QObject
{
    Q_OBJECT

public:
    enum State {
        Saved, // the store holds what the editor shows
        Modified, // a save is scheduled
        Saving, // a write is in flight
        Failed, // the last write failed; retried on the next change or after a pause
        Conflict, // someone else saved a newer revision first; autosave stops for this article
    };
    Q_ENUM(State)

    explicit ArticleSaver(const QString &storeLocation, QObject *parent = nullptr);
    ~ArticleSaver() override;

    // The document to keep saved (not owned). Null stops saving.
    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }

    void setInterval(int milliseconds) { m_saveTimer.setInterval(milliseconds); }
    int interval() const { return m_saveTimer.interval(); }

    State state() const { return m_state; }
    QString stateMessage() const { return m_message; }

    // Saves now and waits until the store holds the content (or the write failed).
    // Used before switching articles and on quit. Returns whether all is saved.
    bool flush();

    // A photo's original, checked (Copydesk::inspectPhoto), for the article's media to name.
    // It goes to the store in the same transaction as the first save whose media names it
    // (the store refuses media naming a photo it lacks), and is dropped once stored; one
    // undone before any save never reaches the store. Until then it is also kept in the
    // recovery folder (RecoveryJournal::photoPath), for a journal restored after a crash.
    void keepOriginal(const StoredPhoto &photo, const QByteArray &bytes);
    // Whether that original waits for a save.
    bool holdsOriginal(const QString &sha256) const { return m_originals.contains(sha256); }

    // Hook for conflict resolution: after the user chose what to keep, continue from the
    // store's revision `theirRevision` (the next save will write over it).
    void resumeAfterConflict(int theirRevision);

signals:
    void stateChanged(ArticleSaver::State state, const QString &message);
    // A save reached the store (for the article list to update its row).
    void articleStored(const Article &stored);
    // The store refused the save because revision `theirRevision`... was saved by someone
    // else first. `mine` is what the editor holds; nothing has been overwritten.
    void conflictDetected(const Article &mine, const QString &message);
    // The writer's answer to a save was taken (flush() waits for it).
    void answerTaken(QPrivateSignal);

private:
    void onContentChanged();
    void onModifiedChanged(bool modified);
    void startSave();
    void onSaved(const Article &stored, quint64 generation, const QStringList &storedPhotos);
    void onFailed(const QString &articleId, int kind, const QString &message, quint64 generation);
    void setState(State state, const QString &message = {});
    void writeJournal();
    void removeJournal();
    void runJournalOp();

    QThread *m_thread;
    StoreWriter *m_writer;
    QPointer<ArticleDocument> m_document;
    QTimer m_saveTimer;
    QTimer m_retryTimer;
    QTimer m_journalTimer;
    QElapsedTimer m_unsavedSince;
    bool m_inFlight = false;
    State m_state = Saved;
    QString m_message;

    // Journal writes run one at a time off the GUI thread; the newest request wins.
    struct JournalOp
    {
        QString articleId;
        QByteArray data; // empty: remove
    };
    std::optional<JournalOp> m_pendingJournal;
    QFutureWatcher<void> m_journalWatcher;

    struct Original
    {
        StoredPhoto photo;
        QByteArray bytes;
    };
    QHash<QString, Original> m_originals; // by SHA-256
    QHash<QString, QFuture<void>> m_photoWrites; // to the recovery folder, by SHA-256
};

// Lives in the saver's thread with that thread's own store.
class StoreWriter : public QObject
{
    Q_OBJECT

public:
    explicit StoreWriter(const QString &location) : m_location(location) { }
    ~StoreWriter() override;

    struct Original
    {
        StoredPhoto photo;
        QByteArray bytes;
    };
    // Stores `originals` and saves `article` in one transaction.
    void write(const Article &article, quint64 generation, const QList<Original> &originals);

signals:
    // `photos`: the SHA-256 of the originals that went in with it.
    void saved(const Article &stored, quint64 generation, const QStringList &photos);
    void failed(const QString &articleId, int kind, const QString &message, quint64 generation);

private:
    QString m_location;
    std::unique_ptr<class ArticleStore> m_store;
};
