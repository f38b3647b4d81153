// The run state machine as a pure function: no database, no clock, plain values in and out.
#include "models/ProductSpec.h"
#include "models/Checked.h"
#include "models/RunScheduler.h"

#include <QTest>
#include <limits>

namespace {

constexpr qint64 S = 1000; // one second

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

// "id state cu durationSeconds stateChangedAtSeconds startedAtSeconds [queue]", oldest first;
// the queue is root_queue unless given.
QList<JobRun> parseRuns(const QStringList &specs)
{
    QList<JobRun> runs;
    for (const QString &spec : specs) {
        const QStringList f = spec.split(QLatin1Char(' '));
        JobRun r;
        r.id = f.at(0);
        r.workspaceId = QStringLiteral("w");
        r.state = f.at(1);
        r.cu = f.at(2).toInt();
        r.durationMs = f.at(3).toLongLong() * S;
        r.stateChangedAtMs = f.at(4).toLongLong() * S;
        r.startedAtMs = f.at(5).toLongLong() * S;
        r.submittedAtMs = 0;
        r.outcome = ProductSpec::RunSuccess;
        r.queue = f.size() > 6 ? f.at(6) : ProductSpec::RootQueue;
        runs << r;
    }
    return runs;
}

// "id state startedAtSeconds endedAtSeconds" for every run that changed.
QStringList describe(const QList<RunScheduler::Transition> &changes)
{
    QStringList out;
    for (const RunScheduler::Transition &t : changes)
        out << QStringLiteral("%1 %2 %3 %4").arg(t.after.id, t.after.state).arg(t.after.startedAtMs / S).arg(t.after.endedAtMs / S);
    return out;
}

} // namespace

