// SPDX-License-Identifier: GPL-3.0-or-later
// The editor window as a reporter uses it: typing into every field reaches the store, undo and
// redo run across the whole article, the counts, the list's filters and search, start-up, and
// what a SIGKILL in mid-sentence leaves (the real binary, killed and started again).
#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/articleform.h"
#include "editor/articlesaver.h"
#include "editor/bodyeditor.h"
#include "editor/bylineseditor.h"
#include "editor/dateedit.h"
#include "editor/findreplacebar.h"
#include "editor/singlelinetextedit.h"
#include "editor/tagsedit.h"
#include "history/historypanel.h"
#include "history/worddiff.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "settings/translations.h"
#include "store/articlestore.h"
#include "store/demonewsroom.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

namespace {

// Types like a keyboard (or an input method) would: one key event per character, text only,
// so CJK characters work too (QTest::keyClicks cannot type them).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Commits `text` the way an input method does after composing it.
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingPersists_data();
    void typingPersists();
    void undoRedoAcrossFields();
    void counts_data();
    void counts();
    void targetLengthShowsUnderAndOver();
    void listFilterAndSearch();
    void listFetchesLazily();
    void listSortsAcrossPages();
    void emptyStoreStartsUntitled();
    void restoresLastArticleAndCursor();
    void failedSaveKeepsModified();
    void conflictIsShownAndNothingOverwritten();
    void journalIsRestored();
    void findAndReplace();
    void replaceIsCtrlH();
    void formattingOnlyInTheBody();
    void saveLandingAfterUndoIsNotSaved();
    void flushAfterTheAnswerIsQueued();
    void revisionsRecordTheSettingsName();
    void crashLosesAtMostTwoSeconds();
    void diffTokens_data();
    void diffTokens();
    void wordDiff_data();
    void wordDiff();
    void historyComparesAndReverts();
    void translations_data();
    void translations();

private:
    std::unique_ptr<MainWindow> openWindow();
    Article storedArticle();

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<ArticleStore> m_store;
    QString m_articleId;
};

void TestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestEditor::init()
{
    static int n = 0;
    m_storePath = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    m_store = ArticleStore::open(m_storePath);
    Article article;
    article.headline = QStringLiteral("Council votes on the budget");
    article.body = QStringLiteral("The council met on Tuesday.");
    m_articleId = m_store->create(article).id;
    QDir(RecoveryJournal::directory()).removeRecursively();
    EditorSettings::instance()->store().clear();
}

void TestEditor::cleanup()
{
    m_store.reset();
}

std::unique_ptr<MainWindow> TestEditor::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_store.get());
    window->setAttribute(Qt::WA_DontShowOnScreen, false);
    window->restoreSession();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->saver()->setInterval(200);
    return window;
}

// What a second connection (as after a restart) reads from the store.
Article TestEditor::storedArticle()
{
    auto reopened = ArticleStore::open(m_storePath);
    return reopened->get(m_articleId);
}

void TestEditor::typingPersists_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("jsonKey");
    QTest::addColumn<QString>("expected");

    QTest::newRow("headline") << "headline" << u" 预算"_qs << "headline"
                              << u"Council votes on the budget 预算"_qs;
    QTest::newRow("deck") << "deck"
                          << "Spending rises 4%"
                          << "deck"
                          << "Spending rises 4%";
    QTest::newRow("body") << "body" << u" 市领导现场督办。"_qs << "body"
                          << u"The council met on Tuesday. 市领导现场督办。"_qs;
    QTest::newRow("byline name")
        << "byline" << u"杨丹丹"_qs << "bylines"
        << u"[{\"affiliation\":\"\",\"name\":\"杨丹丹\",\"role\":\"\"}]"_qs;
    QTest::newRow("dateline place") << "place"
                                    << "HUAI'AN"
                                    << "dateline.place"
                                    << "HUAI'AN";
    QTest::newRow("dateline date") << "date" << u"11月24日"_qs << "dateline.date" << u"11月24日"_qs;
    QTest::newRow("dateline source")
        << "source" << u"新华社"_qs << "dateline.source" << u"新华社"_qs;
    QTest::newRow("section") << "section"
                             << "Local"
                             << "section"
                             << "Local";
    QTest::newRow("tags") << "tags" << u"预算，council"_qs << "tags"
                          << u"[\"预算\",\"council\"]"_qs;
    QTest::newRow("target length") << "target"
                                   << "600"
                                   << "target_length"
                                   << "600";
    QTest::newRow("status") << "status"
                            << "down"
                            << "status"
                            << "edit";
    QTest::newRow("language") << "language"
                              << "down"
                              << "language"
                              << "zh-Hans";
}

