#include "models/JobService.h"

#include "models/Format.h"
#include "models/Checked.h"
#include "models/Database.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/SubscriptionState.h"
#include "models/WorkspaceAccess.h"

#include "models/ScriptBackup.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

const QString SelectRuns = QStringLiteral(
    "SELECT r.id, r.job_id, j.name, j.code_type, r.workspace_id, r.queue, r.cu, r.state, r.outcome, r.duration_ms,"
    " r.submitted_at, r.started_at, r.ended_at, r.state_changed_at FROM job_runs r JOIN jobs j ON j.id = r.job_id");

JobRun readRun(const QSqlQuery &q)
{
    JobRun r;
    r.id = q.value(0).toString();
    r.jobId = q.value(1).toLongLong();
    r.jobName = q.value(2).toString();
    r.codeType = q.value(3).toString();
    r.workspaceId = q.value(4).toString();
    r.queue = q.value(5).toString();
    r.cu = q.value(6).toInt();
    r.state = q.value(7).toString();
    r.outcome = q.value(8).toString();
    r.durationMs = q.value(9).toLongLong();
    r.submittedAtMs = q.value(10).toLongLong();
    r.startedAtMs = q.value(11).toLongLong();
    r.endedAtMs = q.value(12).toLongLong();
    r.stateChangedAtMs = q.value(13).toLongLong();
    return r;
}

// "'Submitted', 'Pending', ..." for an IN clause; the values are our own constants.
QString activeStatesSql()
{
    QStringList quoted;
    for (const QString &s : ProductSpec::activeRunStates())
        quoted << QLatin1Char('\'') + s + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

Status workspaceGone()
{
    return Status::failure(Field::General, JobService::tr("This workspace no longer exists."), ErrorCode::NotFound);
}

} // namespace

Result<QList<Job>> JobService::jobs(const QString &workspaceId) const
{
    QList<Job> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, workspace_id, name, code_type, script FROM jobs WHERE workspace_id = ?"
                             " ORDER BY created_at, id"));
    q.addBindValue(workspaceId);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()});
    if (Status s = Database::fetched(q, tr("Could not read the jobs of the workspace.")); !s.ok())
        return s;
    return list;
}

Result<QList<JobRun>> JobService::runs(const QString &workspaceId) const
{
    QList<JobRun> list;
    QSqlQuery q(m_db.connection());
    q.prepare(SelectRuns + QStringLiteral(" WHERE r.workspace_id = ? ORDER BY r.submitted_at DESC, r.rowid DESC"));
    q.addBindValue(workspaceId);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    bool pending = false;
    while (q.next()) {
        list << readRun(q);
        pending = pending || list.constLast().state == ProductSpec::RunPending;
    }
    if (Status s = Database::fetched(q, tr("Could not read the job runs.")); !s.ok())
        return s;
    if (!pending)
        return list;
    const Result<WorkspaceRuns> w = workspaceRuns(workspaceId);
    if (!w.ok())
        return Status(w);
    const QHash<QString, RunScheduler::Wait> waits = RunScheduler::waits(w->active, w->capacity);
    for (JobRun &r : list)
        if (const auto it = waits.constFind(r.id); it != waits.constEnd() && r.state == ProductSpec::RunPending)
            r.waitingFor = waitText(*it);
    return list;
}

Result<QList<JobRun>> JobService::activeRuns(const QString &workspaceId) const
{
    QList<JobRun> list;
    QSqlQuery q(m_db.connection());
    q.prepare(SelectRuns + QStringLiteral(" WHERE r.workspace_id = ? AND r.state IN (%1)"
                                          " ORDER BY r.submitted_at, r.rowid").arg(activeStatesSql()));
    q.addBindValue(workspaceId);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    while (q.next())
        list << readRun(q);
    if (Status s = Database::fetched(q, tr("Could not read the job runs.")); !s.ok())
        return s;
    return list;
}

Result<int> JobService::activeRunCount(const Identity &who, const QString &workspaceId) const
{
    if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::View); !s.ok())
        return s;
    const Result<QList<JobRun>> active = activeRuns(workspaceId);
    if (!active.ok())
        return Status(active);
    return int(active->size());
}

Result<QHash<QString, qint64>> JobService::cuInUseByQueue(const QString &workspaceId) const
{
    const Result<QList<JobRun>> active = activeRuns(workspaceId);
    if (!active.ok())
        return Status(active);
    QHash<QString, qint64> used;
    for (const JobRun &r : active.value())
        if (RunScheduler::holdsCapacity(r))
            used[r.queue] = Checked::add(used.value(r.queue), qint64(r.cu));
    return used;
}

