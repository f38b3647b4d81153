#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// Members of a workspace and their roles (spec §6, issue 6). Members are RAM users of the
// account; the creator and the account owner are administrators (role Owner, inserted with the
// workspace; the account owner's row cannot be removed or demoted). Every
// change needs the ManageMembers right, checked inside the change's transaction, and keeps at
// least one administrator.
class MemberService
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)

public:
    MemberService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Administrators first, then by role and name.
    Result<QList<Member>> list(const QString &workspaceId) const;
    // RAM users of the account who are not members yet (what Add User offers), by name.
    Result<QStringList> addableUsers(const QString &workspaceId) const;
    // The identity's role in the workspace (see WorkspaceAccess::roleOf).
    Result<QString> roleOf(const QString &workspaceId, const Identity &who) const;
    // True when principal is the account owner, who always stays an administrator.
    Result<bool> isAccountOwner(const QString &principal) const;

    // Refuses when the member must stay an administrator: the account owner always, and the
    // last administrator of the workspace. Removing and demoting check this.
    Status checkMayStopBeingAdministrator(const QString &workspaceId, const QString &principal, bool removing) const;

    // Adds every listed RAM user with the role, all or none; each refusal names its user.
    Status addMembers(const Identity &who, const QString &workspaceId, const QStringList &ramUsers, const QString &role);
    Status changeRole(const Identity &who, const QString &workspaceId, const QString &principal, const QString &role);
    Status removeMember(const Identity &who, const QString &workspaceId, const QString &principal);

private:
    Status checkRole(const QString &role) const;
    Result<qint64> administratorCount(const QString &workspaceId) const;

    Database &m_db;
    const Clock &m_clock;
};