void TestEditor::typingPersists()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, jsonKey);
    QFETCH(QString, expected);

    auto window = openWindow();
    QVERIFY(window);
    ArticleForm *form = window->articleForm();
    QWidget *target = nullptr;
    if (field == u"headline")
        target = form->headlineEdit();
    else if (field == u"deck")
        target = form->deckEdit();
    else if (field == u"body")
        target = window->bodyEditor();
    else if (field == u"byline")
        target = form->bylinesEditor()->findChild<QLineEdit *>();
    else if (field == u"place")
        target = form->datelinePlaceEdit();
    else if (field == u"date")
        target = form->datelineDateEdit();
    else if (field == u"source")
        target = form->datelineSourceEdit();
    else if (field == u"section")
        target = form->sectionBox()->lineEdit();
    else if (field == u"tags")
        target = form->tagsEdit();
    else if (field == u"target")
        target = form->targetLengthBox();
    else if (field == u"status")
        target = form->statusBox();
    else if (field == u"language")
        target = form->languageBox();
    QVERIFY(target);
    target->setFocus();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(target))
        plain->moveCursor(QTextCursor::End);
    if (typed == u"down") {
        QTest::keyClick(target, Qt::Key_Down);
    } else if (auto *spin = qobject_cast<QSpinBox *>(target)) {
        spin->selectAll();
        QTest::keyClicks(spin, typed);
    } else {
        typeText(target, typed);
    }
    if (field == u"tags")
        QTest::keyClick(target, Qt::Key_Return); // the last tag is committed on Return
    QVERIFY(window->document()->isModified());
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QVERIFY(!window->document()->isModified());
    QVERIFY(!window->isWindowModified());
    QCOMPARE(window->saveStateText(), QStringLiteral("Saved"));

    const QJsonObject json = storedArticle().toJson();
    QJsonValue value = json;
    for (const QString &key : jsonKey.split(u'.'))
        value = value.toObject().value(key);
    QString actual;
    if (value.isString())
        actual = value.toString();
    else if (value.isDouble())
        actual = QString::number(value.toInt());
    else
        actual = QString::fromUtf8(value.isArray()
                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    QCOMPARE(actual, expected);
    QCOMPARE(storedArticle().revision, 2);
}

void TestEditor::undoRedoAcrossFields()
{
    auto window = openWindow();
    QVERIFY(window);
    ArticleDocument *doc = window->document();
    QUndoStack *stack = doc->undoStack();

    window->headlineEdit()->setFocus();
    window->headlineEdit()->moveCursor(QTextCursor::End);
    typeText(window->headlineEdit(), QStringLiteral(" today"));
    window->bodyEditor()->setFocus();
    window->bodyEditor()->moveCursor(QTextCursor::End);
    typeText(window->bodyEditor(), u" 会议持续两小时。"_qs);
    window->articleForm()->datelinePlaceEdit()->setFocus();
    typeText(window->articleForm()->datelinePlaceEdit(), QStringLiteral("LONDON"));
    window->deckEdit()->setFocus();
    commitText(window->deckEdit(), u"预算增加"_qs);

    const Article edited = doc->article();
    QCOMPARE(edited.headline, QStringLiteral("Council votes on the budget today"));
    QCOMPARE(edited.body, u"The council met on Tuesday. 会议持续两小时。"_qs);
    QCOMPARE(edited.dateline.place, QStringLiteral("LONDON"));
    QCOMPARE(edited.deck, u"预算增加"_qs);
    // Typing merges: one step per field.
    QCOMPARE(stack->count(), 4);

    // Ctrl+Z from inside a text field goes to the article's undo stack, not the field's own.
    QTest::keySequence(window->deckEdit(), QKeySequence::Undo);
    QCOMPARE(doc->article().deck, QString());
    stack->undo();
    QCOMPARE(doc->article().dateline.place, QString());
    QCOMPARE(window->articleForm()->datelinePlaceEdit()->text(), QString());
    stack->undo();
    QCOMPARE(doc->article().body, QStringLiteral("The council met on Tuesday."));
    QCOMPARE(window->bodyEditor()->toPlainText(), QStringLiteral("The council met on Tuesday."));
    stack->undo();
    QCOMPARE(doc->article().headline, QStringLiteral("Council votes on the budget"));
    QVERIFY(!doc->isModified()); // back to what the store holds
    QVERIFY(!window->isWindowModified());

    stack->redo();
    stack->redo();
    QCOMPARE(doc->article().headline, QStringLiteral("Council votes on the budget today"));
    QCOMPARE(
        window->bodyEditor()->toPlainText(), u"The council met on Tuesday. 会议持续两小时。"_qs);
    QVERIFY(doc->isModified());
    QVERIFY(window->windowTitle().contains(QStringLiteral("Council votes on the budget today")));
    QTest::keySequence(window->bodyEditor(), QKeySequence::Redo);
    QCOMPARE(window->articleForm()->datelinePlaceEdit()->text(), QStringLiteral("LONDON"));

    // The store gets the redone state.
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    const Article stored = storedArticle();
    QCOMPARE(stored.headline, QStringLiteral("Council votes on the budget today"));
    QCOMPARE(stored.dateline.place, QStringLiteral("LONDON"));
    QCOMPARE(stored.deck, QString());
}

