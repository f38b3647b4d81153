#pragma once

#include "AccountDirectory.h"
#include "BillingService.h"
#include "CatalogService.h"
#include "DeletionService.h"
#include "JobService.h"
#include "MemberService.h"
#include "QuotaService.h"
#include "QueueService.h"
#include "TagService.h"
#include "WorkspaceCatalogService.h"
#include "WorkspaceService.h"

class Database;
class Clock;

// Every service over one database connection, passed to windows and dialogs as one object.
struct Services
{
    Services(Database &db, const Clock &clock)
        : db(db), clock(clock), account(db), workspaces(db, clock), billing(db, clock), catalogs(db, clock),
          jobs(db, clock), deletion(db, clock), quotas(db, clock), tags(db, clock), members(db, clock),
          queues(db, clock), workspaceCatalogs(db, clock)
    {}

    Database &db;
    const Clock &clock;
    AccountDirectory account;
    WorkspaceService workspaces;
    BillingService billing;
    CatalogService catalogs;
    JobService jobs;
    DeletionService deletion;
    QuotaService quotas;
    TagService tags;
    MemberService members;
    QueueService queues;
    WorkspaceCatalogService workspaceCatalogs;
};
