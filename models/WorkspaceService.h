#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Permissions.h"
#include "models/Quote.h"
#include "models/Result.h"
#include "models/WorkspaceListLoader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

class AccountDirectory;
class BillingService;
class Database;
struct WorkspaceSpec;
class WorkspaceRows;

// Workspace list operations: reading the list, and the Starting -> Running transition that lives
// in the database. Later operations (create, delete, quotas, tags) are added as member functions
// that each run in one transaction through Database::write().
class WorkspaceService
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceService)

public:
    WorkspaceService(Database &db, const Clock &clock, const AccountDirectory &account, BillingService &billing)
        : m_db(db), m_clock(clock), m_account(account), m_billing(billing)
    {}

    // The whole list with tags, in two queries (no per-row queries), oldest first.
    // Reads fail with a Storage error naming the read; find() fails with NotFound ("This
    // workspace no longer exists.") only when the read worked and found no row.
    Result<QList<Workspace>> list() const;
    Result<Workspace> find(const QString &id) const;
    Result<Workspace> findByName(const QString &name) const;
    Result<int> count() const;
    // Up to limit workspaces (limit < 0: all) after key (nullptr: from the start), in creation order.
    Result<QList<Workspace>> listPage(const WorkspaceListLoader::Key *after, int limit) const;
    // A job for a worker thread: opens its own connection to this database and reads every
    // workspace after key (this service's connection belongs to the thread that opened it).
    std::function<Result<QList<Workspace>>()> restOfListLoader(const WorkspaceListLoader::Key &after) const;
    // The same reads into the list's compact store (the Spark page: 1,000,000 rows in ~90 MB).
    Status listRows(const WorkspaceListLoader::Key *after, int limit, WorkspaceRows &into) const;
    std::function<Result<WorkspaceRows>()> restOfRowsLoader(const WorkspaceListLoader::Key &after) const;
    // Every row, read on the calling thread through a connection of its own (a worker's).
    std::function<Result<WorkspaceRows>()> allRowsLoader() const;

    // The permission check of WorkspaceAccess::check() for the signed-in identity, so windows can
    // enable what the services would allow.
    Status checkAccess(const Identity &who, const QString &workspaceId, Permissions::InWorkspace action) const;

    // Moves every workspace whose start-up delay has passed from Starting to Running, in one
    // transaction; returns the ids that changed so the list can update those rows only.
    Result<QStringList> advanceStatuses();
    // When the next Starting workspace turns Running (for the scheduler); nullopt: none starting.
    Result<std::optional<qint64>> nextReadyAt() const;

    // How long a new workspace stays Starting (spec §3: a setting, default 5 s), stored in meta.
    Result<qint64> startingDelayMs() const;
    Status setStartingDelayMs(qint64 ms);

    // Create Workspace (issue 3). Checks, in this order: the identity may create workspaces
    // (Permissions), the region's prerequisites, every field rule and the name's uniqueness;
    // then, inside one transaction, checks the rules and the name again and inserts the
    // workspace (status Starting until now + startingDelayMs()). A subscription also records
    // the purchase order and the expiry date. Two app instances creating the same name: the
    // UNIQUE constraint lets exactly one win; the other gets the duplicate-name message.
    Result<Workspace> create(const Identity &who, const WorkspaceSpec &spec);
    // The same for a subscription the user saw the price of: the New order records exactly
    // quote.amountCents. A quote for another region, quota or duration, for another unit price,
    // or older than Quote::ValidityMs is refused (Field::Quote, ErrorCode::Conflict) with nothing
    // created and *requote set to the price valid now. Without a quote (above) a subscription
    // is charged the price of this moment.
    Result<Workspace> create(const Identity &who, const WorkspaceSpec &spec, const Quote &quote,
                             std::optional<Quote> *requote = nullptr);
    // The amount due now for a new subscription (Create Workspace's price line and confirmation).
    // Fails on the billing method, region, CU quota or duration rule.
    Result<Quote> quoteNewSubscription(const WorkspaceSpec &spec) const;
    // What the dialog shows while the user types: prerequisites, every field rule, and whether
    // the (NFC-normalised) name is free. Permissions are not part of it.
    Status validate(const WorkspaceSpec &spec) const;
    // ErrorCode::NameTaken on Field::Name when the account already has a workspace of that name
    // (compared exactly after NFC normalisation).
    Status checkNameAvailable(const QString &name) const;

    // Inserts a complete workspace record and what every workspace starts with (creator as
    // administrator, root_queue and dev_queue, its default catalog, tags). No rule is checked:
    // callers validate first and call this inside their own Database::write().
    Status insertRecord(const Workspace &w, const QString &creatorPrincipal);
    static QString newWorkspaceId();

private:
    Result<Workspace> create(const Identity &who, const WorkspaceSpec &spec, const Quote *quote,
                             std::optional<Quote> *requote);
    static Status nameTaken(const QString &name);
    static Status notFound();
    inline static const QString StartingDelayKey = QStringLiteral("starting_delay_ms");

    Database &m_db;
    const Clock &m_clock;
    const AccountDirectory &m_account;
    BillingService &m_billing;
};