void TestEditor::counts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("cjk");
    QTest::addColumn<QString>("shown");

    QTest::newRow("en") << "en"
                        << "The council voted **eight to one** on Tuesday." << 8 << 0 << "Words: 8";
    QTest::newRow("en hyphenated") << "en"
                                   << "A late-night 7-2 win." << 4 << 0 << "Words: 4";
    QTest::newRow("en with chinese")
        << "en" << u"The 市领导 came."_qs << 2 << 3 << "Words: 2 · CJK chars: 3";
    // A Chinese story shows the print desk's 字数: punctuation and digits count.
    QTest::newRow("zh") << "zh-Hans" << u"市领导现场督办，问题当天解决。"_qs << 0 << 13
                        << u"字数: 15"_qs;
    QTest::newRow("zh digits") << "zh-Hans" << u"12月3日电（记者王小明）"_qs << 2 << 8
                               << u"字数: 13"_qs;
    QTest::newRow("mixed") << "zh-Hans" << u"市领导现场督办 and the council voted."_qs << 4 << 7
                           << u"字数: 7"_qs;
}

void TestEditor::counts()
{
    QFETCH(QString, language);
    QFETCH(QString, body);
    QFETCH(int, words);
    QFETCH(int, cjk);
    QFETCH(QString, shown);

    auto window = openWindow();
    QVERIFY(window);
    window->document()->setValue(ArticleDocument::Language, language);
    window->bodyEditor()->selectAll();
    window->bodyEditor()->setFocus();
    QTest::keyClick(window->bodyEditor(), Qt::Key_Delete);
    typeText(window->bodyEditor(), body);
    QCOMPARE(window->document()->article().body, body);
    const TextCounts counts = window->document()->article().counts();
    QCOMPARE(counts.words, words);
    QCOMPARE(counts.cjkChars, cjk);
    QTRY_COMPARE(window->countsText(), shown);
}

void TestEditor::targetLengthShowsUnderAndOver()
{
    auto window = openWindow();
    QVERIFY(window);
    // "The council met on Tuesday." is 5 words.
    window->document()->setValue(ArticleDocument::TargetLength, 8);
    QTRY_COMPARE(window->countsText(), QStringLiteral("Words: 5 / 8 words (3 under)"));
    window->document()->setValue(ArticleDocument::TargetLength, 3);
    QTRY_COMPARE(window->countsText(), QStringLiteral("Words: 5 / 3 words (2 over)"));

    // A Chinese story's target is compared with the 字数 shown, punctuation included.
    window->document()->setValue(ArticleDocument::Language, QStringLiteral("zh-Hans"));
    window->document()->setValue(ArticleDocument::Body, u"市领导现场督办，问题当天解决。"_qs);
    window->document()->setValue(ArticleDocument::TargetLength, 15);
    QTRY_COMPARE(window->countsText(), u"字数: 15 / 15 chars"_qs);
    window->document()->setValue(ArticleDocument::TargetLength, 20);
    QTRY_COMPARE(window->countsText(), u"字数: 15 / 20 chars (5 under)"_qs);
}

void TestEditor::listFilterAndSearch()
{
    m_store->purge(m_articleId);
    QVERIFY(loadDemoNewsroom(*m_store) > 0);
    auto window = openWindow();
    QVERIFY(window);
    ArticleListPane *pane = window->articleList();
    ArticleListModel *model = pane->model();
    QCOMPARE(model->rowCount(), m_store->count());

    // Status filter.
    QComboBox *status = pane->statusFilter();
    status->setCurrentIndex(status->findData(int(ArticleStatus::Published)));
    emit status->activated(status->currentIndex());
    ArticleQuery published;
    published.status = ArticleStatus::Published;
    QCOMPARE(model->rowCount(), m_store->count(published));
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, ArticleListModel::StatusColumn).data().toString(),
            ArticleForm::statusLabel(ArticleStatus::Published));
    }
    status->setCurrentIndex(0);
    emit status->activated(0);

    // Section filter.
    QComboBox *section = pane->sectionFilter();
    const int sport = section->findData(QStringLiteral("体育"));
    QVERIFY(sport > 0);
    section->setCurrentIndex(sport);
    emit section->activated(sport);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ArticleListModel::SectionColumn).data().toString(), u"体育"_qs);
    section->setCurrentIndex(0);
    emit section->activated(0);

    // Live search: typing in the box is enough.
    pane->searchEdit()->setFocus();
    QTest::keyClicks(pane->searchEdit(), QStringLiteral("tea"));
    QTRY_COMPARE(model->searchText(), QStringLiteral("tea"));
    QVERIFY(model->rowCount() >= 1);
    const QList<SearchHit> hits = m_store->search(QStringLiteral("tea"));
    QCOMPARE(model->rowCount(), int(hits.size()));
    QCOMPARE(model->idAt(0), hits.first().article.id);

    pane->searchEdit()->clear();
    typeText(pane->searchEdit(), u"市"_qs);
    QTRY_COMPARE(model->searchText(), u"市"_qs);
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->rowCount(), int(m_store->search(u"市"_qs).size()));

    // Activating a row opens it.
    pane->searchEdit()->clear();
    QTRY_COMPARE(model->rowCount(), m_store->count());
    const QString other = model->idAt(model->rowCount() - 1);
    emit pane->articleActivated(other);
    QCOMPARE(window->document()->id(), other);
}

