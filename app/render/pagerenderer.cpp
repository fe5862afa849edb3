// SPDX-License-Identifier: GPL-3.0-or-later
// Every page kind of the site from one set of templates: the pages share the template loading,
// the masthead, navigation and escaping, so they are kept beside the one Templates they use.
#include "render/pagerenderer.h"

#include "render/htmlescape.h"
#include "render/markdown.h"
#include "render/photomarkup.h"
#include "render/recommender.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <map>
#include <set>

using Data = kainjow::mustache::data;
using Mustache = kainjow::mustache::mustache;

namespace {

// Resource files the renderer reads; their bytes make up the template fingerprint.
const char *const kTemplateNames[] = {"head", "meta", "pagemeta", "masthead", "aside", "editions",
    "foot", "article-chinese-newspaper", "article-english-wire", "fragment-chinese-newspaper",
    "fragment-english-wire", "list", "archive", "search", "404", "notice"};
const char *const kAssetNames[] = {"site.css", "print.css", "search.js", "favicon.svg"};

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("copydesk: missing compiled-in resource %s", qPrintable(path));
    return file.readAll();
}

std::string str(const QString &text)
{
    return text.toStdString();
}

// A section runs when its key exists, even for an empty string: set only what has content.
void setText(Data &data, const char *key, const QString &value)
{
    if (!value.isEmpty())
        data.set(key, str(value));
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString displayDay(const QDate &day, QStringView language)
{
    if (!day.isValid())
        return {};
    if (isChineseLanguage(language))
        return QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
    static const char *const months[] = {"Jan.", "Feb.", "March", "April", "May", "June", "July",
        "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
    return QStringLiteral("%1 %2, %3")
        .arg(QLatin1StringView(months[day.month() - 1]))
        .arg(day.day())
        .arg(day.year());
}

// The day a reader of the site sees: in the site's time zone (publish --time-zone), so that a
// story out at 07:00 in Shanghai is dated that day, not the day before in UTC.
QString displayDate(const QDateTime &time, QStringView language, const QTimeZone &zone)
{
    return time.isValid() ? displayDay(time.toTimeZone(zone).date(), language) : QString();
}

// At most `limit` characters, cut at a character boundary, with an ellipsis when cut.
QString shorten(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype cut = limit - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

QString ogLocale(QStringView language)
{
    if (isTraditionalChinese(language))
        return QStringLiteral("zh_TW");
    if (isChineseLanguage(language))
        return QStringLiteral("zh_CN");
    if (language.startsWith(u"en"))
        return QStringLiteral("en_US");
    QString locale = language.toString();
    locale.replace(u'-', u'_');
    return locale;
}

Data labelData(QStringView language)
{
    const PageLabels labels = pageLabels(language);
    Data data;
    data.set("search", str(labels.search));
    data.set("recommended", str(labels.recommended));
    data.set("home", str(labels.home));
    data.set("siteSearch", str(labels.siteSearch));
    data.set("result", str(labels.result));
    data.set("results", str(labels.results));
    data.set("noResults", str(labels.noResults));
    data.set("pages", str(labels.pages));
    data.set("previous", str(labels.previous));
    data.set("next", str(labels.next));
    data.set("sections", str(labels.sections));
    data.set("archive", str(labels.archive));
    data.set("editions", str(labels.editions));
    return data;
}

// Where a page stands in the masthead's navigation: at a list's own first page ("page"), or
// below one of its entries (an article of the section, a list's page 2: "true").
struct NavPlace
{
    QString path; // "" for the front page, "section/NAME/"; null: nowhere (search, 404)
    bool exact = false;
};

// The masthead's navigation: the front page, then the sections.
Data navigation(const SiteContext &site, QStringView language, const NavPlace &here)
{
    Data items {Data::type::list};
    const auto add = [&](const QString &name, const QString &path, const QString &itsLanguage) {
        Data item;
        item.set("navName", str(name));
        item.set("navUrl", str(site.baseUrl + path));
        if (!itsLanguage.isEmpty() && itsLanguage.compare(language, Qt::CaseInsensitive) != 0)
            item.set("navLang", str(itsLanguage));
        if (!here.path.isNull() && here.path == path)
            item.set("navCurrent", here.exact ? "page" : "true");
        items.push_back(item);
    };
    add(pageLabels(language).home, QStringLiteral(""), {});
    for (const SectionLink &section : site.sections)
        add(section.name, section.path, section.language);
    return items;
}

// The page's shared frame: language, title, style sheets, site name, labels, navigation.
Data pageData(const QString &language, const QString &pageTitle, const QString &description,
    const QString &canonical, const SiteContext &site, const NavPlace &here = {})
{
    Data data;
    data.set("lang", str(language));
    data.set("pageTitle", str(pageTitle));
    setText(data, "description", description);
    setText(data, "canonical", canonical);
    data.set("base", str(site.baseUrl));
    data.set("siteName", str(site.siteName));
    if (!site.footer.isEmpty())
        data.set("siteFooter", str(site.footer));
    data.set("ogLocale", str(ogLocale(language)));
    data.set("labels", labelData(language));
    if (!site.sections.isEmpty()) {
        data.set("hasNav", true);
        data.set("nav", navigation(site, language, here));
    }
    return data;
}

Data linkList(
    const QList<ArticleLink> &links, const SiteContext &site, QStringView language, bool withDeck)
{
    // Filled in place and handed over whole: the engine's push_back copies each item, and
    // copies them all again each time its list grows (a section page lists thousands).
    kainjow::mustache::basic_list<std::string> items;
    items.reserve(size_t(links.size()));
    for (const ArticleLink &link : links) {
        Data &item = items.emplace_back();
        item.set("headline", str(link.headline));
        if (!link.language.isEmpty() && link.language.compare(language, Qt::CaseInsensitive) != 0)
            item.set("linkLang", str(link.language));
        item.set("url", str(site.baseUrl + link.path));
        setText(item, "date", displayDate(link.published, language, site.timeZone));
        setText(item, "iso", iso(link.published));
        if (withDeck)
            setText(item, "deck", link.deck);
        if (withDeck && !link.thumbnail.isEmpty()) {
            item.set("thumbnail", str(site.baseUrl + link.thumbnail));
            item.set("thumbnailWidth", str(QString::number(link.thumbnailWidth)));
            item.set("thumbnailHeight", str(QString::number(link.thumbnailHeight)));
        }
    }
    return Data(items);
}

} // namespace

void ArticleLink::setThumbnail(const QList<Copydesk::Photo> &media)
{
    thumbnail.clear();
    thumbnailWidth = thumbnailHeight = 0;
    const Copydesk::Photo *lead = Copydesk::leadPhoto(media);
    const QList<int> widths = lead ? Copydesk::renditionWidths(lead->width) : QList<int>();
    if (widths.isEmpty())
        return;
    thumbnail = Copydesk::renditionPath(lead->sha256, widths.first(), u"jpg");
    thumbnailWidth = widths.first();
    thumbnailHeight = Copydesk::renditionHeight(lead->width, lead->height, widths.first());
}

namespace {

// Puts the dateline at the very start of the lede, inside its paragraph.
QString withLedePrefix(const QString &bodyHtml, const QString &prefix)
{
    if (prefix.isEmpty())
        return bodyHtml;
    const QString span = QStringLiteral("<span class=\"dateline\">") + Html::escape(prefix)
        + QStringLiteral("</span>");
    if (bodyHtml.startsWith(u"<p>"))
        return QStringLiteral("<p>") + span + bodyHtml.mid(3);
    return QStringLiteral("<p class=\"dateline-only\">") + span + QStringLiteral("</p>\n")
        + bodyHtml;
}

} // namespace

QString listPagePath(const QString &folder, int page)
{
    return page <= 1 ? folder : folder + QStringLiteral("page/%1/").arg(page);
}

int listPageCount(qsizetype count, int perPage)
{
    return perPage <= 0 ? 1 : std::max(1, int((count + perPage - 1) / perPage));
}

QString archiveDayPath(const QDate &day)
{
    return day.toString(QStringLiteral("'archive/'yyyy/MM/dd/"));
}

QString archiveMonthPath(const QDate &anyDayOfTheMonth)
{
    return anyDayOfTheMonth.toString(QStringLiteral("'archive/'yyyy/MM/"));
}

QString archiveDayHeading(const QDate &day, QStringView language)
{
    return displayDay(day, language);
}

QString archiveMonthHeading(const QDate &anyDayOfTheMonth, QStringView language)
{
    if (isChineseLanguage(language))
        return QStringLiteral("%1年%2月")
            .arg(anyDayOfTheMonth.year())
            .arg(anyDayOfTheMonth.month());
    return QLocale::c().monthName(anyDayOfTheMonth.month()) + u' '
        + QString::number(anyDayOfTheMonth.year());
}

QString authorPath(const QString &name)
{
    return QStringLiteral("author/") + safeFolderName(name) + u'/';
}

QString articlePath(const QString &slug)
{
    return QStringLiteral("news/") + slug + u'/';
}

QString safeFolderName(const QString &name)
{
    QString folder;
    bool pendingHyphen = false;
    const QString folded = name.normalized(QString::NormalizationForm_KC).toLower();
    for (char32_t cp : folded.toUcs4()) {
        if (QChar::isLetterOrNumber(cp)) {
            if (pendingHyphen && !folder.isEmpty())
                folder += u'-';
            pendingHyphen = false;
            folder += QString::fromUcs4(&cp, 1);
        } else {
            pendingHyphen = true;
        }
        if (folder.size() >= 60)
            break;
    }
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"));
    // Whatever had to be dropped or changed beyond case and spaces gets a short hash of the
    // full name, so that distinct names ("C", "C++", "C#") never share a folder.
    QString plain = folded.trimmed();
    plain.replace(u' ', u'-');
    if (folder != plain || reserved.match(folder).hasMatch()) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
        folder = folder.isEmpty() ? QStringLiteral("t-") + hash : folder + u'-' + hash;
    }
    return folder;
}

PageLabels pageLabels(QStringView language)
{
    PageLabels l;
    if (isChineseLanguage(language)) {
        const bool traditional = isTraditionalChinese(language);
        const auto zh = [traditional](const char *simplified, const char *traditionalText) {
            return QString::fromUtf8(traditional ? traditionalText : simplified);
        };
        l.search = zh("新闻搜索", "新聞搜索");
        l.siteSearch = zh("站内搜索", "站內搜索");
        l.recommended = zh("推荐新闻", "推薦新聞");
        l.latest = zh("最新新闻", "最新新聞");
        l.home = zh("首页", "首頁");
        l.notFound = zh("找不到这个页面", "找不到這個頁面");
        l.result = l.results = zh("篇相关新闻", "篇相關新聞");
        l.noResults = zh("没有找到相关新闻", "沒有找到相關新聞");
        l.removed = QStringLiteral("本文已撤回");
        l.frontDescription = zh("%1最新新闻。", "%1最新新聞。");
        l.sectionDescription = zh("%1“%2”栏目的最新新闻。", "%1「%2」欄目的最新新聞。");
        l.tagDescription = zh("%1关于“%2”的新闻。", "%1關於「%2」的新聞。");
        l.authorDescription = zh("%2在%1发表的新闻。", "%2在%1發表的新聞。");
        l.dayDescription = zh("%1%2的新闻。", "%1%2的新聞。");
        l.archiveDescription = zh("%1的往期新闻：%2。", "%1的往期新聞：%2。");
        l.archive = QStringLiteral("往期");
        l.stories = QStringLiteral("%1篇");
        l.searchDescription = zh("搜索%1的新闻。", "搜索%1的新聞。");
        l.notFoundDescription = zh("%1没有这个页面。", "%1沒有這個頁面。");
        l.page = zh("第%1页", "第%1頁");
        l.pages = zh("分页", "分頁");
        l.previous = zh("上一页", "上一頁");
        l.next = zh("下一页", "下一頁");
        l.sections = zh("栏目", "欄目");
        l.editions = zh("其他语言版本", "其他語言版本");
        return l;
    }
    l.search = QStringLiteral("Search");
    l.siteSearch = QStringLiteral("Site search");
    l.recommended = QStringLiteral("Recommended");
    l.latest = QStringLiteral("Latest news");
    l.home = QStringLiteral("Front page");
    l.notFound = QStringLiteral("Page not found");
    l.result = QStringLiteral("result");
    l.results = QStringLiteral("results");
    l.noResults = QStringLiteral("No articles found");
    l.removed = QStringLiteral("This article has been removed");
    l.frontDescription = QStringLiteral("The latest news from %1.");
    l.sectionDescription = QStringLiteral("The latest %2 stories from %1.");
    l.tagDescription = QStringLiteral("Stories about %2 from %1.");
    l.authorDescription = QStringLiteral("Stories by %2 for %1.");
    l.dayDescription = QStringLiteral("Stories %1 published on %2.");
    l.archiveDescription = QStringLiteral("The archive of %1: %2.");
    l.archive = QStringLiteral("Archive");
    l.stories = QStringLiteral("%1 stories");
    l.searchDescription = QStringLiteral("Search the stories of %1.");
    l.notFoundDescription = QStringLiteral("This page is not on %1.");
    l.page = QStringLiteral("Page %1");
    l.pages = QStringLiteral("Pages");
    l.previous = QStringLiteral("Previous");
    l.next = QStringLiteral("Next");
    l.sections = QStringLiteral("Sections");
    l.editions = QStringLiteral("This story in other languages");
    return l;
}

struct PageRenderer::Templates
{
    // kainjow::mustache renders through non-const members: one set per renderer, and a
    // renderer per thread.
    mutable std::map<std::string, Mustache> compiled;
    QByteArray fingerprint;

    Mustache &get(const char *name) const { return compiled.at(name); }
};

PageRenderer::PageRenderer() : d(std::make_unique<Templates>())
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    std::map<QString, QString> sources;
    for (const char *name : kTemplateNames) {
        const QByteArray bytes = readResource(
            QStringLiteral(":/copydesk/templates/%1.mustache").arg(QLatin1StringView(name)));
        hash.addData(bytes);
        sources[QLatin1StringView(name)] = QString::fromUtf8(bytes);
    }
    for (const char *name : kAssetNames)
        hash.addData(
            readResource(QStringLiteral(":/copydesk/site/%1").arg(QLatin1StringView(name))));
    d->fingerprint = hash.result().toHex();

    // Partials are spliced in here, once, rather than re-parsed by the engine on every render.
    static const QRegularExpression partial(QStringLiteral("\\{\\{>\\s*([\\w-]+)\\s*\\}\\}"));
    for (const auto &[name, source] : sources) {
        QString expanded = source;
        for (int depth = 0; depth < 4 && expanded.contains(QStringLiteral("{{>")); ++depth) {
            QString next;
            qsizetype last = 0;
            for (auto it = partial.globalMatch(expanded); it.hasNext();) {
                const auto match = it.next();
                next += QStringView(expanded).mid(last, match.capturedStart() - last);
                const auto found = sources.find(match.captured(1));
                if (found == sources.end())
                    qFatal("copydesk: template %s includes unknown partial %s", qPrintable(name),
                        qPrintable(match.captured(1)));
                QString body = found->second;
                if (body.endsWith(u'\n') && expanded.mid(match.capturedEnd(), 1) == u"\n")
                    body.chop(1);
                next += body;
                last = match.capturedEnd();
            }
            next += QStringView(expanded).mid(last);
            expanded = next;
        }
        Mustache compiled(str(expanded));
        if (!compiled.is_valid())
            qFatal("copydesk: template %s: %s", qPrintable(name), compiled.error_message().c_str());
        d->compiled.emplace(str(name), std::move(compiled));
    }
}

