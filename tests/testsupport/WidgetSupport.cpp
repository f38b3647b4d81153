#include "tests/testsupport/WidgetSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

QStringList widgetsWithoutAccessibleName(QObject *root)
{
    QStringList missing;
    auto *rootWidget = qobject_cast<QWidget *>(root);
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        // Popups (a combo box's list) belong to their owner; a table's header is exposed as its
        // column headers, not as a control of its own.
        if ((rootWidget && w->window() != rootWidget->window()) || qobject_cast<QHeaderView *>(w))
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
        if (!interactive || !w->isVisibleTo(w->window()))
            continue;
        // Line edits inside combo boxes and spin boxes are named by their owner.
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parent()) || qobject_cast<QAbstractSpinBox *>(w->parent())))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return missing;
}
