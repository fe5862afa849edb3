// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

// Puts `text` in a line edit and keeps the cursor where it was: what a field shows when undo
// puts its value back (the form's fields, the photo strip's captions).
inline void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int position = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(qMin(position, int(text.size())));
}
