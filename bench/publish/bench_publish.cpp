// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing N articles (half Chinese, ~1,500 characters; half English, ~800 words; tags and
// sections), compared in the same run with Hugo building the same articles through an
// equivalent template without a related list.
//
//   bench_publish [N=10000] [WORKDIR]      (WORKDIR keeps the generated store between runs)
#include "publish/publisher.h"
#include "store/articlestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

#include <cstdio>

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

const char *const kChineseSentences[] = {
    "记者从市工业和信息化局获悉，今年前十个月，我市新能源汽车产量继续保持较快增长。",
    "市民普遍反映，新开通的公交线路方便了出行，早晚高峰的通勤时间明显缩短。",
    "据介绍，该项目总投资约十二亿元，建成后将新增就业岗位两千余个。",
    "社区负责人表示，下一步将继续完善配套设施，让居民在家门口享受更多便利。",
    "专家指出，产业链上下游协同发展是提升区域竞争力的关键所在。",
    "今年以来，全市累计完成老旧小区改造一百二十个，惠及居民三万余户。",
    "活动现场气氛热烈，不少市民带着孩子前来参观，体验科技带来的乐趣。",
    "相关部门提醒，近期气温变化较大，市民出行请注意防寒保暖。",
};
const char *const kEnglishSentences[] = {
    "The city council voted on Tuesday to approve the budget for the coming year.",
    "Officials said the new bridge would cut commuting times for thousands of residents.",
    "Local businesses have welcomed the plan, though some warned about rising costs.",
    "The project is expected to create more than two thousand jobs over five years.",
    "Residents packed the hall for a public hearing that ran late into the evening.",
    "Experts say cooperation across the supply chain is key to regional growth.",
    "The school district announced that classes would resume on Monday as scheduled.",
    "Police urged drivers to take extra care on the roads during the cold snap.",
};
const char *const kSections[] = {
    "Local", "Business", "Sports", "Culture", "经济", "本地", "体育", "文化"};

Article generated(int i, QRandomGenerator &random)
{
    const bool chinese = i % 2 == 0;
    Article a;
    a.language = chinese ? S("zh-Hans") : S("en");
    a.headline = chinese ? S("本市第%1号新闻：新能源产业发展再上新台阶").arg(i)
                         : S("Story %1: council approves plan for the river district").arg(i);
    a.deck = chinese ? S("前十个月产量同比增长百分之四十二")
                     : S("The vote clears the way for construction next spring");
    a.bylines = {
        {chinese ? S("杨丹丹") : S("Jane Doe"), chinese ? S("融媒体记者") : S("Staff Writer"), {}}};
    a.dateline = chinese ? Dateline {{}, {}, S("淮安日报")}
                         : Dateline {S("Huai'an"), S("2026-11-24"), S("AP")};
    a.section = QString::fromUtf8(kSections[(chinese ? 4 : 0) + random.bounded(4)]);
    for (int t = 0; t < 3; ++t) {
        const QString tag = S("tag%1").arg(random.bounded(200));
        if (!a.tags.contains(tag))
            a.tags << tag;
    }
    QString body;
    const int paragraphs = chinese ? 6 : 10;
    for (int p = 0; p < paragraphs; ++p) {
        const int sentences = chinese ? 7 : 10;
        for (int s = 0; s < sentences; ++s) {
            body += QString::fromUtf8(chinese ? kChineseSentences[random.bounded(8)]
                                              : kEnglishSentences[random.bounded(8)]);
            if (!chinese)
                body += u' ';
        }
        body += S("\n\n");
    }
    a.body = body;
    a.status = ArticleStatus::Published;
    a.published = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 1800);
    return a;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

QByteArray yamlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', S("\\\\")).replace(u'"', S("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

