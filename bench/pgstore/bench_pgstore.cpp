// SPDX-License-Identifier: GPL-3.0-or-later
// A shared newsroom under load: N clients on loopback, each with its own connection, saving
// (read-modify-write with the revision check) and searching for S seconds against a store of
// A articles, half Chinese. Reports throughput and latency percentiles of saves and searches.
//
//   bench_pgstore [--articles 100000] [--clients 20] [--seconds 30] [--pause MS]
//                 [--url postgresql://… [--fill]]
//
// Without --pause every client goes again as soon as it has its answer: the server is saturated
// and latency is mostly waiting in line. --pause MS makes each client wait a random 0 to 2×MS
// between operations, a newsroom's pace (the editor saves at most once a second of typing).
//
// Without --url it starts a PostgreSQL server of its own (as the tests do) and fills it.
#include "postgresserver.h"
#include "store/articlestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

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

const QStringList kQueries = {
    QStringLiteral("新能源"),
    QStringLiteral("志愿者"),
    QStringLiteral("河道治理"),
    QStringLiteral("公交"),
    QStringLiteral("茶馆"),
    QStringLiteral("医院"),
    QStringLiteral("council"),
    QStringLiteral("exporters"),
    QStringLiteral("transport bureau"),
    QStringLiteral("harvest"),
    QStringLiteral("Reporter 7"),
    QStringLiteral("volcano"),
};

QString sqlArray(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << u'\'' + word + u'\'';
    return QStringLiteral("ARRAY[%1]").arg(quoted.join(u','));
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    std::fprintf(
        stderr, "%s\n%s\n", qPrintable(sql.left(300)), qPrintable(query.lastError().text()));
    return false;
}

