#include "models/QueueService.h"

#include "models/Format.h"
#include "models/Checked.h"
#include "models/Database.h"
#include "models/JobService.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/Query.h"
#include "models/WorkspaceAccess.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString readQueuesFailed()
{
    return QueueService::tr("Could not read the queues of the workspace.");
}

// The first column of a one-row aggregate or lookup; missing when there is no row.
Result<std::optional<QVariant>> readOne(Database &db, const QString &sql, const QVariantList &values)
{
    return Query::value(db, sql, values, readQueuesFailed());
}

} // namespace

Result<QList<Queue>> QueueService::list(const QString &workspaceId) const
{
    return Query::all(m_db, QStringLiteral("SELECT name, cu FROM queues WHERE workspace_id = ?"
                                           " ORDER BY CASE name WHEN ? THEN 0 WHEN ? THEN 1 ELSE 2 END, name"),
                      {workspaceId, ProductSpec::RootQueue, ProductSpec::DevQueue}, readQueuesFailed(),
                      [&workspaceId](const QSqlQuery &q) {
                          return Queue{workspaceId, q.value(0).toString(), Checked::toInt(q.value(1).toLongLong())};
                      });
}

Result<std::optional<Queue>> QueueService::find(const QString &workspaceId, const QString &name) const
{
    const auto cu = readOne(m_db, QStringLiteral("SELECT cu FROM queues WHERE workspace_id = ? AND name = ?"),
                            {workspaceId, name});
    if (!cu.ok())
        return Status(cu);
    if (!cu.value())
        return std::optional<Queue>();
    return std::optional<Queue>(Queue{workspaceId, name, Checked::toInt(cu.value()->toLongLong())});
}

Result<qint64> QueueService::allocatedCu(const QString &workspaceId) const
{
    const auto sum = readOne(m_db, QStringLiteral("SELECT coalesce(sum(cu), 0) FROM queues WHERE workspace_id = ?"),
                             {workspaceId});
    if (!sum.ok())
        return Status(sum);
    return sum.value() ? sum.value()->toLongLong() : 0;
}

Result<qint64> QueueService::cuQuota(const QString &workspaceId) const
{
    const auto quota = readOne(m_db, QStringLiteral("SELECT cu_quota FROM workspaces WHERE id = ?"), {workspaceId});
    if (!quota.ok())
        return Status(quota);
    return quota.value() ? quota.value()->toLongLong() : 0;
}

Result<qint64> QueueService::maxCuFor(const QString &workspaceId, const QString &queueName) const
{
    const auto others = readOne(m_db, QStringLiteral("SELECT coalesce(sum(cu), 0) FROM queues WHERE workspace_id = ?"
                                                     " AND name IS NOT ?"),
                                {workspaceId, queueName});
    if (!others.ok())
        return Status(others);
    const Result<qint64> quota = cuQuota(workspaceId);
    if (!quota.ok())
        return quota;
    return std::max<qint64>(0, Checked::sub(quota.value(), others.value() ? others.value()->toLongLong() : 0));
}

bool QueueService::isBuiltIn(const QString &name)
{
    return name == ProductSpec::RootQueue || name == ProductSpec::DevQueue;
}

QString QueueService::whyNotRemovable(const QString &name)
{
    if (name == ProductSpec::RootQueue)
        return tr("%1 cannot be removed: every workspace has it.").arg(name);
    // dev_queue too: it is the only queue Data Analytics members may submit jobs to (spec §6).
    if (name == ProductSpec::DevQueue)
        return tr("%1 cannot be removed: every workspace has it, and Data Analytics members submit their jobs to it.")
            .arg(name);
    return {};
}

Status QueueService::validateName(const QString &name)
{
    // Anchored at the very end: "$" would also accept a name ending in a line break.
    static const QRegularExpression rule(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_]{1,64}")));
    if (rule.match(name).hasMatch())
        return {};
    if (name.isEmpty())
        return Status::failure(Field::Queue, tr("Enter a queue name."));
    return Status::failure(Field::Queue,
                           tr("The queue name must be 1 to %1 characters long and can contain only letters, digits "
                              "and underscores (_).")
                               .arg(NameMaxLength));
}

Status QueueService::checkCu(const QString &workspaceId, const QString &name, int cu) const
{
    const Result<qint64> quotaRead = cuQuota(workspaceId);
    if (!quotaRead.ok())
        return quotaRead;
    const Result<qint64> maxRead = maxCuFor(workspaceId, name);
    if (!maxRead.ok())
        return maxRead;
    const qint64 quota = quotaRead.value();
    const qint64 max = maxRead.value();
    if (cu < 0)
        return Status::failure(Field::CuQuota, tr("A queue's CUs cannot be negative."));
    if (cu > max)
        return Status::failure(Field::CuQuota,
                               tr("The queues together cannot have more CUs than the workspace's CU quota (%1). "
                                  "At most %2 CUs are free for this queue; lower another queue first.")
                                   .arg(quota)
                                   .arg(max),
                               ErrorCode::Conflict);
    return {};
}

