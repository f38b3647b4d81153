#include "models/Scheduler.h"

#include "models/BillingService.h"
#include "models/ChangeFeed.h"
#include "models/Checked.h"
#include "models/Clock.h"
#include "models/JobService.h"
#include "models/LifecycleService.h"
#include "models/WorkspaceService.h"

#include <algorithm>

Scheduler::Scheduler(const Clock &clock, JobService &jobs, WorkspaceService &workspaces, BillingService &billing,
                     LifecycleService &lifecycle, ChangeFeed &feed, QObject *parent)
    : QObject(parent), m_clock(clock), m_jobs(jobs), m_workspaces(workspaces), m_billing(billing),
      m_lifecycle(lifecycle), m_feed(feed)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { runDue(); });
    // A new run, a quota change or another instance's write may move the next due time.
    connect(&m_feed, &ChangeFeed::changed, this, [this] {
        if (m_started && !m_running)
            rearm();
    });
    connect(&m_feed, &ChangeFeed::reloaded, this, [this] {
        if (m_started && !m_running)
            rearm();
    });
}

void Scheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    // Expiries before now were shown as such when the list was read; announce only later ones.
    m_lastRunMs = m_clock.nowMs();
    runDue();
}

void Scheduler::stop()
{
    m_started = false;
    m_timer.stop();
    m_armedFor.reset();
}

Result<std::optional<qint64>> Scheduler::nextDueAt() const
{
    std::optional<qint64> next;
    const auto take = [&next](const Result<std::optional<qint64>> &r) {
        if (r.ok() && r.value() && (!next || *r.value() < *next))
            next = r.value();
    };
    const Result<std::optional<qint64>> runs = m_jobs.nextDueAt();
    if (!runs.ok())
        return runs;
    take(runs);
    const Result<std::optional<qint64>> starting = m_workspaces.nextReadyAt();
    if (!starting.ok())
        return starting;
    take(starting);
    const Result<std::optional<qint64>> expiry = m_billing.nextExpiryAt();
    if (!expiry.ok())
        return expiry;
    take(expiry);
    const Result<std::optional<qint64>> release = m_lifecycle.nextReleaseAt();
    if (!release.ok())
        return release;
    take(release);
    return next;
}

Status Scheduler::runDue()
{
    m_running = true;
    const qint64 now = m_clock.nowMs();
    Status result;
    if (const Result<QStringList> r = m_jobs.advance(); !r.ok())
        result.append(r);
    m_workspaces.advanceStatuses(); // announces through the feed
    QStringList renewedIds;
    if (const Result<QStringList> r = m_billing.renewDueSubscriptions(); !r.ok())
        result.append(r);
    else
        renewedIds = r.value();
    // After the renewals: a subscription renewed within its grace period is not released.
    QStringList releasedIds;
    if (const Result<QStringList> r = m_lifecycle.releaseDue(); !r.ok())
        result.append(r);
    else
        releasedIds = r.value();
    // A subscription that reached its expiry without renewing changed only by the passing of
    // time: nothing is written, but its row now reads Expired.
    if (now > m_lastRunMs) {
        const Result<QStringList> expired = m_billing.expiredBetween(m_lastRunMs, now);
        if (!expired.ok()) {
            result.append(expired);
        } else {
            ChangeList changes;
            for (const QString &id : expired.value())
                changes.append({Change::Kind::WorkspaceChanged, id});
            m_feed.publish(changes);
        }
    }
    m_lastRunMs = std::max(m_lastRunMs, now);
    m_running = false;
    if (m_started) {
        m_justRan = true;
        rearm();
        m_justRan = false;
    }
    if (!renewedIds.isEmpty())
        emit renewed(renewedIds);
    if (!releasedIds.isEmpty())
        emit released(releasedIds);
    if (!result.ok())
        emit failed(result);
    return result;
}

void Scheduler::rearm()
{
    m_timer.stop();
    m_armedFor.reset();
    if (!m_started)
        return;
    const Result<std::optional<qint64>> next = nextDueAt();
    if (!next.ok()) {
        emit failed(next);
        return;
    }
    if (!next.value())
        return; // nothing will fall due by itself: no timer at all
    // Saturating: a hostile file can hold any 64-bit time (tst_craftedfiles).
    qint64 wait = std::clamp<qint64>(Checked::sub(*next.value(), m_clock.nowMs()), 0, MaxSleepMs);
    if (wait == 0 && m_justRan)
        wait = RetryDelayMs; // still due right after running: a step keeps failing
    m_armedFor = next.value();
    m_timer.start(int(wait));
}
