// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "store/snippet.h"
#include "store/storeerror.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class SqlDialect;

// What a list of articles is filtered by; empty means "any".
struct ArticleQuery
{
    std::optional<ArticleStatus> status;
    QString section;
    QString language;
    int limit = -1; // -1: all
    int offset = 0;
    // The order list() returns (the article list's columns); ties newest first.
    // Due: when a schedule or embargo lets the story out (the later of the two); none first.
    enum class Order { Updated, Headline, Bylines, Section, Status, Length, Due };
    Order order = Order::Updated;
    bool descending = true;
};

// One row of an article list: what the list shows, without the body.
struct ArticleSummary
{
    QString id;
    QString slug;
    QString headline;
    QString bylineNames;
    QString section;
    QString language;
    ArticleStatus status = ArticleStatus::Draft;
    int revision = 0;
    QDateTime updated;
    QDateTime published;
    TextCounts counts;
    QDateTime publishAt; // the schedule, if any
    QDateTime embargoUntil; // the embargo, if any
    QString editionOf; // the source, for an edition (model/editions.h)
    // For an edition in list(): whether the source's text changed since it was made.
    std::optional<bool> editionBehind;

    QJsonObject toJson() const;
};

// Why a story cannot have an edition in a language (ArticleStore::editionRefusal).
struct EditionRefusal
{
    enum Reason {
        None, // it can
        IsAnEdition, // editions are made from the source (`other`: the source)
        SameLanguage, // the story is in that language
        LanguageTaken, // the group has an edition in it (`other`: that edition)
    };
    Reason reason = None;
    QString other;
};

// Another edition of the same story (ArticleStore::editions).
struct EditionRef
{
    QString id;
    QString language;
    ArticleStatus status = ArticleStatus::Draft;

    QJsonObject toJson() const; // {id, language}
};

struct SearchHit
{
    ArticleSummary article;
    Snippet snippet;

    QJsonObject toJson() const;
};

// An archive search (ArticleStore::searchArchive): every story that matches, not only recent
// ones, narrowed by the filters, in one order, a page at a time.
struct ArchiveSearch
{
    QString query; // as for search(); empty: every story the filters let through
    QString section;
    std::optional<ArticleStatus> status;
    QString author; // one of the byline names, as written (ASCII case aside)
    // The story's date (its publication, else its last save) in the local time zone; each end
    // included, either may be missing.
    QDate from;
    QDate to;
    enum class Sort { Relevance, Newest, Oldest };
    Sort sort = Sort::Relevance; // relevance: as search() ranks, newest first among equals
    int limit = 50; // hits on a page
    int page = 1; // 1-based: page K holds hits (K-1)·limit+1 … K·limit
    bool countAll = false; // also count every match (ArchiveResult::total)
};

struct ArchiveResult
{
    QList<SearchHit> hits;
    qint64 total = -1; // every match, when asked for
};

// One saved revision of an article: who saved it and when.
struct RevisionInfo
{
    int revision = 0;
    QDateTime savedAt;
    QString savedBy;
    QString headline;
    ArticleStatus status = ArticleStatus::Draft;

    QJsonObject toJson() const;
};

// A photo's original as the store keeps it: once per SHA-256 of its bytes, whichever articles
// (and revisions) show it.
struct StoredPhoto
{
    QString sha256;
    QString mime;
    int width = 0;
    int height = 0;
    qint64 bytes = 0;
};

// One line of the newsroom's style list (app/store/stylelist.cpp), shared like the dictionary:
// a banned word (no replacement), a preferred form ("utilize" → "use", "的士" → "出租车"), or
// an exception the style checks leave as written (a name kept in its own script).
struct StyleEntry
{
    QString text;
    QString replacement; // the preferred form; empty for a banned word or an exception
    bool exception = false;
    QString severity = QStringLiteral("warning"); // error, warning or info
    QString language; // empty for every language, else "en", "zh", "zh-Hans", …
    QString note;
    QString addedBy;
    QString addedAt;

    // "banned", "preferred" or "exception".
    QString kind() const;
    // Whether the entry applies to an article in `articleLanguage` ("zh" covers zh-Hans).
    bool appliesTo(QStringView articleLanguage) const;
    QJsonObject toJson() const;
    static QStringList severities();
};

