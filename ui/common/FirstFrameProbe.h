#pragma once

#include <QObject>
#include <QString>
#include <ctime>
#include <functional>

class QWidget;

// The cold-start probe of tests/benchmarks/bench_coldstart, honoured by the app and by the bare
// reference window alike so both are measured by the same rule. Off unless WC_BENCH_FIRST_FRAME=1.
//
// First frame: the first Paint of the watched top-level window, then processEvents() until
// nothing is pending, timed from the process start (/proc/self/stat starttime against
// CLOCK_BOOTTIME, 10 ms resolution; and, when the driver passes WC_BENCH_SPAWN_NS, from the
// driver's CLOCK_BOOTTIME just before it spawned the process, nanosecond resolution).
// After the frame it waits until ready() (the whole list read) and prints peak RSS (VmHWM),
// then quits. Output lines are "key=value" on stdout for the driver. With the first frame it
// also prints the CPU time used until then, of the process and of the GUI thread, which another
// process's load on the machine does not stretch.
class FirstFrameProbe : public QObject
{
public:
    static bool enabled();
    // A named start-up phase, printed with the first frame as "phase.<name>_ms=<ms since
    // process start>" (phase must be a string literal: it is kept, not copied).
    static void mark(const char *phase);
    static void watch(QWidget *window, std::function<bool()> ready = {});

    // Milliseconds since this process started, by /proc/self/stat (-1 if unreadable).
    static double msSinceProcessStart();
    // Milliseconds since the driver spawned this process (-1 without WC_BENCH_SPAWN_NS).
    static double msSinceSpawn();
    // CPU time used by the process (CLOCK_PROCESS_CPUTIME_ID) or the calling thread
    // (CLOCK_THREAD_CPUTIME_ID) since it started, in milliseconds.
    static double cpuMs(clockid_t clock);
    // A line of /proc/self/status in KiB ("VmHWM", "VmRSS"), -1 if unreadable.
    static qint64 statusKiB(const char *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstFrameProbe(QWidget *window, std::function<bool()> ready);
    void finishFrame();
    void waitReady();

    QWidget *m_window;
    std::function<bool()> m_ready;
    bool m_seen = false;
};
