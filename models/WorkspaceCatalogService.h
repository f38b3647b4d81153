#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Identity.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Data catalogs attached to a workspace beyond its default (issue 6).
class WorkspaceCatalogService
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCatalogService)

public:
    WorkspaceCatalogService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

private:
    Database &m_db;
    const Clock &m_clock;
};
