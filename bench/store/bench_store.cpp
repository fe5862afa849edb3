// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a store with N articles (≈1,500 characters each, half Chinese) and reports the insert
// rate, open + list of the first 200, and search latency for Chinese and English queries.
//
//   bench_store [--articles N] [--store PATH] [--reuse]
#include "store/articlestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

const QStringList kChineseWords = QString::fromUtf8(
    "新能源 公交 线路 市民 社区 记者 现场 督办 城市 建设 项目 经济 发展 农业 科技 "
    "学校 医院 交通 道路 桥梁 文化 旅游 茶馆 老城 书房 阅读 志愿者 政府 会议 部门 "
    "企业 工人 市场 价格 天气 降雨 体育 比赛 青少年 长跑 环境 保护 河道 治理 安全 "
    "生产 居民 服务 中心 改造 工程 完成 投入 使用 计划 年底 开放 提升 活动 群众")
                                      .split(u' ', Qt::SkipEmptyParts);
const QStringList kEnglishWords = QStringLiteral(
    "the council voted on a new bridge after months of debate while residents said "
    "traffic would improve and the mayor promised funding for schools hospitals roads "
    "tea exporters shipping rates farmers harvest rain flood river city district police "
    "report officials said on Tuesday that the plan would cost million over three years "
    "according to a statement from the transport bureau which oversees public buses")
                                      .split(u' ', Qt::SkipEmptyParts);

QString chineseText(QRandomGenerator &rng, int chars)
{
    QString text;
    while (text.size() < chars) {
        for (int i = 0; i < 12; ++i)
            text += kChineseWords.at(rng.bounded(int(kChineseWords.size())));
        text += rng.bounded(3) == 0 ? QStringLiteral("。\n\n") : QStringLiteral("，");
    }
    return text;
}