Result<JobRun> JobService::run(const QString &runId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(SelectRuns + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(runId);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    if (!q.next())
        return Result<JobRun>::failure(Field::Job, tr("This job run no longer exists."), ErrorCode::NotFound);
    return readRun(q);
}

Result<QStringList> JobService::queueNames(const QString &workspaceId) const
{
    QStringList names;
    QSqlQuery q(m_db.connection());
    // root_queue first, then the others by name.
    q.prepare(QStringLiteral("SELECT name FROM queues WHERE workspace_id = ? ORDER BY name <> ?, name"));
    q.addBindValue(workspaceId);
    q.addBindValue(ProductSpec::RootQueue);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    while (q.next())
        names << q.value(0).toString();
    if (Status s = Database::fetched(q, tr("Could not read the queues of the workspace.")); !s.ok())
        return s;
    return names;
}

Status JobService::canRunJobs(const Identity &who, const QString &workspaceId, const QString &queue) const
{
    return WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::RunJob, queue);
}

Status JobService::canStopJobs(const Identity &who, const QString &workspaceId) const
{
    return WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::StopJob);
}

Status JobService::validateName(const QString &name)
{
    if (name.isEmpty())
        return Status::failure(Field::Name, tr("Enter a job name."));
    if (name.size() > JobNameMaxLength)
        return Status::failure(Field::Name, tr("The job name can be at most %1 characters long.").arg(JobNameMaxLength));
    if (name.trimmed() != name)
        return Status::failure(Field::Name, tr("The job name cannot start or end with a space."));
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Status::failure(Field::Name, tr("The job name cannot contain line breaks or tabs."));
    return {};
}

Status JobService::validate(const QString &workspaceId, const JobRunRequest &request,
                            const RunScheduler::Capacity &capacity) const
{
    const int cuQuota = capacity.cuQuota;
    Status s = validateName(request.name);

    if (!ProductSpec::codeTypes().contains(request.codeType))
        s.add(CodeTypeField, tr("Choose a code type: %1.").arg(ProductSpec::codeTypes().join(tr(", "))));
    if (request.script.trimmed().isEmpty())
        s.add(ScriptField, tr("Enter the job's script."));
    const Result<QStringList> queues = queueNames(workspaceId);
    if (!queues.ok())
        return queues;
    if (request.cu < 1 || request.cu > cuQuota)
        s.add(CuField, tr("A run can use 1 to %1 CUs (the workspace's CU quota).").arg(cuQuota));
    else if (queues->contains(request.queue) && request.cu > capacity.queueCap(request.queue))
        // It could never start: say so now rather than leave it Pending for ever.
        s.add(CuField, tr("%1 has a cap of %2 CUs, so a run on it can use at most %2 CUs. Choose fewer CUs, "
                          "another queue, or give %1 more CUs on the Queues tab.")
                           .arg(request.queue)
                           .arg(capacity.queueCap(request.queue)));
    if (!queues->contains(request.queue))
        s.add(Field::Queue, tr("Choose a queue of this workspace."));
    if (request.outcome != ProductSpec::RunSuccess && request.outcome != ProductSpec::RunFailed)
        s.add(OutcomeField, tr("Choose how the run ends: %1 or %2.")
                                .arg(ProductSpec::runStateName(ProductSpec::RunSuccess),
                                     ProductSpec::runStateName(ProductSpec::RunFailed)));
    if (request.durationMs < MinDurationMs || request.durationMs > MaxDurationMs)
        s.add(Field::Duration, tr("The simulated duration must be between 1 second and %n day(s).", nullptr,
                                  int(MaxDurationMs / (24LL * 3600 * 1000))));
    return s;
}

