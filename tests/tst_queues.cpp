// Queues of a workspace (issue 6): root_queue and dev_queue in every workspace, the name rule,
// the CU sum within the quota, and what cannot be removed, through QueueService.
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "models/ProductSpec.h"

#include <QtTest>

class tst_Queues : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyWorkspaceHasRootAndDevQueue();
    void nameRule_data();
    void nameRule();
    void addRefusedWhenQuotaIsFullyAllocated();
    void addWithinFreeCus();
    void cuSumNeverExceedsQuota_data();
    void cuSumNeverExceedsQuota();
    void duplicateNameRefused();
    void editCu();
    void rootAndDevQueueCannotBeRemoved_data();
    void rootAndDevQueueCannotBeRemoved();
    void addedQueueCanBeRemoved();
    void queueWithActiveRunCannotBeRemoved();
    void onlyAdministratorsManageQueues_data();
    void onlyAdministratorsManageQueues();

private:
    int sum(const QString &ws) const
    {
        int total = 0;
        for (const Queue &q : m_queues->list(ws))
            total += q.cu;
        return total;
    }

    std::unique_ptr<TestEnv> m_env;
    QueueService *m_queues = nullptr;
    Identity m_owner;
    QString m_etl; // spark-etl-prod, 200 CU: root_queue 160, dev_queue 40
};

void tst_Queues::init()
{
    m_env = std::make_unique<TestEnv>();
    m_queues = &m_env->services->queues;
    m_owner = m_env->services->account.owner();
    m_etl = m_env->services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id;
}

void tst_Queues::cleanup()
{
    m_env.reset();
}

void tst_Queues::everyWorkspaceHasRootAndDevQueue()
{
    for (const Workspace &w : m_env->services->workspaces.list()) {
        const QList<Queue> queues = m_queues->list(w.id);
        QCOMPARE(queues.size(), 2);
        QCOMPARE(queues.at(0).name, ProductSpec::RootQueue);
        QCOMPARE(queues.at(1).name, ProductSpec::DevQueue);
        QVERIFY2(sum(w.id) <= w.cuQuota, qPrintable(w.name));
        QCOMPARE(m_queues->allocatedCu(w.id), sum(w.id));
        QCOMPARE(m_queues->cuQuota(w.id), w.cuQuota);
    }
    QCOMPARE(m_queues->find(m_etl, ProductSpec::RootQueue)->cu, 160);
    QCOMPARE(m_queues->find(m_etl, ProductSpec::DevQueue)->cu, 40);
}

void tst_Queues::nameRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters digits underscore") << QStringLiteral("etl_queue_2") << true;
    QTest::newRow("one character") << QStringLiteral("q") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("65 characters is too long") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("space") << QStringLiteral("etl queue") << false;
    QTest::newRow("hyphen") << QStringLiteral("etl-queue") << false;
    QTest::newRow("dot") << QStringLiteral("etl.queue") << false;
    QTest::newRow("Chinese characters") << QStringLiteral("队列") << false;
    QTest::newRow("trailing space is not trimmed") << QStringLiteral("etl ") << false;
    // Found by fuzz_queue_name: "$" also matched before a final line break.
    QTest::newRow("trailing line break") << QStringLiteral("etl\n") << false;
}

void tst_Queues::nameRule()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(QueueService::validateName(name).ok(), valid);
    // Through the service, with CUs freed first so only the name decides.
    QVERIFY(m_queues->setQueueCu(m_owner, m_etl, ProductSpec::RootQueue, 100).ok());
    const Status s = m_queues->addQueue(m_owner, m_etl, name, 10);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QVERIFY(s.hasField(Field::Queue));
        QVERIFY(!m_queues->find(m_etl, name));
    }
}

void tst_Queues::addRefusedWhenQuotaIsFullyAllocated()
{
    // A new workspace's two queues hold the whole quota.
    QCOMPARE(m_queues->maxCuFor(m_etl), 0);
    const Status s = m_queues->addQueue(m_owner, m_etl, QStringLiteral("etl"), 1);
    QVERIFY(s.has(ErrorCode::Conflict));
    QVERIFY2(s.message(Field::CuQuota).contains(QStringLiteral("200")), qPrintable(s.text()));
    QVERIFY(!m_queues->find(m_etl, QStringLiteral("etl")));
    // A queue with no CUs still fits.
    QVERIFY(m_queues->addQueue(m_owner, m_etl, QStringLiteral("standby"), 0).ok());
}