// Fills the store on the server: articles as the editor writes them (same columns, ISO times),
// one revision each, and the trigram index built once at the end.
bool fill(ArticleStore &store, int count)
{
    QSqlDatabase db = store.database();
    QSqlQuery definition(db);
    if (!definition.exec(QStringLiteral("SELECT pg_get_indexdef('articles_search'::regclass)"))
        || !definition.next())
        return false;
    const QString createIndex = definition.value(0).toString();
    const QString sql = QStringLiteral(
        "INSERT INTO articles (id, slug, revision, headline, deck, bylines, byline_names, body, "
        "language, section, tags, tag_text, status, created, updated, words, cjk_chars, chars) "
        "SELECT md5('bench' || g)::uuid::text, 'bench-' || g, 1, left(b.body, 30), '', '[]', "
        "'Reporter ' || (g % 40), b.body, CASE WHEN g % 2 = 0 THEN 'zh-Hans' ELSE 'en' END, "
        "'section-' || (g % 8), '[\"tag-' || (g % 50) || '\"]', 'tag-' || (g % 50), "
        "CASE WHEN g % 3 = 0 THEN 'published' ELSE 'draft' END, t.stamp, t.stamp, "
        "CASE WHEN g % 2 = 0 THEN 0 ELSE 250 END, CASE WHEN g % 2 = 0 THEN length(b.body) ELSE 0 "
        "END, "
        "length(b.body) "
        "FROM generate_series(1, %1) g "
        "CROSS JOIN LATERAL (SELECT to_char((now() - (%1 - g) * interval '1 second') AT TIME ZONE "
        "'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS stamp) t "
        "CROSS JOIN LATERAL (SELECT CASE WHEN g % 2 = 0 "
        " THEN (SELECT string_agg((%2)[1 + floor(random() * %3)::int], '') FROM generate_series(1, "
        "400) i WHERE g > 0) "
        " ELSE (SELECT string_agg((%4)[1 + floor(random() * %5)::int], ' ') FROM "
        "generate_series(1, 250) i WHERE g > 0) "
        " END AS body) b")
                            .arg(count)
                            .arg(sqlArray(kChineseWords))
                            .arg(kChineseWords.size())
                            .arg(sqlArray(kEnglishWords))
                            .arg(kEnglishWords.size());
    return exec(db, QStringLiteral("DROP INDEX articles_search")) && exec(db, sql)
        && exec(db,
            QStringLiteral(
                "INSERT INTO revisions (article_id, revision, saved_at, saved_by, headline, "
                "status, snapshot) SELECT id, 1, created, 'bench', headline, status, '{}' "
                "FROM articles"))
        && exec(db, createIndex) && exec(db, QStringLiteral("ANALYZE"));
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min(samples.size() - 1, size_t(p * double(samples.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption articles(QStringLiteral("articles"), QStringLiteral("Store size."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption clients(QStringLiteral("clients"),
        QStringLiteral("Concurrent clients."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration."),
        QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption url(
        QStringLiteral("url"), QStringLiteral("An existing, filled store."), QStringLiteral("URL"));
    const QCommandLineOption fillToo(
        QStringLiteral("fill"), QStringLiteral("Fill the --url store first (it must be empty)."));
    const QCommandLineOption pause(QStringLiteral("pause"),
        QStringLiteral("Mean pause between a client's operations (ms); 0: none."),
        QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({articles, clients, seconds, url, fillToo, pause});
    parser.process(app);

    PostgresServer server;
    QString location = parser.value(url);
    if (location.isEmpty() || parser.isSet(fillToo)) {
        if (location.isEmpty()) {
            if (!server.start()) {
                std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(server.error()));
                return 1;
            }
            location = server.url();
        }
        QElapsedTimer timer;
        timer.start();
        auto store = ArticleStore::open(location);
        if (!fill(*store, parser.value(articles).toInt()))
            return 1;
        std::printf("filled %d articles (with trigram index) in %.1f s\n",
            parser.value(articles).toInt(), timer.nsecsElapsed() / 1e9);
    }

    QStringList ids;
    {
        auto store = ArticleStore::open(location);
        QSqlQuery query(store->database());
        query.exec(QStringLiteral("SELECT id FROM articles"));
        while (query.next())
            ids << query.value(0).toString();
        std::printf("store: %lld articles at %s\n", qlonglong(ids.size()), qPrintable(location));
    }

    const int clientCount = parser.value(clients).toInt();
    const qint64 duration = parser.value(seconds).toLongLong() * 1000;
    const int meanPause = parser.value(pause).toInt();
    std::mutex mutex;
    std::vector<double> saveTimes, searchTimes;
    std::vector<std::vector<double>> queryTimes(kQueries.size()); // searchTimes by query
    std::atomic<int> conflicts = 0, failures = 0;
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < clientCount; ++c) {
        threads.emplace_back([&, c] {
            std::vector<double> saves, searches;
            std::vector<std::vector<double>> byQuery(kQueries.size());
            QRandomGenerator rng(quint32(1000 + c));
            try {
                auto store = ArticleStore::open(location);
                store->setUser(QStringLiteral("client-%1").arg(c));
                QElapsedTimer clock;
                clock.start();
                while (clock.elapsed() < duration) {
                    if (meanPause > 0)
                        std::this_thread::sleep_for(
                            std::chrono::milliseconds(rng.bounded(2 * meanPause + 1)));
                    QElapsedTimer timer;
                    if (rng.bounded(2) == 0) {
                        Article article = store->get(ids.at(rng.bounded(int(ids.size()))));
                        article.body += QStringLiteral(" 补充。");
                        timer.start();
                        try {
                            store->save(article);
                        } catch (const StoreError &error) {
                            if (error.kind() != StoreError::Conflict)
                                throw;
                            ++conflicts;
                        }
                        saves.push_back(timer.nsecsElapsed() / 1e6);
                    } else {
                        const int q = rng.bounded(int(kQueries.size()));
                        timer.start();
                        store->search(kQueries.at(q), 50);
                        searches.push_back(timer.nsecsElapsed() / 1e6);
                        byQuery.at(q).push_back(searches.back());
                    }
                }
            } catch (const StoreError &error) {
                std::fprintf(stderr, "client %d: %s\n", c, qPrintable(error.message()));
                ++failures;
            }
            std::lock_guard lock(mutex);
            saveTimes.insert(saveTimes.end(), saves.begin(), saves.end());
            searchTimes.insert(searchTimes.end(), searches.begin(), searches.end());
            for (size_t q = 0; q < byQuery.size(); ++q)
                queryTimes.at(q).insert(
                    queryTimes.at(q).end(), byQuery.at(q).begin(), byQuery.at(q).end());
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const double elapsed = wall.nsecsElapsed() / 1e9;

    if (meanPause > 0)
        std::printf("each client pausing %d ms on average between operations\n", meanPause);
    std::printf("%d clients, %.1f s: %zu saves (%.0f/s, %d conflicts), %zu searches (%.0f/s), %d "
                "clients failed\n",
        clientCount, elapsed, saveTimes.size(), saveTimes.size() / elapsed, conflicts.load(),
        searchTimes.size(), searchTimes.size() / elapsed, failures.load());
    std::printf("save   p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
        percentile(saveTimes, 0.5), percentile(saveTimes, 0.95), percentile(saveTimes, 0.99),
        percentile(saveTimes, 1.0));
    std::printf("search p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
        percentile(searchTimes, 0.5), percentile(searchTimes, 0.95), percentile(searchTimes, 0.99),
        percentile(searchTimes, 1.0));
    // Which queries set the search percentiles.
    for (size_t q = 0; q < queryTimes.size(); ++q)
        std::printf("  %-20s %4zu  p50 %.1f ms  p95 %.1f ms\n", qPrintable(kQueries.at(int(q))),
            queryTimes.at(q).size(), percentile(queryTimes.at(q), 0.5),
            percentile(queryTimes.at(q), 0.95));
    return failures.load() == 0 ? 0 : 1;
}
