// SPDX-License-Identifier: GPL-3.0-or-later
// The photo layer as the desk meets it: what inspecting a photo reports, what it refuses and
// why, and renditions that are the right size, upright, and carry no trace of where or with
// what a photo was taken (judged by exiftool and the libvips tools, not by the code under test).
#include "media/photo.h"
#include "media/rendition.h"
#include "media/webpcontainer.h"

#include "model/error.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <zlib.h>

#include <thread>

using namespace Copydesk;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        result.err = "did not finish: " + program.toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void appendBigEndian(QByteArray &bytes, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.append(char((value >> shift) & 0xFF));
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    QByteArray chunk;
    appendBigEndian(chunk, quint32(data.size()));
    chunk += typed;
    appendBigEndian(chunk,
        quint32(crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size()))));
    return chunk;
}

// A valid black-and-white PNG width×height, all zeros: 30000×30000 is 112 MB of rows that
// deflate to ~110 KB, the shape of a decompression bomb.
QByteArray pngBomb(int width, int height)
{
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append("\x01\x00\x00\x00\x00", 5); // 1 bit, greyscale, deflate, no filter, no interlace
    const int rowBytes = 1 + (width + 7) / 8;
    const QByteArray rows(rowBytes * 100, '\0');
    z_stream stream {};
    deflateInit(&stream, Z_BEST_COMPRESSION);
    QByteArray compressed;
    char buffer[64 * 1024];
    auto pump = [&](int flush) {
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            compressed.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    };
    for (int row = 0; row < height; row += 100) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(rows.constData()));
        stream.avail_in = uInt(rowBytes * qMin(100, height - row));
        pump(Z_NO_FLUSH);
    }
    pump(Z_FINISH);
    deflateEnd(&stream);
    return QByteArray("\x89PNG\r\n\x1A\n") + pngChunk("IHDR", header) + pngChunk("IDAT", compressed)
        + pngChunk("IEND", {});
}

long peakRssKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The groups exiftool may report for a published rendition: the file itself, the derived
// values, the JFIF header libvips writes and WebP's RIFF chunks. Anything else (EXIF, GPS,
// XMP, IPTC, Photoshop, ICC_Profile, MakerNotes, …) is metadata that should have gone.
const QStringList kAllowedGroups = {
    u"ExifTool"_qs, u"File"_qs, u"Composite"_qs, u"JFIF"_qs, u"RIFF"_qs};

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void inspectsPhotos_data();
    void inspectsPhotos();
    void readsEmbeddedWords_data();
    void readsEmbeddedWords();
    void refusesWhatIsNoPhoto_data();
    void refusesWhatIsNoPhoto();
    void refusesADecompressionBombAtOnce();

    void renditionWidths_data();
    void renditionWidths();
    void formatsNameThemselves();
    void makesRenditions_data();
    void makesRenditions();
    void renditionsCarryNoMetadata();
    void renditionsAreUpright();
    void renditionsKeepAlphaInWebpOnly();
    void renditionsAreSrgb_data();
    void renditionsAreSrgb();
    void webpContainerLosesItsMetadata_data();
    void webpContainerLosesItsMetadata();
    void renditionsNeverUpscale();
    void renditionsRefuseWhatInspectingRefuses();
    void worksFromSeveralThreadsAtOnce();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray bytesOf(const QString &name) const;
    void convert(const QStringList &arguments);
    void exiftool(const QString &name, const QStringList &tags);
    QJsonArray exiftoolJson(const QStringList &files);
    QString writeRendition(const QString &stem, const Rendition &rendition);

    QTemporaryDir m_dir;
    int m_renditionFiles = 0;
};

