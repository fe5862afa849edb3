// SPDX-License-Identifier: GPL-3.0-or-later
// Photo renditions: makeRenditions() against vipsthumbnail on the same 4000×3000 JPEGs at
// 480, 960 and 1600 px in JPEG and WebP, both on both cores; prints renditions per second, the
// ratio and the peak resident memory of each.
//
//   bench_media [--photos 50] [--jobs 2] [--vips-threads N] [--rounds 1]
//
// With --publish: a store of as many articles, each with its photo as the lead photo, published
// whole (the renditions made by the publisher's photo phase, against vipsthumbnail in the same
// run), then again after one caption edit (which must encode nothing).
#include "media/photo.h"
#include "media/rendition.h"
#include "publish/publisher.h"
#include "store/articlestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <vips/vips.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace Copydesk;

namespace {

const QList<int> kWidths = {480, 960, 1600};
const QList<ImageFormat> kFormats = {ImageFormat::Jpeg, ImageFormat::Webp};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "bench_media: " << message << '\n';
    std::exit(1);
}

// Something a camera might have taken, as far as the encoders can tell: broad areas of
// colour (Perlin noise, a seed of its own per band and photo) with sensor grain on top, so
// that every photo is different and none is as easy as a gradient.
void makePhoto(const QString &path, int seed)
{
    VipsImage *bands[3] = {};
    for (int band = 0; band < 3; ++band) {
        if (vips_perlin(&bands[band], 4000, 3000, "cell_size", 480, "uchar", TRUE, "seed",
                seed * 3 + band, nullptr)
            != 0)
            fail(QString::fromUtf8(vips_error_buffer()));
    }
    VipsImage *colour = nullptr, *grain = nullptr, *grainy = nullptr, *photo = nullptr;
    if (vips_bandjoin(bands, &colour, 3, nullptr) != 0
        || vips_gaussnoise(&grain, 4000, 3000, "sigma", 6.0, "mean", 0.0, "seed", seed, nullptr)
            != 0
        || vips_add(colour, grain, &grainy, nullptr) != 0
        || vips_cast_uchar(grainy, &photo, nullptr) != 0)
        fail(QString::fromUtf8(vips_error_buffer()));
    photo->Type = VIPS_INTERPRETATION_sRGB;
    if (vips_jpegsave(photo, path.toUtf8().constData(), "Q", 90, "strip", TRUE, nullptr) != 0)
        fail(QString::fromUtf8(vips_error_buffer()));
    for (VipsImage *image : {bands[0], bands[1], bands[2], colour, grain, grainy, photo})
        g_object_unref(image);
}

// VmHWM, after resetting it (writing 5 to clear_refs, Linux 4.0 and later) before a phase.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        QTextStream(stderr)
            << "bench_media: cannot reset the peak RSS; it includes making photos\n";
}

