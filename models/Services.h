#pragma once

#include "models/AccountDirectory.h"
#include "models/BillingService.h"
#include "models/CatalogService.h"
#include "models/ChangeFeed.h"
#include "models/DeletionService.h"
#include "models/JobService.h"
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
struct Services
{
    Services(Database &db, const Clock &clock)
        : db(db), clock(clock), account(db), workspaces(db, clock), billing(db, clock), catalogs(db, clock),
          jobs(db, clock), deletion(db, clock), quotas(db, clock), tags(db, clock), members(db, clock),
          queues(db, clock), workspaceCatalogs(db, clock), feed(db),
          scheduler(clock, jobs, workspaces, billing, feed)
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
    // What committed writes changed; windows and item models subscribe to it.
    ChangeFeed feed;
    // Moves runs, Starting workspaces and subscriptions on at their due times (start() in main).
    Scheduler scheduler;
};
