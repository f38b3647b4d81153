#include "models/WorkspaceAccess.h"

#include "models/Database.h"
#include "models/ProductSpec.h"
#include "models/Query.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QString readAccessFailed()
{
    return WorkspaceAccess::tr("Could not read your role in this workspace.");
}

} // namespace

Result<QString> WorkspaceAccess::storedRoleOf(Database &db, const QString &workspaceId, const QString &principal)
{
    const Result<std::optional<QVariant>> role =
        Query::value(db, QStringLiteral("SELECT role FROM members WHERE workspace_id = ? AND principal = ?"),
                     {workspaceId, principal}, readAccessFailed());
    if (!role.ok())
        return Status(role);
    return role.value() ? role.value()->toString() : QString();
}

Result<QString> WorkspaceAccess::roleOf(Database &db, const QString &workspaceId, const Identity &who)
{
    if (who.isOwner())
        return ProductSpec::RoleOwner;
    return storedRoleOf(db, workspaceId, who.principal());
}

Result<bool> WorkspaceAccess::workspaceExists(Database &db, const QString &workspaceId)
{
    return Query::exists(db, QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"), {workspaceId},
                         readAccessFailed());
}

Status WorkspaceAccess::check(Database &db, const Identity &who, const QString &workspaceId,
                              Permissions::InWorkspace action, const QString &queue)
{
    const Result<bool> exists = workspaceExists(db, workspaceId);
    if (!exists.ok())
        return exists;
    if (!exists.value())
        return Status::failure(Field::General, tr("This workspace no longer exists."), ErrorCode::NotFound);
    // A RAM user without any EMR Serverless Spark policy cannot open the console at all, so no
    // role inside a workspace helps.
    if (Status view = Permissions::canViewWorkspaces(who); !view.ok())
        return view;
    const Result<QString> role = roleOf(db, workspaceId, who);
    if (!role.ok())
        return role;
    return Permissions::canInWorkspace(who, role.value(), action, queue);
}
