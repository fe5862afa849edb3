// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Settings… as a reporter finds their way round it (offscreen): pages General, Editor,
// Spelling, Publishing and Store; every label's "&" a shortcut, never a character on screen;
// spell checking as you type can be turned off and on; the Publishing page sets where File →
// Publish… starts; and the dark appearance reaches the notice bar and the calendar button.
#include "dialogs/publishdialog.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/dateedit.h"
#include "mainwindow.h"
#include "settings/editorsettings.h"
#include "settings/settingsdialog.h"
#include "spelling/dictionaries.h"
#include "spelling/windowspelling.h"
#include "store/articlestore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

int underlines(QPlainTextEdit *edit)
{
    int count = 0;
    for (const QTextEdit::ExtraSelection &selection : edit->extraSelections())
        count += selection.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    return count;
}

// The lightness of the most common opaque colour in a picture (its background).
int backgroundLightness(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(most))
            most = it.key();
    }
    return QColor(most).lightness();
}

// The lightness of what an icon draws (its opaque pixels).
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    long sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++n;
            }
        }
    }
    return n ? int(sum / n) : -1;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pages();
    void labelsShowNoAmpersand();
    void spellCheckingCanBeTurnedOff();
    void publishingPageSetsWherePublishStarts();
    void storePageShowsTheStore();
    void darkAppearanceReachesNoticeAndCalendar();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();

private:
    QTemporaryDir m_home;
    std::unique_ptr<ArticleStore> m_store;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
}

void TestSettings::init()
{
    static int n = 0;
    EditorSettings::instance()->store().clear();
    m_store = ArticleStore::open(m_home.filePath(QStringLiteral("store-%1.sqlite").arg(++n)));
}

void TestSettings::pages()
{
    SettingsDialog dialog;
    QStringList titles;
    for (int i = 0; i < dialog.pages()->count(); ++i)
        titles << dialog.pages()->tabText(i);
    QCOMPARE(titles,
        (QStringList {u"General"_qs, u"Editor"_qs, u"Spelling"_qs, u"Publishing"_qs, u"Store"_qs}));
}

void TestSettings::labelsShowNoAmpersand()
{
    // "Editor &font:" showed its "&": a label without a buddy has no shortcut to underline.
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool sawFont = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(u'&'))
            continue;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
        if (label->text() == u"Editor &font:") {
            sawFont = true;
            QCOMPARE(label->buddy(), dialog.fontBox());
        }
    }
    QVERIFY(sawFont);
    // The shortcut works: Alt+F on the Editor page goes to the font.
    dialog.pages()->setCurrentIndex(1);
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), dialog.fontBox());
}

void TestSettings::spellCheckingCanBeTurnedOff()
{
    if (!Dictionaries::find(QStringLiteral("en_US")).isValid())
        QSKIP("the en_US Hunspell dictionary is not installed (Debian: hunspell-en-us)");
    Article article;
    article.headline = QStringLiteral("Bridge");
    article.body = QStringLiteral("A thrid line.");
    const QString id = m_store->create(article).id;
    MainWindow window(m_store.get());
    attachSpelling(&window);
    QVERIFY(window.openArticle(id));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPlainTextEdit *body = window.bodyEditor();
    QTRY_COMPARE(underlines(body), 1);

    {
        SettingsDialog dialog;
        dialog.pages()->setCurrentIndex(2);
        QVERIFY(dialog.checkSpellingBox()->isChecked());
        dialog.checkSpellingBox()->setChecked(false);
        dialog.apply();
    }
    QVERIFY(!EditorSettings::instance()->checkSpellingAsYouType());
    QTRY_COMPARE(underlines(body), 0);
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(QStringLiteral(" Anothr wrod here."));
    QTest::qWait(200);
    QCOMPARE(underlines(body), 0);

    {
        SettingsDialog dialog;
        QVERIFY(!dialog.checkSpellingBox()->isChecked()); // kept
        dialog.checkSpellingBox()->setChecked(true);
        dialog.apply();
    }
    QTRY_COMPARE(underlines(body), 3);
}

void TestSettings::publishingPageSetsWherePublishStarts()
{
    const QString folder = m_home.filePath(QStringLiteral("site"));
    {
        SettingsDialog dialog;
        dialog.publishFolderEdit()->setText(folder);
        dialog.baseUrlEdit()->setText(QStringLiteral("https://news.example.org/"));
        dialog.apply();
    }
    PublishDialog publish(m_store->location());
    QCOMPARE(publish.folderEdit()->text(), folder);
    QCOMPARE(publish.baseUrlEdit()->text(), u"https://news.example.org/"_qs);
}

void TestSettings::storePageShowsTheStore()
{
    SettingsDialog dialog(nullptr, m_store->location());
    bool shown = false;
    for (QLabel *label : dialog.pages()->widget(4)->findChildren<QLabel *>())
        shown = shown || label->text() == m_store->location();
    QVERIFY(shown);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("changeStoreButton")));
}

void TestSettings::darkAppearanceReachesNoticeAndCalendar()
{
    MainWindow window(m_store.get());
    window.restoreSession();
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showNotice(QStringLiteral("Recovered changes that had not reached the store."));
    auto *notice = window.findChild<QLabel *>(QStringLiteral("noticeBar"));
    QVERIFY(notice);
    DateEdit *date = window.articleForm()->datelineDateEdit();
    QVERIFY(!date->actions().isEmpty());

    applyTheme(EditorSettings::LightTheme);
    QApplication::processEvents();
    QVERIFY(backgroundLightness(notice->grab().toImage()) > 180);
    QVERIFY(inkLightness(date->actions().first()->icon()) < 100);

    applyTheme(EditorSettings::DarkTheme);
    QApplication::processEvents();
    // A dark bar (not the pale one glaring in a dark window), and a calendar drawn light.
    QVERIFY2(backgroundLightness(notice->grab().toImage()) < 100,
        qPrintable(QString::number(backgroundLightness(notice->grab().toImage()))));
    QVERIFY2(inkLightness(date->actions().first()->icon()) > 150,
        qPrintable(QString::number(inkLightness(date->actions().first()->icon()))));
    applyTheme(EditorSettings::LightTheme);
}

void TestSettings::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("zh_CN") << "copydesk_zh_CN.ts";
    QTest::newRow("zh_TW") << "copydesk_zh_TW.ts";
}

void TestSettings::everyStringIsTranslated()
{
    // The Chinese interface showed English wherever a string was left unfinished.
    QFETCH(QString, file);
    QFile ts(qEnvironmentVariable("COPYDESK_SOURCE_DIR") + u"/resources/translations/"_qs + file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    QStringList unfinished;
    static const QRegularExpression message(
        QStringLiteral(R"(<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
                       R"(<translation type="unfinished")"));
    for (auto it = message.globalMatch(text); it.hasNext();)
        unfinished << it.next().captured(1);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u" | ")));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