void TestEditor::listFetchesLazily()
{
    for (int i = 0; i < ArticleListModel::PageSize + 50; ++i) {
        Article a;
        a.headline = QStringLiteral("Story %1").arg(i);
        m_store->create(a);
    }
    ArticleListModel model(m_store.get());
    QCOMPARE(model.rowCount(), ArticleListModel::PageSize);
    QCOMPARE(model.totalCount(), ArticleListModel::PageSize + 51);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ArticleListModel::PageSize + 51);
    QVERIFY(!model.canFetchMore({}));
}

void TestEditor::listSortsAcrossPages()
{
    // More stories than a page; the first headline alphabetically is among the oldest, so a
    // sort of the fetched rows alone would miss it.
    m_store->purge(m_articleId);
    for (int i = 0; i < ArticleListModel::PageSize + 50; ++i) {
        Article a;
        a.headline = QStringLiteral("Story %1").arg(1000 + i);
        a.body = QString(QStringLiteral("word ")).repeated(i % 17 + 1);
        m_store->create(a);
    }
    Article oldest;
    oldest.headline = QStringLiteral("aardvark escapes the zoo");
    oldest.created = QDateTime::currentDateTimeUtc().addDays(-30);
    m_store->create(oldest);
    Article longest;
    longest.headline = QStringLiteral("Zoo keepers speak");
    longest.language = QStringLiteral("zh-Hans");
    longest.body = QString(QStringLiteral("动物园")).repeated(20);
    m_store->create(longest);

    {
        ArticleListPane pane(m_store.get());
        pane.show();
        QTreeView *view = pane.view();
        ArticleListModel *model = pane.model();
        // The header, as a reporter clicks it: ascending by headline.
        view->header()->setSortIndicator(ArticleListModel::HeadlineColumn, Qt::AscendingOrder);
        QCOMPARE(model->rowCount(), ArticleListModel::PageSize);
        QCOMPARE(model->data(model->index(0, ArticleListModel::HeadlineColumn)).toString(),
            QStringLiteral("aardvark escapes the zoo"));
        QCOMPARE(model->data(model->index(1, ArticleListModel::HeadlineColumn)).toString(),
            QStringLiteral("Story 1000"));
        view->header()->setSortIndicator(ArticleListModel::HeadlineColumn, Qt::DescendingOrder);
        QCOMPARE(model->data(model->index(0, ArticleListModel::HeadlineColumn)).toString(),
            QStringLiteral("Zoo keepers speak"));
        // Length: Chinese copy by characters (60), English by words (at most 17).
        view->header()->setSortIndicator(ArticleListModel::LengthColumn, Qt::DescendingOrder);
        QCOMPARE(model->data(model->index(0, ArticleListModel::HeadlineColumn)).toString(),
            QStringLiteral("Zoo keepers speak"));
        QCOMPARE(
            model->data(model->index(1, ArticleListModel::LengthColumn), ArticleListModel::SortRole)
                .toInt(),
            17);
        // Every page follows the same order.
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), ArticleListModel::PageSize + 52);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model
                        ->data(model->index(row - 1, ArticleListModel::LengthColumn),
                            ArticleListModel::SortRole)
                        .toInt()
                >= model
                       ->data(model->index(row, ArticleListModel::LengthColumn),
                           ArticleListModel::SortRole)
                       .toInt());
    }
}

void TestEditor::emptyStoreStartsUntitled()
{
    m_store->purge(m_articleId);
    QCOMPARE(m_store->count(), 0);
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->document()->revision(), 0);
    QVERIFY(window->document()->article().headline.isEmpty());
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("Copydesk — Untitled")));
    window->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window->headlineEdit()));

    // A reporter can start typing at once; the article is stored on the first save.
    typeText(QApplication::focusWidget(), u"暴雨来袭"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QCOMPARE(m_store->count(), 1);
    m_articleId = window->document()->id();
    QCOMPARE(storedArticle().headline, u"暴雨来袭"_qs);
    QCOMPARE(window->document()->revision(), 1);
}