QString englishText(QRandomGenerator &rng, int chars)
{
    QString text;
    while (text.size() < chars) {
        QStringList sentence;
        for (int i = 0; i < 14; ++i)
            sentence << kEnglishWords.at(rng.bounded(int(kEnglishWords.size())));
        sentence.first()[0] = sentence.first()[0].toUpper();
        text += sentence.join(u' ')
            + (rng.bounded(4) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(". "));
    }
    return text;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(p * samples.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("articles"), QStringLiteral("How many articles."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption storePath(QStringLiteral("store"),
        QStringLiteral("Store file (default: temporary)."), QStringLiteral("PATH"));
    const QCommandLineOption reuse(
        QStringLiteral("reuse"), QStringLiteral("Use the store as it is; do not fill it."));
    parser.addOptions({count, storePath, reuse});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(storePath) ? parser.value(storePath)
                                                 : dir.filePath(QStringLiteral("bench.sqlite"));
    const int n = parser.value(count).toInt();
    QRandomGenerator rng(20261125);

    if (!parser.isSet(reuse)) {
        QFile::remove(path);
        auto store = ArticleStore::open(path);
        auto makeArticle = [&](int i) {
            Article a;
            const bool chinese = i % 2 == 0;
            a.language = chinese ? QStringLiteral("zh-Hans") : QStringLiteral("en");
            a.headline = chinese ? chineseText(rng, 18).left(18) : englishText(rng, 60).left(60);
            a.body = chinese ? chineseText(rng, 1500) : englishText(rng, 1500);
            a.section = QStringLiteral("section-%1").arg(i % 8);
            a.tags = {QStringLiteral("tag-%1").arg(i % 50)};
            a.bylines = {{chinese ? QStringLiteral("记者%1").arg(i % 40)
                                  : QStringLiteral("Reporter %1").arg(i % 40),
                QStringLiteral("Staff Writer"), {}}};
            a.status = i % 3 == 0 ? ArticleStatus::Published : ArticleStatus::Draft;
            return a;
        };
        // One save at a time, as the editor saves: one transaction each.
        const int single = std::min(n, 1000);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < single; ++i)
            store->create(makeArticle(i));
        double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("insert one at a time: %d articles in %.1f s = %.0f articles/s\n", single,
            seconds, single / seconds);
        // The rest in batches of 500, as import does.
        timer.restart();
        for (int i = single; i < n;) {
            store->batch([&] {
                for (const int end = std::min(n, i + 500); i < end; ++i)
                    store->create(makeArticle(i));
            });
            if (i % 10000 == 0)
                std::fprintf(stderr, "  %d articles…\n", i);
        }
        seconds = timer.nsecsElapsed() / 1e9;
        if (n > single)
            std::printf("insert in batches of 500: %d articles in %.1f s = %.0f articles/s\n",
                n - single, seconds, (n - single) / seconds);
    }

    // Open + list first 200, as the editor does at start-up.
    QList<double> openTimes;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto store = ArticleStore::open(path);
        const QList<ArticleSummary> first = store->list({std::nullopt, {}, {}, 200, 0});
        openTimes << timer.nsecsElapsed() / 1e6;
        if (first.size() != std::min(200, n))
            std::fprintf(stderr, "unexpected list size %lld\n", qlonglong(first.size()));
    }
    std::printf("open + list first 200: median %.1f ms, worst %.1f ms (5 runs)\n",
        percentile(openTimes, 0.5), percentile(openTimes, 1.0));

    auto store = ArticleStore::open(path);
    struct QuerySet
    {
        const char *label;
        QStringList queries;
    };
    const QList<QuerySet> sets = {
        {"chinese 3+ chars",
            {QStringLiteral("新能源"), QStringLiteral("志愿者"), QStringLiteral("青少年"),
                QStringLiteral("公交线路"), QStringLiteral("河道治理")}},
        {"chinese 2 chars",
            {QStringLiteral("公交"), QStringLiteral("茶馆"), QStringLiteral("书房"),
                QStringLiteral("天气"), QStringLiteral("医院")}},
        {"english",
            {QStringLiteral("council"), QStringLiteral("bridge"), QStringLiteral("exporters"),
                QStringLiteral("transport bureau"), QStringLiteral("harvest")}},
    };
    for (const QuerySet &set : sets) {
        QList<double> times;
        qsizetype hits = 0;
        for (int round = 0; round < 20; ++round) {
            for (const QString &query : set.queries) {
                QElapsedTimer timer;
                timer.start();
                hits += store->search(query, 50).size();
                times << timer.nsecsElapsed() / 1e6;
            }
        }
        std::printf("search %-17s p50 %.2f ms  p95 %.2f ms  (%lld queries, %lld hits)\n", set.label,
            percentile(times, 0.5), percentile(times, 0.95), qlonglong(times.size()),
            qlonglong(hits));
    }
    // The archive search (issue 18): every match ranked and counted, the first page and page 50
    // of 20, and the newest first.
    for (const QuerySet &set : sets) {
        struct Kind
        {
            const char *label;
            int page;
            ArchiveSearch::Sort sort;
        };
        for (const Kind &kind : {Kind {"archive page 1", 1, ArchiveSearch::Sort::Relevance},
                 Kind {"archive page 50", 50, ArchiveSearch::Sort::Relevance},
                 Kind {"archive newest p1", 1, ArchiveSearch::Sort::Newest}}) {
            QList<double> times;
            qint64 total = 0;
            for (int round = 0; round < 5; ++round) {
                for (const QString &query : set.queries) {
                    ArchiveSearch search;
                    search.query = query;
                    search.limit = 20;
                    search.page = kind.page;
                    search.sort = kind.sort;
                    search.countAll = true;
                    QElapsedTimer timer;
                    timer.start();
                    total += store->searchArchive(search).total;
                    times << timer.nsecsElapsed() / 1e6;
                }
            }
            std::printf("%-17s %-17s p50 %.2f ms  p95 %.2f ms  (%lld queries, %.0f matches each)\n",
                kind.label, set.label, percentile(times, 0.5), percentile(times, 0.95),
                qlonglong(times.size()), double(total) / times.size());
        }
    }
    return 0;
}