PageRenderer::~PageRenderer() = default;

QByteArray PageRenderer::templateFingerprint() const
{
    return d->fingerprint;
}

HouseStyle PageRenderer::styleFor(const Article &article, const SiteContext &site)
{
    return houseStyleFor(article.language, site.defaultStyle);
}

namespace {

// The story's corrections, clarifications and updates as the page shows them, oldest first.
QString correctionsHtml(const QList<Copydesk::Correction> &corrections, HouseStyle style,
    bool traditional, const QTimeZone &zone)
{
    QString html = QStringLiteral("\n<aside class=\"corrections\" aria-label=\"")
        + Html::escape(correctionsHeading(style, traditional)) + QStringLiteral("\">\n");
    for (const Copydesk::Correction &entry : corrections) {
        html += QStringLiteral("<p class=\"correction %1\"><strong>%2</strong>%3</p>\n")
                    .arg(Copydesk::correctionKindName(entry.kind),
                        Html::escape(correctionLeadIn(entry, style, traditional, zone)),
                        Html::escape(entry.text));
    }
    return html + QStringLiteral("</aside>");
}

// A byline as the house style writes it (`line`), as HTML with each person's name, in order,
// a link to their page.
QString linkedByline(const QString &line, const QList<Byline> &bylines, const SiteContext &site)
{
    QString html;
    qsizetype at = 0;
    for (const Byline &b : bylines) {
        if (b.name.trimmed().isEmpty())
            continue;
        const qsizetype found = line.indexOf(b.name, at);
        if (found < 0)
            continue;
        html += Html::escape(QStringView(line).mid(at, found - at));
        html += QStringLiteral("<a class=\"author\" href=\"")
            + Html::escape(site.baseUrl + authorPath(b.name)) + QStringLiteral("\">")
            + Html::escape(b.name) + QStringLiteral("</a>");
        at = found + b.name.size();
    }
    return html + Html::escape(QStringView(line).mid(at));
}

struct ArticleData
{
    Data fragment;
    Data page;
};

} // namespace

