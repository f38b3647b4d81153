#include "models/MemberService.h"

#include "models/AccountDirectory.h"
#include "models/Database.h"
#include "models/DomainText.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/Query.h"
#include "models/WorkspaceAccess.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// The stored role of a member; NotFound when principal is not a member of the workspace.
Result<QString> memberRole(Database &db, const QString &workspaceId, const QString &principal)
{
    const Result<QString> stored = WorkspaceAccess::storedRoleOf(db, workspaceId, principal);
    if (stored.ok() && stored.value().isEmpty())
        return Result<QString>::failure(Field::Member,
                                        MemberService::tr("%1 is not a member of this workspace.").arg(principal),
                                        ErrorCode::NotFound);
    return stored;
}

} // namespace

Result<QList<Member>> MemberService::list(const QString &workspaceId) const
{
    const QString failed = tr("Could not read the members of the workspace.");
    // Administrators first, then the roles in their declared order; the order is bound, never
    // spelled in SQL.
    QStringList whens;
    QVariantList values{workspaceId}; // the WHERE placeholder comes first
    const QList<Role> roles = DomainText::all<Role>();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        whens << QStringLiteral("WHEN ? THEN %1").arg(i);
        values << DomainText::toText(roles.at(i));
    }
    return Query::all(m_db, QStringLiteral("SELECT principal, role FROM members WHERE workspace_id = ?"
                                           " ORDER BY CASE role %1 ELSE %2 END, principal")
                                .arg(whens.join(QLatin1Char(' ')))
                                .arg(roles.size()),
                      values, failed, [&workspaceId](const QSqlQuery &q) {
                          return Member{workspaceId, q.value(0).toString(), q.value(1).toString()};
                      });
}

Result<QStringList> MemberService::addableUsers(const QString &workspaceId) const
{
    return Query::strings(m_db, QStringLiteral("SELECT name FROM ram_users WHERE name NOT IN"
                                               " (SELECT principal FROM members WHERE workspace_id = ?) ORDER BY name"),
                          {workspaceId}, tr("Could not read the RAM users of the account."));
}

Result<QString> MemberService::roleOf(const QString &workspaceId, const Identity &who) const
{
    return WorkspaceAccess::roleOf(m_db, workspaceId, who);
}

Result<bool> MemberService::isAccountOwner(const QString &principal) const
{
    return Query::exists(m_db, QStringLiteral("SELECT 1 FROM account WHERE id = 1 AND uid = ?"), {principal},
                         tr("Could not read the account settings."));
}

Status MemberService::checkRole(const QString &role) const
{
    if (ProductSpec::roles().contains(role))
        return {};
    return Status::failure(Field::Role, tr("Choose a role for the member."));
}

Result<qint64> MemberService::administratorCount(const QString &workspaceId) const
{
    return Query::number(m_db, QStringLiteral("SELECT count(*) FROM members WHERE workspace_id = ? AND role = ?"),
                         {workspaceId, DomainText::toText(Role::Owner)}, tr("Could not read the members of the workspace."));
}

Status MemberService::checkMayStopBeingAdministrator(const QString &workspaceId, const QString &principal,
                                                    bool removing) const
{
    // The account owner always counts as administrator (WorkspaceAccess::roleOf); a member row
    // saying otherwise would only mislead.
    const Result<bool> accountOwner = isAccountOwner(principal);
    if (!accountOwner.ok())
        return accountOwner;
    if (accountOwner.value())
        return Status::failure(removing ? Field::Member : Field::Role,
                               removing ? tr("The Alibaba Cloud account owner is always a workspace administrator and "
                                             "cannot be removed.")
                                        : tr("The Alibaba Cloud account owner is always a workspace administrator; "
                                             "the role cannot be changed."),
                               ErrorCode::Conflict);
    const Result<QString> stored = WorkspaceAccess::storedRoleOf(m_db, workspaceId, principal);
    if (!stored.ok())
        return stored;
    const Result<qint64> administrators = administratorCount(workspaceId);
    if (!administrators.ok())
        return administrators;
    if (stored.value() == ProductSpec::RoleOwner && administrators.value() <= 1)
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
        const Result<QStringList> ramUserNames = AccountDirectory(m_db).ramUserNames();
        if (!ramUserNames.ok())
            return ramUserNames;
        for (const QString &user : users) {
            if (!ramUserNames->contains(user)) {
                errors.add(Field::Member, tr("%1 is not a RAM user of this account.").arg(user), ErrorCode::NotFound);
                continue;
            }
            const Result<QString> stored = WorkspaceAccess::storedRoleOf(m_db, workspaceId, user);
            if (!stored.ok())
                return stored;
            const QString current = stored.value();
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
            if (Status s = Database::exec(q, QStringLiteral("INSERT INTO members (workspace_id, principal, role)"
                                                            " VALUES (?, ?, ?)"),
                                          {workspaceId, user, role}, Database::changeNotSaved());
                !s.ok())
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
        const Result<QString> stored = memberRole(m_db, workspaceId, principal);
        if (!stored.ok())
            return stored;
        const QString current = stored.value();
        if (current == role)
            return {};
        if (current == ProductSpec::RoleOwner) {
            if (Status s = checkMayStopBeingAdministrator(workspaceId, principal, false); !s.ok())
                return s;
        }
        QSqlQuery q(m_db.connection());
        return Database::exec(q, QStringLiteral("UPDATE members SET role = ? WHERE workspace_id = ? AND principal = ?"),
                              {role, workspaceId, principal}, Database::changeNotSaved());
    });
}

Status MemberService::removeMember(const Identity &who, const QString &workspaceId, const QString &principal)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Members, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageMembers); !s.ok())
            return s;
        const Result<QString> stored = memberRole(m_db, workspaceId, principal);
        if (!stored.ok())
            return stored;
        const QString current = stored.value();
        if (current == ProductSpec::RoleOwner) {
            if (Status s = checkMayStopBeingAdministrator(workspaceId, principal, true); !s.ok())
                return s;
        }
        QSqlQuery q(m_db.connection());
        return Database::exec(q, QStringLiteral("DELETE FROM members WHERE workspace_id = ? AND principal = ?"),
                              {workspaceId, principal}, Database::changeNotSaved());
    });
}