QByteArray TestMedia::bytesOf(const QString &name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

void TestMedia::convert(const QStringList &arguments)
{
    const Run result = run(u"convert"_qs, arguments);
    if (result.exitCode != 0)
        QFAIL(qPrintable(
            u"convert "_qs + arguments.join(u' ') + u": "_qs + QString::fromLocal8Bit(result.err)));
}

void TestMedia::exiftool(const QString &name, const QStringList &tags)
{
    const Run result =
        run(u"exiftool"_qs, QStringList {u"-q"_qs, u"-overwrite_original"_qs} + tags << path(name));
    if (result.exitCode != 0)
        QFAIL(qPrintable(
            u"exiftool "_qs + tags.join(u' ') + u": "_qs + QString::fromLocal8Bit(result.err)));
}

QJsonArray TestMedia::exiftoolJson(const QStringList &files)
{
    const Run result =
        run(u"exiftool"_qs, QStringList {u"-json"_qs, u"-G"_qs, u"-a"_qs, u"-n"_qs} + files);
    const QJsonArray array = QJsonDocument::fromJson(result.out).array();
    if (result.exitCode != 0 || array.size() != files.size())
        qWarning("exiftool: %s", result.err.constData());
    return array;
}

QString TestMedia::writeRendition(const QString &stem, const Rendition &rendition)
{
    const QString file = path(QStringLiteral("out-%1-%2-%3.%4")
                                  .arg(stem)
                                  .arg(rendition.width)
                                  .arg(++m_renditionFiles)
                                  .arg(fileExtension(rendition.format)));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(rendition.bytes) != rendition.bytes.size())
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

void TestMedia::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("COPYDESK_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("files in %s", qPrintable(m_dir.path()));
    }
    // Declared dependencies (packaging/install-deps.sh): a missing one is a failure, not a skip.
    for (const char *tool : {"convert", "exiftool", "vips", "vipsheader"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is not installed; run packaging/install-deps.sh")
                                 .arg(QString::fromLatin1(tool))));
    }
    const QString font = u"DejaVu-Sans"_qs;
    convert({u"-size"_qs, u"800x600"_qs, u"gradient:navy-orange"_qs, u"-gravity"_qs, u"center"_qs,
        u"-font"_qs, font, u"-pointsize"_qs, u"72"_qs, u"-fill"_qs, u"white"_qs, u"-annotate"_qs,
        u"0"_qs, u"Copydesk"_qs, u"-quality"_qs, u"90"_qs, path(u"gradient.jpg"_qs)});
    // Transparent all round an opaque disc.
    convert({u"-size"_qs, u"640x480"_qs, u"xc:none"_qs, u"-fill"_qs, u"red"_qs, u"-draw"_qs,
        u"circle 320,240 320,100"_qs, u"PNG32:"_qs + path(u"alpha.png"_qs)});
    convert({u"-size"_qs, u"500x400"_qs, u"gradient:green-yellow"_qs, u"-quality"_qs, u"85"_qs,
        path(u"photo.webp"_qs)});
    convert({u"-size"_qs, u"320x240"_qs, u"gradient:white-black"_qs, path(u"photo.gif"_qs)});
    convert({u"-size"_qs, u"6000x4000"_qs, u"gradient:white-gray"_qs, u"-quality"_qs, u"85"_qs,
        path(u"big.jpg"_qs)});
    // What cameras and scanners also hand in: print-ready CMYK, 16-bit greyscale.
    convert({u"-size"_qs, u"640x480"_qs, u"xc:red"_qs, u"-colorspace"_qs, u"CMYK"_qs,
        path(u"cmyk.jpg"_qs)});
    convert({u"-size"_qs, u"640x480"_qs, u"gradient:white-black"_qs, u"-colorspace"_qs, u"Gray"_qs,
        u"-depth"_qs, u"16"_qs, path(u"grey16.png"_qs)});
    // Made by libvips' own tool: a real 12000×9000 JPEG, 108 megapixels.
    const Run made = run(u"vips"_qs, {u"black"_qs, path(u"108mp.jpg"_qs), u"12000"_qs, u"9000"_qs});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    // Stored 1200×800, red left and blue right; orientation 6 shows it turned a quarter
    // clockwise, 800×1200 with red on top.
    convert({u"-size"_qs, u"600x800"_qs, u"xc:red"_qs, u"-size"_qs, u"600x800"_qs, u"xc:blue"_qs,
        u"+append"_qs, u"-quality"_qs, u"95"_qs, path(u"rotated.jpg"_qs)});
    exiftool(u"rotated.jpg"_qs, {u"-n"_qs, u"-Orientation=6"_qs});

    // Everything a source's photo may give away, and the words the desk wants from it.
    QFile::copy(path(u"gradient.jpg"_qs), path(u"tagged.jpg"_qs));
    exiftool(u"tagged.jpg"_qs,
        {u"-charset"_qs, u"iptc=UTF8"_qs, u"-IPTC:CodedCharacterSet=UTF8"_qs,
            u"-IPTC:Caption-Abstract=  Flood water rises on the Thames at Putney  "_qs,
            u"-IPTC:By-line=Jane Reporter"_qs, u"-IPTC:Credit=Copydesk Wire"_qs,
            u"-XMP-dc:Description=The XMP caption"_qs, u"-XMP-dc:Creator=The XMP creator"_qs,
            u"-XMP-photoshop:Credit=Photoshop Credit"_qs,
            u"-XMP-iptcCore:AltTextAccessibility=A river over its banks beside a pub"_qs,
            u"-EXIF:ImageDescription=The EXIF description"_qs, u"-EXIF:Make=Canon"_qs,
            u"-EXIF:Model=Canon EOS R5"_qs, u"-EXIF:SerialNumber=083021004711"_qs,
            u"-EXIF:Artist=Jane Reporter"_qs, u"-GPSLatitude=51.4655"_qs, u"-GPSLatitudeRef=N"_qs,
            u"-GPSLongitude=0.2167"_qs, u"-GPSLongitudeRef=W"_qs,
            u"-XMP-exif:GPSLatitude=51.4655 N"_qs});
    QFile::copy(path(u"gradient.jpg"_qs), path(u"chinese.jpg"_qs));
    exiftool(u"chinese.jpg"_qs,
        {u"-charset"_qs, u"iptc=UTF8"_qs, u"-IPTC:CodedCharacterSet=UTF8"_qs,
            u"-IPTC:Caption-Abstract=香港維多利亞港的煙花"_qs, u"-IPTC:By-line=陳記者"_qs});
    QFile::copy(path(u"gradient.jpg"_qs), path(u"xmponly.jpg"_qs));
    exiftool(u"xmponly.jpg"_qs,
        {u"-XMP-dc:Description=Only in XMP"_qs, u"-XMP-dc:Creator=First Photographer"_qs,
            u"-XMP-dc:Creator+=Second Photographer"_qs});
    QFile::copy(path(u"gradient.jpg"_qs), path(u"exifonly.jpg"_qs));
    exiftool(u"exifonly.jpg"_qs, {u"-EXIF:ImageDescription=Only in EXIF"_qs});
    QFile::copy(path(u"gradient.jpg"_qs), path(u"boilerplate.jpg"_qs));
    exiftool(u"boilerplate.jpg"_qs, {u"-EXIF:ImageDescription=OLYMPUS DIGITAL CAMERA"_qs});
    QFile::copy(path(u"gradient.jpg"_qs), path(u"creditonly.jpg"_qs));
    exiftool(u"creditonly.jpg"_qs, {u"-IPTC:Credit=Agency Pool"_qs});
    QFile::copy(path(u"gradient.jpg"_qs), path(u"photoshopcredit.jpg"_qs));
    exiftool(u"photoshopcredit.jpg"_qs, {u"-XMP-photoshop:Credit=Photoshop Pool"_qs});
    QFile::copy(path(u"alpha.png"_qs), path(u"tagged.png"_qs));
    exiftool(u"tagged.png"_qs, {u"-XMP-dc:Description=A red disc"_qs});
    QFile::copy(path(u"photo.webp"_qs), path(u"tagged.webp"_qs));
    exiftool(u"tagged.webp"_qs,
        {u"-XMP-dc:Description=A green field"_qs, u"-XMP-dc:Creator=Webp Photographer"_qs});
}

