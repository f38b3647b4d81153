#include "models/JobService.h"

#include "models/Database.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// CUs a run holds: a Running run, and a Cancelling run that had started (its executors are still
// being torn down). A run stopped before it started holds nothing.
bool holdsCapacity(const JobRun &r)
{
    return r.state == ProductSpec::RunRunning || (r.state == ProductSpec::RunCancelling && r.startedAtMs > 0);
}

// When the run's next timed transition falls due; Pending runs wait for capacity instead.
std::optional<qint64> dueAt(const JobRun &r)
{
    if (r.state == ProductSpec::RunSubmitted)
        return r.stateChangedAtMs + JobService::SubmittedDelayMs;
    if (r.state == ProductSpec::RunRunning)
        return r.startedAtMs + r.durationMs;
    if (r.state == ProductSpec::RunCancelling)
        return r.stateChangedAtMs + JobService::CancellingDelayMs;
    return std::nullopt;
}

QString extensionFor(const QString &codeType)
{
    if (codeType == QLatin1String("SQL"))
        return QStringLiteral(".sql");
    if (codeType == QLatin1String("PYTHON"))
        return QStringLiteral(".py");
    // A JAR job keeps its main class and arguments as text, not the archive itself.
    return QStringLiteral(".jar.txt");
}

} // namespace

QList<Job> JobService::jobs(const QString &workspaceId) const
{
    QList<Job> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, workspace_id, name, code_type, script FROM jobs WHERE workspace_id = ?"
                             " ORDER BY created_at, id"));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()});
    return list;
}

QList<JobRun> JobService::runs(const QString &workspaceId) const
{
    QList<JobRun> list;
    QSqlQuery q(m_db.connection());
    q.prepare(SelectRuns + QStringLiteral(" WHERE r.workspace_id = ? ORDER BY r.submitted_at DESC, r.rowid DESC"));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        list << readRun(q);
    return list;
}

QList<JobRun> JobService::activeRuns(const QString &workspaceId) const
{
    QList<JobRun> list;
    QSqlQuery q(m_db.connection());
    q.prepare(SelectRuns + QStringLiteral(" WHERE r.workspace_id = ? AND r.state IN (%1)"
                                          " ORDER BY r.submitted_at, r.rowid").arg(activeStatesSql()));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        list << readRun(q);
    return list;
}

