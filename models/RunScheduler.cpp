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

namespace {

// Starts waiting runs, oldest first, while their CUs fit in what their queue's cap and the
// workspace's quota leave. A run that does not fit its queue keeps the later runs of that queue
// waiting, one that does not fit the workspace keeps every later run waiting, so a big run is
// not starved by small ones. A run larger than its whole queue or the whole quota (lowered after
// it was submitted) can never start and blocks nobody. waits, when given, receives why each
// run that stays Pending waits.
void startFitting(QList<JobRun> &sim, const RunScheduler::Capacity &capacity, qint64 at,
                  QHash<QString, RunScheduler::Wait> *waits)
{
    using Wait = RunScheduler::Wait;
    qint64 used = 0;
    QHash<QString, qint64> usedInQueue;
    for (const JobRun &r : std::as_const(sim))
        if (RunScheduler::holdsCapacity(r)) {
            used += r.cu;
            usedInQueue[r.queue] += r.cu;
        }
    QHash<QString, QString> blockedQueues; // queue -> the run that waits first
    bool workspaceBlocked = false;
    for (JobRun &r : sim) {
        if (r.state != ProductSpec::RunPending)
            continue;
        const qint64 cap = capacity.queueCap(r.queue);
        const qint64 inQueue = usedInQueue.value(r.queue);
        const auto wait = [&](Wait::Reason reason, qint64 limit, qint64 inUse) {
            if (waits)
                waits->insert(r.id, Wait{reason, r.cu, r.queue, limit, inUse});
        };
        if (r.cu > cap) {
            wait(Wait::Reason::QueueTooSmall, cap, inQueue);
            continue;
        }
        if (r.cu > capacity.cuQuota) {
            wait(Wait::Reason::WorkspaceTooSmall, capacity.cuQuota, used);
            continue;
        }
        if (workspaceBlocked) {
            wait(Wait::Reason::EarlierInWorkspace, capacity.cuQuota, used);
            continue;
        }
        if (blockedQueues.contains(r.queue)) {
            wait(Wait::Reason::EarlierInQueue, cap, inQueue);
            continue;
        }
        if (inQueue + r.cu > cap) {
            wait(Wait::Reason::QueueFull, cap, inQueue);
            blockedQueues.insert(r.queue, r.id);
            continue;
        }
        if (used + r.cu > capacity.cuQuota) {
            wait(Wait::Reason::WorkspaceFull, capacity.cuQuota, used);
            workspaceBlocked = true;
            continue;
        }
        r.state = ProductSpec::RunRunning;
        r.startedAtMs = std::max(at, r.stateChangedAtMs);
        r.stateChangedAtMs = r.startedAtMs;
        used += r.cu;
        usedInQueue[r.queue] += r.cu;
    }
}

} // namespace

QHash<QString, RunScheduler::Wait> RunScheduler::waits(const QList<JobRun> &runs, const Capacity &capacity)
{
    QList<JobRun> sim = runs;
    QHash<QString, Wait> result;
    startFitting(sim, capacity, 0, &result);
    return result;
}

QList<RunScheduler::Transition> RunScheduler::dueTransitions(const QList<JobRun> &original, const Capacity &capacity,
                                                             qint64 now)
{
    QList<JobRun> sim = original;

    const auto startWaiting = [&](qint64 at) { startFitting(sim, capacity, at, nullptr); };
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

std::optional<qint64> RunScheduler::nextDueAt(const QList<JobRun> &runs, const Capacity &capacity, qint64 now)
{
    if (!dueTransitions(runs, capacity, now).isEmpty())
        return now;
    // Nothing is due now, so every timed transition lies in the future; a waiting run can only
    // start when one of them frees CUs.
    std::optional<qint64> next;
    for (const JobRun &r : runs)
        if (const auto t = dueAt(r); t && (!next || *t < *next))
            next = t;
    return next;
}