void TestMedia::inspectsPhotos_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("JPEG") << u"gradient.jpg"_qs << u"image/jpeg"_qs << 800 << 600;
    QTest::newRow("PNG with alpha") << u"alpha.png"_qs << u"image/png"_qs << 640 << 480;
    QTest::newRow("WebP") << u"photo.webp"_qs << u"image/webp"_qs << 500 << 400;
    QTest::newRow("GIF") << u"photo.gif"_qs << u"image/gif"_qs << 320 << 240;
    QTest::newRow("6000×4000 JPEG") << u"big.jpg"_qs << u"image/jpeg"_qs << 6000 << 4000;
    QTest::newRow("orientation 6 swaps") << u"rotated.jpg"_qs << u"image/jpeg"_qs << 800 << 1200;
    QTest::newRow("tagged JPEG") << u"tagged.jpg"_qs << u"image/jpeg"_qs << 800 << 600;
}

void TestMedia::inspectsPhotos()
{
    QFETCH(QString, file);
    QFETCH(QString, mime);
    QFETCH(int, width);
    QFETCH(int, height);
    const QByteArray bytes = bytesOf(file);
    // Named as something else: the name is only for messages.
    const PhotoFile photo = inspectPhoto(bytes, u"upload.bin"_qs);
    QCOMPARE(photo.mime, mime);
    QCOMPARE(photo.width, width);
    QCOMPARE(photo.height, height);
    QCOMPARE(photo.bytes, bytes.size());
    QCOMPARE(photo.sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(photo.sha256.size(), 64);
}

void TestMedia::readsEmbeddedWords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("alt");
    QTest::newRow("IPTC before XMP and EXIF, trimmed")
        << u"tagged.jpg"_qs << u"Flood water rises on the Thames at Putney"_qs
        << u"Jane Reporter"_qs << u"A river over its banks beside a pub"_qs;
    QTest::newRow("IPTC in UTF-8")
        << u"chinese.jpg"_qs << u"香港維多利亞港的煙花"_qs << u"陳記者"_qs << QString();
    QTest::newRow("XMP only, two creators")
        << u"xmponly.jpg"_qs << u"Only in XMP"_qs << u"First Photographer, Second Photographer"_qs
        << QString();
    QTest::newRow("EXIF only") << u"exifonly.jpg"_qs << u"Only in EXIF"_qs << QString()
                               << QString();
    QTest::newRow("a camera's default description is no caption")
        << u"boilerplate.jpg"_qs << QString() << QString() << QString();
    QTest::newRow("IPTC Credit when no By-line")
        << u"creditonly.jpg"_qs << QString() << u"Agency Pool"_qs << QString();
    QTest::newRow("photoshop:Credit when nothing else")
        << u"photoshopcredit.jpg"_qs << QString() << u"Photoshop Pool"_qs << QString();
    QTest::newRow("XMP in a PNG") << u"tagged.png"_qs << u"A red disc"_qs << QString() << QString();
    QTest::newRow("XMP in a WebP")
        << u"tagged.webp"_qs << u"A green field"_qs << u"Webp Photographer"_qs << QString();
    QTest::newRow("none") << u"gradient.jpg"_qs << QString() << QString() << QString();
    QTest::newRow("GIF") << u"photo.gif"_qs << QString() << QString() << QString();
}

