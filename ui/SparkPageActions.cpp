// The per-workspace actions of the Spark page. Each opens its own dialog; the dialogs call the
// services and the page rereads the affected row afterwards.
#include "SparkPage.h"

#include "Services.h"
#include "Session.h"

#include <QMessageBox>

// --- Create Workspace (issue 3) ---
void SparkPage::createWorkspace()
{
    QMessageBox::information(this, tr("Create Workspace"), tr("Creating workspaces arrives in the next version."));
}

// --- Open a workspace's detail window (issue 4) ---
void SparkPage::openWorkspace()
{
    emit statusMessage(tr("The workspace detail window arrives in the next version."));
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
