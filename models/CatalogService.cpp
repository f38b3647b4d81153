#include "models/CatalogService.h"

#include "models/AccountDirectory.h"
#include "models/Database.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"

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
    if (!m_account.dlfActivated(region))
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
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM catalogs WHERE region = ? AND catalog_id = ?"));
        q.addBindValue(region);
        q.addBindValue(catalogId);
        if (Status s = Database::exec(q); !s.ok())
            return s;
        if (q.next())
            return catalogExists(region, catalogId);
        q.prepare(QStringLiteral("INSERT INTO catalogs (region, catalog_id, created_at) VALUES (?, ?, ?)"));
        q.addBindValue(region);
        q.addBindValue(catalogId);
        q.addBindValue(m_clock.nowMs());
        if (Status s = Database::exec(q); !s.ok()) {
            if (s.text().contains(QLatin1String("UNIQUE")))
                return catalogExists(region, catalogId);
            return s;
        }
        return {};
    });
    if (!written.ok())
        return written;
    return catalog;
}
