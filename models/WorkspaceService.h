#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;
struct WorkspaceSpec;

// Workspace list operations: reading the list, and the Starting -> Running transition that lives
// in the database. Later operations (create, delete, quotas, tags) are added as member functions
// that each run in one transaction through Database::write().
class WorkspaceService
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceService)

public:
    WorkspaceService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The whole list with tags, in two queries (no per-row queries), oldest first.
    QList<Workspace> list() const;
    std::optional<Workspace> find(const QString &id) const;
    std::optional<Workspace> findByName(const QString &name) const;
    int count() const;

    // Moves every workspace whose start-up delay has passed from Starting to Running, in one
    // transaction; returns the ids that changed so the list can update those rows only.
    QStringList advanceStatuses();
    // When the next Starting workspace turns Running (for the scheduler); nullopt: none starting.
    Result<std::optional<qint64>> nextReadyAt() const;

    // How long a new workspace stays Starting (spec §3: a setting, default 5 s), stored in meta.
    qint64 startingDelayMs() const;
    Status setStartingDelayMs(qint64 ms);

    // Create Workspace (issue 3). Checks, in this order: the identity may create workspaces
    // (Permissions), the region's prerequisites, every field rule and the name's uniqueness;
    // then, inside one transaction, checks the rules and the name again and inserts the
    // workspace (status Starting until now + startingDelayMs()). A subscription also records
    // the purchase order and the expiry date. Two app instances creating the same name: the
    // UNIQUE constraint lets exactly one win; the other gets the duplicate-name message.
    Result<Workspace> create(const Identity &who, const WorkspaceSpec &spec);
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

    const Clock &clock() const { return m_clock; }
    Database &database() const { return m_db; }

private:
    static Status nameTaken(const QString &name);

    Database &m_db;
    const Clock &m_clock;
};
