// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/dateedit.h"

#include "editor/undoshortcutfilter.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QWidgetAction>

namespace {

// A small calendar sheet drawn in the text colour: no icon theme is needed.
QIcon calendarIcon(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 2.5));
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3);
    painter.fillRect(QRectF(4, 6, 24, 7), colour);
    painter.drawLine(QPointF(10, 3), QPointF(10, 9));
    painter.drawLine(QPointF(22, 3), QPointF(22, 9));
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 3; ++col)
            painter.fillRect(QRectF(8 + col * 6, 16 + row * 6, 3.5, 3.5), colour);
    }
    return QIcon(pixmap);
}

} // namespace

DateEdit::DateEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Date"));
    setToolTip(tr("The date as written on the copy (“11月24日”, “Nov. 24”) or YYYY-MM-DD from "
                  "the calendar"));
    installEventFilter(UndoShortcutFilter::instance());
    QAction *pick = addAction(calendarIcon(palette().color(QPalette::Text)), TrailingPosition);
    m_pick = pick;
    pick->setToolTip(tr("Pick a date"));
    for (QObject *button : pick->associatedObjects()) {
        if (auto *widget = qobject_cast<QWidget *>(button))
            widget->setAccessibleName(tr("Pick a date"));
    }
    connect(pick, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateEdit::dateEdited);
}

void DateEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_pick)
        m_pick->setIcon(calendarIcon(palette().color(QPalette::Text)));
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4
        || (event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    const QDate current = QDate::fromString(text(), Qt::ISODate);
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](QDate date) {
        setText(date.toString(Qt::ISODate));
        emit dateEdited(text());
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](QDate date) {
        setText(date.toString(Qt::ISODate));
        emit dateEdited(text());
        menu.close();
    });
    calendar->setFocus();
    menu.exec(mapToGlobal(QPoint(0, height())));
}
