// SPDX-License-Identifier: GPL-3.0-or-later
// Photos in the editor as a reporter uses them: added through the strip, dropped or pasted in
// the body, captioned, made the lead, reordered, removed, undone and redone, all of it in the
// store after the save (read back by a second connection and by `copydesk show --json`); a
// file that is no photo refused with its name and the reason; the preview showing the figure
// with the picture made from the stored original.
#include "editor/articledocument.h"
#include "editor/articlesaver.h"
#include "editor/bodyeditor.h"
#include "mainwindow.h"
#include "media/rendition.h"
#include "photos/photodesk.h"
#include "photos/photostrip.h"
#include "photos/windowphotos.h"
#include "preview/previewpane.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

using Copydesk::Photo;

namespace {

constexpr int kTimeout = 30000;

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// A real photo: a gradient with a disc, so each is different and compresses like one.
QString makePhoto(const QString &path, int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, colour);
    gradient.setColorAt(1, Qt::white);
    painter.fillRect(image.rect(), gradient);
    painter.setBrush(colour.darker());
    painter.drawEllipse(QPoint(width / 2, height / 2), width / 5, height / 5);
    painter.end();
    if (!image.save(path))
        return {};
    return path;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QList<Photo> mediaOf(ArticleDocument *document)
{
    return document->value(ArticleDocument::Media).value<QList<Photo>>();
}

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kTimeout))
        qWarning("script timed out: %s", qPrintable(script.left(200)));
    return result;
}

} // namespace

class TestPhotoEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addedThroughTheStripIsStored();
    void fieldEditsAreSavedAndUndone();
    void atMostOneLead();
    void reorderAndRemove();
    void droppedInTheBodyIsOneUndoStep();
    void pastedImageData();
    void refusedFileChangesNothing();
    void journalKeepsTheUnsavedPhoto();
    void previewShowsTheStoredPhoto();

private:
    void openWindow();
    bool saved();
    Article stored();
    PhotoStrip *strip() const { return m_window->findChild<PhotoStrip *>(); }

    QTemporaryDir m_dir;
    QString m_storePath;
    QString m_jpeg;
    QString m_png;
    QString m_text;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    PhotoDesk *m_desk = nullptr;
    QString m_articleId;
};

void TestPhotoEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_jpeg = makePhoto(m_dir.filePath(QStringLiteral("ferry-dawn.jpg")), 1200, 800, Qt::darkBlue);
    m_png = makePhoto(m_dir.filePath(QStringLiteral("harbour.png")), 600, 400, Qt::darkGreen);
    QVERIFY(!m_jpeg.isEmpty() && !m_png.isEmpty());
    m_text = m_dir.filePath(QStringLiteral("notes.jpg")); // named like a photo, and is not one
    QFile text(m_text);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Call the harbour master before noon.\n");
}

void TestPhotoEditor::init()
{
    static int n = 0;
    m_storePath = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    m_store = ArticleStore::open(m_storePath);
    Article article;
    article.headline = QStringLiteral("Ferry returns to the harbour");
    article.body = QStringLiteral("The ferry came back at dawn.\n\nCrowds waited on the quay.");
    m_articleId = m_store->create(article).id;
    QDir(RecoveryJournal::directory()).removeRecursively();
    EditorSettings::instance()->store().clear();
    openWindow();
}

void TestPhotoEditor::cleanup()
{
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
    m_window.reset();
    m_store.reset();
}

void TestPhotoEditor::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_desk = attachPhotos(m_window.get());
    m_window->restoreSession();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->saver()->setInterval(100);
    QCOMPARE(m_window->document()->id(), m_articleId);
}

bool TestPhotoEditor::saved()
{
    return m_window->saver()->flush() && !m_window->document()->isModified();
}

// What a second connection (as after a restart) reads.
Article TestPhotoEditor::stored()
{
    return ArticleStore::open(m_storePath)->get(m_articleId);
}

