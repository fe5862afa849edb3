// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include "dialogs/publishdialog.h"
#include "settings/editorsettings.h"
#include "sharing/storesettingsdialog.h"
#include "spelling/dictionaries.h"
#include "spelling/spellingpreferences.h"
#include "store/articlestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy); // without one, a label shows its "&" instead of a shortcut
    return label;
}

// One page of the dialog: a form.
QFormLayout *addPage(QTabWidget *pages, const QString &title)
{
    auto *page = new QWidget(pages);
    auto *form = new QFormLayout(page);
    pages->addTab(page, title);
    return form;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent, const QString &storeDescription)
    : QDialog(parent),
      m_pages(new QTabWidget(this)),
      m_font(new QFontComboBox(this)),
      m_size(new QSpinBox(this)),
      m_theme(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_storyLanguage(new QComboBox(this)),
      m_autosave(new QDoubleSpinBox(this)),
      m_userName(new QLineEdit(this)),
      m_englishDictionary(new QComboBox(this)),
      m_checkAcronyms(
          new QCheckBox(tr("Check words in &capitals too (not only as acronyms)"), this)),
      m_checkSpelling(new QCheckBox(tr("Check spelling as you &type"), this)),
      m_publishWhileOpen(
          new QCheckBox(tr("&Keep the site published while Copydesk is open"), this)),
      m_publishFolder(new QLineEdit(this)),
      m_baseUrl(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    EditorSettings *settings = EditorSettings::instance();
    const QFont font = settings->editorFont();
    m_font->setCurrentFont(font);
    m_font->setAccessibleName(tr("Editor font"));
    m_size->setRange(6, 48);
    m_size->setValue(qRound(font.pointSizeF()));
    m_size->setSuffix(tr(" pt"));
    m_size->setAccessibleName(tr("Font size"));

    m_theme->addItem(tr("Follow the system"), int(EditorSettings::SystemTheme));
    m_theme->addItem(tr("Light"), int(EditorSettings::LightTheme));
    m_theme->addItem(tr("Dark"), int(EditorSettings::DarkTheme));
    m_theme->setCurrentIndex(m_theme->findData(int(settings->theme())));
    m_theme->setAccessibleName(tr("Appearance"));

    // Language names in their own language, so anyone can find theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->uiLanguage())));
    m_language->setAccessibleName(tr("User interface language"));

    m_storyLanguage->addItem(tr("As the interface"), QString());
    m_storyLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_storyLanguage->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh-Hans"));
    m_storyLanguage->addItem(QStringLiteral("中文（繁體）"), QStringLiteral("zh-Hant"));
    m_storyLanguage->setCurrentIndex(qMax(0, m_storyLanguage->findData(settings->storyLanguage())));
    m_storyLanguage->setAccessibleName(tr("Language of new stories"));
    m_storyLanguage->setToolTip(tr("The language a new article starts in: the one you "
                                   "usually write in"));

    m_autosave->setDecimals(1);
    m_autosave->setRange(0.2, 2.0);
    m_autosave->setSingleStep(0.1);
    m_autosave->setValue(settings->autosaveInterval() / 1000.0);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setAccessibleName(tr("Save after"));
    m_autosave->setToolTip(tr("Seconds after the last keystroke before the article is saved"));

    m_userName->setText(settings->userName());
    m_userName->setPlaceholderText(settings->defaultUserName());
    m_userName->setAccessibleName(tr("Your name"));
    m_userName->setToolTip(tr("Recorded with every revision you save, and shown to colleagues "
                              "while you have an article open"));

    QFormLayout *general = addPage(m_pages, tr("General"));
    general->addRow(buddyLabel(tr("&Language:"), m_language), m_language);
    auto *note =
        new QLabel(tr("A new language takes effect when Copydesk is started again."), this);
    note->setWordWrap(true);
    general->addRow(QString(), note);
    general->addRow(buddyLabel(tr("&Appearance:"), m_theme), m_theme);
    general->addRow(buddyLabel(tr("Your &name:"), m_userName), m_userName);
    general->addRow(buddyLabel(tr("New s&tories in:"), m_storyLanguage), m_storyLanguage);

    QFormLayout *editor = addPage(m_pages, tr("Editor"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_size);
    editor->addRow(buddyLabel(tr("Editor &font:"), m_font), fontRow);
    editor->addRow(buddyLabel(tr("&Save after:"), m_autosave), m_autosave);

    const SpellingPreferences spelling = SpellingPreferences::load();
    for (const DictionaryInfo &dictionary : Dictionaries::installed()) {
        if (dictionary.name.startsWith(QLatin1StringView("en")))
            m_englishDictionary->addItem(dictionary.name, dictionary.name);
    }
    if (m_englishDictionary->findData(spelling.englishDictionary) < 0)
        m_englishDictionary->addItem(spelling.englishDictionary, spelling.englishDictionary);
    m_englishDictionary->setCurrentIndex(m_englishDictionary->findData(spelling.englishDictionary));
    m_englishDictionary->setAccessibleName(tr("English spelling dictionary"));
    m_englishDictionary->setToolTip(tr("The dictionary English copy, and the English words in "
                                       "Chinese copy, are checked with"));
    m_checkAcronyms->setChecked(spelling.checkAcronyms);
    m_checkSpelling->setChecked(settings->checkSpellingAsYouType());
    m_checkSpelling->setToolTip(tr("Underline words that are not in the dictionary while you "
                                   "write; Tools → Check Spelling… works either way"));
    QFormLayout *spellingPage = addPage(m_pages, tr("Spelling"));
    spellingPage->addRow(m_checkSpelling);
    spellingPage->addRow(
        buddyLabel(tr("English &dictionary:"), m_englishDictionary), m_englishDictionary);
    spellingPage->addRow(QString(), m_checkAcronyms);

    const PublishOptions publishing = PublishDialog::rememberedOptions();
    m_publishFolder->setText(publishing.outDir);
    m_publishFolder->setAccessibleName(tr("Output folder"));
    m_baseUrl->setText(publishing.baseUrl == u"/" ? QString() : publishing.baseUrl);
    m_baseUrl->setPlaceholderText(tr("https://news.example.org/ or /"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    QFormLayout *publishingPage = addPage(m_pages, tr("Publishing"));
    publishingPage->addRow(buddyLabel(tr("Output &folder:"), m_publishFolder), m_publishFolder);
    publishingPage->addRow(buddyLabel(tr("&Base URL:"), m_baseUrl), m_baseUrl);
    auto *publishNote = new QLabel(
        tr("File → Publish… starts with these; a publish that works remembers its own."), this);
    publishNote->setWordWrap(true);
    publishingPage->addRow(QString(), publishNote);
    m_publishWhileOpen->setChecked(EditorSettings::instance()->publishWhileOpen());
    publishingPage->addRow(QString(), m_publishWhileOpen);
    auto *watchNote = new QLabel(tr("Into the output folder: saved stories go out within a "
                                    "second, scheduled and embargoed ones when they fall due."),
        this);
    watchNote->setWordWrap(true);
    publishingPage->addRow(QString(), watchNote);

    QFormLayout *storePage = addPage(m_pages, tr("Store"));
    auto *storeLabel = new QLabel(storeDescription, this);
    storeLabel->setWordWrap(true);
    storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storePage->addRow(tr("Open now:"), storeLabel);
    auto *chooseStore = new QPushButton(tr("&Change Store…"), this);
    chooseStore->setObjectName(QStringLiteral("changeStoreButton"));
    storePage->addRow(QString(), chooseStore);
    connect(chooseStore, &QPushButton::clicked, this, [this, storeDescription] {
        StoreSettingsDialog dialog(storeDescription, this);
        dialog.exec();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    EditorSettings *settings = EditorSettings::instance();
    QFont font = m_font->currentFont();
    font.setPointSize(m_size->value());
    settings->setEditorFont(font);
    settings->setTheme(EditorSettings::Theme(m_theme->currentData().toInt()));
    settings->setUiLanguage(m_language->currentData().toString());
    settings->setStoryLanguage(m_storyLanguage->currentData().toString());
    settings->setAutosaveInterval(qRound(m_autosave->value() * 1000));
    settings->setUserName(m_userName->text());
    settings->setCheckSpellingAsYouType(m_checkSpelling->isChecked());
    PublishOptions publishing = PublishDialog::rememberedOptions();
    publishing.outDir = m_publishFolder->text().trimmed();
    publishing.baseUrl = m_baseUrl->text().trimmed();
    if (!publishing.outDir.isEmpty())
        PublishDialog::rememberOptions(publishing);
    settings->setPublishWhileOpen(m_publishWhileOpen->isChecked());

    SpellingPreferences spelling = SpellingPreferences::load();
    const SpellingPreferences before = spelling;
    spelling.englishDictionary = m_englishDictionary->currentData().toString();
    spelling.checkAcronyms = m_checkAcronyms->isChecked();
    if (spelling.englishDictionary != before.englishDictionary
        || spelling.checkAcronyms != before.checkAcronyms) {
        spelling.save();
        emit settings->spellingChanged();
    }
}

void applyTheme(int theme)
{
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    if (theme == EditorSettings::SystemTheme) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == EditorSettings::LightTheme) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7a, 0x7a));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7a, 0x7a));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7a, 0x7a));
    QApplication::setPalette(dark);
}
