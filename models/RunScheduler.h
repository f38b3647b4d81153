#pragma once

#include "models/Domain.h"

#include <QList>
#include <optional>

// The job-run state machine as a pure function of (active runs, CU quota, now): no database, no
// clock, so every rule is tested on plain values (tests/tst_runscheduler.cpp).
//
// Submitted -> Pending after SubmittedDelayMs; Pending -> Running only while the workspace's
// running CUs (Running runs, and Cancelling runs that had started) plus the run's CUs stay within
// the quota, strictly first in, first out; Running -> its outcome after its duration; Cancelling
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

    // runs: the workspace's active runs, oldest first (submission order is the queue order).
    // Returns the runs whose stored state differs at now, with their state before and after.
    static QList<Transition> dueTransitions(const QList<JobRun> &runs, int cuQuota, qint64 now);
    // When dueTransitions() will next return something: now when something is due already,
    // nullopt when nothing will ever fall due by itself (no active run, or only runs waiting for
    // CUs that no running run will free).
    static std::optional<qint64> nextDueAt(const QList<JobRun> &runs, int cuQuota, qint64 now);

    // When the run's next timed transition falls due (saturating: crafted durations never wrap).
    static std::optional<qint64> dueAt(const JobRun &run);
    // A Running run, and a Cancelling run that had started (its executors are still being torn
    // down), hold their CUs. A run stopped before it started holds nothing.
    static bool holdsCapacity(const JobRun &run);
};

