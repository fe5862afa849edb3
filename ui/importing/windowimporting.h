// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;

// Gives the window File → Import… and imports of files dropped on the article list
// (importfiles.h), and the import cleanups: pasting into the body turns rich text (browser, Word)
// into clean Markdown and cleans plain text (converter pinyin, ASCII punctuation in Chinese);
// Edit → Clean Up Pasted Text, Convert to Simplified Chinese and Convert to Traditional
// Chinese, each one undoable step.
void attachImporting(MainWindow *window);
