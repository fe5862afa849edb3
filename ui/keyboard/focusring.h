// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// A ring in the palette's highlight colour around a field while it has the keyboard focus.
// Fusion draws one for line edits but none for QPlainTextEdit, on which the headline, deck
// and body are built, so a keyboard user could not see where typing would go. The ring is a
// transparent child laid over the field (it takes no clicks and no focus), so the field's own
// frame, palette and theme stay as they are.
class FocusRing : public QWidget
{
    Q_OBJECT

public:
    explicit FocusRing(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *m_field;
};