void TestEditor::restoresLastArticleAndCursor()
{
    Article second;
    second.headline = QStringLiteral("Second story");
    second.body = QStringLiteral("Line one.\nLine two is here.");
    const QString secondId = m_store->create(second).id;
    {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->openArticle(secondId));
        window->bodyEditor()->setCursorPosition(15);
        window->close();
    }
    // The first article is newer in the list, but the last one open wins.
    Article touched = m_store->get(m_articleId);
    touched.notes = QStringLiteral("touched");
    m_store->save(touched);
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->document()->id(), secondId);
    QCOMPARE(window->bodyEditor()->textCursor().position(), 15);
}

void TestEditor::failedSaveKeepsModified()
{
    auto window = openWindow();
    QVERIFY(window);
    // The store refuses what breaks its rules; the editor must not claim it saved.
    window->document()->setValue(ArticleDocument::Language, QStringLiteral("not a language"));
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Failed, 15000);
    QVERIFY(window->document()->isModified());
    QVERIFY(window->isWindowModified());
    QVERIFY2(window->saveStateText().contains(QStringLiteral("BCP 47")),
        qPrintable(window->saveStateText()));
    QCOMPARE(storedArticle().revision, 1);
    // The edits are safe in the journal meanwhile.
    QTRY_VERIFY(QFile::exists(RecoveryJournal::pathFor(m_articleId)));
    // Fixing it saves.
    window->document()->setValue(ArticleDocument::Language, QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QTRY_VERIFY(!QFile::exists(RecoveryJournal::pathFor(m_articleId)));
}

void TestEditor::conflictIsShownAndNothingOverwritten()
{
    auto window = openWindow();
    QVERIFY(window);
    QSignalSpy conflicts(window->saver(), &ArticleSaver::conflictDetected);
    // Someone else saves first.
    Article theirs = m_store->get(m_articleId);
    theirs.headline = QStringLiteral("Their headline");
    m_store->save(theirs);

    window->bodyEditor()->moveCursor(QTextCursor::End);
    typeText(window->bodyEditor(), QStringLiteral(" Mine."));
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Conflict, 15000);
    QCOMPARE(conflicts.count(), 1);
    QVERIFY(window->document()->isModified());
    QCOMPARE(window->saveStateText(), QStringLiteral("Conflict: not saved"));
    const Article stored = storedArticle();
    QCOMPARE(stored.headline, QStringLiteral("Their headline"));
    QCOMPARE(stored.body, QStringLiteral("The council met on Tuesday."));

    // The resolution hook: keep mine over their revision.
    window->saver()->resumeAfterConflict(stored.revision);
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QCOMPARE(storedArticle().body, QStringLiteral("The council met on Tuesday. Mine."));
}

void TestEditor::journalIsRestored()
{
    // What a crash leaves: a journal made on the stored revision.
    Article crashed = m_store->get(m_articleId);
    crashed.body += QStringLiteral(" Unsaved sentence.");
    crashed.dateline.place = QStringLiteral("NANJING");
    QDir().mkpath(RecoveryJournal::directory());
    QFile file(RecoveryJournal::pathFor(m_articleId));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(RecoveryJournal::serialize(crashed));
    file.close();

    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->document()->id(), m_articleId);
    QCOMPARE(window->document()->article().body, crashed.body);
    QCOMPARE(window->articleForm()->datelinePlaceEdit()->text(), QStringLiteral("NANJING"));
    QVERIFY(window->document()->isModified());
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QCOMPARE(storedArticle().body, crashed.body);
    QTRY_VERIFY(!QFile::exists(RecoveryJournal::pathFor(m_articleId)));

    // A journal older than the store is stale and dropped.
    Article stale = storedArticle();
    stale.revision = 1;
    stale.body = QStringLiteral("stale");
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(RecoveryJournal::serialize(stale));
    file.close();
    window.reset();
    window = openWindow();
    QCOMPARE(window->document()->article().body, crashed.body);
    QVERIFY(!window->document()->isModified());
    QVERIFY(!QFile::exists(RecoveryJournal::pathFor(m_articleId)));
}

