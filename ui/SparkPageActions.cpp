// The per-workspace actions of the Spark page. Each opens its own dialog; the dialogs call the
// services and the page rereads the affected row afterwards.
#include "SparkPage.h"

#include "EditTagsDialog.h"
#include "PayAsYouGoQuotaDialog.h"
#include "Pricing.h"
#include "Services.h"
#include "Session.h"
#include "SubscriptionQuotaDialog.h"
#include "WorkspaceDetailWindow.h"
#include "WorkspaceTableModel.h"

#include <QLocale>
#include <QMessageBox>

// --- Create Workspace (issue 3) ---
void SparkPage::createWorkspace()
{
    QMessageBox::information(this, tr("Create Workspace"), tr("Creating workspaces arrives in the next version."));
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
        connect(window, &WorkspaceDetailWindow::workspaceChanged, this, &SparkPage::refreshWorkspace);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

// --- Delete / Unsubscribe (issue 4) ---
void SparkPage::deleteWorkspace()
{
    emit statusMessage(tr("Deleting workspaces arrives in the next version."));
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
    refreshWorkspace(id);
    selectWorkspace(id);
    emit statusMessage(tr("%1 upgraded from %2 to %3 CUs; %4 paid (order %5).")
                           .arg(order.workspaceName, QLocale().toString(order.cuBefore),
                                QLocale().toString(order.cuAfter), Pricing::formatCents(order.amountCents), order.id));
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
    refreshWorkspace(id);
    selectWorkspace(id);
    emit statusMessage(tr("%1 downgraded from %2 to %3 CUs; %4 refunded (order %5).")
                           .arg(order.workspaceName, QLocale().toString(order.cuBefore),
                                QLocale().toString(order.cuAfter), Pricing::formatCents(-order.amountCents), order.id));
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
    refreshWorkspace(id);
    selectWorkspace(id);
    const auto w = m_services.workspaces.find(id);
    emit statusMessage(tr("The maximum pay-as-you-go quota of %1 is now %2 CUs.")
                           .arg(w ? w->name : id, QLocale().toString(dialog.appliedQuota())));
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
    refreshWorkspace(id);
    selectWorkspace(id);
    const auto w = m_services.workspaces.find(id);
    const TagList tags = dialog.savedTags();
    emit statusMessage(tags.isEmpty() ? tr("%1 has no tags now.").arg(w ? w->name : id)
                                      : tr("Tags of %1 saved: %2").arg(w ? w->name : id, WorkspaceTableModel::tagsText(tags)));
}

WorkspaceDetailWindow *SparkPage::detailWindow(const QString &id) const
{
    return m_detailWindows.value(id);
}
