#pragma once

#include "Identity.h"
#include "Permissions.h"
#include "Result.h"

#include <QString>

class Database;

// Who may do what inside one workspace: the member's role from the members table, checked with
// Permissions::canInWorkspace. Shared by every service that acts inside a workspace (jobs,
// members, queues, catalogs), so the role lookup lives in one place.
class WorkspaceAccess
{
public:
    // The role (API name, e.g. "DataEngineering") of principal in the workspace, or empty when
    // the principal is not a member.
    static QString memberRole(Database &db, const QString &workspaceId, const QString &principal);

    // The role of the signed-in identity; the account owner counts as an administrator.
    static QString roleOf(Database &db, const QString &workspaceId, const Identity &who);

    // Permissions::canInWorkspace with the identity's role read from the store.
    static Status check(Database &db, const QString &workspaceId, const Identity &who,
                        Permissions::InWorkspace action, const QString &queue = {});
};
