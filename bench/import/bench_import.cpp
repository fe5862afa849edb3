// SPDX-License-Identifier: GPL-3.0-or-later
// Writes N Markdown files with YAML front matter (≈1,500 characters each, half Chinese),
// then times `copydesk import` of all of them into a fresh store (the target: 10,000 in
// ≤ 10 s), and the in-process reading alone.
//
//   bench_import [--files N] [--binary PATH]
#include "importing/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const QStringList kChineseWords = QStringLiteral(
        "新能源 公交 线路 市民 社区 记者 现场 督办 城市 建设 项目 经济 发展 学校 医院 交通 "
        "道路 桥梁 文化 旅游 阅读 志愿者 会议 企业 市场 价格 天气 体育 环境 河道 居民 服务")
        .split(u' ', Qt::SkipEmptyParts);
const QStringList kEnglishWords = QStringLiteral(
        "the council voted on a new bridge after months of debate while residents said traffic "
        "would improve and the mayor promised funding for schools hospitals roads and ferries")
        .split(u' ', Qt::SkipEmptyParts);

QString story(QRandomGenerator &rng, bool chinese)
{
    QString text;
    while (text.size() < 1500) {
        for (int i = 0; i < 14; ++i) {
            const QStringList &words = chinese ? kChineseWords : kEnglishWords;
            text += words.at(rng.bounded(int(words.size())));
            if (!chinese)
                text += u' ';
        }
        text += chinese ? (rng.bounded(3) == 0 ? QStringLiteral("。\n\n") : QStringLiteral("，"))
                        : (rng.bounded(3) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(", "));
    }
    return text;
}

QByteArray markdownFile(QRandomGenerator &rng, int n)
{
    const bool chinese = n % 2 == 0;
    QString text = QStringLiteral("---\nheadline: %1 %2\ndeck: %3\nbylines:\n  - name: %4\n"
                                  "    role: %5\ndateline:\n  place: %6\n  date: 2026-11-%7\n"
                                  "section: %8\ntags: [%9]\nlanguage: %10\n---\n")
                           .arg(chinese ? QStringLiteral("本市新闻第") : QStringLiteral("Story"))
                           .arg(n)
                           .arg(chinese ? QStringLiteral("新增公交线路") : QStringLiteral("A deck line"))
                           .arg(chinese ? QStringLiteral("杨丹丹") : QStringLiteral("Priya Raman"))
                           .arg(chinese ? QStringLiteral("融媒体记者") : QStringLiteral("Staff Writer"))
                           .arg(chinese ? QStringLiteral("淮安") : QStringLiteral("NEWPORT"))
                           .arg(1 + n % 28, 2, 10, QChar(u'0'))
                           .arg(chinese ? QStringLiteral("本地") : QStringLiteral("Local"))
                           .arg(chinese ? QStringLiteral("交通, 民生") : QStringLiteral("transit, city"))
                           .arg(chinese ? QStringLiteral("zh-Hans") : QStringLiteral("en"));
    text += story(rng, chinese);
    return text.toUtf8();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption files(QStringLiteral("files"), QStringLiteral("How many files."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption binary(QStringLiteral("binary"), QStringLiteral("The copydesk binary."),
                                    QStringLiteral("PATH"), QStringLiteral(COPYDESK_BINARY));
    parser.addOptions({files, binary});
    parser.process(app);
    const int count = parser.value(files).toInt();

    QTemporaryDir dir;
    QRandomGenerator rng(20261125);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("story-%1.md").arg(i, 5, 10, QChar(u'0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(markdownFile(rng, i));
        paths << path;
    }

    QElapsedTimer timer;
    timer.start();
    for (const QString &path : paths)
        Importer::importFile(path);
    const double readSeconds = timer.nsecsElapsed() / 1e9;

    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    timer.restart();
    process.start(parser.value(binary),
                  QStringList{QStringLiteral("--store"), dir.filePath(QStringLiteral("bench.sqlite")),
                              QStringLiteral("import")}
                          + paths);
    process.waitForFinished(-1);
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    const qsizetype ids = process.readAllStandardOutput().count('\n');

    std::printf("files: %d (half zh-Hans, half en, ~1,500 characters each)\n", count);
    std::printf("reading only (in process): %.2f s (%.0f files/s)\n", readSeconds, count / readSeconds);
    std::printf("copydesk import into a fresh SQLite store: %.2f s, exit %d, %lld ids (target: 10,000 in <= 10 s)\n",
                importSeconds, process.exitCode(), static_cast<long long>(ids));
    return process.exitCode();
}