void TestMedia::readsEmbeddedWords()
{
    QFETCH(QString, file);
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    QFETCH(QString, alt);
    const PhotoFile photo = inspectPhoto(bytesOf(file), file);
    QCOMPARE(photo.caption, caption);
    QCOMPARE(photo.credit, credit);
    QCOMPARE(photo.alt, alt);
}

void TestMedia::refusesWhatIsNoPhoto_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray jpeg = bytesOf(u"gradient.jpg"_qs);
    const QByteArray png = bytesOf(u"alpha.png"_qs);
    QTest::newRow("text") << u"story.jpg"_qs
                          << QByteArray("FLOODS: Water rose on the Thames at Putney today.\n")
                          << u"not a photo (JPEG, PNG, WebP or GIF)"_qs;
    QTest::newRow("empty") << u"empty.jpg"_qs << QByteArray() << u"the file is empty"_qs;
    QTest::newRow("JPEG cut in half")
        << u"half.jpg"_qs << jpeg.first(jpeg.size() / 2) << u"truncated or damaged image data"_qs;
    QTest::newRow("JPEG header only")
        << u"header.jpg"_qs << jpeg.first(600) << u"truncated or damaged image data"_qs;
    QTest::newRow("PNG cut in half")
        << u"half.png"_qs << png.first(png.size() / 2) << u"truncated or damaged image data"_qs;
    QTest::newRow("JPEG signature, then noise")
        << u"noise.jpg"_qs << QByteArray("\xFF\xD8\xFF\xE0") + QByteArray(4000, '\x5A')
        << u"truncated or damaged image data"_qs;
    QTest::newRow("SVG") << u"chart.svg.jpg"_qs
                         << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n"
                                       "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                                       "height=\"10\" onload=\"alert(1)\"/>\n")
                         << u"SVG images are not accepted (they can carry scripts)"_qs;
    QByteArray huge = jpeg;
    huge.resize(kMaxPhotoBytes + 1, '\0');
    QTest::newRow("over 50 MB") << u"huge.jpg"_qs << huge << u"50.1 MB is over 50 MB"_qs;
    QTest::newRow("a line 70000 px long")
        << u"line.png"_qs << pngBomb(70000, 10) << u"70000×10 is over 65535 pixels on a side"_qs;
    QTest::newRow("108 megapixels")
        << u"108mp.jpg"_qs << bytesOf(u"108mp.jpg"_qs) << u"12000×9000 is over 100 megapixels"_qs;
}

