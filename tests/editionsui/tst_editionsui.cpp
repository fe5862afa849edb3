// SPDX-License-Identifier: GPL-3.0-or-later
// Linked editions in the editor (offscreen, a real SQLite store): Story → New Edition makes a
// converted edition and opens it; the panel above the form names the group, links to the
// others, marks an edition behind its source with the source's word diff, and Convert Again or
// Mark Up to Date catch it up; the list marks an edition behind its source.
#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editions/editionpanel.h"
#include "editor/articledocument.h"
#include "mainwindow.h"
#include "model/editions.h"
#include "script/chinesescript.h"
#include "sharing/sharedstorelink.h"
#include "store/articlestore.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class TestEditionsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newEditionFromTheMenu();
    void behindAndCaughtUp();
    void translationIsMarkedUpToDate();
    void fallsBehindAsTheSourceIsEditedElsewhere();

private:
    QString source();
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ArticleStore> m_store;
};

void TestEditionsUi::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("CopydeskTest"));
}

void TestEditionsUi::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = ArticleStore::open(m_dir->filePath(QStringLiteral("store.sqlite")));
    m_store->setUser(QStringLiteral("Desk Editor"));
}

QString TestEditionsUi::source()
{
    Article a;
    a.headline = QStringLiteral("国务院发布新规");
    a.body = QStringLiteral("国务院今天发布新规。\n\n新规自明年起实施。\n");
    a.language = QStringLiteral("zh-Hans");
    return m_store->create(a).id;
}

void TestEditionsUi::newEditionFromTheMenu()
{
    const QString src = source();
    MainWindow window(m_store.get());
    EditionPanel *panel = attachEditions(&window);
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openArticle(src));
    QVERIFY(!panel->isVisible()); // a story alone: nothing to say

    auto *menu = window.findChild<QMenu *>(QStringLiteral("newEditionMenu"));
    QVERIFY(menu);
    QVERIFY(menu->isEnabled());
    QAction *traditional = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"newEdition-zh-Hant")
            traditional = action;
    }
    QVERIFY(traditional);
    traditional->trigger();

    // The new edition is open, converted and linked.
    QVERIFY(window.document()->id() != src);
    const Article edition = m_store->get(window.document()->id());
    QCOMPARE(edition.editionOf, src);
    QCOMPARE(edition.language, QStringLiteral("zh-Hant"));
    QCOMPARE(edition.headline, QStringLiteral("國務院發佈新規"));
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->summary().contains(QStringLiteral("繁體")), qPrintable(panel->summary()));
    QVERIFY(panel->summary().contains(QStringLiteral("国务院发布新规")));
    QVERIFY(!panel->isBehind());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("editionCatchUp"))->isVisible());

    // The source now names its edition, a link that opens it.
    QVERIFY(window.openArticle(src));
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->summary().contains(QStringLiteral("href=\"%1\"").arg(edition.id)),
        qPrintable(panel->summary()));
    auto *summary = window.findChild<QLabel *>(QStringLiteral("editionSummary"));
    emit summary->linkActivated(edition.id);
    QCOMPARE(window.document()->id(), edition.id);

    // A second Traditional edition is refused: nothing is made.
    QVERIFY(window.openArticle(src));
    const int before = m_store->count();
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    traditional->trigger();
    QCOMPARE(m_store->count(), before);
}

