// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QSettings>

#include <memory>

// The editor's preferences in one table of keys, each with a change signal (ghostwriter's
// AppSettings). Stored as an INI file in AppConfigLocation/editor.conf.
class EditorSettings : public QObject
{
    Q_OBJECT

public:
    enum Theme { SystemTheme, LightTheme, DarkTheme };
    Q_ENUM(Theme)

    static EditorSettings *instance();
    QSettings &store() { return *m_settings; }

    QFont editorFont() const;
    void setEditorFont(const QFont &font);

    Theme theme() const;
    void setTheme(Theme theme);

    // "" = the system's language, else "en", "zh_CN" or "zh_TW".
    QString uiLanguage() const;
    void setUiLanguage(const QString &language);

    // Milliseconds of quiet after the last keystroke before the article is saved: 200 to 2,000
    // (every change reaches the store within 2 s).
    int autosaveInterval() const;
    void setAutosaveInterval(int milliseconds);

    // The name revisions and edit locks record ("" = $COPYDESK_USER, else the OS user). Applied
    // to the process (see applyUserName) so that every store connection uses it.
    QString userName() const;
    void setUserName(const QString &name);
    void applyUserName() const;
    // Who the store records when no name is set: $COPYDESK_USER as started, else the login.
    QString defaultUserName() const;

    // The language a new story starts in: "" = the interface's (Chinese for a Chinese
    // interface, else English), else "en", "zh-Hans" or "zh-Hant" — a reporter's usual one.
    QString storyLanguage() const;
    void setStoryLanguage(const QString &language);
    // storyLanguage() resolved: what a new article gets.
    QString newStoryLanguage() const;

    // Whether misspellings are underlined while typing (Tools → Check Spelling… works anyway).
    bool checkSpellingAsYouType() const;
    void setCheckSpellingAsYouType(bool on);

    // Whether the site in the publishing folder is kept published while the editor is open:
    // saves go out within a second, scheduled and embargoed stories when they fall due (what
    // `copydesk publish --watch` does without the editor).
    bool publishWhileOpen() const;
    void setPublishWhileOpen(bool on);

    QString lastArticle() const;
    void setLastArticle(const QString &id);
    int cursorPosition(const QString &articleId) const;
    void setCursorPosition(const QString &articleId, int position);

signals:
    void editorFontChanged(const QFont &font);
    void themeChanged(EditorSettings::Theme theme);
    void uiLanguageChanged(const QString &language);
    void autosaveIntervalChanged(int milliseconds);
    void userNameChanged(const QString &name);
    void checkSpellingAsYouTypeChanged(bool on);
    void publishWhileOpenChanged(bool on);
    // SpellingPreferences were saved anew (Settings → spelling).
    void spellingChanged();

private:
    EditorSettings();
    std::unique_ptr<QSettings> m_settings;
};
