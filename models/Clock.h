#pragma once

#include <QtGlobal>

// Wall-clock time in UTC milliseconds since the epoch. Injected into services so tests can
// move time (subscription expiry, job durations, the Starting -> Running delay).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const;
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 1'780'000'000'000LL) : m_now(nowMs) {}
    qint64 nowMs() const override { return m_now; }
    void set(qint64 ms) { m_now = ms; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};
