#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Result.h"

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

// Job runs of a workspace: run, stop, and the state machine that advances with time (spec §5, issue 4).
//
// Submitted -> Pending after SubmittedDelayMs; Pending -> Running only while the workspace's
// running CUs (Running runs, and Cancelling runs that had started) plus the run's CUs stay within
// the workspace's CU quota, strictly first in, first out; Running -> its outcome after its
// duration; Cancelling -> Cancelled after CancellingDelayMs. Every state and the time it was
// entered live in job_runs, so advance() continues correctly after a restart: it replays the
// transitions that fell due while nobody watched, in time order, with the times they would have
// happened.
class JobService
{
    Q_DECLARE_TR_FUNCTIONS(JobService)

public:
    JobService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static constexpr qint64 SubmittedDelayMs = 1000;
    static constexpr qint64 CancellingDelayMs = 1000;
    static constexpr int JobNameMaxLength = 128;
    static constexpr qint64 MinDurationMs = 1000;
    static constexpr qint64 MaxDurationMs = 30LL * 24 * 3600 * 1000; // the seeded run lasts 7 days

    // Field keys of the Run Job dialog that Result.h has no key for.
    static inline const QString CodeTypeField = QStringLiteral("codeType");
    static inline const QString ScriptField = QStringLiteral("script");
    static inline const QString CuField = QStringLiteral("cu");
    static inline const QString OutcomeField = QStringLiteral("outcome");

    // Jobs of a workspace, oldest first.
    QList<Job> jobs(const QString &workspaceId) const;
    // Runs of a workspace with their job's name and code type, newest first.
    QList<JobRun> runs(const QString &workspaceId) const;
    // Active runs (Submitted, Pending, Running, Cancelling), oldest first.
    QList<JobRun> activeRuns(const QString &workspaceId) const;
    std::optional<JobRun> run(const QString &runId) const;
    QStringList queueNames(const QString &workspaceId) const;

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
    // only when something is due, so a once-a-second timer is cheap. Returns the workspaces whose
    // runs changed.
    QStringList advance();
    // The same for one workspace, inside the caller's Database::write() (the delete guard brings
    // the runs up to date in its own transaction before it looks for active ones).
    Status advanceWithinTransaction(const QString &workspaceId);

    // Writes every job's script of the workspace to folderPath, one file per job (sanitised job
    // name + .sql/.py/.jar.txt) plus manifest.json ([{name, codeType, file}]). Existing files are
    // never overwritten: a taken name gets " (2)", " (3)", ... Returns how many scripts it wrote;
    // manifestFile receives the manifest's file name (manifest (2).json after an earlier backup).
    Result<int> backupScripts(const QString &workspaceId, const QString &folderPath,
                              QString *manifestFile = nullptr) const;
    // The job name rule of a run request (not empty, at most JobNameMaxLength UTF-16 units, no
    // surrounding spaces, no control characters), on its own for the fuzz target.
    static Status validateName(const QString &name);
    // The file name a job's script gets in a backup (without the collision suffix).
    static QString scriptFileName(const QString &jobName, const QString &codeType);

    static QString newRunId();

private:
    struct Change
    {
        JobRun before;
        JobRun after;
    };
    // The transitions due by now for one workspace, computed from the stored states.
    QList<Change> dueChanges(const QString &workspaceId, qint64 now) const;
    Status apply(const QList<Change> &changes);
    Status validate(const QString &workspaceId, const JobRunRequest &request, int cuQuota) const;

    Database &m_db;
    const Clock &m_clock;
};
