// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/articlesaver.h"

#include "editor/articledocument.h"
#include "store/articlestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>

// --- RecoveryJournal -------------------------------------------------------------------------

QString RecoveryJournal::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

QString RecoveryJournal::pathFor(const QString &articleId)
{
    return directory() + u'/' + articleId + QStringLiteral(".json");
}

QByteArray RecoveryJournal::serialize(const Article &article)
{
    QJsonObject object = article.fieldsToJson(); // the counts follow from the text
    object.insert(QStringLiteral("journal_written"), isoTimestamp(QDateTime::currentDateTimeUtc()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<RecoveryJournal::Entry> RecoveryJournal::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    auto article = Article::fromJson(object);
    if (!article || article->id.isEmpty())
        return std::nullopt;
    return Entry {
        *article, parseTimestamp(object.value(QStringLiteral("journal_written")).toString())};
}

QList<RecoveryJournal::Entry> RecoveryJournal::entries()
{
    QList<Entry> found;
    const QDir dir(directory());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (auto entry = read(dir.filePath(name)))
            found.append(*entry);
    }
    std::sort(found.begin(), found.end(),
        [](const Entry &a, const Entry &b) { return a.written > b.written; });
    return found;
}

void RecoveryJournal::remove(const QString &articleId)
{
    QFile::remove(pathFor(articleId));
}

QString RecoveryJournal::photoPath(const QString &sha256)
{
    return directory() + QStringLiteral("/photos/") + sha256;
}

QByteArray RecoveryJournal::readPhoto(const QString &sha256)
{
    QFile file(photoPath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return hash == sha256.toLatin1() ? bytes : QByteArray();
}

// --- StoreWriter ------------------------------------------------------------------------------

StoreWriter::~StoreWriter() = default;

void StoreWriter::write(
    const Article &article, quint64 generation, const QList<Original> &originals)
{
    try {
        if (!m_store)
            m_store = ArticleStore::open(m_location);
        m_store->setUser(ArticleStore::defaultUser()); // Settings → Your name may have changed
        Article stored;
        QStringList photos;
        // The originals and the revision that names them land together, or neither does.
        m_store->batch([&] {
            for (const Original &original : originals) {
                m_store->addPhoto(original.photo, original.bytes);
                photos.append(original.photo.sha256);
            }
            // A journal restored after a crash names photos whose originals only the
            // recovery folder has.
            for (const Copydesk::Photo &photo : article.media) {
                if (photos.contains(photo.sha256) || m_store->hasPhoto(photo.sha256))
                    continue;
                const QByteArray kept = RecoveryJournal::readPhoto(photo.sha256);
                if (kept.isEmpty())
                    continue; // save() says which photo is missing
                m_store->addPhoto(
                    {photo.sha256, photo.mime, photo.width, photo.height, photo.bytes}, kept);
                photos.append(photo.sha256);
            }
            // Revision 0: the editor made the article up and gave it an id; its first save.
            stored = article.revision == 0 && !m_store->find(article.id) ? m_store->create(article)
                                                                         : m_store->save(article);
        });
        emit saved(stored, generation, photos);
    } catch (const StoreError &error) {
        emit failed(article.id, error.kind(), error.message(), generation);
    }
}

// --- ArticleSaver -----------------------------------------------------------------------------

ArticleSaver::ArticleSaver(const QString &storeLocation, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_writer(new StoreWriter(storeLocation))
{
    qRegisterMetaType<Article>();
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &StoreWriter::saved, this, &ArticleSaver::onSaved);
    connect(m_writer, &StoreWriter::failed, this, &ArticleSaver::onFailed);
    m_thread->setObjectName(QStringLiteral("copydesk-store-writer"));
    m_thread->start();

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &ArticleSaver::startSave);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(10000);
    connect(&m_retryTimer, &QTimer::timeout, this, &ArticleSaver::startSave);
    // Not restarted by later changes: every change is journaled within this time.
    m_journalTimer.setSingleShot(true);
    m_journalTimer.setInterval(300);
    connect(&m_journalTimer, &QTimer::timeout, this, &ArticleSaver::writeJournal);
    connect(&m_journalWatcher, &QFutureWatcher<void>::finished, this, &ArticleSaver::runJournalOp);
}

ArticleSaver::~ArticleSaver()
{
    m_thread->quit();
    m_thread->wait();
    m_journalWatcher.waitForFinished();
    for (QFuture<void> &write : m_photoWrites)
        write.waitForFinished();
    if (m_pendingJournal) {
        const JournalOp op = *m_pendingJournal;
        m_pendingJournal.reset();
        if (op.data.isEmpty())
            RecoveryJournal::remove(op.articleId);
        // A pending write at exit means the last save failed: keep what we have on disk.
    }
}

void ArticleSaver::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_saveTimer.stop();
    m_retryTimer.stop();
    m_journalTimer.stop();
    if (!document) {
        setState(Saved);
        return;
    }
    connect(document, &ArticleDocument::contentChanged, this, &ArticleSaver::onContentChanged);
    connect(document, &ArticleDocument::modifiedChanged, this, &ArticleSaver::onModifiedChanged);
    if (document->isModified()) {
        // A restored journal: it is already on disk, save it soon.
        m_unsavedSince.start();
        setState(Modified);
        m_saveTimer.start();
    } else {
        setState(Saved);
    }
}

