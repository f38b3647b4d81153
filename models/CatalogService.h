#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Identity.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// DLF catalogs of the account: Create Catalog (spec §3, issue 3).
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    CatalogService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

private:
    Database &m_db;
    const Clock &m_clock;
};