void TestPhotoEditor::addedThroughTheStripIsStored()
{
    QCOMPARE(strip()->rowCount(), 0);
    m_desk->addFiles({m_jpeg});
    QTRY_COMPARE_WITH_TIMEOUT(strip()->rowCount(), 1, kTimeout);
    PhotoRow *row = strip()->row(0);
    // The thumbnail is decoded off the GUI thread: the row is there before it is.
    QTRY_VERIFY_WITH_TIMEOUT(row->hasThumbnail(), kTimeout);
    QVERIFY(row->findChild<QLabel *>(QStringLiteral("thumbnail"))->pixmap().width()
        <= PhotoStrip::thumbnailSize().width());
    // No alt text in the file: the row says so, to the eye and to a screen reader.
    QVERIFY(row->isMarkedWithoutAlt());
    QVERIFY(row->accessibleDescription().contains(QStringLiteral("alt text")));

    QVERIFY(saved());
    const Article article = stored();
    QCOMPARE(article.media.size(), 1);
    const Photo &photo = article.media.first();
    const QByteArray original = fileBytes(m_jpeg);
    QCOMPARE(photo.sha256, sha256Of(original));
    QCOMPARE(photo.filename, QStringLiteral("ferry-dawn.jpg"));
    QCOMPARE(photo.mime, QStringLiteral("image/jpeg"));
    QCOMPARE(photo.width, 1200);
    QCOMPARE(photo.height, 800);
    QCOMPARE(ArticleStore::open(m_storePath)->photoData(photo.sha256), original);
    QVERIFY(!m_window->saver()->holdsOriginal(photo.sha256));

    // As the command line sees it.
    const TestSupport::Run show = TestSupport::runCli(
        m_storePath, {QStringLiteral("show"), m_articleId, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonArray media = show.json().object().value(QStringLiteral("media")).toArray();
    QCOMPARE(media.size(), 1);
    QCOMPARE(media.first().toObject().value(QStringLiteral("filename")).toString(),
        QStringLiteral("ferry-dawn.jpg"));

    // Undone before it was ever saved again: gone from the article, the strip and the store's
    // next revision.
    m_window->document()->undoStack()->undo();
    QCOMPARE(strip()->rowCount(), 0);
    QVERIFY(saved());
    QVERIFY(stored().media.isEmpty());
}

void TestPhotoEditor::fieldEditsAreSavedAndUndone()
{
    m_desk->addFiles({m_jpeg});
    QTRY_COMPARE_WITH_TIMEOUT(strip()->rowCount(), 1, kTimeout);
    PhotoRow *row = strip()->row(0);
    QUndoStack *stack = m_window->document()->undoStack();
    const int before = stack->index();

    typeText(row->captionEdit(), u"渡轮清晨返港"_qs);
    typeText(row->creditEdit(), u"张三"_qs);
    QTest::keyClicks(row->altEdit(), QStringLiteral("A white ferry at the quay"));
    QVERIFY(!row->isMarkedWithoutAlt());
    QVERIFY(row->accessibleDescription().isEmpty());
    // Typing in one field is one undo step a field.
    QCOMPARE(stack->index(), before + 3);

    QVERIFY(saved());
    Photo photo = stored().media.value(0);
    QCOMPARE(photo.caption, u"渡轮清晨返港"_qs);
    QCOMPARE(photo.credit, u"张三"_qs);
    QCOMPARE(photo.alt, QStringLiteral("A white ferry at the quay"));

    // Undo takes the alt text back whole, and the row shows it (and marks it again).
    stack->undo();
    QCOMPARE(mediaOf(m_window->document()).value(0).alt, QString());
    QCOMPARE(strip()->row(0)->altEdit()->text(), QString());
    QVERIFY(strip()->row(0)->isMarkedWithoutAlt());
    QCOMPARE(strip()->row(0)->creditEdit()->text(), u"张三"_qs);
    QVERIFY(saved());
    QCOMPARE(stored().media.value(0).alt, QString());
    QCOMPARE(stored().media.value(0).caption, u"渡轮清晨返港"_qs);
}

void TestPhotoEditor::atMostOneLead()
{
    m_desk->addFiles({m_jpeg, m_png});
    QTRY_COMPARE_WITH_TIMEOUT(strip()->rowCount(), 2, kTimeout);
    QTest::mouseClick(strip()->row(0)->leadBox(), Qt::LeftButton);
    QCOMPARE(mediaOf(m_window->document()).value(0).lead, true);
    QTest::mouseClick(strip()->row(1)->leadBox(), Qt::LeftButton);
    QList<Photo> media = mediaOf(m_window->document());
    QCOMPARE(media.value(0).lead, false);
    QCOMPARE(media.value(1).lead, true);
    QVERIFY(!strip()->row(0)->leadBox()->isChecked());
    QVERIFY(strip()->row(1)->leadBox()->isChecked());
    QVERIFY(saved());
    const Article article = stored();
    QCOMPARE(std::count_if(article.media.cbegin(), article.media.cend(),
                 [](const Photo &p) { return p.lead; }),
        1);
    QCOMPARE(Copydesk::leadPhoto(article.media)->filename, QStringLiteral("harbour.png"));

    // Unticked: no lead photo at all; undo makes the second the lead again.
    QTest::mouseClick(strip()->row(1)->leadBox(), Qt::LeftButton);
    QVERIFY(!Copydesk::leadPhoto(mediaOf(m_window->document())));
    m_window->document()->undoStack()->undo();
    QCOMPARE(Copydesk::leadPhoto(mediaOf(m_window->document()))->filename,
        QStringLiteral("harbour.png"));
}

void TestPhotoEditor::reorderAndRemove()
{
    m_desk->addFiles({m_jpeg, m_png});
    QTRY_COMPARE_WITH_TIMEOUT(strip()->rowCount(), 2, kTimeout);
    QVERIFY(!strip()->row(0)->moveUpButton()->isEnabled());
    QVERIFY(!strip()->row(1)->moveDownButton()->isEnabled());
    QTest::mouseClick(strip()->row(0)->moveDownButton(), Qt::LeftButton);
    QCOMPARE(strip()->row(0)->photo().filename, QStringLiteral("harbour.png"));
    QCOMPARE(strip()->row(1)->photo().filename, QStringLiteral("ferry-dawn.jpg"));
    QVERIFY(saved());
    QCOMPARE(stored().media.value(0).filename, QStringLiteral("harbour.png"));

    // Removing a photo the body shows takes the reference out with it, in one step.
    const QString id = strip()->row(1)->photo().id;
    m_window->document()->setValue(ArticleDocument::Body,
        QStringLiteral("The ferry came back at dawn.\n\n![](media:%1)\n\nCrowds waited.").arg(id));
    QUndoStack *stack = m_window->document()->undoStack();
    const int before = stack->index();
    QTest::mouseClick(strip()->row(1)->removeButton(), Qt::LeftButton);
    QCOMPARE(strip()->rowCount(), 1);
    QCOMPARE(m_window->document()->article().body,
        QStringLiteral("The ferry came back at dawn.\n\nCrowds waited."));
    QCOMPARE(stack->index(), before + 1);
    QVERIFY(saved());
    QCOMPARE(stored().media.size(), 1);
    stack->undo();
    QCOMPARE(strip()->rowCount(), 2);
    QVERIFY(m_window->document()->article().body.contains(QStringLiteral("(media:%1)").arg(id)));
}

void TestPhotoEditor::droppedInTheBodyIsOneUndoStep()
{
    BodyEditor *body = m_window->bodyEditor();
    QUndoStack *stack = m_window->document()->undoStack();
    const QString original = m_window->document()->article().body;
    const int before = stack->index();

    // Dropped at the end of the first paragraph.
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(m_png)});
    QTextCursor end(body->document());
    end.movePosition(QTextCursor::NextBlock);
    end.movePosition(QTextCursor::PreviousCharacter);
    const QPoint at = body->cursorRect(end).center() + QPoint(20, 0);
    QDragEnterEvent enter(at, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(mediaOf(m_window->document()).size(), 1, kTimeout);
    const QString id = mediaOf(m_window->document()).first().id;
    const QString expected = QStringLiteral(
        "The ferry came back at dawn.\n\n![](media:%1)\n\nCrowds waited on the quay.")
                                 .arg(id);
    QCOMPARE(m_window->document()->article().body, expected);
    QCOMPARE(strip()->rowCount(), 1);
    QCOMPARE(stack->index(), before + 1);

    QVERIFY(saved());
    QCOMPARE(stored().body, expected);
    QCOMPARE(stored().media.value(0).id, id);

    // Undo takes the photo and its reference together; redo brings both.
    stack->undo();
    QCOMPARE(m_window->document()->article().body, original);
    QVERIFY(mediaOf(m_window->document()).isEmpty());
    QCOMPARE(strip()->rowCount(), 0);
    stack->redo();
    QCOMPARE(m_window->document()->article().body, expected);
    QCOMPARE(mediaOf(m_window->document()).value(0).id, id);
    QCOMPARE(strip()->rowCount(), 1);
    stack->undo();
    QVERIFY(saved());
    QCOMPARE(stored().body, original);
    QVERIFY(stored().media.isEmpty());
}

void TestPhotoEditor::pastedImageData()
{
    BodyEditor *body = m_window->bodyEditor();
    body->moveCursor(QTextCursor::End);
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    auto *mime = new QMimeData;
    mime->setImageData(image);
    QGuiApplication::clipboard()->setMimeData(mime);
    body->paste();
    QTRY_COMPARE_WITH_TIMEOUT(mediaOf(m_window->document()).size(), 1, kTimeout);
    const Photo photo = mediaOf(m_window->document()).first();
    QCOMPARE(photo.mime, QStringLiteral("image/png"));
    QCOMPARE(photo.width, 320);
    QVERIFY(m_window->document()->article().body.endsWith(
        QStringLiteral("quay.\n\n![](media:%1)").arg(photo.id)));
    QVERIFY(saved());
    QCOMPARE(stored().media.value(0).sha256, photo.sha256);
    QVERIFY(ArticleStore::open(m_storePath)->hasPhoto(photo.sha256));
}

void TestPhotoEditor::refusedFileChangesNothing()
{
    const Article before = m_window->document()->article();
    const int steps = m_window->document()->undoStack()->count();
    m_desk->addFiles({m_text});
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<QMessageBox *>(QStringLiteral("photoRefused")), kTimeout);
    const QString message =
        m_window->findChild<QMessageBox *>(QStringLiteral("photoRefused"))->text();
    QVERIFY2(message.startsWith(QStringLiteral("notes.jpg: ")), qPrintable(message));
    QVERIFY2(message.size() > 14, qPrintable(message)); // and the reason
    QCOMPARE(m_window->document()->article(), before);
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QCOMPARE(strip()->rowCount(), 0);
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(stored().revision, before.revision);
}