static ArticleData articleData(const Article &a, const SiteContext &site, QStringList *warnings)
{
    const HouseStyle style = PageRenderer::styleFor(a, site);
    const bool traditional = isTraditionalChinese(a.language);
    const QString path = site.articlePath.isEmpty() ? articlePath(a.slug) : site.articlePath;
    const QString canonical = site.baseUrl + path;
    const QDateTime published = publicationTime(a);
    QString description = a.deck.isEmpty() ? firstParagraphText(a.body) : a.deck.simplified();
    description = shorten(description, 160);

    Data fragment;
    fragment.set("headline", str(a.headline));
    setText(fragment, "deck", a.deck);
    if (!a.section.isEmpty()) {
        fragment.set("section", str(a.section));
        fragment.set("sectionUrl",
            str(site.baseUrl + QStringLiteral("section/") + safeFolderName(a.section) + u'/'));
    }
    setText(fragment, "dateText", displayDate(published, a.language, site.timeZone));
    setText(fragment, "publishedIso", iso(published));
    Data tags {Data::type::list};
    QStringList keywords; // the tags that have a page (the publisher skips blank ones)
    for (const QString &tag : a.tags) {
        if (tag.trimmed().isEmpty())
            continue;
        keywords << tag;
        Data item;
        item.set("name", str(tag));
        item.set("url", str(site.baseUrl + QStringLiteral("tag/") + safeFolderName(tag) + u'/'));
        tags.push_back(item);
    }
    if (!keywords.isEmpty())
        fragment.set("hasTags", true);
    fragment.set("tags", tags);

    BodyImages images;
    images.warnings = warnings;
    images.photo = [&](const QString &id, const QByteArray &, bool alone) {
        const Copydesk::Photo *photo = Copydesk::findPhoto(a.media, id);
        if (!photo)
            return QByteArray();
        return (alone ? photoFigure(*photo, site.baseUrl, style, traditional, false)
                      : photoPicture(*photo, site.baseUrl, false))
            .toUtf8();
    };
    const QString bodyHtml = markdownToHtml(a.body, images);
    const Copydesk::Photo *lead = Copydesk::leadPhoto(a.media);
    if (lead)
        fragment.set("leadPhoto", str(photoFigure(*lead, site.baseUrl, style, traditional, true)));
    if (style == HouseStyle::ChineseNewspaper) {
        fragment.set(
            "bodyHtml", str(withLedePrefix(bodyHtml, chineseNewsHeader(a.dateline, traditional))));
        if (site.authorPages && !a.bylines.isEmpty())
            fragment.set(
                "reporterHtml", str(linkedByline(chineseReporterLine(a.bylines), a.bylines, site)));
        else
            setText(fragment, "reporterLine", chineseReporterLine(a.bylines));
        setText(fragment, "editorLine", chineseEditorLine(a.editor, traditional));
    } else {
        fragment.set("bodyHtml", str(withLedePrefix(bodyHtml, englishDateline(a.dateline))));
        if (site.authorPages && !a.bylines.isEmpty())
            fragment.set(
                "bylineHtml", str(linkedByline(englishByline(a.bylines), a.bylines, site)));
        else
            setText(fragment, "byline", englishByline(a.bylines));
        setText(fragment, "affiliation", englishAffiliation(a.bylines));
    }

    if (!a.corrections.isEmpty()) {
        const QString html = correctionsHtml(a.corrections, style, traditional, site.timeZone);
        fragment.set(site.correctionsFirst ? "correctionsTop" : "correctionsEnd", str(html));
    }

    // schema.org NewsArticle, for search engines and aggregators.
    QJsonArray authors;
    for (const Byline &b : a.bylines) {
        QJsonObject person {
            {QStringLiteral("@type"), QStringLiteral("Person")}, {QStringLiteral("name"), b.name}};
        if (site.authorPages && !b.name.trimmed().isEmpty())
            person.insert(QStringLiteral("url"), site.baseUrl + authorPath(b.name));
        if (!b.role.isEmpty())
            person.insert(QStringLiteral("jobTitle"), b.role);
        if (!b.affiliation.isEmpty())
            person.insert(QStringLiteral("affiliation"),
                QJsonObject {{QStringLiteral("@type"), QStringLiteral("Organization")},
                    {QStringLiteral("name"), b.affiliation}});
        authors.append(person);
    }
    QJsonObject jsonLd {
        {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
        {QStringLiteral("headline"), a.headline},
        {QStringLiteral("author"), authors},
        {QStringLiteral("datePublished"), iso(published)},
        {QStringLiteral("dateModified"), iso(a.updated.isValid() ? a.updated : published)},
        {QStringLiteral("inLanguage"), a.language},
        {QStringLiteral("mainEntityOfPage"), canonical},
        {QStringLiteral("url"), canonical},
        {QStringLiteral("publisher"),
            QJsonObject {{QStringLiteral("@type"), QStringLiteral("Organization")},
                {QStringLiteral("name"), site.siteName}}},
    };
    if (!description.isEmpty())
        jsonLd.insert(QStringLiteral("description"), description);
    // Corrections and clarifications as schema.org CorrectionComment (updates are news, not
    // corrections).
    QJsonArray corrections;
    for (const Copydesk::Correction &entry : a.corrections) {
        if (entry.kind == Copydesk::Correction::Kind::Update)
            continue;
        corrections.append(
            QJsonObject {{QStringLiteral("@type"), QStringLiteral("CorrectionComment")},
                {QStringLiteral("text"), entry.text},
                {QStringLiteral("datePublished"), iso(entry.time)}});
    }
    if (!corrections.isEmpty())
        jsonLd.insert(QStringLiteral("correction"), corrections);
    if (const QString dateline = datelineText(a.dateline, style, traditional); !dateline.isEmpty())
        jsonLd.insert(QStringLiteral("dateline"), dateline);
    if (!a.section.isEmpty())
        jsonLd.insert(QStringLiteral("articleSection"), a.section);
    if (!keywords.isEmpty())
        jsonLd.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(keywords));
    // The lead photo as the page's share image: every rendition for JSON-LD (search engines
    // want one at least 1200 px wide when there is one), the widest as og:image.
    const QList<PhotoRendition> shareImages =
        lead ? photoJpegRenditions(*lead, site.baseUrl) : QList<PhotoRendition>();
    if (!shareImages.isEmpty()) {
        QJsonArray imageObjects;
        for (const PhotoRendition &r : shareImages)
            imageObjects.append(
                QJsonObject {{QStringLiteral("@type"), QStringLiteral("ImageObject")},
                    {QStringLiteral("url"), r.url}, {QStringLiteral("width"), r.width},
                    {QStringLiteral("height"), r.height}});
        jsonLd.insert(QStringLiteral("image"), imageObjects);
    }

    Data page = pageData(a.language, a.headline + QStringLiteral(" - ") + site.siteName,
        description, canonical, site,
        {a.section.isEmpty() ? QString()
                             : QStringLiteral("section/") + safeFolderName(a.section) + u'/',
            false});
    page.set("headline", str(a.headline));
    setText(page, "publishedIso", iso(a.published));
    page.set("modifiedIso", str(iso(a.updated.isValid() ? a.updated : published)));
    setText(page, "section", a.section);
    page.set("tags", tags);
    const QByteArray ld = Html::jsonForScript(jsonLd);
    page.set("jsonLd", ld.toStdString());
    // The page's CSP admits this inline block by its hash and still no other inline script
    // (the validator flags a data block the policy would not allow).
    page.set("scriptSrc",
        str(QStringLiteral("'self' 'sha256-")
            + QString::fromLatin1(
                QCryptographicHash::hash(ld, QCryptographicHash::Sha256).toBase64())
            + u'\''));
    if (!shareImages.isEmpty()) {
        page.set("ogImage", str(shareImages.constLast().url));
        page.set("ogImageWidth", str(QString::number(shareImages.constLast().width)));
        page.set("ogImageHeight", str(QString::number(shareImages.constLast().height)));
        setText(page, "ogImageAlt", lead->alt);
    }
    if (site.editions.size() > 1) {
        // Each edition names itself in its own language; x-default is the source.
        kainjow::mustache::basic_list<std::string> editions;
        for (const EditionLink &edition : site.editions) {
            Data &item = editions.emplace_back();
            item.set("hreflang", str(edition.language));
            item.set("label", str(edition.label));
            item.set("url", str(site.baseUrl + edition.path));
            if (edition.current)
                item.set("current", true);
            if (edition.source)
                page.set("xDefault", str(site.baseUrl + edition.path));
        }
        page.set("hasEditions", true);
        page.set("editions", Data(editions));
    }
    if (!site.recommended.isEmpty())
        page.set("hasRecommended", true);
    page.set("recommended", linkList(site.recommended, site, a.language, false));
    if (!site.liveUpdateScript.isEmpty())
        page.set("liveUpdateHook",
            str(QStringLiteral("<script src=\"") + Html::escape(site.liveUpdateScript)
                + QStringLiteral("\"></script>\n")));
    return {fragment, page};
}

