#include "models/MemberService.h"

#include "models/Database.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceAccess.h"

#include <QSqlQuery>
#include <QVariant>

QList<Member> MemberService::list(const QString &workspaceId) const
{
    QList<Member> members;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT principal, role FROM members WHERE workspace_id = ?"
                             " ORDER BY CASE role WHEN 'Owner' THEN 0 WHEN 'DataEngineering' THEN 1"
                             " WHEN 'DataScience' THEN 2 ELSE 3 END, principal"));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        members.append({workspaceId, q.value(0).toString(), q.value(1).toString()});
    return members;
}

QStringList MemberService::addableUsers(const QString &workspaceId) const
{
    QStringList names;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM ram_users WHERE name NOT IN"
                             " (SELECT principal FROM members WHERE workspace_id = ?) ORDER BY name"));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QString MemberService::roleOf(const QString &workspaceId, const Identity &who) const
{
    return WorkspaceAccess::roleOf(m_db, workspaceId, who);
}

bool MemberService::isAccountOwner(const QString &principal) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM account WHERE id = 1 AND uid = ?"));
    q.addBindValue(principal);
    return q.exec() && q.next();
}

Status MemberService::checkRole(const QString &role) const
{
    if (ProductSpec::roles().contains(role))
        return {};
    return Status::failure(Field::Role, tr("Choose a role for the member."));
}

int MemberService::administratorCount(const QString &workspaceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM members WHERE workspace_id = ? AND role = 'Owner'"));
    q.addBindValue(workspaceId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Status MemberService::checkMayStopBeingAdministrator(const QString &workspaceId, const QString &principal,
                                                    bool removing) const
{
    // The account owner always counts as administrator (WorkspaceAccess::roleOf); a member row
    // saying otherwise would only mislead.
    if (isAccountOwner(principal))
        return Status::failure(removing ? Field::Member : Field::Role,
                               removing ? tr("The Alibaba Cloud account owner is always a workspace administrator and "
                                             "cannot be removed.")
                                        : tr("The Alibaba Cloud account owner is always a workspace administrator; "
                                             "the role cannot be changed."),
                               ErrorCode::Conflict);
    if (WorkspaceAccess::storedRoleOf(m_db, workspaceId, principal) == ProductSpec::RoleOwner
        && administratorCount(workspaceId) <= 1)
        return Status::failure(removing ? Field::Member : Field::Role,
                               removing ? tr("%1 is the last workspace administrator and cannot be removed. "
                                             "Make another member an administrator first.")
                                              .arg(principal)
                                        : tr("%1 is the last workspace administrator and cannot be given another "
                                             "role. Make another member an administrator first.")
                                              .arg(principal),
                               ErrorCode::Conflict);
    return {};
}

Status MemberService::addMembers(const Identity &who, const QString &workspaceId, const QStringList &ramUsers,
                                 const QString &role)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Members, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageMembers); !s.ok())
            return s;
        Status errors = checkRole(role);
        QStringList users;
        for (const QString &user : ramUsers)
            if (!users.contains(user))
                users << user;
        if (users.isEmpty())
            errors.add(Field::Member, tr("Select at least one RAM user."));
        const QStringList ramUserNames = [&] {
            QStringList names;
            QSqlQuery q(m_db.connection());
            q.exec(QStringLiteral("SELECT name FROM ram_users"));
            while (q.next())
                names << q.value(0).toString();
            return names;
        }();
        for (const QString &user : users) {
            if (!ramUserNames.contains(user)) {
                errors.add(Field::Member, tr("%1 is not a RAM user of this account.").arg(user), ErrorCode::NotFound);
                continue;
            }
            const QString current = WorkspaceAccess::storedRoleOf(m_db, workspaceId, user);
            if (!current.isEmpty())
                errors.add(Field::Member,
                           tr("%1 is already a member of this workspace (role: %2). Use Change Role to change the role.")
                               .arg(user, ProductSpec::roleName(current)),
                           ErrorCode::Conflict);
        }
        if (!errors.ok())
            return errors;
        QSqlQuery q(m_db.connection());
        for (const QString &user : users) {
            q.prepare(QStringLiteral("INSERT INTO members (workspace_id, principal, role) VALUES (?, ?, ?)"));
            q.addBindValue(workspaceId);
            q.addBindValue(user);
            q.addBindValue(role);
            if (Status s = Database::exec(q); !s.ok())
                return s;
        }
        return {};
    });
}

Status MemberService::changeRole(const Identity &who, const QString &workspaceId, const QString &principal,
                                 const QString &role)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Members, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageMembers); !s.ok())
            return s;
        if (Status s = checkRole(role); !s.ok())
            return s;
        const QString current = WorkspaceAccess::storedRoleOf(m_db, workspaceId, principal);
        if (current.isEmpty())
            return Status::failure(Field::Member, tr("%1 is not a member of this workspace.").arg(principal),
                                   ErrorCode::NotFound);
        if (current == role)
            return {};
        if (current == ProductSpec::RoleOwner) {
            if (Status s = checkMayStopBeingAdministrator(workspaceId, principal, false); !s.ok())
                return s;
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE members SET role = ? WHERE workspace_id = ? AND principal = ?"));
        q.addBindValue(role);
        q.addBindValue(workspaceId);
        q.addBindValue(principal);
        return Database::exec(q);
    });
}

Status MemberService::removeMember(const Identity &who, const QString &workspaceId, const QString &principal)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Members, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageMembers); !s.ok())
            return s;
        const QString current = WorkspaceAccess::storedRoleOf(m_db, workspaceId, principal);
        if (current.isEmpty())
            return Status::failure(Field::Member, tr("%1 is not a member of this workspace.").arg(principal),
                                   ErrorCode::NotFound);
        if (current == ProductSpec::RoleOwner) {
            if (Status s = checkMayStopBeingAdministrator(workspaceId, principal, true); !s.ok())
                return s;
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM members WHERE workspace_id = ? AND principal = ?"));
        q.addBindValue(workspaceId);
        q.addBindValue(principal);
        return Database::exec(q);
    });
}