std::optional<JobRun> JobService::run(const QString &runId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(SelectRuns + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRun(q);
}

QStringList JobService::queueNames(const QString &workspaceId) const
{
    QStringList names;
    QSqlQuery q(m_db.connection());
    // root_queue first, then the others by name.
    q.prepare(QStringLiteral("SELECT name FROM queues WHERE workspace_id = ? ORDER BY name <> ?, name"));
    q.addBindValue(workspaceId);
    q.addBindValue(ProductSpec::RootQueue);
    q.exec();
    while (q.next())
        names << q.value(0).toString();
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

Status JobService::validate(const QString &workspaceId, const JobRunRequest &request, int cuQuota) const
{
    Status s = validateName(request.name);

    if (!ProductSpec::codeTypes().contains(request.codeType))
        s.add(CodeTypeField, tr("Choose a code type: %1.").arg(ProductSpec::codeTypes().join(tr(", "))));
    if (request.script.trimmed().isEmpty())
        s.add(ScriptField, tr("Enter the job's script."));
    if (request.cu < 1 || request.cu > cuQuota)
        s.add(CuField, tr("A run can use 1 to %1 CUs (the workspace's CU quota).").arg(cuQuota));
    if (!queueNames(workspaceId).contains(request.queue))
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
    Status s = validate(workspaceId, request, 1);
    Status relevant;
    for (const FieldError &e : s.errors())
        if (e.field == Field::Name || e.field == CodeTypeField || e.field == ScriptField)
            relevant.add(e.field, e.message, e.code);
    if (!relevant.ok())
        return relevant;

    Job job{0, workspaceId, name, codeType, script};
    const Status written = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE workspace_id = ? AND name = ?"));
        q.addBindValue(workspaceId);
        q.addBindValue(name);
        if (Status e = Database::exec(q); !e.ok())
            return e;
        if (q.next() && q.value(0).toInt() > 0)
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
    q.prepare(QStringLiteral("SELECT status FROM workspaces WHERE id = ?"));
    q.addBindValue(workspaceId);
    if (!q.exec() || !q.next())
        return Status::failure(Field::General, tr("This workspace no longer exists."), ErrorCode::NotFound);
    if (q.value(0).toString() == ProductSpec::StatusStarting)
        return Status::failure(Field::General,
                               tr("The workspace is still starting. Run the job when its status is %1.")
                                   .arg(ProductSpec::statusName(ProductSpec::StatusRunning)),
                               ErrorCode::Conflict);
    return {};
}

Result<JobRun> JobService::runJob(const Identity &who, const QString &workspaceId, const JobRunRequest &request)
{
    int cuQuota = 0;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT cu_quota FROM workspaces WHERE id = ?"));
        q.addBindValue(workspaceId);
        if (!q.exec() || !q.next())
            return Result<JobRun>::failure(Field::General, tr("This workspace no longer exists."), ErrorCode::NotFound);
        cuQuota = q.value(0).toInt();
    }
    if (Status s = canRunJobs(who, workspaceId, request.queue); !s.ok())
        return s;
    if (Status s = checkAcceptsRuns(workspaceId); !s.ok())
        return s;
    if (Status s = validate(workspaceId, request, cuQuota); !s.ok())
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
        // Again inside the transaction: another instance may have changed the member's role.
        if (Status s = canRunJobs(who, workspaceId, request.queue); !s.ok())
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
    const auto before = run(runId);
    if (!before)
        return Status::failure(Field::Job, tr("This job run no longer exists."), ErrorCode::NotFound);
    if (Status s = canStopJobs(who, before->workspaceId); !s.ok())
        return s;
    return m_db.write([&]() -> Status {
        if (Status s = canStopJobs(who, before->workspaceId); !s.ok())
            return s; // the role may have changed in another instance
        // The run may have finished since the list was drawn: bring it up to date first.
        if (Status s = advanceWithinTransaction(before->workspaceId); !s.ok())
            return s;
        const auto current = run(runId);
        if (!current)
            return Status::failure(Field::Job, tr("This job run no longer exists."), ErrorCode::NotFound);
        if (current->state == ProductSpec::RunCancelling)
            return Status::failure(Field::Job, tr("The run of %1 is already being stopped.").arg(current->jobName),
                                   ErrorCode::Conflict);
        if (!ProductSpec::isActiveRunState(current->state))
            return Status::failure(Field::Job,
                                   tr("The run of %1 has already ended (%2).")
                                       .arg(current->jobName, ProductSpec::runStateName(current->state)),
                                   ErrorCode::Conflict);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE job_runs SET state = ?, state_changed_at = ? WHERE id = ?"));
        q.addBindValue(ProductSpec::RunCancelling);
        q.addBindValue(m_clock.nowMs());
        q.addBindValue(runId);
        return Database::exec(q);
    });
}

QList<JobService::Change> JobService::dueChanges(const QString &workspaceId, qint64 now) const
{
    int quota = 0;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT cu_quota FROM workspaces WHERE id = ?"));
        q.addBindValue(workspaceId);
        if (!q.exec() || !q.next())
            return {};
        quota = q.value(0).toInt();
    }
    const QList<JobRun> original = activeRuns(workspaceId); // first in, first out
    QList<JobRun> sim = original;

    // Starts waiting runs, oldest first, while their CUs fit in what the quota leaves. Strict
    // FIFO: a run that does not fit yet keeps the ones behind it waiting, so a big run is not
    // starved by small ones. A run larger than the whole quota (the quota was lowered after it
    // was submitted) can never start and does not block the queue.
    const auto startWaiting = [&](qint64 at) {
        qint64 used = 0;
        for (const JobRun &r : std::as_const(sim))
            if (holdsCapacity(r))
                used += r.cu;
        for (JobRun &r : sim) {
            if (r.state != ProductSpec::RunPending || r.cu > quota)
                continue;
            if (used + r.cu > quota)
                break;
            r.state = ProductSpec::RunRunning;
            r.startedAtMs = std::max(at, r.stateChangedAtMs);
            r.stateChangedAtMs = r.startedAtMs;
            used += r.cu;
        }
    };
    const auto nextDue = [&]() -> std::optional<qint64> {
        std::optional<qint64> next;
        for (const JobRun &r : std::as_const(sim))
            if (const auto t = dueAt(r); t && (!next || *t < *next))
                next = t;
        return next;
    };

    // Replay from the earliest moment anything is due, so transitions happen in time order with
    // the times they would have had if the app had been watching.
    const auto first = nextDue();
    startWaiting(first ? std::min(*first, now) : now);
    for (auto t = nextDue(); t && *t <= now; t = nextDue()) {
        for (JobRun &r : sim) {
            if (dueAt(r) != t)
                continue;
            if (r.state == ProductSpec::RunSubmitted) {
                r.state = ProductSpec::RunPending;
                r.stateChangedAtMs = *t;
            } else if (r.state == ProductSpec::RunRunning) {
                r.state = r.outcome;
                r.endedAtMs = *t;
                r.stateChangedAtMs = *t;
            } else if (r.state == ProductSpec::RunCancelling) {
                r.state = ProductSpec::RunCancelled;
                r.endedAtMs = *t;
                r.stateChangedAtMs = *t;
            }
        }
        startWaiting(*t);
    }

    QList<Change> changes;
    for (int i = 0; i < sim.size(); ++i) {
        const JobRun &a = original.at(i);
        const JobRun &b = sim.at(i);
        if (a.state != b.state || a.startedAtMs != b.startedAtMs || a.endedAtMs != b.endedAtMs
            || a.stateChangedAtMs != b.stateChangedAtMs)
            changes.append({a, b});
    }
    return changes;
}

