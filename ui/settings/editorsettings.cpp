// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/editorsettings.h"

#include "store/articlestore.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QStandardPaths>

namespace {
const QString kFont = QStringLiteral("editor/font");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kAutosave = QStringLiteral("editor/autosaveInterval");
const QString kUserName = QStringLiteral("newsroom/userName");
const QString kStoryLanguage = QStringLiteral("newsroom/storyLanguage");
const QString kCheckSpelling = QStringLiteral("spelling/asYouType");
const QString kPublishWhileOpen = QStringLiteral("publishing/whileOpen");
const QString kLastArticle = QStringLiteral("session/lastArticle");
const QString kCursor = QStringLiteral("session/cursor"); // "ID POSITION" of the last article
} // namespace

EditorSettings::EditorSettings()
    : QObject(QCoreApplication::instance()),
      m_settings(std::make_unique<QSettings>(
          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
              + QStringLiteral("/editor.conf"),
          QSettings::IniFormat))
{
}

EditorSettings *EditorSettings::instance()
{
    static EditorSettings *settings = new EditorSettings;
    return settings;
}

QFont EditorSettings::editorFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(qMax(font.pointSizeF(), 10.0) * 1.15);
    if (m_settings->contains(kFont))
        font.fromString(m_settings->value(kFont).toString());
    return font;
}

void EditorSettings::setEditorFont(const QFont &font)
{
    if (font == editorFont())
        return;
    m_settings->setValue(kFont, font.toString());
    emit editorFontChanged(font);
}

EditorSettings::Theme EditorSettings::theme() const
{
    return Theme(qBound(0, m_settings->value(kTheme, int(SystemTheme)).toInt(), int(DarkTheme)));
}

void EditorSettings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    m_settings->setValue(kTheme, int(theme));
    emit themeChanged(theme);
}

QString EditorSettings::uiLanguage() const
{
    return m_settings->value(kLanguage).toString();
}

void EditorSettings::setUiLanguage(const QString &language)
{
    if (language == uiLanguage())
        return;
    m_settings->setValue(kLanguage, language);
    emit uiLanguageChanged(language);
}

int EditorSettings::autosaveInterval() const
{
    return qBound(200, m_settings->value(kAutosave, 1000).toInt(), 2000);
}

void EditorSettings::setAutosaveInterval(int milliseconds)
{
    if (milliseconds == autosaveInterval())
        return;
    m_settings->setValue(kAutosave, milliseconds);
    emit autosaveIntervalChanged(milliseconds);
}

bool EditorSettings::publishWhileOpen() const
{
    return m_settings->value(kPublishWhileOpen, false).toBool();
}

void EditorSettings::setPublishWhileOpen(bool on)
{
    if (on == publishWhileOpen())
        return;
    m_settings->setValue(kPublishWhileOpen, on);
    emit publishWhileOpenChanged(on);
}

bool EditorSettings::checkSpellingAsYouType() const
{
    return m_settings->value(kCheckSpelling, true).toBool();
}

void EditorSettings::setCheckSpellingAsYouType(bool on)
{
    if (on == checkSpellingAsYouType())
        return;
    m_settings->setValue(kCheckSpelling, on);
    emit checkSpellingAsYouTypeChanged(on);
}

QString EditorSettings::lastArticle() const
{
    return m_settings->value(kLastArticle).toString();
}

void EditorSettings::setLastArticle(const QString &id)
{
    m_settings->setValue(kLastArticle, id);
}

int EditorSettings::cursorPosition(const QString &articleId) const
{
    // Only the last article's place is kept: the settings do not grow with the store.
    const QStringList saved = m_settings->value(kCursor).toString().split(u' ');
    return saved.size() == 2 && saved[0] == articleId ? saved[1].toInt() : 0;
}

void EditorSettings::setCursorPosition(const QString &articleId, int position)
{
    m_settings->setValue(kCursor, QStringLiteral("%1 %2").arg(articleId).arg(position));
}

QString EditorSettings::userName() const
{
    return m_settings->value(kUserName).toString().trimmed();
}

QString EditorSettings::storyLanguage() const
{
    return m_settings->value(kStoryLanguage).toString();
}

void EditorSettings::setStoryLanguage(const QString &language)
{
    m_settings->setValue(kStoryLanguage, language);
}

QString EditorSettings::newStoryLanguage() const
{
    if (const QString chosen = storyLanguage(); !chosen.isEmpty())
        return chosen;
    const QString interface = QLocale().name();
    if (!interface.startsWith(QLatin1StringView("zh")))
        return QStringLiteral("en");
    return interface == QLatin1StringView("zh_CN") ? QStringLiteral("zh-Hans")
                                                   : QStringLiteral("zh-Hant");
}

void EditorSettings::setUserName(const QString &name)
{
    if (name.trimmed() == userName())
        return;
    m_settings->setValue(kUserName, name.trimmed());
    applyUserName();
    emit userNameChanged(userName());
}

namespace {

// $COPYDESK_USER as the process was started with (applyUserName changes it).
const QByteArray &environmentUser()
{
    static const QByteArray user = qgetenv("COPYDESK_USER");
    return user;
}

} // namespace

void EditorSettings::applyUserName() const
{
    // Through the environment, like --store's $COPYDESK_STORE: every ArticleStore this process
    // opens (the saver's, the publisher's, the watcher's) reads it.
    const QByteArray &started = environmentUser(); // read before the first change
    const QString name = userName();
    qputenv("COPYDESK_USER", name.isEmpty() ? started : name.toUtf8());
}

QString EditorSettings::defaultUserName() const
{
    const QString user = QString::fromLocal8Bit(environmentUser());
    return user.isEmpty() ? ArticleStore::systemUser() : user;
}
