// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesescript.h"

#include "model/editions.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <opencc/opencc.h>

#include <algorithm>
#include <stdexcept>

namespace ChineseScript {

namespace {

// Opening a configuration loads its dictionaries (milliseconds); keep each one open for the
// life of the process. OpenCC converters are not documented as thread-safe, hence the lock.
QMutex converterLock;

opencc_t converterFor(const QString &config)
{
    static QHash<QString, opencc_t> open;
    const auto found = open.constFind(config);
    if (found != open.constEnd())
        return *found;
    QString path = QStringLiteral("/usr/share/opencc/%1.json").arg(config);
    if (!QFileInfo::exists(path))
        path = config + QStringLiteral(".json"); // OpenCC's own search path
    const opencc_t converter = opencc_open(path.toLocal8Bit().constData());
    if (converter == reinterpret_cast<opencc_t>(-1))
        throw std::runtime_error(std::string("cannot load the OpenCC configuration ")
            + config.toStdString() + ": " + opencc_error());
    open.insert(config, converter);
    return converter;
}

QString convertLocked(const QString &text, const QString &config)
{
    if (text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    char *converted =
        opencc_convert_utf8(converterFor(config), utf8.constData(), size_t(utf8.size()));
    if (!converted)
        throw std::runtime_error(std::string("OpenCC failed: ") + opencc_error());
    const QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    return result;
}

// Characters that change when converted, counted character by character over the Han text.
int changedCharacters(const QString &han, const QString &config)
{
    const QString converted = convertLocked(han, config);
    int changed = 0;
    const qsizetype n = qMin(han.size(), converted.size());
    for (qsizetype i = 0; i < n; ++i)
        changed += han.at(i) != converted.at(i) ? 1 : 0;
    return changed;
}

} // namespace

bool isHan(char32_t codePoint)
{
    return QChar::script(codePoint) == QChar::Script_Han && codePoint >= 0x2E80;
}

QString detectLanguage(QStringView text)
{
    QString han;
    qsizetype latinLetters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isHan(c.unicode())) {
            if (han.size() < 4000) // plenty to decide by
                han += c;
        } else if (c.unicode() < 0x250 && c.isLetter()) {
            ++latinLetters;
        }
    }
    // A Han character carries about as much as an English word of five letters.
    if (han.isEmpty() || han.size() * 5 < latinLetters)
        return QStringLiteral("en");
    QMutexLocker locker(&converterLock);
    try {
        const int traditionalOnly = changedCharacters(han, QStringLiteral("t2s"));
        const int simplifiedOnly = changedCharacters(han, QStringLiteral("s2t"));
        return traditionalOnly > simplifiedOnly ? QStringLiteral("zh-Hant")
                                                : QStringLiteral("zh-Hans");
    } catch (const std::runtime_error &) {
        return QStringLiteral("zh-Hans"); // without OpenCC the commoner script is the best guess
    }
}

QStringList conversionTargets()
{
    return {QStringLiteral("zh-Hans"), QStringLiteral("zh-Hant"), QStringLiteral("zh-TW"),
        QStringLiteral("zh-HK")};
}

std::optional<QString> configFor(const QString &from, const QString &to, bool taiwanPhrases)
{
    enum Script { Simplified, Traditional, Taiwan, HongKong };
    auto scriptOf = [](const QString &tag) -> std::optional<Script> {
        if (tag == u"zh-TW" || tag == u"zh-Hant-TW")
            return Taiwan;
        if (tag == u"zh-HK" || tag == u"zh-MO" || tag == u"zh-Hant-HK")
            return HongKong;
        if (isTraditionalChinese(tag))
            return Traditional;
        if (isChineseLanguage(tag))
            return Simplified;
        return std::nullopt;
    };
    const auto source = scriptOf(from);
    const auto target = scriptOf(to);
    if (!source || !target || !conversionTargets().contains(to))
        return std::nullopt;
    // Traditional variants go through their own reverse tables (tw2s, hk2s, tw2t, hk2t).
    static const QHash<int, QString> configs = {
        {Simplified * 4 + Traditional, QStringLiteral("s2t")},
        {Simplified * 4 + Taiwan, QStringLiteral("s2tw")},
        {Simplified * 4 + HongKong, QStringLiteral("s2hk")},
        {Traditional * 4 + Simplified, QStringLiteral("t2s")},
        {Traditional * 4 + Taiwan, QStringLiteral("t2tw")},
        {Traditional * 4 + HongKong, QStringLiteral("t2hk")},
        {Taiwan * 4 + Simplified, QStringLiteral("tw2s")},
        {Taiwan * 4 + Traditional, QStringLiteral("tw2t")},
        {Taiwan * 4 + HongKong, QStringLiteral("t2hk")},
        {HongKong * 4 + Simplified, QStringLiteral("hk2s")},
        {HongKong * 4 + Traditional, QStringLiteral("hk2t")},
        {HongKong * 4 + Taiwan, QStringLiteral("t2tw")},
    };
    if (*source == *target)
        return std::nullopt;
    if (*source == Simplified && *target == Taiwan && taiwanPhrases)
        return QStringLiteral("s2twp");
    if (*source == Taiwan && *target == Simplified && taiwanPhrases)
        return QStringLiteral("tw2sp");
    return configs.value(*source * 4 + *target);
}