Status JobService::apply(const QList<Change> &changes)
{
    QSqlQuery q(m_db.connection());
    for (const Change &c : changes) {
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
    }
    return {};
}

Status JobService::advanceWithinTransaction(const QString &workspaceId)
{
    return apply(dueChanges(workspaceId, m_clock.nowMs()));
}

QStringList JobService::advance()
{
    const qint64 now = m_clock.nowMs();
    QStringList workspaces;
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT DISTINCT workspace_id FROM job_runs WHERE state IN (%1)").arg(activeStatesSql()));
        while (q.next())
            workspaces << q.value(0).toString();
    }
    QStringList due;
    for (const QString &id : std::as_const(workspaces))
        if (!dueChanges(id, now).isEmpty())
            due << id;
    if (due.isEmpty())
        return {};
    // Recomputed inside the transaction: another instance may have moved the runs meanwhile.
    const Status s = m_db.write([&]() -> Status {
        for (const QString &id : std::as_const(due))
            if (Status e = apply(dueChanges(id, now)); !e.ok())
                return e;
        return {};
    });
    return s.ok() ? due : QStringList();
}

QString JobService::newRunId()
{
    return QStringLiteral("jr-") + Database::randomHex(16);
}

QString JobService::scriptFileName(const QString &jobName, const QString &codeType)
{
    // Letters and digits of any script stay (Chinese job names remain readable); everything a
    // file system might refuse or misread (/ \ : * ? " < > | spaces, controls) becomes "_".
    QString base;
    for (const char32_t c : jobName.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || c == U'-' || c == U'_' || c == U'.')
            base += QString::fromUcs4(&c, 1);
        else
            base += QLatin1Char('_');
    }
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("job");
    static const QStringList reserved = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                         QStringLiteral("NUL")};
    const QString upper = base.toUpper();
    if (reserved.contains(upper)
        || ((upper.startsWith(QLatin1String("COM")) || upper.startsWith(QLatin1String("LPT"))) && upper.size() == 4
            && upper.at(3).isDigit()))
        base.prepend(QLatin1Char('_'));
    // At most 100 UTF-16 units and 200 bytes of UTF-8 (a Linux file name has 255 bytes, and the
    // extension and a " (2)" suffix follow), cut between code points so no surrogate pair is split.
    qsizetype cut = 0;
    int bytes = 0;
    for (qsizetype i = 0; i < base.size();) {
        const bool pair = base.at(i).isHighSurrogate() && i + 1 < base.size() && base.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(base.at(i), base.at(i + 1)) : base.at(i).unicode();
        const int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (i + (pair ? 2 : 1) > 100 || bytes + n > 200)
            break;
        bytes += n;
        i += pair ? 2 : 1;
        cut = i;
    }
    base.truncate(cut);
    return base + extensionFor(codeType);
}

