// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;
class QSpinBox;
class QTabWidget;

// Edit → Settings…, in pages: General (interface language, light/dark, your name, the
// language of new stories), Editor (font, autosave), Spelling (checking as you type, the
// dictionary), Publishing (the folder and base URL File → Publish… starts with) and Store
// (which store the editor works on).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `storeDescription`: the store open now, as the Store page shows it (passwords left out).
    explicit SettingsDialog(QWidget *parent = nullptr, const QString &storeDescription = {});

    // Writes the choices to EditorSettings (which tells the window).
    void apply();

    QTabWidget *pages() const { return m_pages; }
    QFontComboBox *fontBox() const { return m_font; }
    QCheckBox *checkSpellingBox() const { return m_checkSpelling; }
    QCheckBox *publishWhileOpenBox() const { return m_publishWhileOpen; }
    QLineEdit *publishFolderEdit() const { return m_publishFolder; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }

private:
    QTabWidget *m_pages;
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QComboBox *m_theme;
    QComboBox *m_language;
    QComboBox *m_storyLanguage;
    QDoubleSpinBox *m_autosave;
    QLineEdit *m_userName;
    QComboBox *m_englishDictionary;
    QCheckBox *m_checkAcronyms;
    QCheckBox *m_checkSpelling;
    QCheckBox *m_publishWhileOpen;
    QLineEdit *m_publishFolder;
    QLineEdit *m_baseUrl;
};

// Applies a theme to the running application: the system's palette, or Fusion light or dark.
void applyTheme(int theme);
