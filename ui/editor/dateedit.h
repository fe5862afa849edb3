// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

// A dateline date: free text as written on the copy ("11月24日", "Nov 24") or an ISO date
// picked from the calendar button, which opens on the date already typed when it is one.
class DateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

public slots:
    void showCalendar();

signals:
    // The user typed or picked a date (the text, as stored).
    void dateEdited(const QString &text);

protected:
    // Alt+Down or F4 opens the calendar, as in a combo box.
    void keyPressEvent(QKeyEvent *event) override;
    // A new palette (light/dark): the calendar is drawn again in the new text colour.
    void changeEvent(QEvent *event) override;

private:
    QAction *m_pick = nullptr;
};