namespace {

// Creates a file that did not exist before: "name.ext", else "name (2).ext", "name (3).ext", ...
// NewOnly makes the check and the creation one step, so nothing is ever overwritten.
bool createNewFile(QFile &file, const QDir &dir, const QString &stem, const QString &ext, QString *chosen,
                   QString *error)
{
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = n == 1 ? stem + ext : QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(ext);
        if (QFileInfo::exists(dir.filePath(candidate)))
            continue;
        file.setFileName(dir.filePath(candidate));
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *chosen = candidate;
            return true;
        }
        if (!QFileInfo::exists(dir.filePath(candidate))) {
            *error = file.errorString();
            return false;
        }
    }
    *error = JobService::tr("too many files with this name already exist");
    return false;
}

} // namespace

Result<int> JobService::backupScripts(const QString &workspaceId, const QString &folderPath,
                                      QString *manifestFile) const
{
    if (folderPath.isEmpty())
        return Result<int>::failure(Field::Path, tr("Choose a folder for the backup."));
    const QString nativeFolder = QDir::toNativeSeparators(folderPath);
    const QFileInfo folder(folderPath);
    if (!folder.exists())
        return Result<int>::failure(Field::Path, tr("The folder %1 does not exist. Choose another folder.").arg(nativeFolder));
    if (!folder.isDir())
        return Result<int>::failure(Field::Path, tr("%1 is a file, not a folder. Choose a folder.").arg(nativeFolder));
    if (!folder.isWritable())
        return Result<int>::failure(Field::Path,
                                    tr("The folder %1 cannot be written. Choose another folder.").arg(nativeFolder));
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"));
        q.addBindValue(workspaceId);
        if (!q.exec() || !q.next())
            return Result<int>::failure(Field::General, tr("This workspace no longer exists."), ErrorCode::NotFound);
    }

    const QDir dir(folder.absoluteFilePath());
    QStringList written;
    const auto fail = [&](const QString &file, const QString &why) {
        // All or nothing: a partial backup would look complete in the folder.
        for (const QString &name : std::as_const(written))
            QFile::remove(dir.filePath(name));
        return Result<int>::failure(Field::Path, tr("Could not write %1: %2. Nothing was backed up.")
                                                     .arg(QDir::toNativeSeparators(dir.filePath(file)), why),
                                    ErrorCode::Storage);
    };

    QJsonArray manifest;
    const QList<Job> list = jobs(workspaceId);
    for (const Job &job : list) {
        const QString wanted = scriptFileName(job.name, job.codeType);
        const QString ext = extensionFor(job.codeType);
        QFile file;
        QString chosen;
        QString error;
        if (!createNewFile(file, dir, wanted.left(wanted.size() - ext.size()), ext, &chosen, &error))
            return fail(wanted, error);
        written << chosen;
        const QByteArray bytes = job.script.toUtf8();
        if (file.write(bytes) != bytes.size() || !file.flush())
            return fail(chosen, file.errorString());
        file.close();
        manifest.append(QJsonObject{{QStringLiteral("name"), job.name},
                                    {QStringLiteral("codeType"), job.codeType},
                                    {QStringLiteral("file"), chosen}});
    }
    QFile file;
    QString chosen;
    QString error;
    const QString manifestName = QStringLiteral("manifest.json");
    if (!createNewFile(file, dir, QStringLiteral("manifest"), QStringLiteral(".json"), &chosen, &error))
        return fail(manifestName, error);
    written << chosen;
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.flush())
        return fail(chosen, file.errorString());
    file.close();
    if (manifestFile)
        *manifestFile = chosen;
    return int(list.size());
}