// A soft edit lock: someone has the article open in an editor. Nobody is prevented from
// editing (saves are protected by the revision check); others are told who is at it.
struct EditLock
{
    QString articleId;
    QString holder; // the user name
    QDateTime since;
    QDateTime heartbeat; // the holder's last sign of life
    bool mine = false; // held by this ArticleStore

    // "being edited by NAME since HH:mm"
    QString description() const;
    QJsonObject toJson() const; // {holder, since, heartbeat}
};

// The articles of a newsroom in a SQL database: an SQLite file by default, or a shared
// PostgreSQL server. What differs between the two lives in a SqlDialect; everything here is the
// same for both. Every save writes a full revision; a save from a stale revision is refused.
//
// A store belongs to the thread that opened it (Qt SQL connections are per thread): open
// another one in a worker thread. All failures are reported by throwing StoreError.
class ArticleStore
{
public:
    ~ArticleStore();
    ArticleStore(const ArticleStore &) = delete;
    ArticleStore &operator=(const ArticleStore &) = delete;

    // What open() does with a file path that holds no store yet.
    enum class OpenMode {
        CreateIfMissing, // a new, empty store (the editor's first start; new, import, demo)
        ExistingOnly, // refused: "no store at PATH" (commands that read or change articles)
    };
    // Opens (migrating when needed) the store at `location`: a file path, or a
    // postgresql://USER@HOST:PORT/DATABASE URL (password from PGPASSWORD or ~/.pgpass), whose
    // database is the store (its tables are created on first use, whatever the mode).
    // Empty: defaultLocation(). A file or folder the user may not write to is opened read-only:
    // reading works, every write throws Unavailable.
    static std::unique_ptr<ArticleStore> open(
        const QString &location, OpenMode mode = OpenMode::CreateIfMissing);
    // $COPYDESK_STORE, else AppDataLocation/copydesk.sqlite.
    static QString defaultLocation();
    // The schema version this build writes.
    static int currentSchemaVersion();

    QString location() const { return m_location; }
    int schemaVersion() const;
    // Whether this open() created the store (its schema from nothing).
    bool isNew() const { return m_new; }
    bool isReadOnly() const { return m_transaction.readOnly; }

    // The name written into revisions as "who saved". Default: $COPYDESK_USER, else the OS user.
    QString user() const { return m_user; }
    static QString defaultUser();
    static QString systemUser(); // the login name
    void setUser(const QString &user) { m_user = user; }

    // Stores a new article at revision 1, giving it an id, a unique slug and timestamps.
    Article create(Article article);
    // The article with this id, slug, or unique id prefix (8+ characters).
    std::optional<Article> find(const QString &idOrSlug);
    Article get(const QString &idOrSlug); // throws NotFound
    // Saves `article`, whose `revision` must be the stored one; returns it at revision + 1.
    // Throws Conflict when someone else saved first: nothing is overwritten.
    Article save(const Article &article);
    // A story's first publication (publicationstamp.cpp): sets `published` to `when` on each
    // of `articles` still at its stored revision, published and unstamped, in one transaction.
    // Each stamp is a revision in the history, recorded as the change alone (not a snapshot of
    // the whole story), so stamping an imported archive costs about what listing it does.
    // Returns the stamped articles; one someone saved meanwhile is left out for the caller.
    QList<Article> stampFirstPublication(const QList<Article> &articles, const QDateTime &when);
    // Saves the article as it was at `revision`, as a new revision.
    Article revert(const QString &id, int revision);
    // Kills the story: off the site at the next publish, its address left with a notice page
    // (`notice` replaces the article's kill_notice when given).
    Article kill(const QString &id, const std::optional<QString> &notice = std::nullopt);
    // Removes the article and all its revisions for good. Its editions stay, linked to each
    // other (their edition_of keeps naming the source that is gone).
    void purge(const QString &id);

