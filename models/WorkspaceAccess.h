#pragma once

#include "models/Identity.h"
#include "models/Permissions.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The role of the signed-in identity inside one workspace, and the permission check every
// in-workspace service runs before it reads or writes (spec §6). Services call check() inside
// their Database::write() so a role changed by another app instance is seen.
class WorkspaceAccess
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceAccess)

public:
    // The member's role (an API name), or empty when who is not a member. The account owner
    // always counts as the workspace administrator, member row or not.
    // A read that fails is a Storage error, never "not a member" or a role.
    static Result<QString> roleOf(Database &db, const QString &workspaceId, const Identity &who);
    // The role of a principal as stored (no account-owner rule); empty when not a member.
    static Result<QString> storedRoleOf(Database &db, const QString &workspaceId, const QString &principal);
    static Result<bool> workspaceExists(Database &db, const QString &workspaceId);

    // Refuses with a NotFound error when the workspace is gone, a PermissionDenied error when the
    // identity has no EMR Serverless Spark policy at all, and otherwise as
    // Permissions::canInWorkspace() decides for the identity's role.
    static Status check(Database &db, const Identity &who, const QString &workspaceId, Permissions::InWorkspace action,
                        const QString &queue = {});
};