void TestEditionsUi::behindAndCaughtUp()
{
    const QString src = source();
    const QString id = m_store
                           ->create(ChineseScript::convertedEdition(
                               m_store->get(src), QStringLiteral("zh-Hant"), false))
                           .id;
    MainWindow window(m_store.get());
    EditionPanel *panel = attachEditions(&window);
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openArticle(id));
    QVERIFY(!panel->isBehind());

    // Someone changes the source's body.
    Article changed = m_store->get(src);
    changed.body = QStringLiteral("国务院今天发布新规。\n\n新规自明年一月起实施。\n");
    const Article saved = m_store->save(changed);
    panel->refresh();
    QVERIFY(panel->isBehind());
    QVERIFY(panel->summary().contains(QStringLiteral("The source has changed")));
    // The word diff shows what was added (一月), nothing else of the unchanged text as changed.
    QVERIFY2(
        panel->changesHtml().contains(QStringLiteral("一月")), qPrintable(panel->changesHtml()));
    auto *catchUp = window.findChild<QPushButton *>(QStringLiteral("editionCatchUp"));
    QVERIFY(catchUp->isVisible());
    QCOMPARE(catchUp->text(), QStringLiteral("Convert Again"));
    auto *show = window.findChild<QPushButton *>(QStringLiteral("editionShowChanges"));
    show->click();
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("editionChanges"))->isVisible());

    // The list says so too, as soon as it hears of the source's save (no reload).
    ArticleListModel *model = window.articleList()->model();
    const int row = model->rowOf(id);
    QVERIFY(row >= 0);
    QVERIFY(!model->data(model->index(row, ArticleListModel::StatusColumn))
                 .toString()
                 .contains(QStringLiteral("behind source")));
    model->articleStored(saved);
    QVERIFY(row >= 0);
    QVERIFY2(model->data(model->index(row, ArticleListModel::StatusColumn))
                 .toString()
                 .contains(QStringLiteral("behind source")),
        qPrintable(model->data(model->index(row, ArticleListModel::StatusColumn)).toString()));
    QVERIFY(model->data(model->index(row, ArticleListModel::StatusColumn), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("source has changed")));

    catchUp->click();
    QCOMPARE(window.document()->id(), id);
    const Article caught = m_store->get(id);
    QVERIFY2(caught.body.contains(QStringLiteral("一月")), qPrintable(caught.body));
    QVERIFY(caught.body.contains(QStringLiteral("國務院")));
    QVERIFY(!m_store->editionBehind(caught));
    QVERIFY(!panel->isBehind());
    // What the editor shows is what was saved.
    QCOMPARE(window.document()->article().body, caught.body);
}

void TestEditionsUi::translationIsMarkedUpToDate()
{
    const QString src = source();
    Article draft = Copydesk::translationDraft(m_store->get(src), QStringLiteral("en"));
    draft.headline = QStringLiteral("State Council issues new rules");
    draft.body = QStringLiteral("The State Council issued new rules today.");
    const QString id = m_store->create(draft).id;
    Article changed = m_store->get(src);
    changed.headline = QStringLiteral("国务院发布软件新规");
    m_store->save(changed);

    MainWindow window(m_store.get());
    EditionPanel *panel = attachEditions(&window);
    window.show();
    QVERIFY(window.openArticle(id));
    QVERIFY(panel->isBehind());
    auto *catchUp = window.findChild<QPushButton *>(QStringLiteral("editionCatchUp"));
    QCOMPARE(catchUp->text(), QStringLiteral("Mark Up to Date"));
    catchUp->click();
    const Article marked = m_store->get(id);
    QCOMPARE(marked.body, QStringLiteral("The State Council issued new rules today.")); // kept
    QCOMPARE(marked.editionRevision, m_store->get(src).revision);
    QVERIFY(!panel->isBehind());
}

void TestEditionsUi::fallsBehindAsTheSourceIsEditedElsewhere()
{
    const QString src = source();
    const QString id = m_store
                           ->create(ChineseScript::convertedEdition(
                               m_store->get(src), QStringLiteral("zh-Hant"), false))
                           .id;
    MainWindow window(m_store.get());
    attachSharedStore(&window);
    EditionPanel *panel = attachEditions(&window);
    window.show();
    QVERIFY(window.openArticle(id));
    QVERIFY(!panel->isBehind());

    // Another reporter, another connection to the same file, edits the source.
    auto other = ArticleStore::open(m_store->location());
    other->setUser(QStringLiteral("Other Reporter"));
    Article changed = other->get(src);
    changed.headline = QStringLiteral("国务院发布软件新规");
    other->save(changed);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isBehind(), 5000);
    QVERIFY(panel->changesHtml().contains(QStringLiteral("软件")));
}

QTEST_MAIN(TestEditionsUi)
#include "tst_editionsui.moc"