    // Linked editions (app/store/editions.cpp). The other stories of the article's group (the
    // source and its editions, model/editions.h), oldest first, without the article itself.
    QList<EditionRef> editions(const Article &article);
    // Whether the edition's source has text saved since the revision it was made from (a
    // change of status alone does not count); false for a story that is no edition, or whose
    // source is gone.
    bool editionBehind(const Article &edition);
    // Whether `source` may have a new edition in `language`: the rules every way of making one
    // (convert --as-edition, edition --language, Story → New Edition) follows.
    EditionRefusal editionRefusal(const Article &source, const QString &language);
    // Every edition's source, by the edition's id: the site's language links in one query.
    QHash<QString, QString> editionSources();
    // Soft edit locks. lockForEditing() marks the article as being edited by user() in this
    // store object, or renews that mark; it returns the lock in force, which is someone
    // else's (mine == false) when they hold a live one. A lock without a heartbeat for
    // lockTimeout() seconds has ended (the holder went idle or crashed).
    EditLock lockForEditing(const QString &id);
    // Ends this store object's lock on the article (closed), or all of them (quitting).
    void releaseLock(const QString &id);
    void releaseLocks();
    // The live lock on the article, anyone's.
    std::optional<EditLock> editLock(const QString &id);
    int lockTimeout() const { return m_lockTimeout; }
    void setLockTimeout(int seconds) { m_lockTimeout = seconds; }

    // What copyFrom() did.
    struct CopyReport
    {
        int articles = 0; // copied, with their revisions
        int revisions = 0;
        int alreadyThere = 0; // articles with the same id were here already: left as they are
        int words = 0; // dictionary words copied
        int styleEntries = 0; // style list entries copied (texts not in the list here)
        int importedFiles = 0; // import ledger rows copied: those files are skipped here too
        QStringList renamedSlugs; // "old → new" where another article here had the slug
    };
    // Copies every article of `source` that is not here yet (same id), with all its revisions,
    // ids, numbers, times and who saved them, and the dictionary words that are missing. Each
    // article lands whole or not at all; copying again changes nothing.
    CopyReport copyFrom(ArticleStore &source);
    // Runs `work` (creates and saves) as one transaction: all of it lands or none of it does,
    // and many writes cost one commit. An exception from `work` rolls everything back.
    void batch(const std::function<void()> &work);

    QList<ArticleSummary> list(const ArticleQuery &query = {});
    // Id and revision of each matching article, in no particular order: the cheapest way for a
    // cache (the publisher's) to tell which articles changed.
    QHash<QString, int> revisions(const ArticleQuery &query = {});
    // Stories of `status` not yet due at `now`: a schedule or an embargo still to come. Each
    // with when it falls due (the later of the two) and its headline, soonest first.
    struct HeldStory
    {
        QString id;
        QString headline;
        QDateTime dueAt;
    };
    QList<HeldStory> heldBack(ArticleStatus status, const QDateTime &now);
    int count(const ArticleQuery &query = {});
    // Full articles (bodies included), newest first.
    QList<Article> articles(const ArticleQuery &query = {});
    // Full-text search over headline, deck, body, bylines and tags; best first. Every one of
    // searchTerms(query) must occur.
    QList<SearchHit> search(const QString &query, int limit = 50);
    // Every match in the archive: filtered, ordered, paged, and counted if asked. The same hits
    // in the same order on either back end. A page past the last is empty.
    ArchiveResult searchArchive(const ArchiveSearch &search);
    // The words a search looks for: the query split at white space (quotes are how people type
    // phrases; the words are matched as written either way), without lone punctuation, and at
    // most kMaxSearchTerms words of kMaxSearchCharacters characters in all. A pasted paragraph
    // is searched for by its first words (cut is then true) rather than refused: each word is a
    // condition every hit meets, and 32 of them narrow a search as far as it goes.
    static constexpr int kMaxSearchTerms = 32;
    static constexpr int kMaxSearchCharacters = 1000;
    struct SearchTerms
    {
        QStringList terms;
        bool cut = false; // words (or characters of one word) beyond the maximum were left out
    };
    static SearchTerms searchTerms(const QString &query);

    QList<RevisionInfo> history(const QString &id);
    Article revisionSnapshot(const QString &id, int revision);

    QStringList sections();
    QStringList tags();

