// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/sitestate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <limits>

namespace {

constexpr quint32 kMagic = 0x53534443; // "CDSS" in this machine's byte order
constexpr quint32 kDeltaMagic = 0x44534443; // "CDSD"
// 3: the articles' photos; 4: languages in the search index, author folders
constexpr quint32 kVersion = 4;
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

qint64 timeValue(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : kNoTime;
}

QDateTime timeFrom(qint64 ms)
{
    return ms == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Values appended in native byte order, every one at a multiple of 4 bytes.
class Writer
{
public:
    QByteArray bytes;

    template<typename T>
    void value(T v)
    {
        static_assert(sizeof(T) % 4 == 0);
        bytes.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
    void raw(const char *data, qsizetype size)
    {
        value(quint32(size));
        bytes.append(data, size);
        bytes.append((4 - size % 4) % 4, '\0');
    }
    void text(const QString &s) { raw(reinterpret_cast<const char *>(s.utf16()), s.size() * 2); }
    void data(const QByteArray &b) { raw(b.constData(), b.size()); }
    void list(const QStringList &strings)
    {
        value(quint32(strings.size()));
        for (const QString &s : strings)
            text(s);
    }
};

// Reads what Writer wrote, never past `end`; any overrun leaves ok false.
class Reader
{
public:
    Reader(const char *begin, const char *end) : m_at(begin), m_end(end) { }
    bool ok = true;

    template<typename T>
    T value()
    {
        T v {};
        if (!take(sizeof v))
            return v;
        memcpy(&v, m_at - sizeof v, sizeof v);
        return v;
    }
    QByteArrayView raw()
    {
        const quint32 size = value<quint32>();
        const quint32 padded = size + (4 - size % 4) % 4;
        if (!ok || padded < size || !take(padded))
            return {};
        return QByteArrayView(m_at - padded, size);
    }
    QStringView textView()
    {
        const QByteArrayView b = raw();
        if (b.size() % 2) {
            ok = false;
            return {};
        }
        return QStringView(reinterpret_cast<const char16_t *>(b.data()), b.size() / 2);
    }
    QString text() { return textView().toString(); }
    QByteArray data() { return raw().toByteArray(); }
    QStringList list()
    {
        QStringList strings;
        const quint32 count = value<quint32>();
        for (quint32 i = 0; ok && i < count; ++i)
            strings << text();
        return strings;
    }
    const char *at() const { return m_at; }
    bool take(size_t n)
    {
        if (!ok || size_t(m_end - m_at) < n) {
            ok = false;
            return false;
        }
        m_at += n;
        return true;
    }

private:
    const char *m_at;
    const char *m_end;
};

// One record's fixed fields and the views a run reads of every entry.
bool readRecord(Reader &in, quint32 count, SiteState::Record &r)
{
    r.data = in.at();
    r.size = in.value<quint32>();
    if (r.size < 4 || r.size % 4 || !in.take(r.size - 4))
        return false;
    Reader field(r.data + 4, r.data + r.size);
    r.revision = field.value<qint32>();
    field.take(4 * 3 + 8 * 3); // status, target length, padding; created, updated, published
    r.time = field.value<qint64>();
    r.recommendedCount = field.value<quint32>();
    r.recommended = reinterpret_cast<const qint32 *>(field.at());
    if (r.recommendedCount > count || !field.take(r.recommendedCount * 4))
        return false;
    for (quint32 k = 0; k < r.recommendedCount; ++k) {
        if (r.recommended[k] < 0 || quint32(r.recommended[k]) >= count)
            return false;
    }
    r.id = field.textView();
    r.sectionFolder = field.textView();
    r.searchLine = field.raw();
    r.sitemapLine = field.raw();
    r.tagFoldersAt = quint32(field.at() - r.data);
    r.tagFolderCount = field.value<quint32>();
    for (quint32 t = 0; field.ok && t < r.tagFolderCount; ++t)
        field.raw();
    r.authorFoldersAt = quint32(field.at() - r.data);
    r.authorFolderCount = field.value<quint32>();
    for (quint32 t = 0; field.ok && t < r.authorFolderCount; ++t)
        field.raw();
    return field.ok;
}

} // namespace

bool SiteState::Record::hasTagFolder(QStringView folder) const
{
    Reader in(data + tagFoldersAt, data + size);
    in.value<quint32>(); // the count, known already
    for (quint32 i = 0; i < tagFolderCount && in.ok; ++i) {
        if (in.textView() == folder)
            return true;
    }
    return false;
}

bool SiteState::Record::hasAuthorFolder(QStringView folder) const
{
    Reader in(data + authorFoldersAt, data + size);
    in.value<quint32>();
    for (quint32 i = 0; i < authorFolderCount && in.ok; ++i) {
        if (in.textView() == folder)
            return true;
    }
    return false;
}

bool SiteState::load(const QString &path)
{
    m_loaded = false;
    m_records.clear();
    m_replaced.clear();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly) || m_file.size() < 16)
        return false;
    const uchar *mapped = m_file.map(0, m_file.size());
    if (!mapped)
        return false;
    const char *begin = reinterpret_cast<const char *>(mapped);
    Reader in(begin, begin + m_file.size());
    if (in.value<quint32>() != kMagic || in.value<quint32>() != kVersion)
        return false;
    const quint32 count = in.value<quint32>();
    m_generation = in.value<quint64>();
    m_site.key = in.data();
    m_site.language = in.text();
    const quint32 skipped = in.value<quint32>();
    for (quint32 i = 0; in.ok && i < skipped; ++i) {
        SkippedArticle s;
        s.id = in.text();
        s.revision = in.value<qint32>();
        s.warning = in.text();
        m_site.skipped.push_back(std::move(s));
    }
    m_records.reserve(count);
    for (quint32 i = 0; in.ok && i < count; ++i) {
        Record r;
        in.ok = readRecord(in, count, r);
        m_records.push_back(r);
    }
    m_loaded = in.ok && m_records.size() == count;
    if (!m_loaded) {
        m_records.clear();
        return false;
    }
    loadDelta(path + QStringLiteral(".delta"));
    return true;
}

