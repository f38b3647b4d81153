#include "models/QueueService.h"

#include "models/Database.h"
#include "models/JobService.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceAccess.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

QList<Queue> QueueService::list(const QString &workspaceId) const
{
    QList<Queue> queues;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, cu FROM queues WHERE workspace_id = ?"
                             " ORDER BY CASE name WHEN 'root_queue' THEN 0 WHEN 'dev_queue' THEN 1 ELSE 2 END, name"));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        queues.append({workspaceId, q.value(0).toString(), q.value(1).toInt()});
    return queues;
}

std::optional<Queue> QueueService::find(const QString &workspaceId, const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT cu FROM queues WHERE workspace_id = ? AND name = ?"));
    q.addBindValue(workspaceId);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return Queue{workspaceId, name, q.value(0).toInt()};
    return std::nullopt;
}

int QueueService::allocatedCu(const QString &workspaceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(cu), 0) FROM queues WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int QueueService::cuQuota(const QString &workspaceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT cu_quota FROM workspaces WHERE id = ?"));
    q.addBindValue(workspaceId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int QueueService::maxCuFor(const QString &workspaceId, const QString &queueName) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(cu), 0) FROM queues WHERE workspace_id = ? AND name IS NOT ?"));
    q.addBindValue(workspaceId);
    q.addBindValue(queueName);
    const int others = q.exec() && q.next() ? q.value(0).toInt() : 0;
    return std::max(0, cuQuota(workspaceId) - others);
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
    const int quota = cuQuota(workspaceId);
    const int max = maxCuFor(workspaceId, name);
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
        if (errors.ok() && find(workspaceId, name))
            errors.add(Field::Queue, tr("A queue named %1 already exists in this workspace.").arg(name),
                       ErrorCode::Conflict);
        errors.append(checkCu(workspaceId, name, cu));
        if (!errors.ok())
            return errors;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO queues (workspace_id, name, cu) VALUES (?, ?, ?)"));
        q.addBindValue(workspaceId);
        q.addBindValue(name);
        q.addBindValue(cu);
        return Database::exec(q);
    });
}

Status QueueService::setQueueCu(const Identity &who, const QString &workspaceId, const QString &name, int cu)
{
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Queues, workspaceId);
        if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::ManageQueues); !s.ok())
            return s;
        if (!find(workspaceId, name))
            return Status::failure(Field::Queue, tr("The queue %1 no longer exists.").arg(name), ErrorCode::NotFound);
        if (Status s = checkCu(workspaceId, name, cu); !s.ok())
            return s;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE queues SET cu = ? WHERE workspace_id = ? AND name = ?"));
        q.addBindValue(cu);
        q.addBindValue(workspaceId);
        q.addBindValue(name);
        return Database::exec(q);
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
        if (!find(workspaceId, name))
            return Status::failure(Field::Queue, tr("The queue %1 no longer exists.").arg(name), ErrorCode::NotFound);
        // Runs name their queue; a queue in use by an active run stays until the run ends. Runs
        // that ended while no window watched them are brought up to date first, in this
        // transaction, so they do not block (as the delete guard does).
        if (Status s = m_jobs.advanceWithinTransaction(workspaceId); !s.ok())
            return s;
        QSqlQuery q(m_db.connection());
        const QStringList activeStates = ProductSpec::activeRunStates();
        QStringList marks;
        for (qsizetype i = 0; i < activeStates.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("SELECT id FROM job_runs WHERE workspace_id = ? AND queue = ? AND state IN (%1)"
                                 " ORDER BY id")
                      .arg(marks.join(QLatin1Char(','))));
        q.addBindValue(workspaceId);
        q.addBindValue(name);
        for (const QString &state : activeStates)
            q.addBindValue(state);
        if (Status s = Database::exec(q); !s.ok())
            return s;
        QStringList active;
        while (q.next())
            active << q.value(0).toString();
        if (!active.isEmpty())
            return Status::failure(Field::Queue,
                                   tr("The queue %1 has %n active job run(s) (%2). Stop them first.", nullptr,
                                      int(active.size()))
                                       .arg(name, active.join(QStringLiteral(", "))),
                                   ErrorCode::ActiveJobs);
        q.prepare(QStringLiteral("DELETE FROM queues WHERE workspace_id = ? AND name = ?"));
        q.addBindValue(workspaceId);
        q.addBindValue(name);
        return Database::exec(q);
    });
}
