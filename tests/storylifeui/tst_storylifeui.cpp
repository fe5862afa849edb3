// SPDX-License-Identifier: GPL-3.0-or-later
// The story's life in the editor (offscreen, a real SQLite store): the embargo and schedule
// banner, the content profile's checklist as the story is edited and its "ready to publish"
// line, the status refused or published over the checks with the reason in the notes, and
// Story → Add Correction… saving an entry that the store keeps and the panel shows as published.
#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/articleform.h"
#include "editor/singlelinetextedit.h"
#include "mainwindow.h"
#include "model/contentprofile.h"
#include "store/articlestore.h"
#include "storylife/correctiondialog.h"
#include "storylife/storylifepanel.h"
#include "style/publishchecks.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {

QAction *storyAction(MainWindow &window, const QString &name)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("StoryMenu"));
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

// Chooses `status` in the form's status box as a reporter would.
void chooseStatus(ArticleForm *form, ArticleStatus status)
{
    QComboBox *box = form->statusBox();
    box->setCurrentIndex(box->findData(int(status)));
    emit box->activated(box->currentIndex());
}

} // namespace

class TestStoryLifeUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void bannerShowsEmbargoAndSchedule();
    void checklistFollowsTheStory();
    void publishingIsRefusedOrOverruled();
    void addCorrectionSavesAnEntry();
    void listShowsDueAndReady();

private:
    QString storyWith(const std::function<void(Article &)> &change);
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ArticleStore> m_store;
};

void TestStoryLifeUi::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("CopydeskTest"));
}

void TestStoryLifeUi::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = ArticleStore::open(m_dir->filePath(QStringLiteral("store.sqlite")));
    m_store->setUser(QStringLiteral("Desk Editor"));
}

QString TestStoryLifeUi::storyWith(const std::function<void(Article &)> &change)
{
    Article a;
    a.headline = QStringLiteral("Ferry service resumes");
    a.body = QStringLiteral("The harbour ferry runs again from Monday.");
    a.language = QStringLiteral("en");
    a.section = QStringLiteral("Local");
    change(a);
    return m_store->create(a).id;
}

void TestStoryLifeUi::bannerShowsEmbargoAndSchedule()
{
    const QDateTime inTwoDays = QDateTime::currentDateTimeUtc().addDays(2);
    const QString embargoed = storyWith([&](Article &a) { a.embargoUntil = inTwoDays; });
    const QString scheduled = storyWith([&](Article &a) {
        a.headline = QStringLiteral("Budget vote tonight");
        a.publishAt = inTwoDays.addSecs(3600);
    });
    const QString plain = storyWith([](Article &a) { a.headline = QStringLiteral("Plain"); });
    MainWindow window(m_store.get());
    StoryLifePanel *panel = attachStoryLife(&window);
    window.resize(1280, 800);
    window.show();

    QVERIFY(window.openArticle(embargoed));
    QCOMPARE(panel->dueText(),
        QStringLiteral("Embargoed until ")
            + inTwoDays.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY(panel->isVisible());
    QVERIFY(window.openArticle(scheduled));
    QCOMPARE(panel->dueText(),
        QStringLiteral("Scheduled for ")
            + inTwoDays.addSecs(3600).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    // Nothing to say: no banner at all.
    QVERIFY(window.openArticle(plain));
    QVERIFY(panel->dueText().isEmpty());
    QVERIFY(!panel->isVisible());
}

void TestStoryLifeUi::checklistFollowsTheStory()
{
    Copydesk::ContentProfile profile;
    profile.required = {QStringLiteral("deck"), QStringLiteral("tags")};
    PublishChecks::setProfile(*m_store, QStringLiteral("Local"), profile);
    const QString id = storyWith([](Article &a) { a.status = ArticleStatus::Ready; });
    MainWindow window(m_store.get());
    StoryLifePanel *panel = attachStoryLife(&window);
    window.show();
    QVERIFY(window.openArticle(id));
    QCOMPARE(panel->checklist(),
        (QStringList {
            QStringLiteral("deck: deck is empty"), QStringLiteral("tags: tags is empty")}));
    QVERIFY(!panel->readyToPublish());
    QVERIFY(panel->isVisible());

    // Typed in: the list shrinks shortly after, then the story is ready.
    window.articleForm()->deckEdit()->setFocus();
    for (const QChar ch : QStringLiteral("From Monday"))
        QTest::sendKeyEvent(QTest::Click, window.articleForm()->deckEdit(), Qt::Key_unknown,
            QString(ch), Qt::NoModifier);
    QTRY_COMPARE(panel->checklist(), QStringList {QStringLiteral("tags: tags is empty")});
    window.document()->setValue(ArticleDocument::Tags, QStringList {QStringLiteral("ferries")});
    QTRY_VERIFY(panel->checklist().isEmpty());
    QVERIFY(panel->readyToPublish());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("storyChecklist"))
                ->text()
                .contains(u"Ready to publish"));
}

