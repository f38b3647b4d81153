#pragma once

#include "models/Domain.h"

#include <QHash>
#include <QList>
#include <optional>

// The job-run state machine as a pure function of (active runs, CU quota, now): no database, no
// clock, so every rule is tested on plain values (tests/tst_runscheduler.cpp).
//
// Submitted -> Pending after SubmittedDelayMs; Pending -> Running only while both the running CUs
// (Running runs, and Cancelling runs that had started) of the run's queue plus the run's CUs stay
// within the queue's cap, and those of the workspace stay within its CU quota. First in, first
// out: a run waiting for its queue keeps the later runs of that queue waiting, a run waiting for
// the workspace keeps every later run waiting; Running -> its outcome after its duration; Cancelling
// -> Cancelled after CancellingDelayMs. Transitions that fell due while nobody watched (the app
// was closed) are replayed in time order, with the times they would have happened.
class RunScheduler
{
public:
    static constexpr qint64 SubmittedDelayMs = 1000;
    static constexpr qint64 CancellingDelayMs = 1000;

    struct Transition
    {
        JobRun before;
        JobRun after;
    };

    // What runs may hold: the workspace's CU quota and each queue's cap.
    struct Capacity
    {
        int cuQuota = 0;
        QHash<QString, int> queueCaps; // a queue missing here has no CUs (it no longer exists)
        bool queuesCapped = true;      // false: only the workspace quota counts
        int queueCap(const QString &queue) const { return queuesCapped ? queueCaps.value(queue, 0) : cuQuota; }
        // Only the workspace quota (the state machine's tests that are not about queues).
        static Capacity quotaOnly(int cuQuota) { return {cuQuota, {}, false}; }
    };

    // Why a Pending run has not started, with the figures that say so.
    struct Wait
    {
        enum class Reason {
            QueueFull,        // the queue's running runs leave too little of its cap
            QueueTooSmall,    // the run needs more than the queue's whole cap
            WorkspaceFull,    // the workspace's running runs leave too little of its quota
            WorkspaceTooSmall,// the run needs more than the workspace's whole quota
            EarlierInQueue,   // an earlier run of the same queue waits first
            EarlierInWorkspace, // an earlier run waits for the workspace's CUs first
        };
        Reason reason = Reason::QueueFull;
        int cu = 0;          // what the run asks for
        QString queue;
        qint64 limit = 0;    // the queue's cap or the workspace's quota
        qint64 inUse = 0;    // CUs held in that queue or workspace
    };

    // runs: the workspace's active runs, oldest first (submission order is the queue order).
    // Returns the runs whose stored state differs at now, with their state before and after.
    static QList<Transition> dueTransitions(const QList<JobRun> &runs, const Capacity &capacity, qint64 now);
    static QList<Transition> dueTransitions(const QList<JobRun> &runs, int cuQuota, qint64 now)
    {
        return dueTransitions(runs, Capacity::quotaOnly(cuQuota), now);
    }
    // When dueTransitions() will next return something: now when something is due already,
    // nullopt when nothing will ever fall due by itself (no active run, or only runs waiting for
    // CUs that no running run will free).
    static std::optional<qint64> nextDueAt(const QList<JobRun> &runs, const Capacity &capacity, qint64 now);
    static std::optional<qint64> nextDueAt(const QList<JobRun> &runs, int cuQuota, qint64 now)
    {
        return nextDueAt(runs, Capacity::quotaOnly(cuQuota), now);
    }
    // Why each Pending run of runs (brought up to date) waits, by run id.
    static QHash<QString, Wait> waits(const QList<JobRun> &runs, const Capacity &capacity);

    // When the run's next timed transition falls due (saturating: crafted durations never wrap).
    static std::optional<qint64> dueAt(const JobRun &run);
    // A Running run, and a Cancelling run that had started (its executors are still being torn
    // down), hold their CUs. A run stopped before it started holds nothing.
    static bool holdsCapacity(const JobRun &run);
};