// A Hugo site with the same articles and templates doing the same work as ours: page head with
// description, canonical, Open Graph and JSON-LD, search box, body, reporter line, tags; section
// and tag lists; RSS; sitemap. No related list (Hugo's takes ~12× longer, as measured upstream).
void writeHugoSite(const QString &dir, const QList<Article> &articles)
{
    writeFile(dir + S("/config.toml"),
        "baseURL = \"https://news.example.org/\"\ntitle = \"Copydesk News\"\n"
        "disableKinds = []\n[taxonomies]\ntag = \"tags\"\nsection = \"sections\"\n");
    const QByteArray head =
        "<!DOCTYPE html><html lang=\"{{ .Params.lang }}\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>{{ .Title }} - {{ .Site.Title }}</title>"
        "<meta name=\"description\" content=\"{{ .Description }}\">"
        "<link rel=\"canonical\" href=\"{{ .Permalink }}\"><link rel=\"stylesheet\" "
        "href=\"/assets/site.css\">"
        "<meta property=\"og:title\" content=\"{{ .Title }}\"><meta property=\"og:url\" "
        "content=\"{{ .Permalink }}\">"
        "<meta property=\"og:description\" content=\"{{ .Description }}\">"
        "{{ range .Params.tags }}<meta property=\"article:tag\" content=\"{{ . }}\">{{ end }}"
        "<script type=\"application/ld+json\">{{ dict \"@type\" \"NewsArticle\" \"headline\" "
        ".Title "
        "\"datePublished\" .Date \"keywords\" .Params.tags \"articleSection\" .Params.sections | "
        "jsonify | safeJS }}</script>"
        "</head><body><header><a href=\"/\">{{ .Site.Title }}</a><form action=\"/search/\">"
        "<input type=\"search\" name=\"q\"><button>Search</button></form></header>";
    writeFile(dir + S("/layouts/_default/single.html"),
        head
            + "<main><article><h1>{{ .Title }}</h1><p class=\"deck\">{{ .Description }}</p>"
              "<time>{{ .Date.Format \"2006-01-02\" }}</time>{{ .Content }}"
              "<p class=\"reporters\">{{ .Params.reporter }}</p>"
              "<p>{{ range .Params.tags }}<a href=\"/tags/{{ . | urlize }}/\">{{ . }}</a> {{ end "
              "}}</p>"
              "</article></main></body></html>\n");
    writeFile(dir + S("/layouts/_default/list.html"),
        head
            + "<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink "
              "}}\">"
              "{{ .Title }}</a> <time>{{ .Date.Format \"2006-01-02\" }}</time><p>{{ .Description "
              "}}</p></li>"
              "{{ end }}</ul></main></body></html>\n");
    writeFile(dir + S("/layouts/index.html"),
        head
            + "<main><ul>{{ range first 100 .Site.RegularPages.ByDate.Reverse }}<li><a href=\"{{ "
              ".RelPermalink }}\">"
              "{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n");
    for (const Article &a : articles) {
        QByteArray page = "---\n";
        page += "title: " + yamlString(a.headline) + '\n';
        page += "description: " + yamlString(a.deck) + '\n';
        page += "date: " + a.published.toString(Qt::ISODate).toUtf8() + '\n';
        page += "slug: " + yamlString(a.slug) + '\n';
        page += "lang: " + yamlString(a.language) + '\n';
        page += "reporter: " + yamlString(a.bylines.value(0).role + u' ' + a.bylines.value(0).name)
            + '\n';
        page += "sections: [" + yamlString(a.section) + "]\n";
        page += "tags: [";
        for (qsizetype t = 0; t < a.tags.size(); ++t)
            page += (t ? ", " : "") + yamlString(a.tags.at(t));
        page += "]\n---\n" + a.body.toUtf8();
        writeFile(dir + S("/content/posts/") + a.id + S(".md"), page);
    }
}

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir temporary;
    const QString work = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    QDir().mkpath(work);
    const QString storePath = work + S("/bench-%1.sqlite").arg(n);

    QElapsedTimer timer;
    timer.start();
    auto store = ArticleStore::open(storePath);
    if (store->count() != n) {
        store.reset();
        QFile::remove(storePath);
        store = ArticleStore::open(storePath);
        QRandomGenerator random(42);
        for (int i = 0; i < n; ++i)
            store->create(generated(i, random));
        std::printf("generated %d articles in %.1f s\n", n, seconds(timer.elapsed()));
    }
    const QList<Article> articles = store->articles();
    qint64 chars = 0;
    for (const Article &a : articles)
        chars += a.body.size();
    std::printf("%d articles, %.0f characters of body on average\n", int(articles.size()),
        double(chars) / double(qMax<qsizetype>(1, articles.size())));

    // A publish, timed, with where the time went.
    const auto timedPublish = [&](const PublishOptions &options, QString *phasesText) {
        QElapsedTimer run;
        run.start();
        QString phase;
        qint64 phaseStart = 0;
        QStringList phases;
        Publisher publisher(*store, options);
        publisher.setProgress([&](const QString &name, int, int) {
            if (name == phase)
                return;
            const qint64 now = run.nsecsElapsed() / 1000;
            if (!phase.isEmpty())
                phases << S("%1 %2").arg(phase).arg(double(now - phaseStart) / 1000.0, 0, 'f', 1);
            phase = name;
            phaseStart = now;
        });
        const PublishReport report = publisher.publish();
        const qint64 elapsed = run.nsecsElapsed() / 1000;
        phases << S("%1 %2").arg(phase).arg(double(elapsed - phaseStart) / 1000.0, 0, 'f', 1);
        *phasesText = phases.join(S(", "));
        return std::pair {elapsed, report};
    };

    // Ours: full publish into an empty folder, with recommended lists.
    const QString site = work + S("/site");
    QDir(site).removeRecursively();
    PublishOptions options;
    options.outDir = site;
    options.baseUrl = S("https://news.example.org/");
    QString phases;
    auto [full, report] = timedPublish(options, &phases);
    const qint64 ours = full / 1000;
    std::printf("copydesk full publish:        %7.2f s  (%d pages rendered, %d files)\n"
                "  phases (ms): %s\n",
        seconds(ours), report.rendered, report.written, qPrintable(phases));

    // Ours: republish after one edit, a few times over (different articles, different
    // positions in the site), with where the time went in each run.
    std::vector<qint64> runs;
    for (int round = 0; round < 7; ++round) {
        Article edited = store->get(articles.at((articles.size() * (2 * round + 1)) / 14).id);
        edited.deck += S(" (updated)");
        store->save(edited);
        const auto [elapsed, result] = timedPublish(options, &phases);
        runs.push_back(elapsed);
        std::printf(
            "copydesk after one edit:      %7.1f ms (%d pages rendered, %d files written%s)\n"
            "  phases (ms): %s\n",
            double(elapsed) / 1000.0, result.rendered, result.written,
            result.changesOnly ? ", changes only" : "", qPrintable(phases));
    }
    std::sort(runs.begin(), runs.end());
    const double incremental = double(runs[runs.size() / 2]) / 1000.0;
    std::printf("copydesk after one edit, median of %d: %.1f ms (fastest %.1f ms)\n",
        int(runs.size()), incremental, double(runs.front()) / 1000.0);
    timer.restart();
    report = Publisher(*store, options).publish();
    std::printf("copydesk with nothing changed: %.1f ms\n", double(timer.nsecsElapsed()) / 1e6);

    // Hugo: the same articles, an equivalent template, no related list.
    const QString hugo = QStandardPaths::findExecutable(S("hugo"));
    if (hugo.isEmpty()) {
        std::printf("hugo not installed: no comparison\n");
        return 0;
    }
    const QString hugoDir = work + S("/hugo");
    QDir(hugoDir).removeRecursively();
    writeHugoSite(hugoDir, articles);
    QProcess process;
    timer.restart();
    process.start(hugo, {S("--quiet"), S("-s"), hugoDir, S("-d"), hugoDir + S("/public")});
    process.waitForFinished(-1);
    const qint64 hugoTime = timer.elapsed();
    if (process.exitCode() != 0)
        std::printf("hugo failed: %s\n", process.readAllStandardError().constData());
    std::printf("hugo build (no related list): %7.2f s\n", seconds(hugoTime));
    std::printf("ratio copydesk/hugo: %.2f (target <= 0.35); incremental %.1f ms (target <= 100)\n",
        double(ours) / double(qMax<qint64>(1, hugoTime)), incremental);
    return 0;
}
