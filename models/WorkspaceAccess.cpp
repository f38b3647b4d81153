#include "models/WorkspaceAccess.h"

#include "models/Database.h"
#include "models/ProductSpec.h"

#include <QSqlQuery>
#include <QVariant>

QString WorkspaceAccess::storedRoleOf(Database &db, const QString &workspaceId, const QString &principal)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT role FROM members WHERE workspace_id = ? AND principal = ?"));
    q.addBindValue(workspaceId);
    q.addBindValue(principal);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString WorkspaceAccess::roleOf(Database &db, const QString &workspaceId, const Identity &who)
{
    if (who.isOwner())
        return ProductSpec::RoleOwner;
    return storedRoleOf(db, workspaceId, who.principal());
}

bool WorkspaceAccess::workspaceExists(Database &db, const QString &workspaceId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"));
    q.addBindValue(workspaceId);
    return q.exec() && q.next();
}

Status WorkspaceAccess::check(Database &db, const Identity &who, const QString &workspaceId,
                              Permissions::InWorkspace action, const QString &queue)
{
    if (!workspaceExists(db, workspaceId))
        return Status::failure(Field::General, tr("This workspace no longer exists."), ErrorCode::NotFound);
    // A RAM user without any EMR Serverless Spark policy cannot open the console at all, so no
    // role inside a workspace helps.
    if (Status view = Permissions::canViewWorkspaces(who); !view.ok())
        return view;
    return Permissions::canInWorkspace(who, roleOf(db, workspaceId, who), action, queue);
}
