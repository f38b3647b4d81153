#include "ui/common/Announce.h"

#include <QAccessible>

namespace {
Announce::Observer g_observer = nullptr;
}

void Announce::alert(QObject *object)
{
    if (g_observer)
        g_observer(object);
    QAccessibleEvent nameChanged(object, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent alert(object, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void Announce::setObserver(Observer observer)
{
    g_observer = observer;
}
