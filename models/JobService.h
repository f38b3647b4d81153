#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Result.h"
#include "models/RunScheduler.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class Database;

// What the Run Job dialog submits. outcome and durationMs drive the simulation: the run ends in
// outcome once it has been Running for durationMs.
struct JobRunRequest
{
    QString name;
    QString codeType; // SQL / PYTHON / JAR
    QString script;
    int cu = 1;
    QString queue;
    QString outcome;  // ProductSpec::RunSuccess or RunFailed
    qint64 durationMs = 60'000;
};

// Job runs of a workspace: the queries and the commands (run, stop), and bringing the stored runs
// up to date. The state machine itself is RunScheduler (pure); the backup files are ScriptBackup.
// Every state and the time it was entered live in job_runs, so advancing continues correctly
// after a restart. Every read is checked: a failed read is a Storage error, never "no runs".
class JobService
{
    Q_DECLARE_TR_FUNCTIONS(JobService)

public:
    JobService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static constexpr qint64 SubmittedDelayMs = RunScheduler::SubmittedDelayMs;
    static constexpr qint64 CancellingDelayMs = RunScheduler::CancellingDelayMs;
    static constexpr int JobNameMaxLength = 128;
    static constexpr qint64 MinDurationMs = 1000;
    static constexpr qint64 MaxDurationMs = 30LL * 24 * 3600 * 1000; // the seeded run lasts 7 days

    // Field keys of the Run Job dialog that Result.h has no key for.
    static inline const QString CodeTypeField = QStringLiteral("codeType");
    static inline const QString ScriptField = QStringLiteral("script");
    static inline const QString CuField = QStringLiteral("cu");
    static inline const QString OutcomeField = QStringLiteral("outcome");

    // Jobs of a workspace, oldest first.
    Result<QList<Job>> jobs(const QString &workspaceId) const;
    // Runs of a workspace with their job's name and code type, newest first; a Pending run says
    // what it waits for (JobRun::waitingFor).
    Result<QList<JobRun>> runs(const QString &workspaceId) const;
    // Active runs (Submitted, Pending, Running, Cancelling), oldest first.
    Result<QList<JobRun>> activeRuns(const QString &workspaceId) const;
    // How many runs are active, for who may view the workspace; PermissionDenied (with the reason)
    // for who may not, so the figure is shown as hidden and never as a wrong 0.
    Result<int> activeRunCount(const Identity &who, const QString &workspaceId) const;
    // CUs held right now by runs (RunScheduler::holdsCapacity), by queue name. Call
    // advanceWithinTransaction() first when runs that ended meanwhile must not count.
    Result<QHash<QString, qint64>> cuInUseByQueue(const QString &workspaceId) const;
    // NotFound when the run does not exist (any more).
    Result<JobRun> run(const QString &runId) const;
    Result<QStringList> queueNames(const QString &workspaceId) const;

    // The role checks the UI uses to enable Run Job and Stop, and the services enforce.
    Status canRunJobs(const Identity &who, const QString &workspaceId, const QString &queue = {}) const;
    Status canStopJobs(const Identity &who, const QString &workspaceId) const;
    // Refused while the workspace is still Starting (runs need a Running workspace) or is gone.
    Status checkAcceptsRuns(const QString &workspaceId) const;

    // Creates a job (refused when the name exists in the workspace).
    Result<Job> createJob(const Identity &who, const QString &workspaceId, const QString &name,
                          const QString &codeType, const QString &script);
    // Submits a run. When a job with that name exists its code type and script become the ones
    // given (edit and run again; that needs the EditJob right when they differ, so a Data
    // Analytics member can rerun a job unchanged but not rewrite it); otherwise the job is
    // created. The role checks and the writes are one transaction.
    Result<JobRun> runJob(const Identity &who, const QString &workspaceId, const JobRunRequest &request);
    // Running, Pending or Submitted -> Cancelling (then Cancelled after CancellingDelayMs).
    Status stopRun(const Identity &who, const QString &runId);

    // Moves every workspace's runs on to the clock's time. Reads first and takes the write lock
    // only when something is due. Returns the workspaces whose runs changed (the change feed
    // announces them too); a failed read or write is an error, never "nothing was due".
    Result<QStringList> advance();
    // The same for one workspace, inside the caller's Database::write() (the delete guard brings
    // the runs up to date in its own transaction before it looks for active ones).
    Status advanceWithinTransaction(const QString &workspaceId);
    // When advance() next has something to do (now when something is due already); nullopt when
    // no run will move by itself.
    Result<std::optional<qint64>> nextDueAt() const;

    // Writes every job's script of the workspace to folderPath (see ScriptBackup::write).
    Result<int> backupScripts(const QString &workspaceId, const QString &folderPath,
                              QString *manifestFile = nullptr) const;
    // The job name rule of a run request (not empty, at most JobNameMaxLength UTF-16 units, no
    // surrounding spaces, no control characters), on its own for the fuzz target.
    static Status validateName(const QString &name);

    static QString newRunId();
    // "Waiting for 80 CUs in root_queue: cap 60, in use 0", translated.
    static QString waitText(const RunScheduler::Wait &wait);
    // The workspace's CU quota and its queues' caps.
    Result<RunScheduler::Capacity> capacity(const QString &workspaceId) const;

private:
    // The workspace's active runs and CU quota as one consistent read.
    struct WorkspaceRuns
    {
        RunScheduler::Capacity capacity;
        QList<JobRun> active;
    };
    Result<WorkspaceRuns> workspaceRuns(const QString &workspaceId) const;
    Result<QStringList> workspacesWithActiveRuns() const;
    Status apply(const QList<RunScheduler::Transition> &changes);
    Status validate(const QString &workspaceId, const JobRunRequest &request,
                    const RunScheduler::Capacity &capacity) const;

    Database &m_db;
    const Clock &m_clock;
};