void tst_Queues::addWithinFreeCus()
{
    QVERIFY(m_queues->setQueueCu(m_owner, m_etl, ProductSpec::RootQueue, 100).ok());
    QCOMPARE(m_queues->maxCuFor(m_etl), 60);
    Status s = m_queues->addQueue(m_owner, m_etl, QStringLiteral("etl"), 60);
    QVERIFY2(s.ok(), qPrintable(s.text()));
    QCOMPARE(sum(m_etl), 200);
    QCOMPARE(m_queues->list(m_etl).last().name, QStringLiteral("etl"));
    s = m_queues->addQueue(m_owner, m_etl, QStringLiteral("more"), 1);
    QVERIFY(s.hasField(Field::CuQuota));
}

void tst_Queues::cuSumNeverExceedsQuota_data()
{
    QTest::addColumn<QString>("queue");
    QTest::addColumn<int>("cu");
    QTest::addColumn<bool>("allowed");
    // root_queue 160 + dev_queue 40 = 200 = quota.
    QTest::newRow("dev_queue up by one is over") << ProductSpec::DevQueue << 41 << false;
    QTest::newRow("dev_queue unchanged") << ProductSpec::DevQueue << 40 << true;
    QTest::newRow("dev_queue down") << ProductSpec::DevQueue << 10 << true;
    QTest::newRow("root_queue to the whole quota is over") << ProductSpec::RootQueue << 200 << false;
    QTest::newRow("root_queue to zero") << ProductSpec::RootQueue << 0 << true;
    QTest::newRow("negative") << ProductSpec::RootQueue << -1 << false;
}

void tst_Queues::cuSumNeverExceedsQuota()
{
    QFETCH(QString, queue);
    QFETCH(int, cu);
    QFETCH(bool, allowed);
    const int before = m_queues->find(m_etl, queue)->cu;
    const Status s = m_queues->setQueueCu(m_owner, m_etl, queue, cu);
    QCOMPARE(s.ok(), allowed);
    QCOMPARE(m_queues->find(m_etl, queue)->cu, allowed ? cu : before);
    if (!allowed)
        QVERIFY(s.hasField(Field::CuQuota));
    QVERIFY(sum(m_etl) <= 200);
}

void tst_Queues::duplicateNameRefused()
{
    QVERIFY(m_queues->setQueueCu(m_owner, m_etl, ProductSpec::RootQueue, 100).ok());
    Status s = m_queues->addQueue(m_owner, m_etl, ProductSpec::DevQueue, 1);
    QVERIFY(s.has(ErrorCode::Conflict));
    QVERIFY(s.message(Field::Queue).contains(ProductSpec::DevQueue));
    QVERIFY(m_queues->addQueue(m_owner, m_etl, QStringLiteral("etl"), 1).ok());
    s = m_queues->addQueue(m_owner, m_etl, QStringLiteral("etl"), 1);
    QVERIFY(s.hasField(Field::Queue));
    // Names are compared exactly: a different case is another queue (as the seed's names are lower case).
    QVERIFY(m_queues->addQueue(m_owner, m_etl, QStringLiteral("ETL"), 1).ok());
    QCOMPARE(m_queues->list(m_etl).size(), 4);
}

void tst_Queues::editCu()
{
    QVERIFY(m_queues->setQueueCu(m_owner, m_etl, ProductSpec::RootQueue, 150).ok());
    QCOMPARE(m_queues->maxCuFor(m_etl, ProductSpec::DevQueue), 50);
    QVERIFY(m_queues->setQueueCu(m_owner, m_etl, ProductSpec::DevQueue, 50).ok());
    QCOMPARE(sum(m_etl), 200);
    const Status s = m_queues->setQueueCu(m_owner, m_etl, QStringLiteral("nope"), 1);
    QVERIFY(s.has(ErrorCode::NotFound));
}

void tst_Queues::rootAndDevQueueCannotBeRemoved_data()
{
    QTest::addColumn<QString>("queue");
    QTest::newRow("root_queue") << ProductSpec::RootQueue;
    QTest::newRow("dev_queue") << ProductSpec::DevQueue;
}