    // Photo originals (app/store/photostore.cpp). An article's `media` may name only photos
    // the store holds: create() and save() refuse others (Invalid).
    // Keeps `data` (already checked by the caller: see Copydesk::inspectPhoto) unless a photo
    // with its hash is there; returns whether it was added.
    bool addPhoto(const StoredPhoto &photo, const QByteArray &data);
    bool hasPhoto(const QString &sha256);
    // The original's bytes; throws NotFound.
    QByteArray photoData(const QString &sha256);
    std::optional<StoredPhoto> photoInfo(const QString &sha256);
    // Every photo kept, by hash.
    QStringList photoHashes();

    // The newsroom dictionary: words that "Add to dictionary" put there, for every reporter
    // who shares the store. Sorted, each once.
    QStringList dictionaryWords();
    // Adds a word (trimmed; adding it again changes nothing). Throws Invalid for an empty word.
    void addDictionaryWord(const QString &word);
    // The newsroom's style list, by text.
    QList<StyleEntry> styleList();
    // Adds an entry, or replaces the one with the same text. Throws Invalid for an empty text,
    // an unknown severity, a replacement equal to the text, or an exception with a replacement.
    void addStyleEntry(const StyleEntry &entry);
    // Returns whether there was such an entry.
    bool removeStyleEntry(const QString &text);
    // Newsroom settings shared by everyone on the store ("style.disabled_rules", …): empty
    // when unset.
    QString setting(const QString &key);
    void setSetting(const QString &key, const QString &value);
    // Copies the entries of `source`'s style list whose texts this list lacks, with who added
    // them and when; returns how many (part of copyFrom()).
    int copyStyleListFrom(ArticleStore &source);
    int copyImportLedgerFrom(ArticleStore &source);

    // The import ledger (importledger.cpp): which source file, by the SHA-256 of its bytes,
    // became which article, so that running an interrupted import again skips what it stored.
    // The article a file became, or empty when it was never imported or its article has since
    // been killed or purged.
    QString importedArticle(const QString &sourceSha256);
    // Records that `articleId` came from the file; inside batch() it commits with the article.
    void recordImport(const QString &sourceSha256, const QString &articleId);

    // Byline names and dateline places and sources of every article: the names the
    // spelling checker should know. Each distinct text once, unsplit ("Maria Santos").
    QStringList creditedNames();

    struct TransactionState
    {
        int depth = 0;
        bool spoiled = false;
        bool readOnly = false; // opened read-only: every write is refused before it starts
    };

    // For back ends and tests: the connection (valid only in the opening thread).
    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return *m_dialect; }

private:
    ArticleStore(const QString &location, std::unique_ptr<SqlDialect> dialect);
    void migrate();
    void reconnect(QSqlDatabase &db) const;
    // Tells other Copydesks sharing the store that this article changed (on commit).
    void announce(const QString &id);
    void writeRevision(const Article &article);
    QString uniqueSlug(const QString &wanted, const QString &exceptId);
    void bindArticle(class QSqlQuery &query, const Article &article);
    QString resolveId(const QString &idOrSlug);
    qint64 rowNumber(const QString &id);
    // A new article for the search structures: at once, or with the rest of a batch.
    void indexCreated(const Article &article);
    void flushIndex();
    // Throws Invalid when `article` names a photo the store does not hold.
    // Refuses an edition of a story that is not there, or that is itself an edition.
    void checkEditionSource(const Article &edition);
    void checkPhotosPresent(const Article &article);
    // The photos any revision of the article shows.
    QSet<QString> photosOfRevisions(const QString &id, ArticleStore &from);
    // Removes those of `hashes` that no article or revision shows any more.
    void dropUnusedPhotos(const QSet<QString> &hashes);
    void copyPhotos(ArticleStore &source, const QSet<QString> &hashes);

    QString m_location;
    QString m_connectionName;
    QString m_user;
    QString m_session; // tells this store object's locks from the same user's elsewhere
    int m_lockTimeout = 300;
    std::unique_ptr<SqlDialect> m_dialect;
    bool m_migrated = false; // reconnecting only makes sense once the store has opened
    bool m_new = false;
    bool m_tookLocks = false; // whether closing has soft edit locks to end
    TransactionState m_transaction;
    QList<std::pair<qint64, Article>> m_unindexed; // created in the batch under way
};
