#include "ui/lifecycle/LifecycleActions.h"

#include "models/Format.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/lifecycle/AutoRenewDialog.h"
#include "ui/lifecycle/ConvertToSubscriptionDialog.h"
#include "ui/lifecycle/RenewDialog.h"

namespace LifecycleActions {

QString label(Action action)
{
    switch (action) {
    case Action::Renew: return QCoreApplication::translate("LifecycleActions", "Renew");
    case Action::AutoRenew: return QCoreApplication::translate("LifecycleActions", "Auto-renew Settings");
    case Action::ConvertToSubscription: return QCoreApplication::translate("LifecycleActions", "Convert to Subscription");
    }
    return {};
}

Status check(Action action, const Session &session, const std::optional<Workspace> &w)
{
    if (!w)
        return Status::failure(Field::General, QCoreApplication::translate("LifecycleActions", "Select a workspace first."));
    if (Status allowed = Permissions::canChangeSubscription(session.identity()); !allowed.ok())
        return allowed;
    const bool subscription = w->billing == ProductSpec::Subscription;
    if (action == Action::ConvertToSubscription && subscription)
        return Status::failure(Field::Billing, QCoreApplication::translate("LifecycleActions", "Only pay-as-you-go workspaces can be converted to a subscription."));
    if (action != Action::ConvertToSubscription && !subscription)
        return Status::failure(Field::Billing, QCoreApplication::translate("LifecycleActions", "Only subscription workspaces can be renewed; convert it to a "
                                                  "subscription first."));
    return {};
}

QString renew(QWidget *parent, Services &services, Session &session, const QString &workspaceId)
{
    RenewDialog dialog(services, session, workspaceId, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.order())
        return {};
    const Order order = *dialog.order();
    const auto w = services.workspaces.find(workspaceId);
    return QCoreApplication::translate("LifecycleActions", "%1 renewed; %2 paid (order %3). It now expires on %4.")
        .arg(order.workspaceName, Format::money(order.amountCents), order.id,
             w.ok() ? Format::dateTime(w->expiresAtMs) : QString());
}

QString changeAutoRenew(QWidget *parent, Services &services, Session &session, const QString &workspaceId)
{
    AutoRenewDialog dialog(services, session, workspaceId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const auto w = services.workspaces.find(workspaceId);
    const QString name = w.ok() ? w->name : workspaceId;
    return dialog.savedAutoRenew()
        ? QCoreApplication::translate("LifecycleActions", "%1 now renews automatically by %2 when it expires.")
              .arg(name, ProductSpec::durationName(dialog.savedPeriod()))
        : QCoreApplication::translate("LifecycleActions", "Auto-renew of %1 is off; it expires on %2.")
              .arg(name, w.ok() ? Format::dateTime(w->expiresAtMs) : QString());
}

QString convertToSubscription(QWidget *parent, Services &services, Session &session, const QString &workspaceId)
{
    ConvertToSubscriptionDialog dialog(services, session, workspaceId, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.order())
        return {};
    const Order order = *dialog.order();
    return QCoreApplication::translate("LifecycleActions",
                                       "%1 is now a subscription of %2 CUs; %3 paid (order %4).")
        .arg(order.workspaceName, Format::number(order.cuAfter), Format::money(order.amountCents), order.id);
}

QString open(Action action, QWidget *parent, Services &services, Session &session, const QString &workspaceId)
{
    switch (action) {
    case Action::Renew: return renew(parent, services, session, workspaceId);
    case Action::AutoRenew: return changeAutoRenew(parent, services, session, workspaceId);
    case Action::ConvertToSubscription: return convertToSubscription(parent, services, session, workspaceId);
    }
    return {};
}

} // namespace LifecycleActions