Result<Job> JobService::createJob(const Identity &who, const QString &workspaceId, const QString &name,
                                  const QString &codeType, const QString &script)
{
    if (Status s = canRunJobs(who, workspaceId); !s.ok())
        return s;
    JobRunRequest request;
    request.name = name;
    request.codeType = codeType;
    request.script = script;
    Status s = validate(workspaceId, request, RunScheduler::Capacity::quotaOnly(1));
    if (s.has(ErrorCode::Storage))
        return s;
    Status relevant;
    for (const FieldError &e : s.errors())
        if (e.field == Field::Name || e.field == CodeTypeField || e.field == ScriptField)
            relevant.add(e.field, e.message, e.code);
    if (!relevant.ok())
        return relevant;

    Job job{0, workspaceId, name, codeType, script};
    const Status written = m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Runs, workspaceId);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE workspace_id = ? AND name = ?"));
        q.addBindValue(workspaceId);
        q.addBindValue(name);
        if (Status e = Database::exec(q); !e.ok())
            return e;
        if (!q.next())
            return Database::storageError(tr("the job list could not be read"));
        if (q.value(0).toInt() > 0)
            return Status::failure(Field::Name, tr("A job named \"%1\" already exists in this workspace.").arg(name),
                                   ErrorCode::NameTaken);
        q.prepare(QStringLiteral("INSERT INTO jobs (workspace_id, name, code_type, script, created_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(workspaceId);
        q.addBindValue(name);
        q.addBindValue(codeType);
        q.addBindValue(script);
        q.addBindValue(m_clock.nowMs());
        if (Status e = Database::exec(q); !e.ok())
            return e;
        job.id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!written.ok())
        return written;
    return job;
}

Status JobService::checkAcceptsRuns(const QString &workspaceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT status, name, billing, expires_at, auto_renew FROM workspaces WHERE id = ?"));
    q.addBindValue(workspaceId);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    if (!q.next())
        return workspaceGone();
    // An expired subscription keeps its data and members but runs nothing new (issue 10).
    const SubscriptionState subscription = SubscriptionState::of(q.value(2).toString(), q.value(3).toLongLong(),
                                                                 q.value(4).toBool(), m_clock.nowMs());
    if (subscription.isExpired())
        return Status::failure(Field::General, subscription.runRefusal(q.value(1).toString()), ErrorCode::Expired);
    if (q.value(0).toString() == ProductSpec::StatusStarting)
        return Status::failure(Field::General,
                               tr("The workspace is still starting. Run the job when its status is %1.")
                                   .arg(ProductSpec::statusName(ProductSpec::StatusRunning)),
                               ErrorCode::Conflict);
    return {};
}

Result<JobRun> JobService::runJob(const Identity &who, const QString &workspaceId, const JobRunRequest &request)
{
    if (Status s = capacity(workspaceId); !s.ok())
        return s;
    if (Status s = canRunJobs(who, workspaceId, request.queue); !s.ok())
        return s;
    if (Status s = checkAcceptsRuns(workspaceId); !s.ok())
        return s;

    const qint64 now = m_clock.nowMs();
    JobRun run;
    run.id = newRunId();
    run.jobName = request.name;
    run.codeType = request.codeType;
    run.workspaceId = workspaceId;
    run.queue = request.queue;
    run.cu = request.cu;
    run.state = ProductSpec::RunSubmitted;
    run.outcome = request.outcome;
    run.durationMs = request.durationMs;
    run.submittedAtMs = now;
    run.stateChangedAtMs = now;

    const Status written = m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Runs, workspaceId);
        // Again inside the transaction: another instance may have changed the member's role.
        if (Status s = canRunJobs(who, workspaceId, request.queue); !s.ok())
            return s;
        // The subscription may have expired since the check above.
        if (Status s = checkAcceptsRuns(workspaceId); !s.ok())
            return s;
        // The caps are read in the same transaction as the insert, so a queue lowered in another
        // instance meanwhile cannot let a run in that could never start.
        const Result<RunScheduler::Capacity> caps = capacity(workspaceId);
        if (!caps.ok())
            return caps;
        if (Status s = validate(workspaceId, request, caps.value()); !s.ok())
            return s;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, code_type, script FROM jobs WHERE workspace_id = ? AND name = ?"));
        q.addBindValue(workspaceId);
        q.addBindValue(request.name);
        if (Status e = Database::exec(q); !e.ok())
            return e;
        if (q.next()) {
            run.jobId = q.value(0).toLongLong();
            // Running a job with another script edits it for everyone; that needs the right to edit.
            if (q.value(1).toString() != request.codeType || q.value(2).toString() != request.script) {
                if (Status s = WorkspaceAccess::check(m_db, who, workspaceId, Permissions::InWorkspace::EditJob); !s.ok())
                    return s;
                q.prepare(QStringLiteral("UPDATE jobs SET code_type = ?, script = ? WHERE id = ?"));
                q.addBindValue(request.codeType);
                q.addBindValue(request.script);
                q.addBindValue(run.jobId);
                if (Status e = Database::exec(q); !e.ok())
                    return e;
            }
        } else {
            q.prepare(QStringLiteral("INSERT INTO jobs (workspace_id, name, code_type, script, created_at) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(workspaceId);
            q.addBindValue(request.name);
            q.addBindValue(request.codeType);
            q.addBindValue(request.script);
            q.addBindValue(now);
            if (Status e = Database::exec(q); !e.ok())
                return e;
            run.jobId = q.lastInsertId().toLongLong();
        }
        q.prepare(QStringLiteral("INSERT INTO job_runs (id, job_id, workspace_id, queue, cu, state, outcome, duration_ms,"
                                 " submitted_at, started_at, ended_at, state_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)"));
        for (const QVariant &v : {QVariant(run.id), QVariant(run.jobId), QVariant(workspaceId), QVariant(run.queue),
                                  QVariant(run.cu), QVariant(run.state), QVariant(run.outcome), QVariant(run.durationMs),
                                  QVariant(now), QVariant(now)})
            q.addBindValue(v);
        return Database::exec(q);
    });
    if (!written.ok())
        return written;
    return run;
}