qint64 peakRssKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Read, render and write each photo, `jobs` photos at a time.
double runOurs(const QStringList &photos, const QString &outDir, int jobs)
{
    QDir().mkpath(outDir);
    std::atomic<int> next = 0;
    std::atomic<bool> failed = false;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> workers;
    for (int j = 0; j < jobs; ++j) {
        workers.emplace_back([&] {
            for (int i = next++; i < photos.size() && !failed; i = next++) {
                QFile in(photos.at(i));
                if (!in.open(QIODevice::ReadOnly)) {
                    failed = true;
                    return;
                }
                try {
                    const QList<Rendition> renditions = makeRenditions(in.readAll(), kWidths);
                    const QString stem = QFileInfo(photos.at(i)).completeBaseName();
                    for (const Rendition &rendition : renditions) {
                        QFile file(QStringLiteral("%1/%2_%3.%4")
                                       .arg(outDir, stem)
                                       .arg(rendition.width)
                                       .arg(fileExtension(rendition.format)));
                        if (!file.open(QIODevice::WriteOnly)
                            || file.write(rendition.bytes) != rendition.bytes.size())
                            failed = true;
                    }
                } catch (const std::exception &error) {
                    QTextStream(stderr) << "bench_media: " << error.what() << '\n';
                    failed = true;
                }
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    if (failed)
        fail(QStringLiteral("makeRenditions failed"));
    return timer.nsecsElapsed() / 1e9;
}

// The same sizes and formats with vipsthumbnail, each size and format one xargs run of two
// processes at a time over the photos, five photos a process. GNU time reports the largest
// peak RSS among xargs and its vipsthumbnail processes (wait4 counts a child's descendants;
// measured from here, a forked child would start with this process's RSS).
double runVipsthumbnail(const QString &list, const QString &outDir, qint64 *peakKilobytes)
{
    const QString peakFile = outDir + QStringLiteral(".rss");
    *peakKilobytes = 0;
    QDir().mkpath(outDir);
    QElapsedTimer timer;
    timer.start();
    for (int width : kWidths) {
        for (ImageFormat format : kFormats) {
            const QString options = format == ImageFormat::Jpeg
                ? QStringLiteral("[Q=82,strip,optimize_coding]")
                : QStringLiteral("[Q=80,strip]");
            const QString output = QStringLiteral("%1/%s_%2.%3%4")
                                       .arg(outDir)
                                       .arg(width)
                                       .arg(fileExtension(format), options);
            QProcess xargs;
            xargs.setProcessChannelMode(QProcess::ForwardedChannels);
            xargs.start(QStringLiteral("/usr/bin/time"),
                {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peakFile,
                    QStringLiteral("xargs"), QStringLiteral("-a"), list, QStringLiteral("-P2"),
                    QStringLiteral("-n5"), QStringLiteral("vipsthumbnail"), QStringLiteral("-s"),
                    QStringLiteral("%1x").arg(width), QStringLiteral("--export-profile"),
                    QStringLiteral("srgb"), QStringLiteral("-o"), output});
            if (!xargs.waitForFinished(-1) || xargs.exitCode() != 0)
                fail(QStringLiteral("vipsthumbnail failed (are libvips-tools and time "
                                    "installed?)"));
            QFile peak(peakFile);
            if (peak.open(QIODevice::ReadOnly))
                *peakKilobytes = qMax(*peakKilobytes, peak.readAll().trimmed().toLongLong());
        }
    }
    return timer.nsecsElapsed() / 1e9;
}

struct PublishRun
{
    double seconds = 0; // the whole publish
    double photoSeconds = 0; // its photo phase
    int renditions = 0;
    qint64 peakKilobytes = 0;
};

PublishRun publishOnce(ArticleStore &store, const QString &site)
{
    PublishOptions options;
    options.outDir = site;
    options.baseUrl = QStringLiteral("https://news.example.org/");
    Publisher publisher(store, options);
    QElapsedTimer timer;
    timer.start();
    qint64 photosFrom = -1;
    qint64 photosTo = -1;
    publisher.setProgress([&](const QString &phase, int, int) {
        if (phase == u"photos" && photosFrom < 0)
            photosFrom = timer.nsecsElapsed();
        else if (photosFrom >= 0 && photosTo < 0 && phase != u"photos")
            photosTo = timer.nsecsElapsed();
    });
    resetPeakRss();
    const PublishReport report = publisher.publish();
    PublishRun run;
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.photoSeconds =
        photosFrom < 0 ? 0 : ((photosTo < 0 ? timer.nsecsElapsed() : photosTo) - photosFrom) / 1e9;
    run.renditions = report.renditions;
    run.peakKilobytes = peakRssKilobytes();
    return run;
}

void benchPublish(const QStringList &photos, const QString &list, const QString &dir)
{
    const QString location = dir + QStringLiteral("/store.sqlite");
    QString firstId;
    {
        auto store = ArticleStore::open(location);
        store->batch([&] {
            for (qsizetype i = 0; i < photos.size(); ++i) {
                QFile file(photos.at(i));
                if (!file.open(QIODevice::ReadOnly))
                    fail(QStringLiteral("cannot read ") + photos.at(i));
                const QByteArray bytes = file.readAll();
                const PhotoFile checked = inspectPhoto(bytes, photos.at(i));
                store->addPhoto(
                    {checked.sha256, checked.mime, checked.width, checked.height, checked.bytes},
                    bytes);
                Article a;
                a.headline = QStringLiteral("Story %1 with a photo").arg(i);
                a.body =
                    QStringLiteral("The council met on Tuesday.\n\nIt voted for the bridge.\n");
                a.section = QStringLiteral("Local");
                a.tags = {QStringLiteral("tag%1").arg(i % 20)};
                a.status = ArticleStatus::Published;
                a.published = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
                Photo photo;
                photo.id = QStringLiteral("p1");
                photo.sha256 = checked.sha256;
                photo.filename = QFileInfo(photos.at(i)).fileName();
                photo.mime = checked.mime;
                photo.width = checked.width;
                photo.height = checked.height;
                photo.bytes = checked.bytes;
                photo.caption = QStringLiteral("Photo %1.").arg(i);
                photo.alt = QStringLiteral("A view of the river");
                photo.lead = true;
                a.media << photo;
                const Article created = store->create(a);
                if (firstId.isEmpty())
                    firstId = created.id;
            }
        });
    }
    auto store = ArticleStore::open(location);
    const QString site = dir + QStringLiteral("/site");
    const PublishRun first = publishOnce(*store, site);
    qint64 theirPeak = 0;
    const double theirs =
        runVipsthumbnail(list, dir + QStringLiteral("/vipsthumbnail"), &theirPeak);
    const int expected = int(photos.size() * kWidths.size() * kFormats.size());
    out() << QStringLiteral("publish %1 articles with a 4000×3000 lead photo: %2 s, of which the "
                            "photo phase %3 s: %4 renditions, %5/s; peak RSS %6 MB\n")
                 .arg(photos.size())
                 .arg(first.seconds, 0, 'f', 2)
                 .arg(first.photoSeconds, 0, 'f', 2)
                 .arg(first.renditions)
                 .arg(first.renditions / first.photoSeconds, 0, 'f', 1)
                 .arg(first.peakKilobytes / 1024.0, 0, 'f', 0);
    out() << QStringLiteral("vipsthumbnail, the same sizes and formats: %1 renditions/s (%2 s), "
                            "peak RSS %3 MB a process; ratio %4\n")
                 .arg(expected / theirs, 0, 'f', 1)
                 .arg(theirs, 0, 'f', 2)
                 .arg(theirPeak / 1024.0, 0, 'f', 0)
                 .arg((first.renditions / first.photoSeconds) / (expected / theirs), 0, 'f', 2);
    // One caption edit, published: the page, its lists and feeds again; no photo encoded.
    for (int edit = 0; edit < 5; ++edit) {
        Article a = store->get(firstId);
        a.media.first().caption = QStringLiteral("Edited caption %1.").arg(edit);
        store->save(a);
        const PublishRun again = publishOnce(*store, site);
        out() << QStringLiteral("republish after a caption edit: %1 ms, %2 renditions encoded\n")
                     .arg(again.seconds * 1000, 0, 'f', 1)
                     .arg(again.renditions);
    }
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption photosOption(QStringLiteral("photos"),
        QStringLiteral("4000×3000 photos to make"), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
        QStringLiteral("photos rendered at once"), QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption threadsOption(QStringLiteral("vips-threads"),
        QStringLiteral("libvips threads per pipeline (default: the library's)"),
        QStringLiteral("n"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
        QStringLiteral("times to run both, alternating"), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption publishOption(QStringLiteral("publish"),
        QStringLiteral("publish an article per photo instead (the publisher's photo phase)"));
    parser.addOptions({photosOption, jobsOption, threadsOption, roundsOption, publishOption});
    parser.process(app);
    const int count = parser.value(photosOption).toInt();
    const int jobs = parser.value(jobsOption).toInt();
    const int rounds = parser.value(roundsOption).toInt();
    if (count < 1 || jobs < 1 || rounds < 1)
        fail(QStringLiteral("--photos, --jobs and --rounds take a positive number"));

    QTemporaryDir dir;
    QStringList photos;
    QElapsedTimer making;
    making.start();
    if (VIPS_INIT(argv[0]) != 0)
        fail(QStringLiteral("libvips did not start"));
    for (int i = 0; i < count; ++i) {
        photos << dir.filePath(QStringLiteral("photo%1.jpg").arg(i, 3, 10, QLatin1Char('0')));
        makePhoto(photos.last(), i + 1);
    }
    QFile list(dir.filePath(QStringLiteral("photos.txt")));
    if (!list.open(QIODevice::WriteOnly) || list.write(photos.join(u'\n').toUtf8() + '\n') < 0)
        fail(QStringLiteral("cannot write the list of photos"));
    list.close();
    out() << "made " << count << " 4000×3000 JPEGs in " << making.elapsed() << " ms\n";

    // The library sets its thread model on first use; this run may override it afterwards.
    {
        QFile first(photos.first());
        first.open(QIODevice::ReadOnly);
        makeRenditions(first.readAll(), {16}, {ImageFormat::Jpeg});
    }
    if (parser.isSet(threadsOption))
        vips_concurrency_set(parser.value(threadsOption).toInt());
    out() << "makeRenditions: " << jobs << " photos at once, libvips " << vips_concurrency_get()
          << " thread(s) a pipeline; vipsthumbnail: xargs -P2, its "
          << "default threads\n";
    out().flush();

    out() << "peak RSS after making the photos: " << peakRssKilobytes() / 1024 << " MB\n";
    if (parser.isSet(publishOption)) {
        benchPublish(photos, list.fileName(), dir.path());
        return 0;
    }
    const int renditions = count * int(kWidths.size() * kFormats.size());
    for (int round = 1; round <= rounds; ++round) {
        resetPeakRss();
        const double ours = runOurs(photos, dir.filePath(QStringLiteral("ours")), jobs);
        const qint64 ourPeak = peakRssKilobytes();
        qint64 theirPeak = 0;
        const double theirs = runVipsthumbnail(
            list.fileName(), dir.filePath(QStringLiteral("vipsthumbnail")), &theirPeak);
        out() << QStringLiteral("round %1: makeRenditions %2 renditions/s (%3 s), peak RSS %4 "
                                "MB; vipsthumbnail %5 renditions/s (%6 s), peak RSS %7 MB a "
                                "process; ratio %8\n")
                     .arg(round)
                     .arg(renditions / ours, 0, 'f', 1)
                     .arg(ours, 0, 'f', 2)
                     .arg(ourPeak / 1024.0, 0, 'f', 0)
                     .arg(renditions / theirs, 0, 'f', 1)
                     .arg(theirs, 0, 'f', 2)
                     .arg(theirPeak / 1024.0, 0, 'f', 0)
                     .arg(theirs / ours, 0, 'f', 2);
        out().flush();
    }
    return 0;
}