QByteArray PageRenderer::articlePageUtf8(
    const Article &article, const SiteContext &site, QStringList *warnings) const
{
    ArticleData data = articleData(article, site, warnings);
    const HouseStyle style = styleFor(article, site);
    const std::string name = houseStyleName(style).toStdString();
    data.page.set("fragment", d->get(("fragment-" + name).c_str()).render(data.fragment));
    const std::string html = d->get(("article-" + name).c_str()).render(data.page);
    return QByteArray(html.data(), qsizetype(html.size()));
}

QString PageRenderer::articlePage(
    const Article &article, const SiteContext &site, QStringList *warnings) const
{
    return QString::fromUtf8(articlePageUtf8(article, site, warnings));
}

QString PageRenderer::articleFragment(const Article &article, const SiteContext &site) const
{
    const ArticleData data = articleData(article, site, nullptr);
    const std::string name = "fragment-" + houseStyleName(styleFor(article, site)).toStdString();
    return QString::fromStdString(d->get(name.c_str()).render(data.fragment));
}

namespace {

// The page numbers a list page links: the first and last, and two either side of this one,
// with a gap ("…") where numbers are left out. A list of 500 pages is 9 links, not 500.
Data pageNumbers(const ListPage &page, const SiteContext &site)
{
    std::set<int> shown {1, page.pageCount};
    for (int n = page.page - 2; n <= page.page + 2; ++n) {
        if (n >= 1 && n <= page.pageCount)
            shown.insert(n);
    }
    Data numbers {Data::type::list};
    int last = 0;
    for (int n : shown) {
        if (n > last + 1) {
            Data gap;
            gap.set("gap", true);
            numbers.push_back(gap);
        }
        Data number;
        number.set("number", str(QString::number(n)));
        number.set("pageUrl", str(site.baseUrl + listPagePath(page.folder, n)));
        if (n == page.page)
            number.set("current", true);
        numbers.push_back(number);
        last = n;
    }
    return numbers;
}

} // namespace

