// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// Edit → Settings…: editor font and size, light/dark (following the system by default), UI
// language, and how soon after the last keystroke an article is saved.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Writes the choices to EditorSettings (which tells the window).
    void apply();

private:
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QComboBox *m_theme;
    QComboBox *m_language;
    QComboBox *m_storyLanguage;
    QDoubleSpinBox *m_autosave;
    QLineEdit *m_userName;
    QComboBox *m_englishDictionary;
    QCheckBox *m_checkAcronyms;
};

// Applies a theme to the running application: the system's palette, or Fusion light or dark.
void applyTheme(int theme);
