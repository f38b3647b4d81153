#include "ui/common/FirstFrameProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <array>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {
qint64 bootTimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}
} // namespace

bool FirstFrameProbe::enabled()
{
    static const bool on = qEnvironmentVariableIntValue("WC_BENCH_FIRST_FRAME") == 1;
    return on;
}

double FirstFrameProbe::msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // Field 22 (starttime) is the 20th after the command name.
    if (fields.size() < 20)
        return -1;
    const double startSec = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    return bootTimeNs() / 1e6 - startSec * 1e3;
}

double FirstFrameProbe::cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double FirstFrameProbe::msSinceSpawn()
{
    bool ok = false;
    const qint64 spawned = qEnvironmentVariable("WC_BENCH_SPAWN_NS").toLongLong(&ok);
    return ok ? (bootTimeNs() - spawned) / 1e6 : -1;
}

qint64 FirstFrameProbe::statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

namespace {
// Start-up phases, printed with the first frame: a mark is a clock reading, so the probe costs
// the app (several marks) no more than the bare window (one).
struct Mark
{
    const char *phase;
    qint64 bootNs;
};
std::array<Mark, 16> marks;
size_t markCount = 0;
} // namespace

void FirstFrameProbe::mark(const char *phase)
{
    if (!enabled() || markCount == marks.size())
        return;
    marks[markCount++] = {phase, bootTimeNs()};
}

void FirstFrameProbe::watch(QWidget *window, std::function<bool()> ready)
{
    if (enabled())
        new FirstFrameProbe(window, std::move(ready));
}

FirstFrameProbe::FirstFrameProbe(QWidget *window, std::function<bool()> ready)
    : QObject(window), m_window(window), m_ready(std::move(ready))
{
    window->installEventFilter(this);
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        mark("first_paint_event");
        // The paint is being drawn now; the flush to the platform follows when it returns.
        QTimer::singleShot(0, this, &FirstFrameProbe::finishFrame);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameProbe::finishFrame()
{
    mark("painted_and_flushed");
    QCoreApplication::processEvents();
    const double stat = msSinceProcessStart();
    const double spawn = msSinceSpawn();
    const qint64 now = bootTimeNs();
    for (size_t i = 0; i < markCount; ++i) {
        const double ago = (now - marks[i].bootNs) / 1e6;
        std::printf("phase.%s_ms=%.2f\n", marks[i].phase, (spawn >= 0 ? spawn : stat) - ago);
    }
    std::printf("first_frame_stat_ms=%.2f\n", stat);
    std::printf("first_frame_ms=%.2f\n", spawn >= 0 ? spawn : stat);
    // CPU time used so far (all threads; this, the GUI thread): what a busy machine stretches,
    // not what it is.
    std::printf("first_frame_cpu_ms=%.2f\n", cpuMs(CLOCK_PROCESS_CPUTIME_ID));
    std::printf("first_frame_gui_cpu_ms=%.2f\n", cpuMs(CLOCK_THREAD_CPUTIME_ID));
    std::printf("frame_rss_kib=%lld\n", statusKiB("VmHWM"));
    std::fflush(stdout);
    waitReady();
}

void FirstFrameProbe::waitReady()
{
    if (m_ready && !m_ready()) {
        QTimer::singleShot(10, this, &FirstFrameProbe::waitReady);
        return;
    }
    const double spawn = msSinceSpawn();
    std::printf("ready_ms=%.2f\n", spawn >= 0 ? spawn : msSinceProcessStart());
    std::printf("peak_rss_kib=%lld\n", statusKiB("VmHWM"));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