QByteArray PageRenderer::listPage(const ListPage &page, const SiteContext &site) const
{
    const PageLabels labels = pageLabels(page.language);
    const QString description = page.kind == ListPage::Kind::Front ? labels.frontDescription
        : page.kind == ListPage::Kind::Section                     ? labels.sectionDescription
        : page.kind == ListPage::Kind::Author                      ? labels.authorDescription
        : page.kind == ListPage::Kind::Day                         ? labels.dayDescription
                                                                   : labels.tagDescription;
    QString title = page.heading;
    if (page.page > 1)
        title += QStringLiteral(" - ") + labels.page.arg(page.page);
    if (page.heading != site.siteName)
        title += QStringLiteral(" - ") + site.siteName;
    NavPlace here;
    if (page.kind == ListPage::Kind::Front || page.kind == ListPage::Kind::Section)
        here = {page.folder.isNull() ? QStringLiteral("") : page.folder, page.page == 1};
    // The front page's description names the site alone.
    const QString described = page.kind == ListPage::Kind::Front
        ? description.arg(site.siteName)
        : description.arg(site.siteName, page.heading);
    Data data = pageData(page.language, title, described,
        site.baseUrl + listPagePath(page.folder, page.page), site, here);
    data.set("ogTitle", str(page.heading));
    data.set("heading", str(page.heading));
    data.set("items", linkList(page.items, site, page.language, true));
    if (page.pageCount > 1) {
        Data pagination;
        if (page.page > 1) {
            const std::string url = str(site.baseUrl + listPagePath(page.folder, page.page - 1));
            data.set("relPrev", url);
            pagination.set("prev", url);
        }
        if (page.page < page.pageCount) {
            const std::string url = str(site.baseUrl + listPagePath(page.folder, page.page + 1));
            data.set("relNext", url);
            pagination.set("next", url);
        }
        pagination.set("numbers", pageNumbers(page, site));
        data.set("pagination", pagination);
    }
    const std::string html = d->get("list").render(data);
    return QByteArray(html.data(), qsizetype(html.size()));
}

