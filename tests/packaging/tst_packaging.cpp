// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian package as a user gets it: built with cpack from this build directory, its file
// list and control fields, and the program run from the extracted package (not the build tree).
#include "about/versions.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using TestSupport::Run;

namespace {

const QString kAppId = QStringLiteral(COPYDESK_APP_ID);
const QString kVersion = QStringLiteral(COPYDESK_VERSION);

// Runs a program to completion (generously: cpack strips and runs dpkg-shlibdeps on a big
// binary, on a loaded machine).
Run runProgram(const QString &program, const QStringList &arguments, const QString &workingDir = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    int timeoutMs = 600000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {-1, {}, QStringLiteral("%1 did not start").arg(program).toUtf8()};
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

// Whether a Depends value names the package, alone, with a version or as an alternative.
bool names(const QString &depends, const QString &package)
{
    const QRegularExpression named(
        QStringLiteral("(^|, |\\| )%1( \\(|,| \\||$)").arg(QRegularExpression::escape(package)));
    return named.match(depends).hasMatch();
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileList_data();
    void fileList();
    void nothingFromTheBuildTree();
    void controlFields_data();
    void controlFields();
    void dependsAreInstalledHere();
    void dependsOnWhatTheBinaryLinks_data();
    void dependsOnWhatTheBinaryLinks();
    void extractedVersion();
    void extractedRunsFromItsPrefix();
    void extractedPublish();
    void extractedEditorStarts();
    void desktopEntryValid();
    void metainfoValid();
    void manPageFormats();
    void manPageDocumentsEveryCommand();
    void oneVersionEverywhere();
    void componentVersionsInUse();
    void installsToAnyPrefix();

private:
    Run runExtracted(const QStringList &arguments, const QProcessEnvironment &extra = {});

    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;
    QStringList m_files;
    QString m_needed; // NEEDED entries of the packaged programs
};

void TestPackaging::initTestCase()
{
    QVERIFY(m_work.isValid());
    for (const char *tool : {"dpkg-deb", "dpkg-shlibdeps", "dpkg"}) {
        if (QStandardPaths::findExecutable(QLatin1StringView(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral(
                "%1 is not installed (Debian: dpkg-dev); run packaging/install-deps.sh")
                                 .arg(QLatin1StringView(tool))));
    }

    // The package, into a temporary directory so the build tree stays as it was.
    const QString buildDir = QStringLiteral(COPYDESK_BUILD_DIR);
    const QString outDir = m_work.filePath(QStringLiteral("out"));
    const Run cpack = runProgram(QStringLiteral(COPYDESK_CPACK),
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
            buildDir + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), outDir},
        buildDir);
    QVERIFY2(cpack.exitCode == 0, cpack.out + cpack.err);

    const Run arch = runProgram(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    QCOMPARE(arch.exitCode, 0);
    m_deb = outDir + QStringLiteral("/copydesk_%1_%2.deb").arg(kVersion, arch.outText().trimmed());
    QVERIFY2(QFileInfo::exists(m_deb),
        qPrintable(QStringLiteral("%1 missing; cpack said:\n%2").arg(m_deb, cpack.outText())));

    const Run contents = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QCOMPARE(contents.exitCode, 0);
    // "drwxr-xr-x root/root 0 2026-11-25 05:06 ./usr/bin/" → "usr/bin/"
    const QStringList lines = contents.outText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype at = line.indexOf(QStringLiteral(" ./"));
        QVERIFY2(at > 0, qPrintable(line));
        m_files << line.mid(at + 3);
    }

    m_root = m_work.filePath(QStringLiteral("root"));
    const Run extract =
        runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(extract.exitCode == 0, extract.err);

    // The command line and the editor it becomes without a command.
    for (const char *program : {"/usr/bin/copydesk", "/usr/libexec/copydesk/copydesk-editor"}) {
        const Run readelf = runProgram(
            QStringLiteral("readelf"), {QStringLiteral("-d"), m_root + QLatin1StringView(program)});
        QVERIFY2(readelf.exitCode == 0, readelf.err);
        m_needed += readelf.outText();
    }
}

void TestPackaging::fileList_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("binary") << QStringLiteral("usr/bin/copydesk");
    QTest::newRow("editor") << QStringLiteral("usr/libexec/copydesk/copydesk-editor");
    QTest::newRow("desktop entry")
        << QStringLiteral("usr/share/applications/%1.desktop").arg(kAppId);
    QTest::newRow("metainfo") << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId);
    QTest::newRow("scalable icon")
        << QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId);
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QTest::newRow(qPrintable(QStringLiteral("icon %1").arg(size)))
            << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId);
    }
    QTest::newRow("man page") << QStringLiteral("usr/share/man/man1/copydesk.1.gz");
    QTest::newRow("copyright") << QStringLiteral("usr/share/doc/copydesk/copyright");
    QTest::newRow("changelog") << QStringLiteral("usr/share/doc/copydesk/changelog.gz");
}

