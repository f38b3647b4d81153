// The per-workspace actions of the Spark page. Each opens its own dialog; the dialogs call the
// services and the page rereads the affected row afterwards.
#include "SparkPage.h"

#include "CreateWorkspaceDialog.h"
#include "Services.h"
#include "Session.h"
#include "WorkspaceDetailWindow.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceTableModel.h"

#include <QMessageBox>
#include <QTableView>

// --- Create Workspace (issue 3) ---
void SparkPage::createWorkspace()
{
    CreateWorkspaceDialog dialog(m_services, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Workspace created = dialog.createdWorkspace();
    refreshWorkspace(created.id);
    // A filter that hides the new row would make the creation look lost.
    if (!m_proxy->mapFromSource(m_model->indexOf(created.id)).isValid())
        clearFilters();
    selectWorkspace(created.id);
    m_view->setFocus();
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
    emit statusMessage(tr("Quota changes arrive in the next version."));
}

// --- Downgrade subscription quota (issue 5) ---
void SparkPage::downgradeQuota()
{
    emit statusMessage(tr("Quota changes arrive in the next version."));
}

// --- Modify pay-as-you-go quota (issue 5) ---
void SparkPage::modifyPayAsYouGoQuota()
{
    emit statusMessage(tr("Quota changes arrive in the next version."));
}

// --- Edit tags (issue 5) ---
void SparkPage::editTags()
{
    emit statusMessage(tr("Editing tags arrives in the next version."));
}

WorkspaceDetailWindow *SparkPage::detailWindow(const QString &id) const
{
    return m_detailWindows.value(id);
}