void ArticleSaver::onContentChanged()
{
    // isModified() is not to be trusted here: undo and redo report the change before the
    // stack has moved its index. Back-to-clean is handled in onModifiedChanged().
    if (!m_journalTimer.isActive())
        m_journalTimer.start();
    if (m_state == Conflict)
        return; // keep the edits safe in the journal while the conflict waits
    if (!m_unsavedSince.isValid())
        m_unsavedSince.start();
    if (!m_inFlight)
        setState(Modified);
    // Long runs of typing still reach the store every 10 s.
    if (m_unsavedSince.elapsed() > 10000)
        m_saveTimer.start(0);
    else
        m_saveTimer.start(m_saveTimer.interval());
}

void ArticleSaver::onModifiedChanged(bool modified)
{
    if (modified || m_inFlight || m_state == Conflict)
        return;
    // Undone back to what the store holds.
    m_saveTimer.stop();
    m_unsavedSince.invalidate();
    removeJournal();
    setState(Saved);
}

void ArticleSaver::startSave()
{
    if (!m_document || m_inFlight || m_state == Conflict)
        return;
    m_saveTimer.stop();
    m_retryTimer.stop();
    if (!m_document->isModified())
        return;
    m_inFlight = true;
    setState(Saving);
    const Article article = m_document->article();
    QList<StoreWriter::Original> originals;
    for (const Copydesk::Photo &photo : article.media) {
        const auto kept = m_originals.constFind(photo.sha256);
        if (kept != m_originals.cend()
            && !std::any_of(originals.cbegin(), originals.cend(),
                [&](const auto &o) { return o.photo.sha256 == photo.sha256; }))
            originals.append({kept->photo, kept->bytes});
    }
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, article, generation = m_document->generation(), originals] {
            writer->write(article, generation, originals);
        },
        Qt::QueuedConnection);
}

void ArticleSaver::keepOriginal(const StoredPhoto &photo, const QByteArray &bytes)
{
    m_originals.insert(photo.sha256, {photo, bytes});
    m_photoWrites.insert(photo.sha256, QtConcurrent::run([sha256 = photo.sha256, bytes] {
        QDir().mkpath(RecoveryJournal::directory() + QStringLiteral("/photos"));
        QSaveFile file(RecoveryJournal::photoPath(sha256));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(bytes);
            file.commit();
        }
    }));
}