void TestPackaging::fileList()
{
    QFETCH(QString, path);
    QVERIFY2(m_files.contains(path), qPrintable(m_files.join(u'\n')));
    QVERIFY2(QFileInfo(m_root + u'/' + path).size() > 0, qPrintable(path));
}

void TestPackaging::nothingFromTheBuildTree()
{
    for (const QString &path : std::as_const(m_files)) {
        QVERIFY2(path.startsWith(u"usr/"), qPrintable(path));
        QVERIFY2(!path.contains(u"tst_") && !path.contains(u"bench"), qPrintable(path));
    }
    // An RPATH into the build tree would make the package work here and nowhere else.
    QVERIFY2(!m_needed.contains(u"RPATH") && !m_needed.contains(u"RUNPATH"), qPrintable(m_needed));
}

void TestPackaging::controlFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("pattern"); // for Depends: a package it must name
    QTest::newRow("Package") << QStringLiteral("Package") << QStringLiteral("^copydesk$");
    QTest::newRow("Version") << QStringLiteral("Version")
                             << QStringLiteral("^%1$").arg(QRegularExpression::escape(kVersion));
    QTest::newRow("Section") << QStringLiteral("Section") << QStringLiteral("^editors$");
    QTest::newRow("Maintainer") << QStringLiteral("Maintainer") << QStringLiteral("^.+ <.+@.+>$");
    QTest::newRow("Homepage") << QStringLiteral("Homepage") << QStringLiteral("^https://");
    QTest::newRow("Description")
        << QStringLiteral("Description")
        << QStringLiteral("^Newsroom editor[^\\n]*\\n Copydesk is a desktop newsroom editor");
    const QStringList depends = {QStringLiteral("libc6"), QStringLiteral("libqt6core6"),
        QStringLiteral("libqt6widgets6"), QStringLiteral("libqt6sql6"),
        QStringLiteral("libqt6sql6-sqlite"), QStringLiteral("libqt6sql6-psql"),
        QStringLiteral("fonts-wqy-microhei")};
    for (const QString &package : depends) {
        QTest::newRow(qPrintable(QStringLiteral("Depends ") + package))
            << QStringLiteral("Depends") << package;
    }
}

void TestPackaging::controlFields()
{
    QFETCH(QString, field);
    QFETCH(QString, pattern);
    const Run run = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, field});
    QCOMPARE(run.exitCode, 0);
    const QString value = run.outText().trimmed();
    const bool matches = field == u"Depends" ? names(value, pattern)
                                             : QRegularExpression(pattern).match(value).hasMatch();
    QVERIFY2(matches, qPrintable(field + QStringLiteral(": ") + value));
}

void TestPackaging::dependsAreInstalledHere()
{
    // install-deps.sh installs every run-time package, so a Depends group with no alternative
    // installed here names a package that does not exist (a typo) or one the script lacks.
    const Run run = runProgram(
        QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    QCOMPARE(run.exitCode, 0);
    const QStringList groups = run.outText().trimmed().split(QStringLiteral(", "));
    QVERIFY(groups.size() >= 5);
    static const QRegularExpression versionClause(QStringLiteral(" *\\(.*\\)"));
    for (const QString &group : groups) {
        bool installed = false;
        for (QString alternative : group.split(u'|')) {
            alternative = alternative.remove(versionClause).trimmed();
            const Run query = runProgram(QStringLiteral("dpkg-query"),
                {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), alternative});
            installed = installed || query.outText().contains(u"install ok installed");
        }
        QVERIFY2(
            installed, qPrintable(QStringLiteral("no package of \"%1\" is installed").arg(group)));
    }
}

void TestPackaging::dependsOnWhatTheBinaryLinks_data()
{
    // A library the binary links → the package dpkg-shlibdeps must find for it, and the run-time
    // data or helper packages that go with it (which no tool can infer).
    QTest::addColumn<QString>("library");
    QTest::addColumn<QStringList>("packages");
    QTest::newRow("Hunspell") << QStringLiteral("libhunspell")
                              << QStringList {QStringLiteral("libhunspell-1.7-0"),
                                     QStringLiteral("hunspell-en-us")};
    QTest::newRow("md4c") << QStringLiteral("libmd4c-html")
                          << QStringList {QStringLiteral("libmd4c-html0")};
    QTest::newRow("OpenCC") << QStringLiteral("libopencc")
                            << QStringList {QStringLiteral("libopencc1.1"),
                                   QStringLiteral("libopencc-data")};
    QTest::newRow("WebEngine") << QStringLiteral("libQt6WebEngineCore")
                               << QStringList {QStringLiteral("libqt6webenginecore6"),
                                      QStringLiteral("libqt6webenginecore6-bin")};
}