void TestMedia::refusesWhatIsNoPhoto()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    try {
        inspectPhoto(bytes, name);
        QFAIL("accepted");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Input);
        QCOMPARE(error.message(), name + u": "_qs + reason);
    }
}

// Decoding 900 megapixels would take many seconds and, held whole, gigabytes; the header alone
// is enough to refuse it.
void TestMedia::refusesADecompressionBombAtOnce()
{
    const QByteArray bomb = pngBomb(30000, 30000);
    QVERIFY2(bomb.size() < 200 * 1024, qPrintable(QString::number(bomb.size())));
    inspectPhoto(bytesOf(u"photo.gif"_qs), u"warm.gif"_qs); // libvips started before timing
    const long rssBefore = peakRssKilobytes();
    QElapsedTimer timer;
    timer.start();
    try {
        inspectPhoto(bomb, u"bomb.png"_qs);
        QFAIL("accepted");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Input);
        QCOMPARE(error.message(), u"bomb.png: 30000×30000 is over 100 megapixels"_qs);
    }
    QVERIFY2(timer.elapsed() < 500, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QVERIFY2(peakRssKilobytes() - rssBefore < 32 * 1024,
        qPrintable(QStringLiteral("peak RSS grew by %1 KB").arg(peakRssKilobytes() - rssBefore)));
}

void TestMedia::renditionWidths_data()
{
    QTest::addColumn<int>("displayedWidth");
    QTest::addColumn<QList<int>>("widths");
    QTest::newRow("0") << 0 << QList<int> {};
    QTest::newRow("300") << 300 << QList<int> {300};
    QTest::newRow("480") << 480 << QList<int> {480};
    QTest::newRow("700") << 700 << QList<int> {480, 700};
    QTest::newRow("960") << 960 << QList<int> {480, 960};
    QTest::newRow("1200") << 1200 << QList<int> {480, 960, 1200};
    QTest::newRow("1599") << 1599 << QList<int> {480, 960, 1599};
    QTest::newRow("1600") << 1600 << QList<int> {480, 960, 1600};
    QTest::newRow("6000") << 6000 << QList<int> {480, 960, 1600};
}

void TestMedia::renditionWidths()
{
    QFETCH(int, displayedWidth);
    QFETCH(QList<int>, widths);
    QCOMPARE(Copydesk::renditionWidths(displayedWidth), widths);
}

void TestMedia::formatsNameThemselves()
{
    QCOMPARE(fileExtension(ImageFormat::Jpeg), u"jpg"_qs);
    QCOMPARE(fileExtension(ImageFormat::Webp), u"webp"_qs);
    QCOMPARE(mimeType(ImageFormat::Jpeg), u"image/jpeg"_qs);
    QCOMPARE(mimeType(ImageFormat::Webp), u"image/webp"_qs);
}

void TestMedia::makesRenditions_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"gradient.jpg", "alpha.png", "photo.webp", "photo.gif", "big.jpg",
             "rotated.jpg", "tagged.jpg", "cmyk.jpg", "grey16.png"}) {
        QTest::newRow(file) << QString::fromLatin1(file);
    }
}

