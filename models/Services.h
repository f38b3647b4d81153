#pragma once

#include "models/AccountDirectory.h"
#include "models/BillingService.h"
#include "models/CatalogService.h"
#include "models/ChangeFeed.h"
#include "models/DeletionService.h"
#include "models/JobService.h"
#include "models/LifecycleService.h"
#include "models/MemberService.h"
#include "models/QuotaService.h"
#include "models/QueueService.h"
#include "models/Scheduler.h"
#include "models/TagService.h"
#include "models/WorkspaceCatalogService.h"
#include "models/WorkspaceService.h"

class Database;
class Clock;

// Every service over one database connection, passed to windows and dialogs as one object.
// Windows reach the data through these services only; the connection itself stays private.
// Members are declared in construction order: a service's collaborators come before it.
class Services
{
public:
    Services(Database &db, const Clock &clock)
        : clock(clock), account(db), billing(db, clock), jobs(db, clock), workspaces(db, clock, account, billing),
          catalogs(db, clock, account), deletion(db, clock, workspaces, jobs, billing),
          quotas(db, clock, workspaces, jobs, billing), lifecycle(db, clock, workspaces, quotas, deletion, billing),
          tags(db, clock), members(db, clock), queues(db, clock, jobs), workspaceCatalogs(db, clock), feed(db),
          scheduler(clock, jobs, workspaces, billing, lifecycle, feed)
    {}
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    const Clock &clock;
    AccountDirectory account;
    BillingService billing;
    JobService jobs;
    WorkspaceService workspaces;
    CatalogService catalogs;
    DeletionService deletion;
    QuotaService quotas;
    // Renew, auto-renew settings, conversion to a subscription, release after the grace period.
    LifecycleService lifecycle;
    TagService tags;
    MemberService members;
    QueueService queues;
    WorkspaceCatalogService workspaceCatalogs;
    // What committed writes changed; windows and item models subscribe to it.
    ChangeFeed feed;
    // Moves runs, Starting workspaces and subscriptions on at their due times (start() in main).
    Scheduler scheduler;
};