Status QueueService::addQueue(const Identity &who, const QString &workspaceId, const QString &name, int cu)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Queues, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageQueues); !s.ok())
            return s;
        Status errors = validateName(name);
        if (errors.ok()) {
            const Result<std::optional<Queue>> existing = find(workspaceId, name);
            if (!existing.ok())
                return existing;
            if (existing.value())
                errors.add(Field::Queue, tr("A queue named %1 already exists in this workspace.").arg(name),
                           ErrorCode::Conflict);
        }
        if (Status s = checkCu(workspaceId, name, cu); s.has(ErrorCode::Storage))
            return s;
        else
            errors.append(s);
        if (!errors.ok())
            return errors;
        QSqlQuery q(m_db.connection());
        return Database::exec(q, QStringLiteral("INSERT INTO queues (workspace_id, name, cu) VALUES (?, ?, ?)"),
                              {workspaceId, name, cu}, Database::changeNotSaved());
    });
}

Status QueueService::setQueueCu(const Identity &who, const QString &workspaceId, const QString &name, int cu)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Queues, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageQueues); !s.ok())
            return s;
        const Result<std::optional<Queue>> existing = find(workspaceId, name);
        if (!existing.ok())
            return existing;
        if (!existing.value())
            return Status::failure(Field::Queue, tr("The queue %1 no longer exists.").arg(name), ErrorCode::NotFound);
        if (Status s = checkCu(workspaceId, name, cu); !s.ok())
            return s;
        // A queue's cap caps its runs: it cannot go below what its running jobs hold. Runs that
        // ended meanwhile must not count, so bring them up to date first.
        if (Status s = m_jobs.advanceWithinTransaction(workspaceId); !s.ok())
            return s;
        const Result<QHash<QString, qint64>> used = m_jobs.cuInUseByQueue(workspaceId);
        if (!used.ok())
            return used;
        if (const qint64 inUse = used->value(name); cu < inUse)
            return Status::failure(Field::CuQuota,
                                   tr("Running jobs of %1 use %2 CUs right now. Give the queue at least %2 CUs, "
                                      "or stop jobs first.")
                                       .arg(name, Format::number(inUse)),
                                   ErrorCode::Conflict);
        QSqlQuery q(m_db.connection());
        return Database::exec(q, QStringLiteral("UPDATE queues SET cu = ? WHERE workspace_id = ? AND name = ?"),
                              {cu, workspaceId, name}, Database::changeNotSaved());
    });
}

Status QueueService::removeQueue(const Identity &who, const QString &workspaceId, const QString &name)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Queues, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageQueues); !s.ok())
            return s;
        if (const QString why = whyNotRemovable(name); !why.isEmpty())
            return Status::failure(Field::Queue, why, ErrorCode::Conflict);
        const Result<std::optional<Queue>> existing = find(workspaceId, name);
        if (!existing.ok())
            return existing;
        if (!existing.value())
            return Status::failure(Field::Queue, tr("The queue %1 no longer exists.").arg(name), ErrorCode::NotFound);
        // Runs name their queue; a queue in use by an active run stays until the run ends. Runs
        // that ended while no window watched them are brought up to date first, in this
        // transaction, so they do not block (as the delete guard does).
        if (Status s = m_jobs.advanceWithinTransaction(workspaceId); !s.ok())
            return s;
        QStringList marks;
        QVariantList values{workspaceId, name};
        for (const QString &state : ProductSpec::activeRunStates()) {
            marks << QStringLiteral("?");
            values << state;
        }
        const QString sql = QStringLiteral("SELECT id FROM job_runs WHERE workspace_id = ? AND queue = ?"
                                           " AND state IN (%1) ORDER BY id")
                                .arg(marks.join(QLatin1Char(',')));
        const Result<QStringList> active =
            Query::strings(m_db, sql, values, tr("Could not read the job runs of the queue."));
        if (!active.ok())
            return active;
        if (!active->isEmpty())
            return Status::failure(Field::Queue,
                                   tr("The queue %1 has %n active job run(s) (%2). Stop them first.", nullptr,
                                      int(active->size()))
                                       .arg(name, active->join(QStringLiteral(", "))),
                                   ErrorCode::ActiveJobs);
        QSqlQuery q(m_db.connection());
        return Database::exec(q, QStringLiteral("DELETE FROM queues WHERE workspace_id = ? AND name = ?"),
                              {workspaceId, name}, Database::changeNotSaved());
    });
}