void tst_Queues::rootAndDevQueueCannotBeRemoved()
{
    QFETCH(QString, queue);
    QVERIFY(!QueueService::whyNotRemovable(queue).isEmpty());
    const Status s = m_queues->removeQueue(m_owner, m_etl, queue);
    QVERIFY(s.has(ErrorCode::Conflict));
    QVERIFY(s.text().contains(queue));
    QVERIFY(m_queues->find(m_etl, queue));
}

void tst_Queues::addedQueueCanBeRemoved()
{
    QVERIFY(m_queues->setQueueCu(m_owner, m_etl, ProductSpec::RootQueue, 100).ok());
    QVERIFY(m_queues->addQueue(m_owner, m_etl, QStringLiteral("etl"), 60).ok());
    QVERIFY(QueueService::whyNotRemovable(QStringLiteral("etl")).isEmpty());
    QVERIFY(m_queues->removeQueue(m_owner, m_etl, QStringLiteral("etl")).ok());
    QVERIFY(!m_queues->find(m_etl, QStringLiteral("etl")));
    QCOMPARE(m_queues->maxCuFor(m_etl), 60);
    QVERIFY(m_queues->removeQueue(m_owner, m_etl, QStringLiteral("etl")).has(ErrorCode::NotFound));
}

void tst_Queues::queueWithActiveRunCannotBeRemoved()
{
    QVERIFY(m_queues->setQueueCu(m_owner, m_etl, ProductSpec::RootQueue, 100).ok());
    QVERIFY(m_queues->addQueue(m_owner, m_etl, QStringLiteral("etl"), 60).ok());
    // Running for a minute now, for an hour in all.
    const qint64 now = m_env->clock.nowMs();
    Fixtures::Run run;
    run.id = QStringLiteral("jr-00000000000000aa");
    run.jobName = QStringLiteral("etl_job");
    run.state = ProductSpec::RunRunning;
    run.queue = QStringLiteral("etl");
    run.submittedAtMs = now - 61000;
    run.startedAtMs = now - 60000;
    run.stateChangedAtMs = now - 60000;
    Fixtures::addRun(*m_env, m_etl, run);
    Status s = m_queues->removeQueue(m_owner, m_etl, QStringLiteral("etl"));
    QVERIFY(s.has(ErrorCode::ActiveJobs));
    QVERIFY(s.text().contains(QStringLiteral("jr-00000000000000aa")));
    QVERIFY(m_queues->find(m_etl, QStringLiteral("etl")));

    // The run ends while no window shows the workspace (nothing moves the runs on): the queue
    // can be removed all the same, and the run is recorded as ended.
    m_env->clock.advance(3600000);
    s = m_queues->removeQueue(m_owner, m_etl, QStringLiteral("etl"));
    QVERIFY2(s.ok(), qPrintable(s.text()));
    QCOMPARE(m_env->services->jobs.run(QStringLiteral("jr-00000000000000aa"))->state, ProductSpec::RunSuccess);
}

void tst_Queues::onlyAdministratorsManageQueues_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("Data Development (alice)") << QStringLiteral("alice");
    QTest::newRow("Data Analytics (bob)") << QStringLiteral("bob");
    QTest::newRow("Guest (carol)") << QStringLiteral("carol");
    QTest::newRow("not a member (dave)") << QStringLiteral("dave");
}

void tst_Queues::onlyAdministratorsManageQueues()
{
    QFETCH(QString, who);
    const Identity id = m_env->services->account.identity(who);
    QVERIFY(m_queues->addQueue(id, m_etl, QStringLiteral("standby"), 0).has(ErrorCode::PermissionDenied));
    QVERIFY(m_queues->setQueueCu(id, m_etl, ProductSpec::DevQueue, 10).has(ErrorCode::PermissionDenied));
    QVERIFY(m_queues->setQueueCu(m_owner, m_etl, ProductSpec::DevQueue, 10).ok());
    QVERIFY(m_queues->addQueue(m_owner, m_etl, QStringLiteral("standby"), 0).ok());
    QVERIFY(m_queues->removeQueue(id, m_etl, QStringLiteral("standby")).has(ErrorCode::PermissionDenied));
    QVERIFY(m_queues->find(m_etl, QStringLiteral("standby")));
}

QTEST_GUILESS_MAIN(tst_Queues)
#include "tst_queues.moc"
