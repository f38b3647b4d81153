#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;
class JobService;

// Resource queues of a workspace (spec §6, issue 6). root_queue and dev_queue exist in every
// workspace (inserted with it) and cannot be removed; the queues' CUs together never exceed the
// workspace's CU quota. Changes need the ManageQueues right. Errors: Field::Queue for the name,
// Field::CuQuota for the queue's CUs.
class QueueService
{
    Q_DECLARE_TR_FUNCTIONS(QueueService)

public:
    QueueService(Database &db, const Clock &clock, JobService &jobs) : m_db(db), m_clock(clock), m_jobs(jobs) {}

    static constexpr int NameMaxLength = 64;

    // root_queue, dev_queue, then the added queues by name.
    QList<Queue> list(const QString &workspaceId) const;
    std::optional<Queue> find(const QString &workspaceId, const QString &name) const;
    int allocatedCu(const QString &workspaceId) const;   // sum of the queues' CUs
    int cuQuota(const QString &workspaceId) const;       // the workspace's CU quota, 0 if gone
    // CUs a queue may have at most: the quota minus what the other queues hold.
    int maxCuFor(const QString &workspaceId, const QString &queueName = {}) const;
    static bool isBuiltIn(const QString &name);          // root_queue or dev_queue
    // Why a queue cannot be removed (translated), or empty when it can.
    static QString whyNotRemovable(const QString &name);

    // Name: letters, digits and underscores, 1-64 characters; unique in the workspace.
    static Status validateName(const QString &name);

    Status addQueue(const Identity &who, const QString &workspaceId, const QString &name, int cu);
    Status setQueueCu(const Identity &who, const QString &workspaceId, const QString &name, int cu);
    Status removeQueue(const Identity &who, const QString &workspaceId, const QString &name);

private:
    Status checkCu(const QString &workspaceId, const QString &name, int cu) const;

    Database &m_db;
    const Clock &m_clock;
    JobService &m_jobs;
};