void TestEditor::findAndReplace()
{
    auto window = openWindow();
    QVERIFY(window);
    window->document()->setValue(
        ArticleDocument::Body, QStringLiteral("The council met. The council voted."));
    const int before = window->document()->undoStack()->count();
    window->bodyEditor()->setFocus();
    QTest::keySequence(window.get(), QKeySequence::Replace);
    auto *bar = window->findBar();
    QTRY_VERIFY(bar->isVisible());
    auto edits = bar->findChildren<QLineEdit *>();
    QVERIFY(edits.size() >= 2);
    edits[0]->setText(QStringLiteral("council"));
    edits[1]->setText(QStringLiteral("board"));
    // The headline ("Council votes on the budget") is part of the story searched.
    QCOMPARE(bar->replaceAll(), 3);
    QCOMPARE(window->document()->article().body, QStringLiteral("The board met. The board voted."));
    QCOMPARE(window->document()->article().headline, QStringLiteral("board votes on the budget"));
    QCOMPARE(window->document()->undoStack()->count(), before + 1); // one step
    window->document()->undoStack()->undo();
    QCOMPARE(
        window->document()->article().body, QStringLiteral("The council met. The council voted."));
    QCOMPARE(window->document()->article().headline, QStringLiteral("Council votes on the budget"));
}

void TestEditor::replaceIsCtrlH()
{
    auto window = openWindow();
    QVERIFY(window);
    window->bodyEditor()->setFocus();
    QTest::keyClick(window->bodyEditor(), Qt::Key_H, Qt::ControlModifier);
    auto *bar = window->findBar();
    QTRY_VERIFY(bar->isVisible());
    const auto edits = bar->findChildren<QLineEdit *>();
    QVERIFY(edits.size() >= 2);
    QVERIFY(edits[1]->isVisible()); // the replace field, not just find
}

void TestEditor::formattingOnlyInTheBody()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString body = window->document()->article().body;
    const QString headline = window->document()->article().headline;

    // Ctrl+B in the headline is not an edit of the body (the headline is plain text).
    window->headlineEdit()->setFocus();
    QTRY_VERIFY(window->headlineEdit()->hasFocus());
    QTest::keySequence(window->headlineEdit(), QKeySequence::Bold);
    QTest::keySequence(window->headlineEdit(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QCOMPARE(window->document()->article().body, body);
    QCOMPARE(window->document()->article().headline, headline);

    // In the body it formats the selection.
    window->bodyEditor()->setFocus();
    QTRY_VERIFY(window->bodyEditor()->hasFocus());
    QTextCursor cursor = window->bodyEditor()->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::PreviousWord, QTextCursor::KeepAnchor);
    cursor.movePosition(QTextCursor::PreviousWord, QTextCursor::KeepAnchor);
    window->bodyEditor()->setTextCursor(cursor);
    QTest::keySequence(window->bodyEditor(), QKeySequence::Bold);
    QVERIFY2(window->document()->article().body.contains(u"**"),
        qPrintable(window->document()->article().body));
}

void TestEditor::saveLandingAfterUndoIsNotSaved()
{
    // A save is on its way with the typed sentence when the reporter undoes it: the store ends
    // up holding the sentence, so the editor, back at its old clean state, is not "saved".
    ArticleDocument document(m_store->get(m_articleId));
    QTextCursor cursor(document.textDocument(ArticleDocument::Body));
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral(" Then it adjourned."));
    QVERIFY(document.isModified());
    const quint64 saving = document.generation();
    const Article written = m_store->save(document.article());
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(document.article().body, QStringLiteral("The council met on Tuesday."));

    document.markStored(written, saving);
    QVERIFY(document.isModified());
    QCOMPARE(document.revision(), written.revision);

    // The saver then writes what the editor shows.
    ArticleSaver saver(m_storePath);
    saver.setDocument(&document);
    QVERIFY(saver.flush());
    QCOMPARE(storedArticle().body, QStringLiteral("The council met on Tuesday."));
    QVERIFY(!document.isModified());
    saver.setDocument(nullptr);
}

void TestEditor::flushAfterTheAnswerIsQueued()
{
    // The reporter switches stories just as an autosave lands: the writer's answer is queued
    // but not yet taken when flush() starts. flush() used to wait for a second answer that
    // never came (the spellingui story-switching test hung at its timeout under load).
    ArticleDocument document(m_store->get(m_articleId));
    ArticleSaver saver(m_storePath);
    saver.setInterval(0);
    saver.setDocument(&document);
    QTextCursor cursor(document.textDocument(ArticleDocument::Body));
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral(" Then it adjourned."));
    QDeadlineTimer deadline(10000);
    while (saver.state() != ArticleSaver::Saving && !deadline.hasExpired())
        QCoreApplication::processEvents();
    QCOMPARE(saver.state(), ArticleSaver::Saving);
    // The write lands and its answer is posted while this thread looks at no events.
    while (storedArticle().revision < 2 && !deadline.hasExpired())
        QThread::msleep(10);
    QCOMPARE(storedArticle().revision, 2);
    QThread::msleep(100);

    // Should flush() wait for nothing, another edit (and its save) wakes it up.
    bool woken = false;
    QTimer::singleShot(5000, &document, [&] {
        woken = true;
        cursor.insertText(QStringLiteral(" Later."));
    });
    QVERIFY(saver.flush());
    QVERIFY2(!woken, "flush() waited for an answer it had already been given");
    QCOMPARE(
        storedArticle().body, QStringLiteral("The council met on Tuesday. Then it adjourned."));
    saver.setDocument(nullptr);
}

