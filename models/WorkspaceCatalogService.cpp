#include "models/WorkspaceCatalogService.h"

#include "models/Database.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceAccess.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QString readCatalogsFailed()
{
    return WorkspaceCatalogService::tr("Could not read the data catalogs of the workspace.");
}

} // namespace

Result<QList<WorkspaceCatalog>> WorkspaceCatalogService::list(const QString &workspaceId) const
{
    QList<WorkspaceCatalog> list;
    QSqlQuery q(m_db.connection());
    if (Status s = Database::exec(q, QStringLiteral("SELECT catalog_id, is_default FROM workspace_catalogs"
                                                    " WHERE workspace_id = ? ORDER BY is_default DESC, catalog_id"),
                                  {workspaceId}, readCatalogsFailed());
        !s.ok())
        return s;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toBool()});
    if (Status s = Database::fetched(q, readCatalogsFailed()); !s.ok())
        return s;
    return list;
}

Result<QString> WorkspaceCatalogService::regionOf(const QString &workspaceId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = Database::exec(q, QStringLiteral("SELECT region FROM workspaces WHERE id = ?"), {workspaceId},
                                  readCatalogsFailed());
        !s.ok())
        return s;
    const Result<bool> row = Database::next(q, readCatalogsFailed());
    if (!row.ok())
        return Status(row);
    if (!row.value())
        return Result<QString>::failure(Field::General, tr("This workspace no longer exists."), ErrorCode::NotFound);
    return q.value(0).toString();
}

Result<QList<DlfCatalog>> WorkspaceCatalogService::addableCatalogs(const QString &workspaceId) const
{
    QList<DlfCatalog> list;
    QSqlQuery q(m_db.connection());
    if (Status s = Database::exec(q, QStringLiteral("SELECT c.catalog_id, c.region FROM catalogs c JOIN workspaces w"
                                                    " ON w.region = c.region WHERE w.id = ? AND c.catalog_id NOT IN"
                                                    " (SELECT catalog_id FROM workspace_catalogs WHERE workspace_id = w.id)"
                                                    " ORDER BY c.catalog_id"),
                                  {workspaceId}, readCatalogsFailed());
        !s.ok())
        return s;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    if (Status s = Database::fetched(q, readCatalogsFailed()); !s.ok())
        return s;
    return list;
}

QString WorkspaceCatalogService::whyNotRemovable(const WorkspaceCatalog &catalog)
{
    if (catalog.isDefault)
        return tr("%1 is the workspace's default data catalog (chosen at creation) and cannot be removed.")
            .arg(catalog.catalogId);
    return {};
}

Status WorkspaceCatalogService::addCatalog(const Identity &who, const QString &workspaceId, const QString &catalogId)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Catalogs, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageCatalogs); !s.ok())
            return s;
        if (catalogId.isEmpty())
            return Status::failure(Field::Catalog, tr("Choose a data catalog."));
        const Result<QString> regionRead = regionOf(workspaceId);
        if (!regionRead.ok())
            return regionRead;
        const QString region = regionRead.value();
        QSqlQuery q(m_db.connection());
        if (Status s = Database::exec(q, QStringLiteral("SELECT region FROM catalogs WHERE catalog_id = ?"
                                                        " ORDER BY region = ? DESC"),
                                      {catalogId, region}, readCatalogsFailed());
            !s.ok())
            return s;
        const Result<bool> catalogRow = Database::next(q, readCatalogsFailed());
        if (!catalogRow.ok())
            return catalogRow;
        if (!catalogRow.value())
            return Status::failure(Field::Catalog,
                                   tr("The data catalog %1 does not exist in this account.").arg(catalogId),
                                   ErrorCode::NotFound);
        const QString catalogRegion = q.value(0).toString();
        if (catalogRegion != region)
            return Status::failure(Field::Catalog,
                                   tr("The data catalog %1 is in %2. A workspace in %3 can use only data catalogs of "
                                      "its own region.")
                                       .arg(catalogId, ProductSpec::regionName(catalogRegion),
                                            ProductSpec::regionName(region)));
        if (Status s = Database::exec(q, QStringLiteral("SELECT is_default FROM workspace_catalogs"
                                                        " WHERE workspace_id = ? AND catalog_id = ?"),
                                      {workspaceId, catalogId}, readCatalogsFailed());
            !s.ok())
            return s;
        const Result<bool> used = Database::next(q, readCatalogsFailed());
        if (!used.ok())
            return used;
        if (used.value())
            return Status::failure(Field::Catalog,
                                   q.value(0).toBool()
                                       ? tr("The data catalog %1 is already this workspace's default catalog.").arg(catalogId)
                                       : tr("The data catalog %1 has already been added to this workspace.").arg(catalogId),
                                   ErrorCode::Conflict);
        return Database::exec(q, QStringLiteral("INSERT INTO workspace_catalogs (workspace_id, catalog_id, is_default)"
                                                " VALUES (?, ?, 0)"),
                              {workspaceId, catalogId}, Database::changeNotSaved());
    });
}

Status WorkspaceCatalogService::removeCatalog(const Identity &who, const QString &workspaceId, const QString &catalogId)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Catalogs, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageCatalogs); !s.ok())
            return s;
        QSqlQuery q(m_db.connection());
        if (Status s = Database::exec(q, QStringLiteral("SELECT is_default FROM workspace_catalogs"
                                                        " WHERE workspace_id = ? AND catalog_id = ?"),
                                      {workspaceId, catalogId}, readCatalogsFailed());
            !s.ok())
            return s;
        const Result<bool> used = Database::next(q, readCatalogsFailed());
        if (!used.ok())
            return used;
        if (!used.value())
            return Status::failure(Field::Catalog, tr("The data catalog %1 is not used by this workspace.").arg(catalogId),
                                   ErrorCode::NotFound);
        if (const QString why = whyNotRemovable({catalogId, q.value(0).toBool()}); !why.isEmpty())
            return Status::failure(Field::Catalog, why, ErrorCode::Conflict);
        return Database::exec(q, QStringLiteral("DELETE FROM workspace_catalogs WHERE workspace_id = ? AND catalog_id = ?"),
                              {workspaceId, catalogId}, Database::changeNotSaved());
    });
}
