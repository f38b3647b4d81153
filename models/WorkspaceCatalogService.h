#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// One DLF catalog used by a workspace.
struct WorkspaceCatalog
{
    QString catalogId;
    bool isDefault = false; // chosen at creation; cannot be removed
};

// Data catalogs attached to a workspace beyond its default (issue 6; the document: "After you
// create a workspace, you can add an existing DLF data catalog to the workspace"). Only catalogs
// of the workspace's region, each once; the default stays. Changes need ManageCatalogs.
class WorkspaceCatalogService
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCatalogService)

public:
    WorkspaceCatalogService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The default first, then the added ones by catalog ID.
    Result<QList<WorkspaceCatalog>> list(const QString &workspaceId) const;
    // Catalogs of the workspace's region that it does not use yet (what Add Catalog offers).
    Result<QList<DlfCatalog>> addableCatalogs(const QString &workspaceId) const;
    Result<QString> regionOf(const QString &workspaceId) const; // NotFound when the workspace is gone
    // Why a catalog cannot be removed (translated), or empty when it can.
    static QString whyNotRemovable(const WorkspaceCatalog &catalog);

    Status addCatalog(const Identity &who, const QString &workspaceId, const QString &catalogId);
    Status removeCatalog(const Identity &who, const QString &workspaceId, const QString &catalogId);

private:
    Database &m_db;
    const Clock &m_clock;
};