void TestPhotoEditor::journalKeepsTheUnsavedPhoto()
{
    // The editor goes away (a crash) after the photo was added and before any save.
    m_window->saver()->setInterval(600000);
    m_desk->addFiles({m_png});
    QTRY_COMPARE_WITH_TIMEOUT(strip()->rowCount(), 1, kTimeout);
    const Photo photo = strip()->row(0)->photo();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(RecoveryJournal::pathFor(m_articleId)), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(RecoveryJournal::photoPath(photo.sha256)), kTimeout);
    m_window.reset(); // no close event: nothing is flushed
    QVERIFY(stored().media.isEmpty());
    QVERIFY(!ArticleStore::open(m_storePath)->hasPhoto(photo.sha256));

    // Started again: the journal is restored and saved, the original with it.
    openWindow();
    QCOMPARE(mediaOf(m_window->document()).value(0).sha256, photo.sha256);
    QVERIFY(saved());
    QCOMPARE(stored().media.value(0).sha256, photo.sha256);
    QCOMPARE(ArticleStore::open(m_storePath)->photoData(photo.sha256), fileBytes(m_png));
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(RecoveryJournal::photoPath(photo.sha256)), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(strip()->rowCount(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(strip()->row(0)->hasThumbnail(), kTimeout);
}

void TestPhotoEditor::previewShowsTheStoredPhoto()
{
    m_desk->addFiles({m_jpeg});
    QTRY_COMPARE_WITH_TIMEOUT(strip()->rowCount(), 1, kTimeout);
    const QString id = strip()->row(0)->photo().id;
    m_window->document()->setValue(ArticleDocument::Body,
        m_window->document()->article().body + QStringLiteral("\n\n![](media:%1)").arg(id));
    QVERIFY(saved());
    m_window->saver()->setInterval(60000); // what the page shows now is what is stored

    PreviewPane *preview = m_window->previewPane();
    QTRY_VERIFY_WITH_TIMEOUT(preview->shownHtml().contains(QStringLiteral("<figure")), kTimeout);
    QVERIFY(preview->shownHtml().contains(QStringLiteral("<img")));
    QWebEnginePage *page = preview->view()->page();
    // Photos in the body load lazily: bring it into view, as a reader scrolling down would.
    evaluate(page, QStringLiteral("document.querySelector('figure img').scrollIntoView()"));
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page,
            QStringLiteral("(() => { const i = document.querySelector('figure img');"
                           " return i ? i.complete && i.naturalWidth : -1; })()"))
                .toInt()
            > 0,
        kTimeout);

    // The picture is the one the publisher would make from the store's original.
    const QString source =
        evaluate(page, QStringLiteral("document.querySelector('figure img').currentSrc"))
            .toString();
    QVERIFY2(source.contains(QStringLiteral("/media/v1-")), qPrintable(source));
    // Its pixels, as the page decoded them: the rendition's size, and the colour of the
    // original where the disc's edge is not.
    evaluate(page,
        QStringLiteral(
            "window.probe = null; createImageBitmap(document.querySelector('figure img'))"
            ".then(b => { const c = document.createElement('canvas');"
            " c.width = b.width; c.height = b.height; const g = c.getContext('2d');"
            " g.drawImage(b, 0, 0);"
            " const p = g.getImageData(b.width / 8 | 0, b.height / 8 | 0, 1, 1).data;"
            " window.probe = [b.width, b.height, p[0], p[1], p[2]].join(','); })"
            ".catch(e => { window.probe = String(e); }); 0"));
    QTRY_VERIFY_WITH_TIMEOUT(!evaluate(page, QStringLiteral("window.probe")).isNull(), kTimeout);
    const QStringList probe = evaluate(page, QStringLiteral("window.probe")).toString().split(u',');
    QCOMPARE(probe.size(), 5);
    const QString name = QUrl(source).fileName(); // v1-<hash>-<width>.<ext>
    const int width = name.section(u'-', 2).section(u'.', 0, 0).toInt();
    const Photo photo = stored().media.first();
    QVERIFY(name.startsWith(QStringLiteral("v1-") + photo.sha256.left(20)));
    QCOMPARE(probe.at(0).toInt(), width);
    QCOMPARE(probe.at(1).toInt(), Copydesk::renditionHeight(photo.width, photo.height, width));
    QImage original;
    QVERIFY(original.loadFromData(ArticleStore::open(m_storePath)->photoData(photo.sha256)));
    const QColor expected = original.pixelColor(original.width() / 8, original.height() / 8);
    for (int c = 0; c < 3; ++c) {
        const int wanted = c == 0 ? expected.red() : c == 1 ? expected.green() : expected.blue();
        QVERIFY2(qAbs(probe.at(2 + c).toInt() - wanted) <= 12,
            qPrintable(probe.join(u',') + QStringLiteral(" vs ") + expected.name()));
    }
}

QTEST_MAIN(TestPhotoEditor)
#include "tst_photoeditor.moc"
