// The per-workspace actions of the Spark page. Each opens its own dialog; the dialogs call the
// services, and the change feed updates the affected row (SparkPage's constructor).
#include "ui/workspaces/SparkPage.h"

#include "models/Format.h"
#include "ui/create/CreateWorkspaceDialog.h"
#include "ui/workspaces/DeleteWorkspaceDialog.h"
#include "ui/tags/EditTagsDialog.h"
#include "ui/quota/PayAsYouGoQuotaDialog.h"
#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/quota/SubscriptionQuotaDialog.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "ui/workspaces/WorkspaceTableModel.h"
#include "ui/common/Icons.h"
#include "ui/workspaces/ActionsColumnDelegate.h"
#include "ui/lifecycle/LifecycleActions.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

// --- The one description of each row action; every menu makes its own QActions from it ---
namespace {
struct RowActionInfo
{
    SparkPage::RowAction kind;
    const char *objectName;
    void (SparkPage::*slot)();
    Icons::Id icon;
};

const RowActionInfo *rowActionInfo(SparkPage::RowAction kind)
{
    using RA = SparkPage::RowAction;
    static const RowActionInfo table[] = {
        {RA::Open, "openWorkspaceAction", &SparkPage::openWorkspace, Icons::Id::Open},
        {RA::Delete, "deleteWorkspaceAction", &SparkPage::deleteWorkspace, Icons::Id::Delete},
        {RA::UpgradeQuota, "upgradeQuotaAction", &SparkPage::upgradeQuota, Icons::Id::UpgradeQuota},
        {RA::DowngradeQuota, "downgradeQuotaAction", &SparkPage::downgradeQuota, Icons::Id::DowngradeQuota},
        {RA::ModifyPayAsYouGoQuota, "modifyPayAsYouGoQuotaAction", &SparkPage::modifyPayAsYouGoQuota, Icons::Id::Quota},
        {RA::EditTags, "editTagsAction", &SparkPage::editTags, Icons::Id::Tags},
        {RA::Renew, "renewAction", &SparkPage::renew, Icons::Id::UpgradeQuota},
        {RA::AutoRenew, "autoRenewAction", &SparkPage::changeAutoRenew, Icons::Id::Quota},
        {RA::ConvertToSubscription, "convertToSubscriptionAction", &SparkPage::convertToSubscription,
         Icons::Id::UpgradeQuota},
    };
    for (const RowActionInfo &info : table)
        if (info.kind == kind)
            return &info;
    return nullptr;
}
} // namespace

void SparkPage::addRowActions(QMenu *menu, const QList<RowAction> &kinds)
{
    for (const RowAction kind : kinds) {
        const RowActionInfo *info = rowActionInfo(kind);
        if (!info) {
            menu->addSeparator();
            continue;
        }
        auto *action = new QAction(Icons::icon(info->icon), QString(), menu);
        action->setObjectName(QLatin1String(info->objectName));
        connect(action, &QAction::triggered, this, info->slot);
        menu->addAction(action);
        m_rowActions.append({kind, menu, action});
    }
    // The page's own menus are filled before the rest of the page exists; buildUi() then
    // translates and updates them with everything else.
    if (m_actionsDelegate) {
        retranslateRowActions();
        updateActions();
    }
}

QAction *SparkPage::rowAction(RowAction kind, const QMenu *menu) const
{
    for (const RowActionEntry &e : m_rowActions)
        if (e.kind == kind && e.menu == menu && e.action)
            return e.action;
    return nullptr;
}

void SparkPage::retranslateRowActions()
{
    for (const RowActionEntry &e : std::as_const(m_rowActions)) {
        if (!e.action) // its menu is gone
            continue;
        switch (e.kind) {
        case RowAction::Open: e.action->setText(tr("Open")); break;
        case RowAction::Delete: e.action->setText(tr("Delete")); break;
        case RowAction::UpgradeQuota: e.action->setText(tr("Upgrade Subscription Quota")); break;
        case RowAction::DowngradeQuota: e.action->setText(tr("Downgrade Subscription Quota")); break;
        case RowAction::ModifyPayAsYouGoQuota: e.action->setText(tr("Modify Pay-as-you-go Quota")); break;
        case RowAction::EditTags: e.action->setText(tr("Edit Tags")); break;
        case RowAction::Renew: e.action->setText(LifecycleActions::label(LifecycleActions::Action::Renew)); break;
        case RowAction::AutoRenew:
            e.action->setText(LifecycleActions::label(LifecycleActions::Action::AutoRenew));
            break;
        case RowAction::ConvertToSubscription:
            e.action->setText(LifecycleActions::label(LifecycleActions::Action::ConvertToSubscription));
            break;
        case RowAction::Separator: break;
        }
    }
}