// Each rendition is checked by exiftool, which knows nothing of libvips: its file type, its
// size, and that the aspect ratio of the photo as displayed is kept.
void TestMedia::makesRenditions()
{
    QFETCH(QString, file);
    const QByteArray original = bytesOf(file);
    const PhotoFile photo = inspectPhoto(original, file);
    const QList<int> widths = Copydesk::renditionWidths(photo.width);
    QVERIFY(!widths.isEmpty());
    const QList<Rendition> renditions = makeRenditions(original, widths);
    QCOMPARE(renditions.size(), widths.size() * 2);
    QStringList files;
    for (qsizetype i = 0; i < renditions.size(); ++i) {
        const Rendition &rendition = renditions.at(i);
        QCOMPARE(rendition.width, widths.at(i / 2));
        QCOMPARE(rendition.format, i % 2 == 0 ? ImageFormat::Jpeg : ImageFormat::Webp);
        const double expectedHeight = double(rendition.width) * photo.height / photo.width;
        QVERIFY2(qAbs(rendition.height - expectedHeight) <= 1,
            qPrintable(QStringLiteral("%1×%2 of %3×%4")
                           .arg(rendition.width)
                           .arg(rendition.height)
                           .arg(photo.width)
                           .arg(photo.height)));
        QVERIFY(rendition.width <= photo.width);
        files << writeRendition(QFileInfo(file).completeBaseName(), rendition);
    }
    const QJsonArray tags = exiftoolJson(files);
    QCOMPARE(tags.size(), renditions.size());
    for (qsizetype i = 0; i < renditions.size(); ++i) {
        const QJsonObject found = tags.at(i).toObject();
        const Rendition &rendition = renditions.at(i);
        QCOMPARE(found.value(u"File:MIMEType").toString(), mimeType(rendition.format));
        const QString size = found.value(u"Composite:ImageSize").toString();
        QCOMPARE(size.split(QRegularExpression(u"[ x]"_qs)),
            QStringList({QString::number(rendition.width), QString::number(rendition.height)}));
    }
}

void TestMedia::renditionsCarryNoMetadata()
{
    const QByteArray original = bytesOf(u"tagged.jpg"_qs);
    // The checker sees what the original gives away, so its silence below means something.
    const QJsonObject before = exiftoolJson({path(u"tagged.jpg"_qs)}).at(0).toObject();
    for (const char *key : {"EXIF:GPSLatitude", "EXIF:SerialNumber", "EXIF:Model",
             "IPTC:Caption-Abstract", "IPTC:By-line", "XMP:Description"}) {
        QVERIFY2(before.contains(QLatin1StringView(key)), key);
    }

    const QList<Rendition> renditions = makeRenditions(original, {480, 800});
    QCOMPARE(renditions.size(), 4);
    QStringList files;
    for (const Rendition &rendition : renditions) {
        files << writeRendition(u"stripped"_qs, rendition);
        for (const char *secret : {"083021004711", "Jane Reporter", "Canon", "Putney", "Exif",
                 "http://ns.adobe.com", "Photoshop"}) {
            QVERIFY2(!rendition.bytes.contains(secret), secret);
        }
    }
    const QJsonArray tags = exiftoolJson(files);
    QCOMPARE(tags.size(), files.size());
    for (qsizetype i = 0; i < tags.size(); ++i) {
        QStringList leaked;
        const QJsonObject found = tags.at(i).toObject();
        for (auto it = found.begin(); it != found.end(); ++it) {
            const QString group = it.key().section(u':', 0, 0);
            if (it.key() != u"SourceFile"
                && (!kAllowedGroups.contains(group) || it.key().contains(u"GPS"))) {
                leaked << it.key() + u'=' + it.value().toVariant().toString();
            }
        }
        QVERIFY2(leaked.isEmpty(), qPrintable(files.at(i) + u": "_qs + leaked.join(u", "_qs)));
    }
}

// The pixel values as libvips' command-line tool reads them from the file.
static QList<double> pixelAt(const QString &file, int x, int y)
{
    const Run result =
        run(u"vips"_qs, {u"getpoint"_qs, file, QString::number(x), QString::number(y)});
    QList<double> values;
    for (const QByteArray &value : result.out.simplified().split(' '))
        values << value.toDouble();
    return values;
}

void TestMedia::renditionsAreUpright()
{
    const QList<Rendition> renditions =
        makeRenditions(bytesOf(u"rotated.jpg"_qs), {480}, {ImageFormat::Jpeg, ImageFormat::Webp});
    QCOMPARE(renditions.size(), 2);
    for (const Rendition &rendition : renditions) {
        QCOMPARE(rendition.width, 480);
        QCOMPARE(rendition.height, 720);
        const QString file = writeRendition(u"upright"_qs, rendition);
        const QList<double> top = pixelAt(file, 240, 20);
        const QList<double> bottom = pixelAt(file, 240, 700);
        QVERIFY2(top.size() >= 3 && top[0] > top[2] + 100, qPrintable(file)); // red
        QVERIFY2(bottom.size() >= 3 && bottom[2] > bottom[0] + 100, qPrintable(file)); // blue
        // No orientation tag is left to turn it a second time.
        const QJsonObject tags = exiftoolJson({file}).at(0).toObject();
        QVERIFY(!tags.contains(u"EXIF:Orientation"));
    }
}

