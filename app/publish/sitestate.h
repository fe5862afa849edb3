// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "render/pagerenderer.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// One article as the site shows it.
struct SiteEntry
{
    Article article; // the body only while its page is being rendered
    QString slug;
    QString path; // "news/<slug>/"
    QString sectionFolder;
    QStringList tagFolders; // of the non-blank tags, each once
    QStringList authorFolders; // of the bylines' non-blank names, each once
    QDateTime time; // publicationTime(article)
    QString lede;
    QList<qint32> recommended; // "recommended news": positions in the site order, best first
    bool hasBody = false;
    // The article's entries in the search index and the sitemap, and the absolute URL they
    // were made for; reused while the article and its URL stay the same.
    QString linesUrl;
    QByteArray searchLine;
    QByteArray sitemapLine;
};

// An article the last run left out, and why.
struct SkippedArticle
{
    QString id;
    qint32 revision = 0;
    QString warning;
};

// Everything about the site a run worked out, apart from the pages themselves, so that the next
// run can redo only what depends on the articles that changed: DIR/.copydesk/site.
//
// The file is mapped, not read: a run that changes one article of 10,000 looks at every
// entry's id, revision, folders and index lines in place and decodes only the entries whose
// pages it renders again. Entries keep their site order (newest first). Native byte order and
// 4-byte alignment; another machine's file, an older format or any damage and the state is
// simply not there.
class SiteState
{
public:
    // What the whole site was built with.
    struct Site
    {
        QByteArray key; // templates, base URL, site name, style, language, what was included
        QString language; // the site's language as worked out
        std::vector<SkippedArticle> skipped;
    };

    // One entry as it lies in the file.
    struct Record
    {
        const char *data = nullptr;
        quint32 size = 0;
        qint32 revision = 0;
        qint64 time = 0; // ms since the epoch, UTC
        QStringView id;
        QStringView sectionFolder;
        QByteArrayView searchLine;
        QByteArrayView sitemapLine;
        const qint32 *recommended = nullptr;
        quint32 recommendedCount = 0;
        quint32 tagFoldersAt = 0; // where the tag folders start, for hasTagFolder()
        quint32 tagFolderCount = 0;
        quint32 authorFoldersAt = 0; // where the author folders start, for hasAuthorFolder()
        quint32 authorFolderCount = 0;

        bool hasTagFolder(QStringView folder) const;
        bool hasAuthorFolder(QStringView folder) const;
    };

    // Reads PATH and, over it, the entries PATH.delta replaced since (see encodeDelta()).
    bool load(const QString &path);
    bool isLoaded() const { return m_loaded; }
    const Site &site() const { return m_site; }
    const std::vector<Record> &records() const { return m_records; }
    // Which records come from the delta file, in order.
    const std::vector<quint32> &replaced() const { return m_replaced; }
    quint64 generation() const { return m_generation; }
    // The full entry (copied out of the file), without the body.
    SiteEntry entry(size_t index) const;
    // The entry as lists show it: headline, address, date and deck.
    ArticleLink link(size_t index) const;
    // The entry's article's language.
    QString language(size_t index) const;

    // A state file is header() (a new generation each time the whole file is written), then
    // every entry's record: encode(), or the bytes of a loaded Record as they lie.
    static QByteArray header(quint32 count, quint64 generation, const Site &site);
    static QByteArray encode(const SiteEntry &entry);
    // A delta file is deltaHeader() for the state's generation, then `count` pairs of the
    // entry's position (quint32) and its record. It lets a run that changed a few entries
    // write those alone instead of the whole state.
    static QByteArray deltaHeader(quint64 generation, quint32 count);
    static QByteArray position(quint32 at);

private:
    bool loadDelta(const QString &path);

    QFile m_file;
    QFile m_deltaFile;
    quint64 m_generation = 0;
    std::vector<quint32> m_replaced;
    bool m_loaded = false;
    Site m_site;
    std::vector<Record> m_records;
};
