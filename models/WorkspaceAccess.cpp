#include "models/WorkspaceAccess.h"

#include "models/Database.h"
#include "models/ProductSpec.h"

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
    QSqlQuery q(db.connection());
    if (Status s = Database::exec(q, QStringLiteral("SELECT role FROM members WHERE workspace_id = ? AND principal = ?"),
                                  {workspaceId, principal}, readAccessFailed());
        !s.ok())
        return s;
    const Result<bool> row = Database::next(q, readAccessFailed());
    if (!row.ok())
        return Status(row);
    return row.value() ? q.value(0).toString() : QString();
}

Result<QString> WorkspaceAccess::roleOf(Database &db, const QString &workspaceId, const Identity &who)
{
    if (who.isOwner())
        return ProductSpec::RoleOwner;
    return storedRoleOf(db, workspaceId, who.principal());
}

Result<bool> WorkspaceAccess::workspaceExists(Database &db, const QString &workspaceId)
{
    QSqlQuery q(db.connection());
    if (Status s = Database::exec(q, QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"), {workspaceId},
                                  readAccessFailed());
        !s.ok())
        return s;
    return Database::next(q, readAccessFailed());
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