class tst_RunScheduler : public QObject
{
    Q_OBJECT

private slots:
    void dueTransitions_data()
    {
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<int>("quota");
        QTest::addColumn<qint64>("nowSeconds");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("nothing due before the submitted delay")
            << L({"a Submitted 4 60 100 0"}) << 10 << qint64(100) << L({});
        QTest::newRow("submitted turns pending and starts when it fits")
            << L({"a Submitted 4 60 100 0"}) << 10 << qint64(101) << L({"a Running 101 0"});
        QTest::newRow("FIFO: a big run at the head keeps smaller ones waiting")
            << L({"r Running 6 60 0 0", "big Pending 8 60 1 0", "small Pending 3 60 2 0"}) << 10 << qint64(10)
            << L({});
        QTest::newRow("capacity freed by a finished run starts the head at that moment")
            << L({"r Running 6 60 0 0", "big Pending 8 60 1 0", "small Pending 3 60 2 0"}) << 10 << qint64(61)
            << L({"r Success 0 60", "big Running 60 0"});
        QTest::newRow("capacity: two runs that fit together both start")
            << L({"a Pending 5 60 1 0", "b Pending 5 60 2 0"}) << 10 << qint64(3)
            << L({"a Running 3 0", "b Running 3 0"});
        QTest::newRow("a run larger than the quota never starts and blocks nobody")
            << L({"huge Pending 20 60 1 0", "b Pending 5 60 2 0"}) << 10 << qint64(3)
            << L({"b Running 3 0"});
        QTest::newRow("a cancelling run that had started holds its CUs until cancelled")
            << L({"c Cancelling 10 60 100 50", "w Pending 5 60 90 0"}) << 10 << qint64(100)
            << L({});
        QTest::newRow("cancelled after the delay frees its CUs")
            << L({"c Cancelling 10 60 100 50", "w Pending 5 60 90 0"}) << 10 << qint64(101)
            << L({"c Cancelled 50 101", "w Running 101 0"});
        QTest::newRow("a run stopped before it started holds nothing")
            << L({"c Cancelling 10 60 100 0", "w Pending 5 60 90 0"}) << 10 << qint64(100)
            << L({"w Running 100 0"});
        QTest::newRow("replay after a restart: every transition at the time it was due")
            << L({"a Running 10 60 0 0", "b Submitted 10 30 5 0", "c Submitted 10 30 6 0"}) << 10
            << qint64(1000) << L({"a Success 0 60", "b Success 60 90", "c Success 90 120"});
        QTest::newRow("a crafted duration saturates instead of overflowing")
            << QStringList{QStringLiteral("a Running 1 %1 0 1000").arg(std::numeric_limits<qint64>::max() / S)} << 10
            << qint64(2000) << L({});
    }
    void dueTransitions()
    {
        QFETCH(QStringList, runs);
        QFETCH(int, quota);
        QFETCH(qint64, nowSeconds);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(RunScheduler::dueTransitions(parseRuns(runs), quota, nowSeconds * S)), expected);
    }

    void nextDueAt_data()
    {
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<int>("quota");
        QTest::addColumn<qint64>("nowSeconds");
        QTest::addColumn<qint64>("expectedSeconds"); // -1: nothing will ever fall due

        QTest::newRow("no runs") << L({}) << 10 << qint64(5) << qint64(-1);
        QTest::newRow("submitted: after the delay") << L({"a Submitted 1 60 100 0"}) << 10 << qint64(100)
                                                    << qint64(101);
        QTest::newRow("running: at its end") << L({"a Running 1 60 0 40"}) << 10 << qint64(50) << qint64(100);
        QTest::newRow("cancelling: after the delay") << L({"a Cancelling 1 60 70 40"}) << 10 << qint64(70)
                                                     << qint64(71);
        QTest::newRow("due already: now") << L({"a Running 1 60 0 40"}) << 10 << qint64(500) << qint64(500);
        QTest::newRow("a pending run that fits is due now") << L({"a Pending 1 60 10 0"}) << 10 << qint64(20)
                                                            << qint64(20);
        QTest::newRow("waiting for CUs: when the running run ends")
            << L({"r Running 8 60 0 0", "w Pending 5 60 1 0"}) << 10 << qint64(10) << qint64(60);
        QTest::newRow("only a run larger than the quota: never")
            << L({"huge Pending 20 60 1 0"}) << 10 << qint64(10) << qint64(-1);
    }
    void nextDueAt()
    {
        QFETCH(QStringList, runs);
        QFETCH(int, quota);
        QFETCH(qint64, nowSeconds);
        QFETCH(qint64, expectedSeconds);
        const auto next = RunScheduler::nextDueAt(parseRuns(runs), quota, nowSeconds * S);
        QCOMPARE(next ? *next / S : -1, expectedSeconds);
    }

    // "root_queue=60 dev_queue=40"
    static RunScheduler::Capacity caps(int quota, const QString &queues)
    {
        RunScheduler::Capacity c{quota, {}, true};
        for (const QString &q : queues.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            c.queueCaps.insert(q.section(QLatin1Char('='), 0, 0), q.section(QLatin1Char('='), 1).toInt());
        return c;
    }

    void queueCapsHoldRunsBack_data()
    {
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<int>("quota");
        QTest::addColumn<QString>("queues");
        QTest::addColumn<qint64>("nowSeconds");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("a run larger than its queue's cap stays pending though the quota has room")
            << L({"a Pending 80 60 1 0"}) << 100 << QStringLiteral("root_queue=60 dev_queue=40") << qint64(2)
            << L({});
        QTest::newRow("a run that fits its queue and the quota starts")
            << L({"a Pending 60 60 1 0"}) << 100 << QStringLiteral("root_queue=60 dev_queue=40") << qint64(2)
            << L({"a Running 2 0"});
        QTest::newRow("a full queue keeps its next run waiting, another queue's run starts")
            << L({"r Running 50 60 0 0", "a Pending 20 60 1 0", "b Pending 10 60 2 0", "d Pending 30 60 3 0 dev_queue"})
            << 100 << QStringLiteral("root_queue=60 dev_queue=40") << qint64(4) << L({"d Running 4 0"});
        QTest::newRow("first in, first out within a queue: a small run waits behind a big one")
            << L({"r Running 50 60 0 0", "big Pending 20 60 1 0", "small Pending 5 60 2 0"}) << 100
            << QStringLiteral("root_queue=60 dev_queue=40") << qint64(4) << L({});
        QTest::newRow("the workspace quota still counts when the queues have room")
            << L({"r Running 50 60 0 0 dev_queue", "a Pending 40 60 1 0"}) << 80
            << QStringLiteral("root_queue=60 dev_queue=60") << qint64(4) << L({});
        QTest::newRow("a run of a queue that no longer exists never starts")
            << L({"a Pending 1 60 1 0 gone_queue"}) << 100 << QStringLiteral("root_queue=60") << qint64(2) << L({});
        QTest::newRow("a queue freed by a finished run starts its next run at that moment")
            << L({"r Running 50 60 0 0", "a Pending 20 60 1 0"}) << 100
            << QStringLiteral("root_queue=60 dev_queue=40") << qint64(61) << L({"r Success 0 60", "a Running 60 0"});
    }
    void queueCapsHoldRunsBack()
    {
        QFETCH(QStringList, runs);
        QFETCH(int, quota);
        QFETCH(QString, queues);
        QFETCH(qint64, nowSeconds);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(RunScheduler::dueTransitions(parseRuns(runs), caps(quota, queues), nowSeconds * S)), expected);
    }

    void waitsSayWhy_data()
    {
        using R = RunScheduler::Wait::Reason;
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<int>("quota");
        QTest::addColumn<QString>("queues");
        QTest::addColumn<QString>("run");
        QTest::addColumn<int>("reason");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("inUse");

        QTest::newRow("larger than the queue's cap")
            << L({"a Pending 80 60 1 0"}) << 100 << QStringLiteral("root_queue=60 dev_queue=40") << QStringLiteral("a")
            << int(R::QueueTooSmall) << qint64(60) << qint64(0);
        QTest::newRow("the queue is busy")
            << L({"r Running 50 60 0 0", "a Pending 20 60 1 0"}) << 100 << QStringLiteral("root_queue=60 dev_queue=40")
            << QStringLiteral("a") << int(R::QueueFull) << qint64(60) << qint64(50);
        QTest::newRow("behind an earlier run of the queue")
            << L({"r Running 50 60 0 0", "a Pending 20 60 1 0", "b Pending 5 60 2 0"}) << 100
            << QStringLiteral("root_queue=60 dev_queue=40") << QStringLiteral("b") << int(R::EarlierInQueue)
            << qint64(60) << qint64(50);
        QTest::newRow("the workspace is busy")
            << L({"r Running 50 60 0 0 dev_queue", "a Pending 40 60 1 0"}) << 80
            << QStringLiteral("root_queue=60 dev_queue=60") << QStringLiteral("a") << int(R::WorkspaceFull)
            << qint64(80) << qint64(50);
        QTest::newRow("behind an earlier run waiting for the workspace")
            << L({"r Running 50 60 0 0 dev_queue", "a Pending 40 60 1 0", "b Pending 5 60 2 0 dev_queue"}) << 80
            << QStringLiteral("root_queue=60 dev_queue=60") << QStringLiteral("b") << int(R::EarlierInWorkspace)
            << qint64(80) << qint64(50);
        QTest::newRow("larger than the workspace quota")
            << L({"a Pending 90 60 1 0"}) << 80 << QStringLiteral("root_queue=100") << QStringLiteral("a")
            << int(R::WorkspaceTooSmall) << qint64(80) << qint64(0);
    }
    void waitsSayWhy()
    {
        QFETCH(QStringList, runs);
        QFETCH(int, quota);
        QFETCH(QString, queues);
        QFETCH(QString, run);
        QFETCH(int, reason);
        QFETCH(qint64, limit);
        QFETCH(qint64, inUse);
        const auto waits = RunScheduler::waits(parseRuns(runs), caps(quota, queues));
        QVERIFY(waits.contains(run));
        QCOMPARE(int(waits.value(run).reason), reason);
        QCOMPARE(waits.value(run).limit, limit);
        QCOMPARE(waits.value(run).inUse, inUse);
        // A run that would start now is not waiting.
        for (const RunScheduler::Transition &t : RunScheduler::dueTransitions(parseRuns(runs), caps(quota, queues), 0))
            QVERIFY(!waits.contains(t.after.id));
    }

    void saturatingAddClamps()
    {
        const qint64 max = std::numeric_limits<qint64>::max();
        const qint64 min = std::numeric_limits<qint64>::min();
        QCOMPARE(Checked::add(max - 1, 5), max);
        QCOMPARE(Checked::add(min + 1, -5), min);
        QCOMPARE(Checked::add(40, 2), qint64(42));
    }
};

QTEST_APPLESS_MAIN(tst_RunScheduler)
#include "tst_runscheduler.moc"