Status JobService::stopRun(const Identity &who, const QString &runId)
{
    const Result<JobRun> before = run(runId);
    if (!before.ok())
        return before;
    if (Status s = canStopJobs(who, before->workspaceId); !s.ok())
        return s;
    return m_db.write([&]() -> Status {
        if (Status s = canStopJobs(who, before->workspaceId); !s.ok())
            return s; // the role may have changed in another instance
        // The run may have finished since the list was drawn: bring it up to date first.
        if (Status s = advanceWithinTransaction(before->workspaceId); !s.ok())
            return s;
        const Result<JobRun> current = run(runId);
        if (!current.ok())
            return current;
        if (current->state == ProductSpec::RunCancelling)
            return Status::failure(Field::Job, tr("The run of %1 is already being stopped.").arg(current->jobName),
                                   ErrorCode::Conflict);
        if (!ProductSpec::isActiveRunState(current->state))
            return Status::failure(Field::Job,
                                   tr("The run of %1 has already ended (%2).")
                                       .arg(current->jobName, ProductSpec::runStateName(current->state)),
                                   ErrorCode::Conflict);
        m_db.noteChange(Change::Kind::Runs, current->workspaceId);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE job_runs SET state = ?, state_changed_at = ? WHERE id = ?"));
        q.addBindValue(ProductSpec::RunCancelling);
        q.addBindValue(m_clock.nowMs());
        q.addBindValue(runId);
        return Database::exec(q);
    });
}