void TestEditor::revisionsRecordTheSettingsName()
{
    EditorSettings::instance()->setUserName(QStringLiteral("杨丹丹"));
    const auto restore = qScopeGuard([] { EditorSettings::instance()->setUserName({}); });
    auto window = openWindow();
    QVERIFY(window);
    window->bodyEditor()->setFocus();
    window->bodyEditor()->moveCursor(QTextCursor::End);
    typeText(window->bodyEditor(), QStringLiteral(" More."));
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    const QList<RevisionInfo> history = ArticleStore::open(m_storePath)->history(m_articleId);
    QVERIFY(!history.isEmpty());
    auto newest = std::max_element(history.cbegin(), history.cend(),
        [](const RevisionInfo &a, const RevisionInfo &b) { return a.revision < b.revision; });
    QCOMPARE(newest->revision, 2);
    QCOMPARE(newest->savedBy, QStringLiteral("杨丹丹"));
}

void TestEditor::crashLosesAtMostTwoSeconds()
{
    // The real binary with a home of its own (journal and settings), typing steadily.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_store.reset(); // the child writes; we read afterwards

    const QString sentence = u"Reporters file copy. 记者现场采访，市民反映问题。 "_qs;
    QString text;
    while (text.size() < 2000)
        text += sentence;
    const int pace = 40; // ms per character: 25 characters a second
    QProcess typing;
    QProcessEnvironment typingEnv = env;
    typingEnv.insert(QStringLiteral("COPYDESK_TEST_TYPE"), text);
    typingEnv.insert(QStringLiteral("COPYDESK_TEST_TYPE_MS"), QString::number(pace));
    typing.setProcessEnvironment(typingEnv);
    typing.start(TestSupport::binary(), {QStringLiteral("--store"), m_storePath});
    QVERIFY(typing.waitForStarted());

    // Let it type (and save some of it) for a while, then kill it in mid-sentence.
    int typed = 0;
    QByteArray pending;
    auto readTyped = [&] {
        pending += typing.readAllStandardOutput();
        while (true) {
            const qsizetype newline = pending.indexOf('\n');
            if (newline < 0)
                break;
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.startsWith("typed "))
                typed = line.mid(6).toInt();
        }
    };
    QElapsedTimer clock;
    clock.start();
    while (typed < 150 && clock.elapsed() < 120000) {
        typing.waitForReadyRead(1000);
        readTyped();
    }
    QVERIFY2(typed >= 150, "the app did not type");
    typing.kill(); // SIGKILL
    QVERIFY(typing.waitForFinished(10000));
    readTyped();
    QCOMPARE(typing.exitStatus(), QProcess::CrashExit);

    // Start again: the window shows what was recovered and saves it.
    QProcess restart;
    QProcessEnvironment restartEnv = env;
    restartEnv.insert(QStringLiteral("COPYDESK_TEST_PRINT"), QStringLiteral("1"));
    restart.setProcessEnvironment(restartEnv);
    restart.start(TestSupport::binary(), {QStringLiteral("--store"), m_storePath});
    QVERIFY(restart.waitForFinished(120000));
    QCOMPARE(restart.exitCode(), 0);
    const QJsonObject printed =
        QJsonDocument::fromJson(restart.readAllStandardOutput().trimmed()).object();
    const QString prefix = QStringLiteral("The council met on Tuesday.");
    const QString recovered = printed.value(QStringLiteral("article"))
                                  .toObject()
                                  .value(QStringLiteral("body"))
                                  .toString();
    QVERIFY2(recovered.startsWith(prefix), qPrintable(recovered.left(80)));
    const QString recoveredTyping = recovered.mid(prefix.size());
    QVERIFY2(text.startsWith(recoveredTyping), qPrintable(recoveredTyping.right(40)));
    const int lost = typed - int(recoveredTyping.size());
    qInfo("typed %d characters, recovered %lld, lost %d (%.1f s of typing)", typed,
        recoveredTyping.size(), lost, lost * pace / 1000.0);
    QVERIFY2(lost * pace <= 2000, qPrintable(QStringLiteral("lost %1 characters").arg(lost)));

    // And the store holds it now.
    m_store = ArticleStore::open(m_storePath);
    QCOMPARE(m_store->get(m_articleId).body, recovered);
}