QByteArray PageRenderer::archiveIndexPage(const ArchiveIndex &index, const SiteContext &site) const
{
    const PageLabels labels = pageLabels(index.language);
    Data data = pageData(index.language, index.heading + QStringLiteral(" - ") + site.siteName,
        labels.archiveDescription.arg(site.siteName, index.heading), site.baseUrl + index.folder,
        site);
    data.set("ogTitle", str(index.heading));
    data.set("heading", str(index.heading));
    Data entries {Data::type::list};
    for (const ArchiveIndex::Entry &entry : index.entries) {
        Data item;
        item.set("label", str(entry.label));
        item.set("entryUrl", str(site.baseUrl + entry.path));
        item.set("count",
            str(entry.stories == 1 && !isChineseLanguage(index.language)
                    ? QStringLiteral("1 story")
                    : labels.stories.arg(entry.stories)));
        entries.push_back(item);
    }
    data.set("entries", entries);
    const std::string html = d->get("archive").render(data);
    return QByteArray(html.data(), qsizetype(html.size()));
}

QByteArray PageRenderer::searchPage(const QString &language, const SiteContext &site) const
{
    const PageLabels labels = pageLabels(language);
    Data data = pageData(language, labels.search + QStringLiteral(" - ") + site.siteName,
        labels.searchDescription.arg(site.siteName), site.baseUrl + QStringLiteral("search/"),
        site);
    data.set("ogTitle", str(labels.search));
    data.set("heading", str(labels.search));
    const std::string html = d->get("search").render(data);
    return QByteArray(html.data(), qsizetype(html.size()));
}

