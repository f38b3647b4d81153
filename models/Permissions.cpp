#include "models/Permissions.h"

#include "models/ProductSpec.h"

Status Permissions::canCreateWorkspace(const Identity &who)
{
    if (who.isOwner())
        return {};
    QStringList missing;
    for (const QString &policy : {ProductSpec::PolicySparkFull, ProductSpec::PolicyOssFull, ProductSpec::PolicyDlfFull})
        if (!who.hasPolicy(policy))
            missing << tr("the %1 policy").arg(policy);
    if (!who.sparkAdmin)
        missing << tr("the administrator role in EMR Serverless Spark Access Control");
    if (missing.isEmpty())
        return {};
    return Status::failure(Field::Identity,
                           tr("RAM user %1 cannot create workspaces. Missing: %2.")
                               .arg(who.name, missing.join(tr(", "))),
                           ErrorCode::PermissionDenied);
}

Status Permissions::canManageWorkspaces(const Identity &who)
{
    if (who.hasPolicy(ProductSpec::PolicySparkFull))
        return {};
    return Status::failure(Field::Identity,
                           tr("RAM user %1 cannot change workspaces: this needs the %2 policy.")
                               .arg(who.name, ProductSpec::PolicySparkFull),
                           ErrorCode::PermissionDenied);
}

Status Permissions::canChangeSubscription(const Identity &who)
{
    return canManageWorkspaces(who);
}

Status Permissions::canViewWorkspaces(const Identity &who)
{
    for (const QString &p : {ProductSpec::PolicySparkFull, ProductSpec::PolicySparkDeveloper, ProductSpec::PolicySparkReadOnly})
        if (who.hasPolicy(p))
            return {};
    return Status::failure(Field::Identity, tr("RAM user %1 has no EMR Serverless Spark policy.").arg(who.name),
                           ErrorCode::PermissionDenied);
}

Status Permissions::canInWorkspace(const Identity &who, const QString &role, InWorkspace action, const QString &queue)
{
    if (who.isOwner() || role == ProductSpec::RoleOwner)
        return {};
    const auto refuse = [&](const QString &why) {
        return Status::failure(Field::Role, why, ErrorCode::PermissionDenied);
    };
    if (role.isEmpty())
        return refuse(tr("%1 is not a member of this workspace.").arg(who.name));
    const QString roleName = ProductSpec::roleName(role);
    switch (action) {
    case InWorkspace::View:
        return {};
    case InWorkspace::RunJob:
        if (role == ProductSpec::RoleDataEngineering)
            return {};
        if (role == ProductSpec::RoleDataScience) {
            if (queue.isEmpty() || queue == ProductSpec::DevQueue)
                return {};
            return refuse(tr("The %1 role can submit jobs to %2 only.").arg(roleName, ProductSpec::DevQueue));
        }
        return refuse(tr("The %1 role is read-only.").arg(roleName));
    case InWorkspace::StopJob:
        if (role == ProductSpec::RoleDataEngineering)
            return {};
        return refuse(tr("The %1 role cannot stop jobs.").arg(roleName));
    case InWorkspace::EditJob:
        if (role == ProductSpec::RoleDataEngineering)
            return {};
        if (role == ProductSpec::RoleDataScience)
            return refuse(tr("The %1 role cannot change an existing job's code type or script. Run the job unchanged, "
                             "or under a new name.")
                              .arg(roleName));
        return refuse(tr("The %1 role is read-only.").arg(roleName));
    case InWorkspace::ManageQueues:
    case InWorkspace::ManageMembers:
    case InWorkspace::ManageCatalogs:
        return refuse(tr("Only a workspace administrator can do this; your role is %1.").arg(roleName));
    }
    return refuse(QString());
}

QString Permissions::roleDescription(const QString &role)
{
    if (role == ProductSpec::RoleOwner)
        return tr("Everything in the workspace, including its queues, data catalogs and members.");
    if (role == ProductSpec::RoleDataEngineering)
        return tr("Views the workspace; creates, edits, runs and stops jobs on any queue.");
    if (role == ProductSpec::RoleDataScience)
        return tr("Views the workspace; submits jobs to %1 only.").arg(ProductSpec::DevQueue);
    if (role == ProductSpec::RoleGuest)
        return tr("Views the workspace only (read-only).");
    return {};
}