void TestStoryLifeUi::publishingIsRefusedOrOverruled()
{
    Copydesk::ContentProfile profile;
    profile.required = {QStringLiteral("deck")};
    PublishChecks::setProfile(*m_store, QString(), profile); // the default profile
    const QString id = storyWith([](Article &a) { a.status = ArticleStatus::Ready; });
    MainWindow window(m_store.get());
    attachStoryLife(&window);
    window.show();
    QVERIFY(window.openArticle(id));

    QStringList asked;
    StoryLife::setOverruleAsker([&](QWidget *, const QStringList &blocking) {
        asked = blocking;
        return std::optional<QString>();
    });
    chooseStatus(window.articleForm(), ArticleStatus::Published);
    QCOMPARE(asked, QStringList {QStringLiteral("deck: deck is empty")});
    QCOMPARE(window.document()->article().status, ArticleStatus::Ready);
    QCOMPARE(window.articleForm()->statusBox()->currentData().toInt(), int(ArticleStatus::Ready));
    QVERIFY(window.saver()->flush());
    QCOMPARE(m_store->get(id).status, ArticleStatus::Ready);

    // Overruled: published, the reason and what it overruled in the notes, in the store.
    StoryLife::setOverruleAsker([](QWidget *, const QStringList &) {
        return std::optional<QString>(u"Deck to follow"_qs);
    });
    chooseStatus(window.articleForm(), ArticleStatus::Published);
    QCOMPARE(window.document()->article().status, ArticleStatus::Published);
    QVERIFY(window.saver()->flush());
    const Article stored = m_store->get(id);
    QCOMPARE(stored.status, ArticleStatus::Published);
    QVERIFY2(stored.notes.contains(u"Deck to follow"), qPrintable(stored.notes));
    QVERIFY2(stored.notes.contains(u"deck is empty"), qPrintable(stored.notes));
    QVERIFY(stored.notes.contains(u"Desk Editor"));
    StoryLife::setOverruleAsker({});
}

