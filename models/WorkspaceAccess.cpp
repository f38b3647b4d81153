#include "WorkspaceAccess.h"

#include "Database.h"
#include "ProductSpec.h"

#include <QSqlQuery>
#include <QVariant>

QString WorkspaceAccess::memberRole(Database &db, const QString &workspaceId, const QString &principal)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT role FROM members WHERE workspace_id = ? AND principal = ?"));
    q.addBindValue(workspaceId);
    q.addBindValue(principal);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

QString WorkspaceAccess::roleOf(Database &db, const QString &workspaceId, const Identity &who)
{
    if (who.isOwner())
        return ProductSpec::RoleOwner;
    return memberRole(db, workspaceId, who.principal());
}

Status WorkspaceAccess::check(Database &db, const QString &workspaceId, const Identity &who,
                              Permissions::InWorkspace action, const QString &queue)
{
    return Permissions::canInWorkspace(who, roleOf(db, workspaceId, who), action, queue);
}
