#pragma once

#include "models/Identity.h"
#include "models/Result.h"

#include <QCoreApplication>

// Who may do what (spec §1 and §6). Every service checks these; the UI asks the same functions
// to disable controls and explain why in a tooltip.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    // Creating a workspace: the account owner, or a RAM user with the Spark, OSS and DLF full
    // access policies and the administrator role in Spark Access Control. The refusal lists
    // exactly what is missing.
    static Status canCreateWorkspace(const Identity &who);
    // List-page actions (delete, unsubscribe, quota, tags): owner or Spark full access.
    static Status canManageWorkspaces(const Identity &who);
    // Renew, auto-renew settings and conversion to a subscription (issue 10): the same people
    // as a quota upgrade (canManageWorkspaces), with the same refusal.
    static Status canChangeSubscription(const Identity &who);
    // Seeing the list: any Spark policy, or the owner.
    static Status canViewWorkspaces(const Identity &who);

    // EditJob: changing an existing job's code type or script (spec §6: only Data Development
    // and administrators create and edit jobs; Data Analytics may only submit them).
    enum class InWorkspace { View, RunJob, StopJob, EditJob, ManageQueues, ManageMembers, ManageCatalogs };
    // Inside a workspace the member's role decides (role is an API name; empty = not a member).
    // queue matters for RunJob: Data Analytics may submit to dev_queue only.
    static Status canInWorkspace(const Identity &who, const QString &role, InWorkspace action,
                                 const QString &queue = {});
    // What a role may do inside a workspace, one sentence for dialogs (translated).
    static QString roleDescription(const QString &role);
};
