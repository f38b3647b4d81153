#include "models/CatalogService.h"

#include "models/AccountDirectory.h"
#include "models/Database.h"
#include "models/Query.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Status CatalogService::catalogExists(const QString &region, const QString &catalogId) const
{
    return Status::failure(Field::CatalogId,
                           tr("%1 already has a data catalog with the ID %2. Enter a different catalog ID.")
                               .arg(ProductSpec::regionName(region), catalogId),
                           ErrorCode::Conflict);
}

Result<DlfCatalog> CatalogService::createCatalog(const Identity &who, const QString &region, const QString &catalogId)
{
    if (!who.hasPolicy(ProductSpec::PolicyDlfFull))
        return Result<DlfCatalog>::failure(Field::Identity,
                                           tr("RAM user %1 cannot create DLF data catalogs: this needs the %2 policy.")
                                               .arg(who.name, ProductSpec::PolicyDlfFull),
                                           ErrorCode::PermissionDenied);
    if (Status s = WorkspaceRules::validateRegion(region); !s.ok())
        return s;
    const Result<bool> dlf = m_account.dlfActivated(region);
    if (!dlf.ok())
        return Status(dlf);
    if (!dlf.value())
        return Result<DlfCatalog>::failure(
            Field::Catalog,
            tr("Data Lake Formation (DLF) is not activated in %1. Activate DLF in this region, or choose another region.")
                .arg(ProductSpec::regionName(region)),
            ErrorCode::PrerequisiteMissing);
    if (Status s = WorkspaceRules::validateCatalogId(catalogId); !s.ok())
        return s;

    const DlfCatalog catalog{catalogId, region};
    const Status written = m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Catalogs, QString());
        const Result<bool> exists =
            Query::exists(m_db, QStringLiteral("SELECT 1 FROM catalogs WHERE region = ? AND catalog_id = ?"),
                          {region, catalogId}, tr("Could not read the DLF data catalogs of the account."));
        if (!exists.ok())
            return exists;
        if (exists.value())
            return catalogExists(region, catalogId);
        QSqlQuery q(m_db.connection());
        if (!q.prepare(QStringLiteral("INSERT INTO catalogs (region, catalog_id, created_at) VALUES (?, ?, ?)")))
            return Database::storageError(Database::changeNotSaved(), q.lastError());
        q.addBindValue(region);
        q.addBindValue(catalogId);
        q.addBindValue(m_clock.nowMs());
        // Another instance created the same catalog since the check: its primary key refuses.
        bool duplicate = false;
        if (Status s = Database::execInsert(q, &duplicate); !s.ok())
            return duplicate || Database::extendedErrorCode(q) == Database::PrimaryKeyViolation
                ? catalogExists(region, catalogId)
                : s;
        return {};
    });
    if (!written.ok())
        return written;
    return catalog;
}
