// The per-workspace actions of the Spark page. Each opens its own dialog; the dialogs call the
// services and the page rereads the affected row afterwards.
#include "SparkPage.h"

#include "CreateWorkspaceDialog.h"
#include "DeleteWorkspaceDialog.h"
#include "Permissions.h"
#include "Services.h"
#include "Session.h"
#include "WorkspaceDetailWindow.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceTableModel.h"

#include <QItemSelectionModel>
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
    const QString id = selectedWorkspaceId();
    if (id.isEmpty())
        return;
    if (const Status allowed = Permissions::canManageWorkspaces(m_session.identity()); !allowed.ok()) {
        emit statusMessage(allowed.text());
        return;
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

    // The neighbour as the user sees it (sorted, filtered): the next row, else the previous one.
    QString neighbour;
    const QModelIndex current = m_proxy->mapFromSource(m_model->indexOf(id));
    if (current.isValid()) {
        const int row = current.row();
        const int next = row + 1 < m_proxy->rowCount() ? row + 1 : row - 1;
        if (next >= 0)
            neighbour = m_proxy->index(next, 0).data(WorkspaceTableModel::IdRole).toString();
    }
    if (WorkspaceDetailWindow *window = detailWindow(id))
        window->close();
    refreshWorkspace(id);
    if (!neighbour.isEmpty())
        selectWorkspace(neighbour);
    else
        m_view->setFocus();
    updateActions();
    emit statusMessage(dialog.resultMessage());
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
