#include "models/WorkspaceCatalogService.h"

#include "models/Database.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/Query.h"
#include "models/WorkspaceAccess.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QString readCatalogsFailed()
{
    return WorkspaceCatalogService::tr("Could not read the data catalogs of the workspace.");
}

// Whether the workspace uses the catalog (is_default); none when it does not use it.
Result<std::optional<QVariant>> usedAsDefault(const Database &db, const QString &workspaceId, const QString &catalogId)
{
    return Query::value(db, QStringLiteral("SELECT is_default FROM workspace_catalogs WHERE workspace_id = ? AND catalog_id = ?"),
                        {workspaceId, catalogId}, readCatalogsFailed());
}

} // namespace

Result<QList<WorkspaceCatalog>> WorkspaceCatalogService::list(const QString &workspaceId) const
{
    return Query::all(m_db, QStringLiteral("SELECT catalog_id, is_default FROM workspace_catalogs"
                                           " WHERE workspace_id = ? ORDER BY is_default DESC, catalog_id"),
                      {workspaceId}, readCatalogsFailed(),
                      [](const QSqlQuery &q) { return WorkspaceCatalog{q.value(0).toString(), q.value(1).toBool()}; });
}

Result<QString> WorkspaceCatalogService::regionOf(const QString &workspaceId) const
{
    const Result<std::optional<QVariant>> region =
        Query::value(m_db, QStringLiteral("SELECT region FROM workspaces WHERE id = ?"), {workspaceId}, readCatalogsFailed());
    if (!region.ok())
        return Status(region);
    if (!region.value())
        return Result<QString>::failure(Field::General, tr("This workspace no longer exists."), ErrorCode::NotFound);
    return region.value()->toString();
}

Result<QList<DlfCatalog>> WorkspaceCatalogService::addableCatalogs(const QString &workspaceId) const
{
    return Query::all(m_db, QStringLiteral("SELECT c.catalog_id, c.region FROM catalogs c JOIN workspaces w"
                                           " ON w.region = c.region WHERE w.id = ? AND c.catalog_id NOT IN"
                                           " (SELECT catalog_id FROM workspace_catalogs WHERE workspace_id = w.id)"
                                           " ORDER BY c.catalog_id"),
                      {workspaceId}, readCatalogsFailed(),
                      [](const QSqlQuery &q) { return DlfCatalog{q.value(0).toString(), q.value(1).toString()}; });
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
        const Result<std::optional<QVariant>> catalogRow =
            Query::value(m_db, QStringLiteral("SELECT region FROM catalogs WHERE catalog_id = ? ORDER BY region = ? DESC"),
                         {catalogId, region}, readCatalogsFailed());
        if (!catalogRow.ok())
            return catalogRow;
        if (!catalogRow.value())
            return Status::failure(Field::Catalog,
                                   tr("The data catalog %1 does not exist in this account.").arg(catalogId),
                                   ErrorCode::NotFound);
        const QString catalogRegion = catalogRow.value()->toString();
        if (catalogRegion != region)
            return Status::failure(Field::Catalog,
                                   tr("The data catalog %1 is in %2. A workspace in %3 can use only data catalogs of "
                                      "its own region.")
                                       .arg(catalogId, ProductSpec::regionName(catalogRegion),
                                            ProductSpec::regionName(region)));
        const Result<std::optional<QVariant>> used = usedAsDefault(m_db, workspaceId, catalogId);
        if (!used.ok())
            return used;
        if (used.value())
            return Status::failure(Field::Catalog,
                                   used.value()->toBool()
                                       ? tr("The data catalog %1 is already this workspace's default catalog.").arg(catalogId)
                                       : tr("The data catalog %1 has already been added to this workspace.").arg(catalogId),
                                   ErrorCode::Conflict);
        QSqlQuery q(m_db.connection());
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
        const Result<std::optional<QVariant>> used = usedAsDefault(m_db, workspaceId, catalogId);
        if (!used.ok())
            return used;
        if (!used.value())
            return Status::failure(Field::Catalog, tr("The data catalog %1 is not used by this workspace.").arg(catalogId),
                                   ErrorCode::NotFound);
        if (const QString why = whyNotRemovable({catalogId, used.value()->toBool()}); !why.isEmpty())
            return Status::failure(Field::Catalog, why, ErrorCode::Conflict);
        QSqlQuery q(m_db.connection());
        return Database::exec(q, QStringLiteral("DELETE FROM workspace_catalogs WHERE workspace_id = ? AND catalog_id = ?"),
                              {workspaceId, catalogId}, Database::changeNotSaved());
    });
}