void TestEditor::diffTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("en") << "The council's vote."
                        << QStringList {
                               u"The"_qs, u" "_qs, u"council's"_qs, u" "_qs, u"vote"_qs, u"."_qs};
    QTest::newRow("zh") << u"市领导督办。"_qs
                        << QStringList {u"市"_qs, u"领"_qs, u"导"_qs, u"督"_qs, u"办"_qs, u"。"_qs};
    QTest::newRow("mixed") << u"AI 农业助手 v2"_qs
                           << QStringList {u"AI"_qs, u" "_qs, u"农"_qs, u"业"_qs, u"助"_qs,
                                  u"手"_qs, u" "_qs, u"v2"_qs};
}

void TestEditor::diffTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(::diffTokens(text), tokens);
}

void TestEditor::wordDiff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("marked"); // [-removed-] {+added+}
    QTest::newRow("same") << "No change."
                          << "No change."
                          << "No change.";
    QTest::newRow("en word") << "The council voted today."
                             << "The board voted today."
                             << "The [-council-]{+board+} voted today.";
    QTest::newRow("zh chars") << u"市领导现场督办。"_qs << u"市长现场督办。"_qs
                              << u"市[-领导-]{+长+}现场督办。"_qs;
    QTest::newRow("mixed") << u"FieldEye 识别二十种病害"_qs << u"FieldEye 2 识别三十种病害"_qs
                           << u"FieldEye {+2 +}识别[-二-]{+三+}十种病害"_qs;
}

void TestEditor::wordDiff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, marked);
    QString actual;
    for (const DiffChunk &chunk : ::wordDiff(before, after)) {
        if (chunk.kind == DiffChunk::Same)
            actual += chunk.text;
        else if (chunk.kind == DiffChunk::Removed)
            actual += QStringLiteral("[-%1-]").arg(chunk.text);
        else
            actual += QStringLiteral("{+%1+}").arg(chunk.text);
    }
    QCOMPARE(actual, marked);
}

void TestEditor::historyComparesAndReverts()
{
    Article second = m_store->get(m_articleId);
    second.body = QStringLiteral("The council met on Wednesday.");
    m_store->save(second);
    auto window = openWindow();
    QVERIFY(window);
    window->actions().history->trigger();
    HistoryPanel *panel = window->historyPanel();
    // Saved seconds apart by one person: one sitting of two saves.
    QTRY_VERIFY(panel->itemForRevision(2) && panel->itemForRevision(1));
    QVERIFY(panel->revisionTree()->topLevelItem(0)->text(0).contains(QStringLiteral("tester")));

    panel->itemForRevision(2)->setSelected(true);
    panel->compareSelected(); // with the one before it
    QVERIFY(panel->viewer()->toPlainText().contains(QStringLiteral("TuesdayWednesday")));

    panel->revisionTree()->clearSelection();
    panel->itemForRevision(1)->setSelected(true);
    // Revert… asks first (tests/history tells what the dialog shows): Revert.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QApplication::activeModalWidget()
            ->findChild<QPushButton *>(QStringLiteral("revertButton"))
            ->click();
    });
    panel->findChildren<QPushButton *>().last()->click(); // Revert…
    QCOMPARE(window->document()->article().body, QStringLiteral("The council met on Tuesday."));
    QTRY_COMPARE_WITH_TIMEOUT(window->saver()->state(), ArticleSaver::Saved, 15000);
    QCOMPARE(storedArticle().revision, 3);
    QCOMPARE(storedArticle().body, QStringLiteral("The council met on Tuesday."));
    // Revert is an edit like any other: undo brings back what was there.
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->article().body, QStringLiteral("The council met on Wednesday."));
}

void TestEditor::translations_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("qtCancel");
    QTest::newRow("zh_CN") << "zh_CN"
                           << QStringList {u"文件(&F)"_qs, u"编辑(&E)"_qs, u"格式(&O)"_qs,
                                  u"视图(&V)"_qs, u"帮助(&H)"_qs}
                           << u"取消"_qs;
    QTest::newRow("zh_TW") << "zh_TW"
                           << QStringList {u"檔案(&F)"_qs, u"編輯(&E)"_qs, u"格式(&O)"_qs,
                                  u"檢視(&V)"_qs, u"說明(&H)"_qs}
                           << u"取消"_qs;
    QTest::newRow("en") << "en"
                        << QStringList {u"&File"_qs, u"&Edit"_qs, u"F&ormat"_qs, u"&View"_qs,
                               u"&Help"_qs}
                        << u"Cancel"_qs;
}

void TestEditor::translations()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, qtCancel);
    QCOMPARE(installTranslations(language), language);
    auto window = openWindow();
    QVERIFY(window);
    const QStringList titles = {window->fileMenu()->title(), window->editMenu()->title(),
        window->findChild<QMenu *>(QStringLiteral("FormatMenu"))->title(),
        window->viewMenu()->title(),
        window->findChild<QMenu *>(QStringLiteral("HelpMenu"))->title()};
    QCOMPARE(titles, menus);
    // Qt's own strings (qtbase) come along.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
