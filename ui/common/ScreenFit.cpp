#include "ui/common/ScreenFit.h"

#include <QEvent>
#include <QScreen>
#include <QWidget>

ScreenFit::ScreenFit(QObject *parent) : QObject(parent) {}

void ScreenFit::fit(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is known only once the window manager framed the window;
    // before that the difference is zero and the content gets the whole area.
    const QSize frameExtra = window->frameGeometry().size() - window->geometry().size();
    const QSize room = available.size() - frameExtra;
    const QSize fitted = window->size().boundedTo(room).expandedTo(window->minimumSize());
    if (fitted != window->size())
        window->resize(fitted);
    QRect frame = window->frameGeometry();
    if (!available.contains(frame)) {
        frame.moveLeft(qBound(available.left(), frame.left(), qMax(available.left(), available.right() - frame.width() + 1)));
        frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - frame.height() + 1)));
        window->move(frame.topLeft());
    }
}

bool ScreenFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow() && !(widget->windowType() == Qt::Popup || widget->windowType() == Qt::ToolTip))
            fit(widget);
    }
    return QObject::eventFilter(watched, event);
}