QString convert(const QString &text, const QString &config)
{
    QMutexLocker locker(&converterLock);
    return convertLocked(text, config);
}

Article convertArticle(const Article &article, const QString &config, const QString &to)
{
    auto c = [&](const QString &text) { return convert(text, config); };
    Article result = article;
    result.headline = c(article.headline);
    result.deck = c(article.deck);
    result.body = c(article.body);
    for (Byline &byline : result.bylines) {
        byline.name = c(byline.name);
        byline.role = c(byline.role);
        byline.affiliation = c(byline.affiliation);
    }
    result.dateline = {
        c(article.dateline.place), c(article.dateline.date), c(article.dateline.source)};
    result.section = c(article.section);
    for (QString &tag : result.tags)
        tag = c(tag);
    result.editor = c(article.editor);
    result.signoff = c(article.signoff);
    result.notes = c(article.notes);
    for (Copydesk::Photo &photo : result.media) {
        photo.caption = c(photo.caption);
        photo.credit = c(photo.credit);
        photo.alt = c(photo.alt);
    }
    result.language = to;
    return result;
}

Article convertedEdition(
    const Article &source, const QString &to, bool phrases, const Article *edition)
{
    const std::optional<QString> config = configFor(source.language, to, phrases);
    Article converted = config ? convertArticle(source, *config, to) : source;
    converted.language = to; // same script, another tag: zh-Hant → zh-HK
    converted.editionOf = source.id;
    converted.editionRevision = source.revision;
    converted.editionConversion =
        (phrases ? Copydesk::kConvertedPhrases : Copydesk::kConvertedCharacters).toString();
    if (edition) {
        converted.id = edition->id;
        converted.slug = edition->slug;
        converted.revision = edition->revision;
        converted.status = edition->status;
        converted.created = edition->created;
        converted.updated = edition->updated;
        converted.published = edition->published;
        converted.publishAt = edition->publishAt;
        converted.embargoUntil = edition->embargoUntil;
        converted.corrections = edition->corrections;
        converted.killNotice = edition->killNotice;
        converted.editor = edition->editor;
        converted.notes = edition->notes;
        converted.targetLength = edition->targetLength;
        return converted;
    }
    converted.id.clear();
    converted.slug.clear();
    converted.revision = 0;
    converted.status = ArticleStatus::Draft;
    converted.created = {};
    converted.updated = {};
    converted.published = {};
    converted.corrections.clear();
    converted.killNotice.clear();
    return converted;
}

Article caughtUpEdition(const Article &edition, const Article &source)
{
    if (!edition.editionConversion.isEmpty())
        return convertedEdition(source, edition.language,
            edition.editionConversion == Copydesk::kConvertedPhrases, &edition);
    Article marked = edition;
    marked.editionRevision = source.revision;
    return marked;
}

QStringList searchSpellings(const QString &term)
{
    QStringList spellings {term};
    const QList<uint> codePoints = term.toUcs4();
    if (std::none_of(codePoints.begin(), codePoints.end(), [](uint c) { return isHan(c); }))
        return spellings;
    QMutexLocker locker(&converterLock);
    try {
        for (const char *config : {"t2s", "s2t", "s2tw", "s2hk"}) {
            const QString spelling = convertLocked(term, QString::fromLatin1(config));
            if (!spellings.contains(spelling))
                spellings << spelling;
        }
    } catch (const std::runtime_error &) {
        // Without OpenCC a search finds what is written as typed, as before.
    }
    return spellings;
}

const QList<std::pair<char32_t, char32_t>> &simplifiedFolding()
{
    static const QList<std::pair<char32_t, char32_t>> folding = [] {
        // The Han blocks a news text uses: Extension A, the unified ideographs and the
        // compatibility ideographs, a character a line so that no phrase spans two.
        QList<char32_t> han;
        for (const auto &[first, last] :
            {std::pair<char32_t, char32_t> {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}}) {
            for (char32_t c = first; c <= last; ++c)
                han << c;
        }
        QString text;
        for (char32_t c : std::as_const(han))
            text += QString::fromUcs4(&c, 1) + u'\n';
        QList<std::pair<char32_t, char32_t>> pairs;
        QString converted;
        try {
            converted = convert(text, QStringLiteral("t2s"));
        } catch (const std::runtime_error &) {
            return pairs;
        }
        const QStringList lines = converted.split(u'\n');
        if (lines.size() != han.size() + 1)
            return pairs; // not character for character: no folding rather than a wrong one
        for (qsizetype i = 0; i < han.size(); ++i) {
            const QList<uint> simplified = lines.at(i).toUcs4();
            if (simplified.size() == 1 && simplified.front() != han.at(i))
                pairs.append({han.at(i), char32_t(simplified.front())});
        }
        return pairs;
    }();
    return folding;
}

} // namespace ChineseScript