void ArticleSaver::onSaved(const Article &stored, quint64 generation, const QStringList &photos)
{
    for (const QString &sha256 : photos) {
        m_originals.remove(sha256);
        // In the store now: its copy in the recovery folder goes, once it is written.
        const QString path = RecoveryJournal::photoPath(sha256);
        if (QFuture<void> write = m_photoWrites.take(sha256); write.isValid())
            m_photoWrites.insert(sha256, write.then([path] { QFile::remove(path); }));
        else
            QFile::remove(path); // restored from a journal after a crash
    }
    m_inFlight = false;
    emit answerTaken(QPrivateSignal());
    emit articleStored(stored);
    if (!m_document || m_document->id() != stored.id)
        return;
    m_document->markStored(stored, generation);
    if (m_document->isModified()) {
        // Typing went on during the write: journal against the new revision, save again.
        writeJournal();
        setState(Modified);
        m_saveTimer.start(qMin(m_saveTimer.interval(), 500));
    } else {
        m_unsavedSince.invalidate();
        removeJournal();
        setState(Saved, tr("Saved revision %1").arg(stored.revision));
    }
}

void ArticleSaver::onFailed(
    const QString &articleId, int kind, const QString &message, quint64 generation)
{
    Q_UNUSED(generation);
    m_inFlight = false;
    emit answerTaken(QPrivateSignal());
    if (!m_document || m_document->id() != articleId)
        return;
    // The edits stay in the editor and in the journal; "modified" stays set.
    writeJournal();
    if (kind == StoreError::Conflict) {
        setState(Conflict, message);
        emit conflictDetected(m_document->article(), message);
        return;
    }
    setState(Failed, message);
    m_retryTimer.start();
}

void ArticleSaver::resumeAfterConflict(int theirRevision)
{
    if (!m_document)
        return;
    Article stored = m_document->article();
    stored.revision = theirRevision;
    // Not clean: what the editor holds still has to be written over their revision.
    m_document->markStored(stored, m_document->generation() + 1);
    setState(Modified);
    m_saveTimer.start(0);
}

bool ArticleSaver::flush()
{
    if (!m_document)
        return true;
    // Woken once onSaved() or onFailed() has taken the writer's answer, not by the writer's own
    // signals: an answer already queued when flush() began would be taken by this loop without
    // waking it, and it would wait for one that never comes.
    QEventLoop loop;
    connect(this, &ArticleSaver::answerTaken, &loop, &QEventLoop::quit);
    int attempts = 0;
    while (m_document && (m_inFlight || m_document->isModified()) && m_state != Conflict
        && attempts < 3) {
        if (!m_inFlight) {
            if (m_state == Failed)
                ++attempts;
            startSave();
        }
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (m_state == Failed)
            ++attempts;
    }
    m_journalWatcher.waitForFinished();
    runJournalOp();
    m_journalWatcher.waitForFinished();
    return !m_document || !m_document->isModified();
}

void ArticleSaver::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    emit stateChanged(state, message);
}

void ArticleSaver::writeJournal()
{
    m_journalTimer.stop();
    if (!m_document || !m_document->isModified())
        return;
    m_pendingJournal =
        JournalOp {m_document->id(), RecoveryJournal::serialize(m_document->article())};
    runJournalOp();
}

void ArticleSaver::removeJournal()
{
    if (!m_document)
        return;
    m_journalTimer.stop();
    m_pendingJournal = JournalOp {m_document->id(), {}};
    runJournalOp();
}

void ArticleSaver::runJournalOp()
{
    if (!m_pendingJournal || m_journalWatcher.isRunning())
        return;
    const JournalOp op = *m_pendingJournal;
    m_pendingJournal.reset();
    m_journalWatcher.setFuture(QtConcurrent::run([op] {
        if (op.data.isEmpty()) {
            RecoveryJournal::remove(op.articleId);
            return;
        }
        QDir().mkpath(RecoveryJournal::directory());
        QSaveFile file(RecoveryJournal::pathFor(op.articleId));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(op.data);
            file.commit();
        }
    }));
}
