#include "ui/common/MenuAccessibility.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QActionEvent>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProxyStyle>

namespace {

const char PreparedProperty[] = "wcExplainsDisabledItems";

class ReachableDisabledStyle : public QProxyStyle
{
public:
    explicit ReachableDisabledStyle(const QString &base) : QProxyStyle(base) {}

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_Menu_AllowActiveAndDisabled)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

QStyle *reachableDisabledStyle()
{
    static QPointer<QStyle> style;
    if (!style) {
        style = new ReachableDisabledStyle(QApplication::style()->name());
        style->setParent(qApp);
    }
    return style;
}

QString withoutMnemonic(QString text)
{
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1); // "&&" keeps one '&': the loop steps past it
    }
    return text;
}

// The action's reason when it has one: an explicit tool tip (QAction::toolTip() otherwise
// repeats the text).
QString reasonOf(const QAction *action)
{
    const QString tip = action->toolTip();
    const QString name = withoutMnemonic(action->text());
    if (tip.isEmpty() || tip == name || tip == QString(name).remove(QLatin1String("...")))
        return {};
    return tip;
}

// Mirrors Qt's menu item interface (role, place, states, press/show-menu actions) and adds the
// description.
class MenuItemInterface : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    MenuItemInterface(QWidget *owner, QAction *action) : m_owner(owner), m_action(action) {}

    bool isValid() const override { return m_owner && m_action; }
    QObject *object() const override { return m_action; }
    QWindow *window() const override
    {
        QAccessibleInterface *owner = m_owner ? QAccessible::queryAccessibleInterface(m_owner.data()) : nullptr;
        return owner ? owner->window() : nullptr;
    }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_owner.data()); }
    QAccessibleInterface *child(int index) const override
    {
        return index == 0 && m_action->menu() ? QAccessible::queryAccessibleInterface(m_action->menu()) : nullptr;
    }
    int childCount() const override { return m_action->menu() ? 1 : 0; }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && m_action->menu() && child->object() == m_action->menu() ? 0 : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        QAccessibleInterface *sub = child(0);
        return sub && sub->rect().contains(x, y) ? sub : nullptr;
    }

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name: return withoutMnemonic(m_action->text());
        case QAccessible::Description: return reasonOf(m_action);
        case QAccessible::Accelerator:
            if (!m_action->shortcut().isEmpty())
                return m_action->shortcut().toString(QKeySequence::NativeText);
            return QKeySequence::mnemonic(m_action->text()).toString(QKeySequence::NativeText);
        default: return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (auto *menu = qobject_cast<QMenu *>(m_owner.data()))
            return menu->actionGeometry(m_action).translated(menu->mapToGlobal(QPoint(0, 0)));
        if (auto *bar = qobject_cast<QMenuBar *>(m_owner.data()))
            return bar->actionGeometry(m_action).translated(bar->mapToGlobal(QPoint(0, 0)));
        return {};
    }
    QAccessible::Role role() const override
    {
        return m_action->isSeparator() ? QAccessible::Separator : QAccessible::MenuItem;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!m_owner->isVisible() || !m_action->isVisible())
            s.invisible = true;
        if (auto *menu = qobject_cast<QMenu *>(m_owner.data()); menu && menu->activeAction() == m_action)
            s.focused = true;
        else if (auto *bar = qobject_cast<QMenuBar *>(m_owner.data()); bar && bar->activeAction() == m_action)
            s.focused = true;
        if (!m_action->isSeparator()) {
            s.focusable = true;
            s.selectable = true;
        }
        if (m_action->isSeparator() || !m_action->isEnabled())
            s.disabled = true;
        if (m_action->isCheckable())
            s.checkable = true;
        if (m_action->isChecked())
            s.checked = true;
        if (m_action->menu())
            s.hasPopup = true;
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }
    QStringList actionNames() const override
    {
        if (m_action->isSeparator())
            return {};
        return {m_action->menu() ? showMenuAction() : pressAction()};
    }
    void doAction(const QString &name) override
    {
        if (!m_action->isEnabled())
            return;
        if (name == pressAction()) {
            m_action->trigger();
        } else if (name == showMenuAction()) {
            if (m_action->menu() && m_action->menu()->isVisible())
                m_action->menu()->hide();
            else if (auto *menu = qobject_cast<QMenu *>(m_owner.data()))
                menu->setActiveAction(m_action);
            else if (auto *bar = qobject_cast<QMenuBar *>(m_owner.data()))
                bar->setActiveAction(m_action);
        }
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<QWidget> m_owner;
    QPointer<QAction> m_action;
};

QAccessibleInterface *menuItemFactory(const QString &className, QObject *object)
{
    if (className != QLatin1String("QAction"))
        return nullptr;
    auto *action = qobject_cast<QAction *>(object);
    if (!action)
        return nullptr;
    // Each of the app's menus makes its own QActions, so an action has one prepared menu.
    for (QObject *owner : action->associatedObjects()) {
        auto *menu = qobject_cast<QMenu *>(owner);
        if (menu && menu->property(PreparedProperty).toBool() && menu->actions().contains(action))
            return new MenuItemInterface(menu, action);
    }
    return nullptr;
}

// Keeps each item's status tip equal to its reason, so the status bar shows it while the item is
// active, by mouse or by keyboard, whether the menu hangs from the menu bar or pops up alone.
class StatusTipSync : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ActionAdded || event->type() == QEvent::ActionChanged) {
            QAction *action = static_cast<QActionEvent *>(event)->action();
            if (const QString reason = reasonOf(action); action->statusTip() != reason)
                action->setStatusTip(reason);
        }
        // A context menu is its own window, where a status tip stops unseen; its parent's
        // window shows it instead (menus of a menu bar send theirs to the bar already).
        if (event->type() == QEvent::StatusTip) {
            if (QWidget *parent = static_cast<QWidget *>(watched)->parentWidget()) {
                QCoreApplication::sendEvent(parent, event);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void MenuAccessibility::prepare(QMenu *menu)
{
    static const bool installed = [] {
        QAccessible::installFactory(menuItemFactory);
        return true;
    }();
    Q_UNUSED(installed);
    menu->setProperty(PreparedProperty, true);
    menu->setStyle(reachableDisabledStyle());
    menu->setToolTipsVisible(true);
    menu->installEventFilter(new StatusTipSync(menu));
    for (QAction *action : menu->actions())
        action->setStatusTip(reasonOf(action));
}