// --- Create Workspace (issue 3) ---
void SparkPage::createWorkspace()
{
    CreateWorkspaceDialog dialog(m_services, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Workspace created = dialog.createdWorkspace();
    // A filter that hides the new row would make the creation look lost.
    if (!m_proxy->mapFromSource(m_model->indexOf(created.id)).isValid())
        clearFilters();
    selectWorkspace(created.id);
    focusList();
    emit statusMessage(tr("Workspace %1 (%2) is being created; its status turns from Starting to Running in a moment.")
                           .arg(created.name, created.id));
}

// --- Open a workspace's detail window (issue 4) ---
void SparkPage::openWorkspace()
{
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    QPointer<WorkspaceDetailWindow> &window = m_detailWindows[id];
    if (!window) {
        window = new WorkspaceDetailWindow(m_services, m_session, id, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &WorkspaceDetailWindow::statusMessage, this, &SparkPage::statusMessage);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

// --- Delete / Unsubscribe (issue 4) ---
void SparkPage::deleteWorkspace()
{
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    if (const Status allowed = Permissions::canManageWorkspaces(m_session.identity()); !allowed.ok()) {
        emit statusMessage(allowed.text());
        return;
    }
    // The neighbour as the user sees it (sorted, filtered): the next row, else the previous one.
    // Taken now: the feed removes the row as soon as the dialog has deleted the workspace.
    QString neighbour;
    const QModelIndex current = m_proxy->mapFromSource(m_model->indexOf(id));
    if (current.isValid()) {
        const int row = current.row();
        const int next = row + 1 < m_proxy->rowCount() ? row + 1 : row - 1;
        if (next >= 0)
            neighbour = m_proxy->index(next, 0).data(WorkspaceTableModel::IdRole).toString();
    }
    // The dialog picks Delete (pay-as-you-go) or Unsubscribe (subscription) from the billing method.
    DeleteWorkspaceDialog dialog(m_services, m_session, id, this);
    bool openJobs = false;
    connect(&dialog, &DeleteWorkspaceDialog::openJobsRequested, this, [&openJobs] { openJobs = true; });
    if (dialog.exec() != QDialog::Accepted) {
        if (openJobs) {
            selectWorkspace(id);
            openWorkspace();
            if (WorkspaceDetailWindow *window = detailWindow(id))
                window->showJobsTab();
        }
        return;
    }

    if (WorkspaceDetailWindow *window = detailWindow(id))
        window->close();
    if (!neighbour.isEmpty())
        selectWorkspace(neighbour);
    else
        focusList();
    updateActions();
    emit statusMessage(dialog.resultMessage());
}

// --- Upgrade subscription quota (issue 5) ---
void SparkPage::upgradeQuota()
{
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    SubscriptionQuotaDialog dialog(m_services, m_session, id, QuotaService::Direction::Upgrade, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.order())
        return;
    const Order order = *dialog.order();
    emit statusMessage(tr("%1 upgraded from %2 to %3 CUs; %4 paid (order %5).")
                           .arg(order.workspaceName, Format::number(order.cuBefore),
                                Format::number(order.cuAfter), Format::money(order.amountCents), order.id));
}

// --- Downgrade subscription quota (issue 5) ---
void SparkPage::downgradeQuota()
{
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    SubscriptionQuotaDialog dialog(m_services, m_session, id, QuotaService::Direction::Downgrade, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.order())
        return;
    const Order order = *dialog.order();
    emit statusMessage(tr("%1 downgraded from %2 to %3 CUs; %4 refunded (order %5).")
                           .arg(order.workspaceName, Format::number(order.cuBefore),
                                Format::number(order.cuAfter), Format::money(-order.amountCents), order.id));
}

// --- Modify pay-as-you-go quota (issue 5) ---
void SparkPage::modifyPayAsYouGoQuota()
{
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    PayAsYouGoQuotaDialog dialog(m_services, m_session, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto w = m_services.workspaces.find(id);
    emit statusMessage(tr("The maximum pay-as-you-go quota of %1 is now %Ln CU(s).", nullptr, dialog.appliedQuota())
                           .arg(w ? w->name : id));
}

// --- Edit tags (issue 5) ---
void SparkPage::editTags()
{
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    EditTagsDialog dialog(m_services, m_session, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto w = m_services.workspaces.find(id);
    const TagList tags = dialog.savedTags();
    emit statusMessage(tags.isEmpty() ? tr("%1 has no tags now.").arg(w ? w->name : id)
                                      : tr("Tags of %1 saved: %2").arg(w ? w->name : id, WorkspaceTableModel::tagsText(tags)));
}

// --- Renew, auto-renew settings, convert to subscription (issue 10) ---
void SparkPage::renew()
{
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    if (const QString message = LifecycleActions::renew(this, m_services, m_session, id); !message.isEmpty())
        emit statusMessage(message);
}

void SparkPage::changeAutoRenew()
{
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    if (const QString message = LifecycleActions::changeAutoRenew(this, m_services, m_session, id); !message.isEmpty())
        emit statusMessage(message);
}

void SparkPage::convertToSubscription()
{
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    const QString message = LifecycleActions::convertToSubscription(this, m_services, m_session, id);
    if (!message.isEmpty())
        emit statusMessage(message);
    updateActions(); // the row's billing method changed: other actions apply now
}

WorkspaceDetailWindow *SparkPage::detailWindow(const QString &id) const
{
    return m_detailWindows.value(id);
}