bool SiteState::loadDelta(const QString &path)
{
    m_deltaFile.setFileName(path);
    if (!m_deltaFile.open(QIODevice::ReadOnly) || m_deltaFile.size() < 20)
        return false;
    const char *begin = reinterpret_cast<const char *>(m_deltaFile.map(0, m_deltaFile.size()));
    if (!begin)
        return false;
    Reader in(begin, begin + m_deltaFile.size());
    if (in.value<quint32>() != kDeltaMagic || in.value<quint32>() != kVersion
        || in.value<quint64>() != m_generation)
        return false; // made for an earlier state
    const quint32 count = in.value<quint32>();
    std::vector<std::pair<quint32, Record>> replaced;
    for (quint32 i = 0; in.ok && i < count; ++i) {
        const quint32 at = in.value<quint32>();
        Record r;
        if (at >= m_records.size() || (!replaced.empty() && at <= replaced.back().first)
            || !readRecord(in, quint32(m_records.size()), r))
            return false;
        replaced.emplace_back(at, r);
    }
    if (!in.ok)
        return false;
    for (const auto &[at, r] : replaced) {
        m_records[at] = r;
        m_replaced.push_back(at);
    }
    return true;
}

SiteEntry SiteState::entry(size_t index) const
{
    const Record &r = m_records.at(index);
    SiteEntry e;
    Article &a = e.article;
    Reader in(r.data + 4, r.data + r.size);
    a.revision = in.value<qint32>();
    a.status = ArticleStatus(qBound(0, in.value<qint32>(), int(ArticleStatus::Killed)));
    a.targetLength = in.value<qint32>();
    in.value<qint32>();
    a.created = timeFrom(in.value<qint64>());
    a.updated = timeFrom(in.value<qint64>());
    a.published = timeFrom(in.value<qint64>());
    e.time = timeFrom(in.value<qint64>());
    const quint32 recommended = in.value<quint32>();
    for (quint32 k = 0; k < recommended; ++k)
        e.recommended << in.value<qint32>();
    a.id = in.text();
    e.sectionFolder = in.text();
    e.searchLine = in.data();
    e.sitemapLine = in.data();
    e.tagFolders = in.list();
    e.authorFolders = in.list();
    e.linesUrl = in.text();
    e.slug = in.text();
    e.path = in.text();
    e.lede = in.text();
    a.slug = in.text();
    a.headline = in.text();
    a.deck = in.text();
    a.dateline.place = in.text();
    a.dateline.date = in.text();
    a.dateline.source = in.text();
    a.language = in.text();
    a.section = in.text();
    a.editor = in.text();
    a.signoff = in.text();
    a.tags = in.list();
    const quint32 bylines = in.value<quint32>();
    for (quint32 b = 0; in.ok && b < bylines; ++b) {
        Byline byline;
        byline.name = in.text();
        byline.role = in.text();
        byline.affiliation = in.text();
        a.bylines << byline;
    }
    if (const QByteArray media = in.data(); !media.isEmpty())
        a.media = Copydesk::mediaFromJson(QJsonDocument::fromJson(media).array(), nullptr);
    return e;
}

