// SPDX-License-Identifier: GPL-3.0-or-later
// The layers hold: what each one includes (read from the sources) and what each built library
// refers to (read from its symbols with nm), so that a wrong dependency fails here even where
// a relative include or a forward declaration slipped past the include roots.
//
//   model ← script ← store ← spelling      script + media ← importing
//   model ← render ← publish (+ store, script)      model ← media
//   store + spelling + importing ← style
//   all of them ← cli ← programs/copydesk        the core ← ui ← copydesk-editor
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

struct Layer
{
    const char *folder; // under app/
    QStringList mayInclude; // other app/ folders
};

const Layer kLayers[] = {
    {"model", {}},
    {"script", {u"model"_qs}},
    {"media", {u"model"_qs}},
    {"store", {u"model"_qs, u"script"_qs}},
    {"render", {u"model"_qs}},
    {"importing", {u"model"_qs, u"script"_qs, u"media"_qs}},
    {"spelling", {u"model"_qs, u"store"_qs}},
    {"publish", {u"model"_qs, u"render"_qs, u"store"_qs, u"media"_qs, u"script"_qs}},
    {"style", {u"model"_qs, u"store"_qs, u"spelling"_qs, u"importing"_qs, u"script"_qs}},
    {"about", {}},
    {"cli",
        {u"model"_qs, u"store"_qs, u"render"_qs, u"importing"_qs, u"spelling"_qs, u"publish"_qs,
            u"about"_qs, u"media"_qs, u"style"_qs, u"script"_qs}},
    {"programs", {u"cli"_qs}},
};

// A class that only a layer above defines, by the library it is in, as nm -C names it.
struct Marker
{
    const char *library;
    const char *symbol;
};

const Marker kMarkers[] = {
    {"script", "ChineseScript::"},
    {"store", "ArticleStore::"},
    {"render", "PageRenderer::"},
    {"render", "Html::"},
    {"publish", "Publisher::"},
    {"spelling", "SpellChecker::"},
    {"style", "StyleChecker::"},
    {"importing", "Importer::"},
    {"cli", "CommandLine::"},
    {"cli", "Cli::"},
    {"widgets", "QWidget::"},
    {"widgets", "QApplication::"},
    {"webengine", "QWebEngine"},
};

QString sourceDir()
{
    return qEnvironmentVariable("COPYDESK_SOURCE_DIR");
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void includesFollowTheLayers_data();
    void includesFollowTheLayers();
    void librariesReferNothingAbove_data();
    void librariesReferNothingAbove();
    void theCoreNeverIncludesTheWidgets();
};

void TestLayering::includesFollowTheLayers_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("mayInclude");
    for (const Layer &layer : kLayers)
        QTest::newRow(layer.folder) << QString::fromLatin1(layer.folder) << layer.mayInclude;
}

void TestLayering::includesFollowTheLayers()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, mayInclude);
    const QString root = sourceDir() + u"/app/"_qs + folder;
    QVERIFY2(QFileInfo(root).isDir(), qPrintable(root));
    QStringList appFolders;
    for (const Layer &layer : kLayers)
        appFolders << QString::fromLatin1(layer.folder);
    static const QRegularExpression include(
        uR"re(^\s*#\s*include\s+"([^"]+)")re"_qs, QRegularExpression::MultilineOption);
    int files = 0;
    QStringList wrong;
    for (QDirIterator it(root, {u"*.h"_qs, u"*.cpp"_qs}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = include.globalMatch(text); match.hasNext();) {
            const QString target = match.next().captured(1);
            if (target.startsWith(u"../"))
                wrong << path + u": "_qs + target + u" (a relative path around the layers)"_qs;
            const QString first = target.section(u'/', 0, 0);
            if (!target.contains(u'/') || first == folder)
                continue;
            if (!appFolders.contains(first) || !mayInclude.contains(first))
                wrong << path + u": "_qs + target;
        }
    }
    QVERIFY2(files > 0, qPrintable(root));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestLayering::librariesReferNothingAbove_data()
{
    QTest::addColumn<QString>("library");
    QTest::addColumn<QStringList>("forbidden");
    // What each library may refer to is its own layer and those below it.
    const QList<std::pair<QString, QStringList>> allowed = {
        {u"model"_qs, {}},
        {u"script"_qs, {u"script"_qs}},
        {u"media"_qs, {}},
        {u"store"_qs, {u"script"_qs, u"store"_qs}},
        {u"render"_qs, {u"render"_qs}},
        {u"importing"_qs, {u"script"_qs, u"importing"_qs}},
        {u"spelling"_qs, {u"script"_qs, u"store"_qs, u"spelling"_qs}},
        {u"publish"_qs, {u"script"_qs, u"store"_qs, u"render"_qs, u"publish"_qs}},
        {u"style"_qs, {u"script"_qs, u"store"_qs, u"spelling"_qs, u"style"_qs}},
        {u"cli"_qs,
            {u"script"_qs, u"store"_qs, u"render"_qs, u"importing"_qs, u"spelling"_qs,
                u"publish"_qs, u"style"_qs, u"cli"_qs}},
    };
    for (const auto &[library, may] : allowed) {
        QStringList forbidden;
        for (const Marker &marker : kMarkers) {
            if (!may.contains(QString::fromLatin1(marker.library)))
                forbidden << QString::fromLatin1(marker.symbol);
        }
        QTest::newRow(qPrintable(library)) << library << forbidden;
    }
}

void TestLayering::librariesReferNothingAbove()
{
    QFETCH(QString, library);
    QFETCH(QStringList, forbidden);
    const QString archive =
        QStringLiteral(COPYDESK_BUILD_DIR "/app/%1/libcopydesk-%1.a").arg(library);
    QVERIFY2(QFileInfo::exists(archive), qPrintable(archive));
    QProcess nm;
    nm.start(u"nm"_qs, {u"-C"_qs, u"-u"_qs, archive});
    QVERIFY(nm.waitForFinished(60000));
    QCOMPARE(nm.exitCode(), 0);
    const QStringList undefined =
        QString::fromUtf8(nm.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(undefined.size() > 10, "nm listed no undefined symbols: is this the library?");
    QStringList wrong;
    for (const QString &line : undefined) {
        for (const QString &symbol : forbidden) {
            if (line.contains(symbol))
                wrong << line.trimmed();
        }
    }
    wrong.removeDuplicates();
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 20).join(u'\n')));
}

// The rule the before-stop hook and the README state: nothing under app/ includes the widgets
// or the web engine, whatever the include roots allow.
void TestLayering::theCoreNeverIncludesTheWidgets()
{
    static const QRegularExpression gui(
        uR"re(^\s*#\s*include\s+[<"](QtWidgets|QtWebEngine\w*|QWidget|QApplication|QWebEngine\w*|ui/))re"_qs,
        QRegularExpression::MultilineOption);
    QStringList wrong;
    for (QDirIterator it(sourceDir() + u"/app"_qs, {u"*.h"_qs, u"*.cpp"_qs}, QDir::Files,
             QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (gui.match(QString::fromUtf8(file.readAll())).hasMatch())
            wrong << path;
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