Result<RunScheduler::Capacity> JobService::capacity(const QString &workspaceId) const
{
    RunScheduler::Capacity c;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT cu_quota FROM workspaces WHERE id = ?"));
    q.addBindValue(workspaceId);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    if (!q.next())
        return workspaceGone();
    c.cuQuota = q.value(0).toInt();
    q.prepare(QStringLiteral("SELECT name, cu FROM queues WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    while (q.next())
        c.queueCaps.insert(q.value(0).toString(), q.value(1).toInt());
    if (Status s = Database::fetched(q, tr("Could not read the queues of the workspace.")); !s.ok())
        return s;
    return c;
}

QString JobService::waitText(const RunScheduler::Wait &w)
{
    using Reason = RunScheduler::Wait::Reason;
    const QString cu = Format::number(w.cu);
    const QString limit = Format::number(w.limit);
    const QString inUse = Format::number(w.inUse);
    switch (w.reason) {
    case Reason::QueueFull:
        return tr("Waiting for %1 CUs in %2: cap %3, in use %4").arg(cu, w.queue, limit, inUse);
    case Reason::QueueTooSmall:
        return tr("Waiting for %1 CUs in %2: cap %3, in use %4. It starts only when %2 gets at least %1 CUs; "
                  "stop it or give the queue more CUs.")
            .arg(cu, w.queue, limit, inUse);
    case Reason::WorkspaceFull:
        return tr("Waiting for %1 CUs in the workspace: CU quota %2, in use %3").arg(cu, limit, inUse);
    case Reason::WorkspaceTooSmall:
        return tr("Waiting for %1 CUs in the workspace: CU quota %2, in use %3. It starts only when the quota is "
                  "at least %1 CUs.")
            .arg(cu, limit, inUse);
    case Reason::EarlierInQueue:
        return tr("Waiting for %1 CUs in %2: cap %3, in use %4; an earlier run of %2 starts first")
            .arg(cu, w.queue, limit, inUse);
    case Reason::EarlierInWorkspace:
        return tr("Waiting for %1 CUs in the workspace: CU quota %2, in use %3; an earlier run starts first")
            .arg(cu, limit, inUse);
    }
    return {};
}

Result<JobService::WorkspaceRuns> JobService::workspaceRuns(const QString &workspaceId) const
{
    WorkspaceRuns w;
    const Result<RunScheduler::Capacity> c = capacity(workspaceId);
    if (!c.ok())
        return Status(c);
    w.capacity = c.value();
    Result<QList<JobRun>> active = activeRuns(workspaceId); // first in, first out
    if (!active.ok())
        return Status(active);
    w.active = active.value();
    return w;
}

Result<QStringList> JobService::workspacesWithActiveRuns() const
{
    QStringList workspaces;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT workspace_id FROM job_runs WHERE state IN (%1)").arg(activeStatesSql()));
    if (Status s = Database::exec(q); !s.ok())
        return s;
    while (q.next())
        workspaces << q.value(0).toString();
    if (Status s = Database::fetched(q, tr("Could not read the job runs.")); !s.ok())
        return s;
    return workspaces;
}

Status JobService::apply(const QList<RunScheduler::Transition> &changes)
{
    QSqlQuery q(m_db.connection());
    for (const RunScheduler::Transition &c : changes) {
        // Guarded by the state read, so a stop written by another instance in between is kept.
        q.prepare(QStringLiteral("UPDATE job_runs SET state = ?, started_at = ?, ended_at = ?, state_changed_at = ?"
                                 " WHERE id = ? AND state = ?"));
        q.addBindValue(c.after.state);
        q.addBindValue(c.after.startedAtMs);
        q.addBindValue(c.after.endedAtMs);
        q.addBindValue(c.after.stateChangedAtMs);
        q.addBindValue(c.after.id);
        q.addBindValue(c.before.state);
        if (Status s = Database::exec(q); !s.ok())
            return s;
        m_db.noteChange(Change::Kind::Runs, c.after.workspaceId);
    }
    return {};
}

Status JobService::advanceWithinTransaction(const QString &workspaceId)
{
    const Result<WorkspaceRuns> w = workspaceRuns(workspaceId);
    if (!w.ok())
        return w.has(ErrorCode::NotFound) ? Status() : Status(w); // a deleted workspace has no runs
    return apply(RunScheduler::dueTransitions(w->active, w->capacity, m_clock.nowMs()));
}

Result<QStringList> JobService::advance()
{
    const qint64 now = m_clock.nowMs();
    const Result<QStringList> workspaces = workspacesWithActiveRuns();
    if (!workspaces.ok())
        return workspaces;
    QStringList due;
    for (const QString &id : workspaces.value()) {
        const Result<WorkspaceRuns> w = workspaceRuns(id);
        if (!w.ok() && !w.has(ErrorCode::NotFound))
            return Status(w);
        if (w.ok() && !RunScheduler::dueTransitions(w->active, w->capacity, now).isEmpty())
            due << id;
    }
    if (due.isEmpty())
        return due;
    // Recomputed inside the transaction: another instance may have moved the runs meanwhile.
    const Status s = m_db.write([&]() -> Status {
        for (const QString &id : std::as_const(due))
            if (Status e = advanceWithinTransaction(id); !e.ok())
                return e;
        return {};
    });
    if (!s.ok())
        return s;
    return due;
}

Result<std::optional<qint64>> JobService::nextDueAt() const
{
    const qint64 now = m_clock.nowMs();
    const Result<QStringList> workspaces = workspacesWithActiveRuns();
    if (!workspaces.ok())
        return Status(workspaces);
    std::optional<qint64> next;
    for (const QString &id : workspaces.value()) {
        const Result<WorkspaceRuns> w = workspaceRuns(id);
        if (!w.ok() && !w.has(ErrorCode::NotFound))
            return Status(w);
        if (!w.ok())
            continue;
        if (const auto t = RunScheduler::nextDueAt(w->active, w->capacity, now); t && (!next || *t < *next))
            next = t;
    }
    return next;
}

QString JobService::newRunId()
{
    return QStringLiteral("jr-") + Database::randomHex(16);
}

Result<int> JobService::backupScripts(const QString &workspaceId, const QString &folderPath,
                                      QString *manifestFile) const
{
    if (Status s = ScriptBackup::checkFolder(folderPath); !s.ok())
        return s;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"));
        q.addBindValue(workspaceId);
        if (Status s = Database::exec(q); !s.ok())
            return s;
        if (!q.next())
            return workspaceGone();
    }
    const Result<QList<Job>> list = jobs(workspaceId);
    if (!list.ok())
        return Status(list);
    return ScriptBackup::write(list.value(), folderPath, manifestFile);
}