ArticleLink SiteState::link(size_t index) const
{
    const Record &r = m_records.at(index);
    Reader in(r.data + r.authorFoldersAt, r.data + r.size);
    for (quint32 t = in.value<quint32>(); t > 0 && in.ok; --t)
        in.raw();
    in.raw(); // the URL of the index lines
    in.raw(); // slug
    ArticleLink link;
    link.path = in.text();
    in.raw(); // lede
    in.raw(); // the article's own slug
    link.headline = in.text();
    link.deck = in.text();
    link.published = timeFrom(r.time);
    for (int skip = 0; skip < 3; ++skip) // dateline
        in.raw();
    link.language = in.text();
    for (int skip = 0; skip < 3; ++skip) // section, editor, sign-off
        in.raw();
    for (quint32 t = in.value<quint32>(); t > 0 && in.ok; --t) // tags
        in.raw();
    for (quint32 b = in.value<quint32>(); b > 0 && in.ok; --b) { // bylines
        in.raw();
        in.raw();
        in.raw();
    }
    if (const QByteArrayView media = in.ok ? in.raw() : QByteArrayView(); !media.isEmpty())
        link.setThumbnail(
            Copydesk::mediaFromJson(QJsonDocument::fromJson(media.toByteArray()).array(), nullptr));
    return link;
}

QString SiteState::language(size_t index) const
{
    const Record &r = m_records.at(index);
    Reader in(r.data + r.authorFoldersAt, r.data + r.size);
    for (quint32 t = in.value<quint32>(); t > 0 && in.ok; --t)
        in.raw();
    // the URL of the index lines, slug, path, lede, the article's slug, headline, deck, dateline
    for (int skip = 0; skip < 10; ++skip)
        in.raw();
    return in.text();
}

QByteArray SiteState::encode(const SiteEntry &e)
{
    const Article &a = e.article;
    Writer out;
    out.value(quint32(0)); // the size, filled in below
    out.value(qint32(a.revision));
    out.value(qint32(a.status));
    out.value(qint32(a.targetLength));
    out.value(qint32(0));
    out.value(timeValue(a.created));
    out.value(timeValue(a.updated));
    out.value(timeValue(a.published));
    out.value(timeValue(e.time));
    out.value(quint32(e.recommended.size()));
    for (qint32 i : e.recommended)
        out.value(i);
    out.text(a.id);
    out.text(e.sectionFolder);
    out.data(e.searchLine);
    out.data(e.sitemapLine);
    out.list(e.tagFolders);
    out.list(e.authorFolders);
    out.text(e.linesUrl);
    out.text(e.slug);
    out.text(e.path);
    out.text(e.lede);
    out.text(a.slug);
    out.text(a.headline);
    out.text(a.deck);
    out.text(a.dateline.place);
    out.text(a.dateline.date);
    out.text(a.dateline.source);
    out.text(a.language);
    out.text(a.section);
    out.text(a.editor);
    out.text(a.signoff);
    out.list(a.tags);
    out.value(quint32(a.bylines.size()));
    for (const Byline &b : a.bylines) {
        out.text(b.name);
        out.text(b.role);
        out.text(b.affiliation);
    }
    out.data(a.media.isEmpty()
            ? QByteArray()
            : QJsonDocument(Copydesk::mediaToJson(a.media)).toJson(QJsonDocument::Compact));
    const quint32 size = quint32(out.bytes.size());
    memcpy(out.bytes.data(), &size, sizeof size);
    return out.bytes;
}

QByteArray SiteState::header(quint32 count, quint64 generation, const Site &site)
{
    Writer out;
    out.value(kMagic);
    out.value(kVersion);
    out.value(count);
    out.value(generation);
    out.data(site.key);
    out.text(site.language);
    out.value(quint32(site.skipped.size()));
    for (const SkippedArticle &s : site.skipped) {
        out.text(s.id);
        out.value(s.revision);
        out.text(s.warning);
    }
    return out.bytes;
}

QByteArray SiteState::deltaHeader(quint64 generation, quint32 count)
{
    Writer out;
    out.value(kDeltaMagic);
    out.value(kVersion);
    out.value(generation);
    out.value(count);
    return out.bytes;
}

QByteArray SiteState::position(quint32 at)
{
    Writer out;
    out.value(at);
    return out.bytes;
}