void TestStoryLifeUi::addCorrectionSavesAnEntry()
{
    const QString id = storyWith([](Article &a) {
        a.language = QStringLiteral("zh-Hans");
        a.headline = QStringLiteral("渡轮恢复运行");
        a.status = ArticleStatus::Published;
    });
    MainWindow window(m_store.get());
    StoryLifePanel *panel = attachStoryLife(&window);
    window.show();
    QVERIFY(window.openArticle(id));
    QAction *add = storyAction(window, QStringLiteral("addCorrectionAction"));
    QVERIFY(add);
    QVERIFY(add->isEnabled());

    // An edit not yet saved goes to the store first; the entry is saved on top of it.
    window.articleForm()->headlineEdit()->setFocus();
    QTest::sendKeyEvent(QTest::Click, window.articleForm()->headlineEdit(), Qt::Key_unknown,
        QStringLiteral("！"), Qt::NoModifier);
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<CorrectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no text yet
        dialog->kindBox()->setCurrentIndex(
            dialog->kindBox()->findData(int(Copydesk::Correction::Kind::Correction)));
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("渡轮自周一起恢复，而非周日。"));
        dialog->textEdit()->setFocus();
        QApplication::sendEvent(dialog->textEdit(), &typed);
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        filled = true;
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    add->trigger();
    QVERIFY(filled);

    const Article stored = m_store->get(id);
    QCOMPARE(stored.headline, QStringLiteral("！渡轮恢复运行")); // typed where the cursor stood
    QCOMPARE(stored.corrections.size(), 1);
    QCOMPARE(stored.corrections.first().text, QStringLiteral("渡轮自周一起恢复，而非周日。"));
    QCOMPARE(stored.corrections.first().author, QStringLiteral("Desk Editor"));
    QCOMPARE(stored.corrections.first().kind, Copydesk::Correction::Kind::Correction);
    QVERIFY(!window.document()->isModified());
    QCOMPARE(window.document()->revision(), stored.revision);
    // Shown as the page will print it.
    const QDate today = stored.corrections.first().time.toLocalTime().date();
    QCOMPARE(panel->corrections(),
        QStringList {QStringLiteral("更正（%1年%2月%3日）：渡轮自周一起恢复，而非周日。")
                         .arg(today.year())
                         .arg(today.month())
                         .arg(today.day())});

    // Later edits save on top of it and keep it; undo does not take it away.
    window.document()->setValue(ArticleDocument::Section, QStringLiteral("本地"));
    QVERIFY(window.saver()->flush());
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QVERIFY(window.saver()->flush());
    QCOMPARE(m_store->get(id).corrections.size(), 1);
    QCOMPARE(m_store->get(id).headline, QStringLiteral("渡轮恢复运行"));

    // A story saved elsewhere meanwhile: refused, nothing added.
    Article elsewhere = m_store->get(id);
    elsewhere.deck = QStringLiteral("另一处保存");
    m_store->save(elsewhere);
    QString error;
    QVERIFY(!StoryLife::addCorrection(
        &window, Copydesk::Correction::Kind::Update, QStringLiteral("新进展"), &error));
    QVERIFY2(error.contains(u"saved elsewhere"), qPrintable(error));
    QCOMPARE(m_store->get(id).corrections.size(), 1);
}

void TestStoryLifeUi::listShowsDueAndReady()
{
    Copydesk::ContentProfile profile;
    profile.required = {QStringLiteral("deck")};
    PublishChecks::setProfile(*m_store, QString(), profile);
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    const QString embargoed = storyWith([&](Article &a) {
        a.headline = QStringLiteral("Embargoed report");
        a.embargoUntil = tomorrow;
        a.status = ArticleStatus::Ready;
        a.deck = QStringLiteral("Out tomorrow");
    });
    const QString blocked = storyWith([](Article &a) {
        a.headline = QStringLiteral("No deck yet");
        a.status = ArticleStatus::Ready;
    });
    const QString past = storyWith([](Article &a) {
        a.headline = QStringLiteral("Long out");
        a.publishAt = QDateTime::currentDateTimeUtc().addDays(-3);
    });
    MainWindow window(m_store.get());
    attachStoryLife(&window);
    window.show();
    ArticleListModel *model = window.articleList()->model();
    const auto cell = [&](const QString &id, int column, int role = Qt::DisplayRole) {
        return model->data(model->index(model->rowOf(id), column), role).toString();
    };
    QTRY_VERIFY(model->rowOf(embargoed) >= 0);
    QCOMPARE(cell(embargoed, ArticleListModel::DueColumn),
        QStringLiteral("Embargoed until ")
            + QLocale().toString(tomorrow.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(cell(blocked, ArticleListModel::DueColumn).isEmpty());
    QVERIFY(cell(past, ArticleListModel::DueColumn).isEmpty()); // a schedule gone by
    QCOMPARE(
        model->headerData(ArticleListModel::DueColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Due"));
    // The ready mark: only where the checks pass, and the tooltip says what blocks.
    QCOMPARE(cell(embargoed, ArticleListModel::StatusColumn), QStringLiteral("Ready ✓"));
    QCOMPARE(cell(blocked, ArticleListModel::StatusColumn), QStringLiteral("Ready"));
    QVERIFY2(
        cell(blocked, ArticleListModel::StatusColumn, Qt::ToolTipRole).contains(u"deck is empty"),
        qPrintable(cell(blocked, ArticleListModel::StatusColumn, Qt::ToolTipRole)));
    // The list sorts by it: the embargoed story last in ascending order (none first).
    model->sort(ArticleListModel::DueColumn, Qt::AscendingOrder);
    QTRY_COMPARE(model->idAt(model->rowCount() - 1), embargoed);
}

QTEST_MAIN(TestStoryLifeUi)
#include "tst_storylifeui.moc"