void TestMedia::renditionsKeepAlphaInWebpOnly()
{
    const QList<Rendition> renditions = makeRenditions(bytesOf(u"alpha.png"_qs), {480});
    QCOMPARE(renditions.size(), 2);
    const QString jpeg = writeRendition(u"alpha"_qs, renditions.at(0));
    const QString webp = writeRendition(u"alpha"_qs, renditions.at(1));
    auto bands = [](const QString &file) {
        return run(u"vipsheader"_qs, {u"-f"_qs, u"bands"_qs, file}).out.trimmed().toInt();
    };
    QCOMPARE(bands(jpeg), 3);
    QCOMPARE(bands(webp), 4);
    // The transparent corner: white in the JPEG, transparent in the WebP; the disc stays red.
    const QList<double> jpegCorner = pixelAt(jpeg, 2, 2);
    QCOMPARE(jpegCorner.size(), 3);
    for (double value : jpegCorner)
        QVERIFY2(value > 245, qPrintable(QString::number(value)));
    const QList<double> webpCorner = pixelAt(webp, 2, 2);
    QCOMPARE(webpCorner.size(), 4);
    QCOMPARE(webpCorner[3], 0.0);
    const QList<double> webpDisc = pixelAt(webp, 240, 180);
    QCOMPARE(webpDisc.size(), 4);
    QVERIFY(webpDisc[0] > 200 && webpDisc[1] < 60 && webpDisc[3] > 250);
}

// Browsers show untagged pixels as sRGB: CMYK and 16-bit grey come out as 8-bit RGB, and the
// CMYK red is still red.
void TestMedia::renditionsAreSrgb_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("CMYK JPEG") << u"cmyk.jpg"_qs;
    QTest::newRow("16-bit grey PNG") << u"grey16.png"_qs;
}

void TestMedia::renditionsAreSrgb()
{
    QFETCH(QString, file);
    const QList<Rendition> renditions = makeRenditions(bytesOf(file), {480});
    QCOMPARE(renditions.size(), 2);
    for (const Rendition &rendition : renditions) {
        const QString written = writeRendition(u"srgb"_qs, rendition);
        const Run header = run(u"vipsheader"_qs, {written});
        QVERIFY2(header.out.contains("uchar, 3 bands, srgb"), header.out.constData());
        const QList<double> middle = pixelAt(written, 240, 180);
        QCOMPARE(middle.size(), 3);
        if (file == u"cmyk.jpg")
            QVERIFY2(middle[0] > 200 && middle[1] < 80 && middle[2] < 80, qPrintable(written));
        else // grey, halfway down a white-to-black gradient: not clipped to white by 16 bits
            QVERIFY2(qAbs(middle[0] - middle[1]) <= 2 && qAbs(middle[1] - middle[2]) <= 2
                    && qAbs(middle[1] - 128) < 30,
                qPrintable(written));
    }
}

namespace {

QByteArray riffChunk(const char *fourCc, const QByteArray &payload)
{
    QByteArray chunk(fourCc, 4);
    const quint32 size = quint32(payload.size());
    for (int shift = 0; shift < 32; shift += 8)
        chunk.append(char((size >> shift) & 0xFF));
    chunk += payload;
    if (payload.size() % 2)
        chunk.append('\0');
    return chunk;
}

QByteArray riff(const QByteArray &chunks)
{
    QByteArray file("RIFF");
    const quint32 size = quint32(4 + chunks.size());
    for (int shift = 0; shift < 32; shift += 8)
        file.append(char((size >> shift) & 0xFF));
    return file + "WEBP" + chunks;
}

} // namespace