QByteArray PageRenderer::notFoundPage(const QString &language, const SiteContext &site) const
{
    const PageLabels labels = pageLabels(language);
    Data data = pageData(language, labels.notFound + QStringLiteral(" - ") + site.siteName,
        labels.notFoundDescription.arg(site.siteName), {}, site);
    data.set("ogTitle", str(labels.notFound));
    data.set("heading", str(labels.notFound));
    const std::string html = d->get("404").render(data);
    return QByteArray(html.data(), qsizetype(html.size()));
}

QByteArray PageRenderer::killNoticePage(const Article &article, const SiteContext &site) const
{
    const PageLabels labels = pageLabels(article.language);
    Data data = pageData(
        article.language, labels.removed + QStringLiteral(" - ") + site.siteName, {}, {}, site);
    data.set("heading", str(labels.removed));
    setText(data, "notice", article.killNotice);
    const std::string html = d->get("notice").render(data);
    return QByteArray(html.data(), qsizetype(html.size()));
}

QList<std::pair<QString, QByteArray>> PageRenderer::siteAssets()
{
    QList<std::pair<QString, QByteArray>> assets;
    for (const char *name : kAssetNames)
        assets.append({QLatin1StringView(name),
            readResource(QStringLiteral(":/copydesk/site/%1").arg(QLatin1StringView(name)))});
    return assets;
}

QList<ArticleLink> recommendedLinks(
    const Article &article, const QList<Article> &candidates, int limit)
{
    const Recommender recommender(candidates);
    QList<ArticleLink> links;
    for (qsizetype i : recommender.recommend(article, limit)) {
        const Article &other = candidates.at(i);
        links.append({other.headline, articlePath(other.slug), publicationTime(other), other.deck,
            other.language, {}});
    }
    return links;
}
