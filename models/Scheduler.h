#pragma once

#include "models/Result.h"

#include <QObject>
#include <QTimer>
#include <optional>

class BillingService;
class ChangeFeed;
class Clock;
class JobService;
class LifecycleService;
class WorkspaceService;

// The one place where domain time moves: job runs advance, Starting workspaces turn Running,
// subscriptions renew (within the catch-up window) or expire, expired subscriptions are released
// when their grace period ends (LifecycleService). One single-shot timer is set to the
// next due time, not a periodic tick; with nothing due no timer runs. What it writes reaches
// windows through the ChangeFeed; after every change (ours, or another instance's reported by
// the feed's reload) the next due time is computed again.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    // Longest sleep: the wall clock may jump (suspend, NTP), so a far-away event is re-checked.
    static constexpr qint64 MaxSleepMs = 3600LL * 1000;
    // After a step failed or left something due (a storage error), wait this long before trying
    // again instead of spinning.
    static constexpr qint64 RetryDelayMs = 2000;

    Scheduler(const Clock &clock, JobService &jobs, WorkspaceService &workspaces, BillingService &billing,
              LifecycleService &lifecycle, ChangeFeed &feed, QObject *parent = nullptr);

    // Runs what is due now and arms the timer; from then on follows the feed. Not started, the
    // scheduler does nothing by itself (tests drive runDue() on a manual clock).
    void start();
    void stop();
    bool isStarted() const { return m_started; }

    // Applies everything due by the clock's time, announces it through the feed, re-arms.
    Status runDue();
    // The earliest due time over runs, starting workspaces and subscriptions; nullopt: nothing
    // will ever fall due by itself.
    Result<std::optional<qint64>> nextDueAt() const;

    bool isArmed() const { return m_timer.isActive(); }
    int armedIntervalMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }
    // The due time the timer was set for (nullopt when not armed).
    std::optional<qint64> armedFor() const { return m_armedFor; }

public slots:
    // Computes the next due time again and sets the timer to it.
    void rearm();

signals:
    // A step failed (storage error); the UI shows it. The scheduler retries at the next change.
    void failed(const Status &error);
    // Auto-renew extended these subscriptions just now (their Renewal orders are recorded); the
    // UI says so, as it does for a renewal the user makes.
    void renewed(const QStringList &workspaceIds);
    // These expired subscriptions were released just now (their Release orders are recorded).
    void released(const QStringList &workspaceIds);

private:
    const Clock &m_clock;
    JobService &m_jobs;
    WorkspaceService &m_workspaces;
    BillingService &m_billing;
    LifecycleService &m_lifecycle;
    ChangeFeed &m_feed;
    QTimer m_timer;
    std::optional<qint64> m_armedFor;
    qint64 m_lastRunMs = 0;
    bool m_started = false;
    bool m_running = false;
    bool m_justRan = false;
};