// The container surgery on its own, with chunks made by hand: odd sizes padded, the flags of
// what went cleared and that of alpha kept, and what is no WebP container refused.
void TestMedia::webpContainerLosesItsMetadata_data()
{
    QTest::addColumn<QByteArray>("webp");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray vp8x = riffChunk("VP8X", QByteArray("\x3C\0\0\0\x0F\0\0\x0B\0\0", 10));
    const QByteArray vp8xAlphaOnly =
        riffChunk("VP8X", QByteArray("\x10\0\0\0\x0F\0\0\x0B\0\0", 10));
    const QByteArray alph = riffChunk("ALPH", QByteArray("abc"));
    const QByteArray vp8 = riffChunk("VP8 ", QByteArray("pixels"));
    const QByteArray metadata = riffChunk("ICCP", QByteArray("icc")) + riffChunk("EXIF", "GPS!")
        + riffChunk("XMP ", QByteArray("<x:xmpmeta/>"));
    QTest::newRow("extended") << riff(vp8x + riffChunk("ICCP", "icc") + alph + vp8
        + riffChunk("EXIF", "GPS 51N") + riffChunk("XMP ", "<x/>"))
                              << riff(vp8xAlphaOnly + alph + vp8);
    QTest::newRow("nothing to take") << riff(vp8) << riff(vp8);
    QTest::newRow("metadata only") << riff(metadata) << riff({});
    QTest::newRow("chunk longer than the file") << riff(vp8).chopped(2) << QByteArray();
    QTest::newRow("not RIFF") << QByteArray("GIF89a") << QByteArray();
}

void TestMedia::webpContainerLosesItsMetadata()
{
    QFETCH(QByteArray, webp);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> bare = withoutWebpMetadata(webp);
    if (expected.isEmpty()) {
        QVERIFY(!bare);
        return;
    }
    QVERIFY(bare);
    QCOMPARE(bare->toHex(' '), expected.toHex(' '));
}

void TestMedia::renditionsNeverUpscale()
{
    const QList<Rendition> renditions =
        makeRenditions(bytesOf(u"photo.gif"_qs), {480, 1600}, {ImageFormat::Webp});
    QCOMPARE(renditions.size(), 2);
    for (const Rendition &rendition : renditions) {
        QCOMPARE(rendition.width, 320);
        QCOMPARE(rendition.height, 240);
    }
}

void TestMedia::renditionsRefuseWhatInspectingRefuses()
{
    const QByteArray jpeg = bytesOf(u"gradient.jpg"_qs);
    const QList<QByteArray> refused = {jpeg.first(jpeg.size() / 2),
        QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), QByteArray("plain text"),
        bytesOf(u"108mp.jpg"_qs), QByteArray()};
    for (const QByteArray &bytes : refused) {
        try {
            makeRenditions(bytes, {480});
            QFAIL(bytes.left(40).constData());
        } catch (const Error &error) {
            QCOMPARE(error.kind(), Error::Input);
            QVERIFY2(error.message().startsWith(u"photo: "), qPrintable(error.message()));
        }
    }
}

// Four threads inspect and render at once; each result equals the one made alone.
void TestMedia::worksFromSeveralThreadsAtOnce()
{
    const QStringList files = {
        u"tagged.jpg"_qs, u"alpha.png"_qs, u"photo.webp"_qs, u"rotated.jpg"_qs};
    QList<QByteArray> originals;
    QList<QList<Rendition>> alone;
    QList<PhotoFile> inspectedAlone;
    for (const QString &file : files) {
        originals << bytesOf(file);
        alone << makeRenditions(originals.last(), {480, 960});
        inspectedAlone << inspectPhoto(originals.last(), file);
    }
    QList<QList<Rendition>> together(files.size());
    QList<PhotoFile> inspectedTogether(files.size());
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < files.size(); ++i) {
        threads.emplace_back([&, i] {
            for (int round = 0; round < 3; ++round) {
                inspectedTogether[i] = inspectPhoto(originals.at(i), files.at(i));
                together[i] = makeRenditions(originals.at(i), {480, 960});
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCOMPARE(inspectedTogether[i].caption, inspectedAlone[i].caption);
        QCOMPARE(inspectedTogether[i].width, inspectedAlone[i].width);
        QCOMPARE(together[i].size(), alone[i].size());
        for (qsizetype r = 0; r < alone[i].size(); ++r)
            QVERIFY2(together[i][r].bytes == alone[i][r].bytes, qPrintable(files.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
