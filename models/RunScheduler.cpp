#include "models/RunScheduler.h"

#include "models/Checked.h"
#include "models/ProductSpec.h"

#include <algorithm>
#include <limits>

bool RunScheduler::holdsCapacity(const JobRun &r)
{
    return r.state == ProductSpec::RunRunning || (r.state == ProductSpec::RunCancelling && r.startedAtMs > 0);
}

std::optional<qint64> RunScheduler::dueAt(const JobRun &r)
{
    if (r.state == ProductSpec::RunSubmitted)
        return Checked::add(r.stateChangedAtMs, SubmittedDelayMs);
    if (r.state == ProductSpec::RunRunning)
        return Checked::add(r.startedAtMs, r.durationMs);
    if (r.state == ProductSpec::RunCancelling)
        return Checked::add(r.stateChangedAtMs, CancellingDelayMs);
    return std::nullopt; // Pending runs wait for capacity, not for a time
}

QList<RunScheduler::Transition> RunScheduler::dueTransitions(const QList<JobRun> &original, int quota, qint64 now)
{
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

    QList<Transition> changes;
    for (int i = 0; i < sim.size(); ++i) {
        const JobRun &a = original.at(i);
        const JobRun &b = sim.at(i);
        if (a.state != b.state || a.startedAtMs != b.startedAtMs || a.endedAtMs != b.endedAtMs
            || a.stateChangedAtMs != b.stateChangedAtMs)
            changes.append({a, b});
    }
    return changes;
}

std::optional<qint64> RunScheduler::nextDueAt(const QList<JobRun> &runs, int cuQuota, qint64 now)
{
    if (!dueTransitions(runs, cuQuota, now).isEmpty())
        return now;
    // Nothing is due now, so every timed transition lies in the future; a waiting run can only
    // start when one of them frees CUs.
    std::optional<qint64> next;
    for (const JobRun &r : runs)
        if (const auto t = dueAt(r); t && (!next || *t < *next))
            next = t;
    return next;
}
