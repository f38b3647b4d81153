#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Result.h"

#include <QCoreApplication>

class AccountDirectory;
class Database;

// DLF catalogs of the account: Create Catalog (spec §3, issue 3).
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    CatalogService(Database &db, const Clock &clock, const AccountDirectory &account)
        : m_db(db), m_clock(clock), m_account(account)
    {}

    // Creates a DLF data catalog in a region. Needs the account owner or the AliyunDLFFullAccess
    // policy, DLF activated in the region, a valid catalog ID (WorkspaceRules::validateCatalogId)
    // that the region does not have yet (Field::CatalogId, ErrorCode::Conflict). The check and
    // the insert are one transaction; the primary key settles a race between two instances.
    Result<DlfCatalog> createCatalog(const Identity &who, const QString &region, const QString &catalogId);

private:
    Status catalogExists(const QString &region, const QString &catalogId) const;

    Database &m_db;
    const Clock &m_clock;
    const AccountDirectory &m_account;
};