void TestPackaging::dependsOnWhatTheBinaryLinks()
{
    QFETCH(QString, library);
    QFETCH(QStringList, packages);
    // Every one of these is linked today: a library that went missing is a regression.
    QVERIFY2(m_needed.contains(QStringLiteral("[%1").arg(library)),
        qPrintable(
            QStringLiteral("the packaged programs do not link %1: %2").arg(library, m_needed)));
    const Run run = runProgram(
        QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    const QString depends = run.outText().trimmed();
    for (const QString &package : std::as_const(packages)) {
        QVERIFY2(names(depends, package),
            qPrintable(package + QStringLiteral(" not in Depends: ") + depends));
    }
}

Run TestPackaging::runExtracted(const QStringList &arguments, const QProcessEnvironment &extra)
{
    // Nothing of the developer's: a home of its own, no store from the environment.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_work.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.remove(QStringLiteral("COPYDESK_STORE"));
    env.insert(QStringLiteral("COPYDESK_USER"), QStringLiteral("packager"));
    env.insert(extra);
    return runProgram(m_root + QStringLiteral("/usr/bin/copydesk"), arguments, m_work.path(), env);
}

void TestPackaging::extractedVersion()
{
    const Run version = runExtracted({QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, version.err);
    QCOMPARE(version.outText(), QStringLiteral("copydesk %1\n").arg(kVersion));

    const Run verbose = runExtracted({QStringLiteral("--version"), QStringLiteral("--verbose")});
    QVERIFY2(verbose.exitCode == 0, verbose.err);
    QVERIFY2(
        verbose.outText().startsWith(QStringLiteral("copydesk %1\n").arg(kVersion)), verbose.out);
    QVERIFY2(
        verbose.outText().contains(QStringLiteral("Qt %1\n").arg(QLatin1StringView(qVersion()))),
        verbose.out);
    QVERIFY2(QRegularExpression(QStringLiteral("\nSQLite 3\\.\\d+\\.\\d+\n"))
                 .match(verbose.outText())
                 .hasMatch(),
        verbose.out);
}

void TestPackaging::extractedRunsFromItsPrefix()
{
    // The demo newsroom is data the program carries: it must load from the package alone.
    const QString store = m_work.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = runExtracted({QStringLiteral("--store"), store, QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, demo.err);
    const Run list = runExtracted(
        {QStringLiteral("--store"), store, QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.err);
    QVERIFY2(list.json().array().size() >= 3, list.out);
}

void TestPackaging::extractedPublish()
{
    const Run help = runExtracted({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.outText().contains(u"copydesk publish"), qPrintable(help.outText()));

    const QString store = m_work.filePath(QStringLiteral("publish.sqlite"));
    const Run demo = runExtracted({QStringLiteral("--store"), store, QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, demo.err);
    const QString site = m_work.filePath(QStringLiteral("site"));
    const Run publish = runExtracted(
        {QStringLiteral("--store"), store, QStringLiteral("publish"), QStringLiteral("--out"), site,
            QStringLiteral("--base-url"), QStringLiteral("https://news.example.org/")});
    QVERIFY2(publish.exitCode == 0, publish.out + publish.err);

    const QString front = readText(site + QStringLiteral("/index.html"));
    QVERIFY2(front.contains(u"<html"), qPrintable(site));
    // Every published demo article is on the site, rendered through the packaged templates.
    const Run published = runExtracted({QStringLiteral("--store"), store, QStringLiteral("list"),
        QStringLiteral("--status"), QStringLiteral("published"), QStringLiteral("--json")});
    QVERIFY2(published.exitCode == 0, published.err);
    const QJsonArray articles = published.json().array();
    QVERIFY(!articles.isEmpty());
    int pages = 0;
    for (QDirIterator it(
             site, {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        it.next();
        ++pages;
    }
    QVERIFY2(pages > articles.size(), qPrintable(QString::number(pages)));
    QString everything;
    for (QDirIterator it(
             site, {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();)
        everything += readText(it.next());
    for (const QJsonValue &article : articles) {
        const QString headline = article.toObject().value(u"headline").toString();
        QVERIFY2(everything.contains(headline.toHtmlEscaped()) || everything.contains(headline),
            qPrintable(headline));
    }
}

void TestPackaging::extractedEditorStarts()
{
    // The packaged editor window, in Chinese, on the demo newsroom: its templates, styles and
    // translations must all come from the package. The editor's screenshot hook grabs the
    // window once it has settled and quits.
    const QString shot = m_work.filePath(QStringLiteral("editor.png"));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    extra.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    extra.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    extra.insert(QStringLiteral("COPYDESK_SCREENSHOT"), shot);
    extra.insert(QStringLiteral("COPYDESK_SCREENSHOT_SIZE"), QStringLiteral("1024x700"));
    const Run run =
        runExtracted({QStringLiteral("--store"), m_work.filePath(QStringLiteral("gui.sqlite")),
                         QStringLiteral("--demo")},
            extra);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QFile png(shot);
    QVERIFY2(png.open(QIODevice::ReadOnly), "the packaged editor saved no screenshot");
    const QByteArray header = png.read(24);
    QVERIFY(header.startsWith("\x89PNG\r\n\x1a\n"));
    const auto bigEndian = [&](int at) {
        return (uchar(header[at]) << 24) | (uchar(header[at + 1]) << 16)
            | (uchar(header[at + 2]) << 8) | uchar(header[at + 3]);
    };
    QVERIFY2(bigEndian(16) >= 1024 && bigEndian(20) >= 700,
        qPrintable(QStringLiteral("%1x%2").arg(bigEndian(16)).arg(bigEndian(20))));
}

void TestPackaging::desktopEntryValid()
{
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    const QString installed =
        m_root + QStringLiteral("/usr/share/applications/%1.desktop").arg(kAppId);
    const Run run = runProgram(validator, {installed});
    QVERIFY2(run.exitCode == 0 && run.out.isEmpty(), run.out + run.err);
    const QString entry = readText(installed);
    QVERIFY(entry.contains(QStringLiteral("\nIcon=%1\n").arg(kAppId)));
    QVERIFY(entry.contains(u"\nExec=copydesk\n"));
}

void TestPackaging::metainfoValid()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    const QString installed =
        m_root + QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(kAppId);
    const Run run =
        runProgram(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), installed});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QString metainfo = readText(installed);
    QVERIFY(metainfo.contains(QStringLiteral("<id>%1</id>").arg(kAppId)));
    QVERIFY(metainfo.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(kAppId)));
    QVERIFY(metainfo.contains(u"<binary>copydesk</binary>"));
    // Screenshots are addressed as <homepage>/<path in the repository>: the file must exist.
    const QRegularExpressionMatch screenshot =
        QRegularExpression(QStringLiteral("<image>https://[^/]+/([^<]+)</image>")).match(metainfo);
    QVERIFY2(screenshot.hasMatch(), "no screenshot in the metainfo");
    const QString inRepository =
        qEnvironmentVariable("COPYDESK_SOURCE_DIR") + u'/' + screenshot.captured(1);
    QVERIFY2(QFileInfo::exists(inRepository), qPrintable(inRepository));
}

void TestPackaging::manPageFormats()
{
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed");
    const Run run = runProgram(groff,
        {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"),
            QStringLiteral(COPYDESK_PACKAGING_DIR "/copydesk.1")});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), run.err);
}

void TestPackaging::manPageDocumentsEveryCommand()
{
    // Every command `--help` lists has its own entry (".B name …") in the man page.
    const Run help = runExtracted({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString man = readText(QStringLiteral(COPYDESK_PACKAGING_DIR "/copydesk.1"));
    static const QRegularExpression commandLine(
        QStringLiteral("^  copydesk ([a-z][a-z-]*)"), QRegularExpression::MultilineOption);
    int commands = 0;
    for (const QRegularExpressionMatch &m : commandLine.globalMatch(help.outText())) {
        ++commands;
        const QString name = m.captured(1);
        const QRegularExpression entry(
            QStringLiteral("^\\.B %1( |$)").arg(QRegularExpression::escape(name)),
            QRegularExpression::MultilineOption);
        QVERIFY2(entry.match(man).hasMatch(),
            qPrintable(QStringLiteral("`copydesk %1` is not described in packaging/copydesk.1")
                           .arg(name)));
        // …and every option its own --help lists.
        const Run commandHelp = runExtracted({name, QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]+"));
        for (const QRegularExpressionMatch &o : option.globalMatch(commandHelp.outText())) {
            QString roff = o.captured(0);
            roff.replace(u'-', QStringLiteral("\\-"));
            QVERIFY2(man.contains(roff),
                qPrintable(
                    QStringLiteral("`copydesk %1 %2` is not described in packaging/copydesk.1")
                        .arg(name, o.captured(0))));
        }
    }
    QVERIFY(commands >= 8);
}

void TestPackaging::oneVersionEverywhere()
{
    // project(VERSION) is the one version; the release notes and man page must name it too.
    const QString metainfo =
        readText(QStringLiteral(COPYDESK_PACKAGING_DIR "/copydesk.metainfo.xml"));
    const QRegularExpressionMatch release = QRegularExpression(
        QStringLiteral("<release version=\"([^\"]+)\" date=\"\\d{4}-\\d\\d-\\d\\d\""))
                                                .match(metainfo);
    QVERIFY2(release.hasMatch(), "no <release version=… date=…> in copydesk.metainfo.xml");
    QCOMPARE(release.captured(1), kVersion);
    const QString man = readText(QStringLiteral(COPYDESK_PACKAGING_DIR "/copydesk.1"));
    QVERIFY2(man.contains(QStringLiteral("\"Copydesk %1\"").arg(kVersion)),
        "copydesk.1 .TH names another version");
    const QString changelog = readText(QStringLiteral(COPYDESK_PACKAGING_DIR "/changelog"));
    QVERIFY2(changelog.startsWith(QStringLiteral("copydesk (%1) ").arg(kVersion)),
        "packaging/changelog does not start with this version");
}

void TestPackaging::componentVersionsInUse()
{
    const QString versions = componentVersions();
    const QStringList lines = versions.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Qt %1").arg(QLatin1StringView(qVersion())));
    QVERIFY2(QRegularExpression(QStringLiteral("^SQLite 3\\.\\d+\\.\\d+$"))
                 .match(lines.at(1))
                 .hasMatch(),
        qPrintable(lines.at(1)));
    QVERIFY2(QRegularExpression(QStringLiteral("^Hunspell (\\d+\\.\\d+(\\.\\d+)?|not built in)$"))
                 .match(lines.at(2))
                 .hasMatch(),
        qPrintable(lines.at(2)));
    QVERIFY2(QRegularExpression(QStringLiteral("^md4c (\\d+\\.\\d+(\\.\\d+)?|not built in)$"))
                 .match(lines.at(3))
                 .hasMatch(),
        qPrintable(lines.at(3)));
    // A library the binary links is reported with its version, never as missing.
    if (m_needed.contains(u"[libhunspell"))
        QVERIFY2(!lines.at(2).endsWith(u"not built in"), qPrintable(lines.at(2)));
    if (m_needed.contains(u"[libmd4c"))
        QVERIFY2(!lines.at(3).endsWith(u"not built in"), qPrintable(lines.at(3)));
}

void TestPackaging::installsToAnyPrefix()
{
    // `cmake --install` into a prefix of the user's: everything where desktops look for it, and
    // the program runs from there (resources and translations are compiled in).
    const QString prefix = m_work.filePath(QStringLiteral("prefix"));
    const Run install = runProgram(QStringLiteral(COPYDESK_CMAKE),
        {QStringLiteral("--install"), QStringLiteral(COPYDESK_BUILD_DIR),
            QStringLiteral("--prefix"), prefix});
    QVERIFY2(install.exitCode == 0, install.out + install.err);
    const QStringList expected = {QStringLiteral("bin/copydesk"),
        QStringLiteral("libexec/copydesk/copydesk-editor"),
        QStringLiteral("share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
        QStringLiteral("share/man/man1/copydesk.1.gz")};
    for (const QString &path : expected)
        QVERIFY2(QFileInfo(prefix + u'/' + path).size() > 0, qPrintable(path));
    // Each PNG icon is drawn at the size its folder says (width and height from the IHDR chunk).
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QFile png(prefix
            + QStringLiteral("/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
        QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.fileName()));
        const QByteArray header = png.read(24);
        QCOMPARE(header.left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 16), quint32(size));
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 20), quint32(size));
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_work.filePath(QStringLiteral("prefix-home")));
    env.remove(QStringLiteral("COPYDESK_STORE"));
    const Run version = runProgram(
        prefix + QStringLiteral("/bin/copydesk"), {QStringLiteral("--version")}, {}, env);
    QVERIFY2(version.exitCode == 0, version.err);
    QCOMPARE(version.outText(), QStringLiteral("copydesk %1\n").arg(kVersion));
    const Run demo = runProgram(prefix + QStringLiteral("/bin/copydesk"),
        {QStringLiteral("--store"), m_work.filePath(QStringLiteral("prefix.sqlite")),
            QStringLiteral("demo")},
        {}, env);
    QVERIFY2(demo.exitCode == 0, demo.err);
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
