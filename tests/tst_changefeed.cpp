// The change feed announces exactly what a committed write changed, and nothing for a write that
// was rolled back.
#include "models/ChangeFeed.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"
#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

Q_DECLARE_METATYPE(ChangeList)

namespace {

// Every batch the spy saw, flattened.
ChangeList batches(const QSignalSpy &spy)
{
    ChangeList all;
    for (const QList<QVariant> &args : spy)
        all += args.at(0).value<ChangeList>();
    return all;
}

} // namespace

class tst_ChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ChangeList>(); }

    void createAnnouncesTheNewWorkspaceOnce()
    {
        TestEnv env(false);
        QSignalSpy spy(&env.services->feed, &ChangeFeed::changed);
        QSignalSpy added(&env.services->feed, &ChangeFeed::workspaceAdded);
        const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), Fixtures::payAsYouGoSpec(QStringLiteral("fed")));
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(spy.size(), 1); // one transaction, one batch
        QCOMPARE(batches(spy), (ChangeList{{Change::Kind::WorkspaceAdded, r->id}}));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toString(), r->id);
    }

    void eachOperationAnnouncesWhatItChanged()
    {
        TestEnv env;
        const QString id = env.services->workspaces.findByName(QStringLiteral("ml-training"))->id;
        const Identity owner = env.services->account.owner().value();
        QSignalSpy spy(&env.services->feed, &ChangeFeed::changed);

        QVERIFY(env.services->tags.setTags(owner, id, {{QStringLiteral("env"), QStringLiteral("prod")}}).ok());
        QCOMPARE(batches(spy), (ChangeList{{Change::Kind::Tags, id}, {Change::Kind::WorkspaceChanged, id}}));

        spy.clear();
        QVERIFY(env.services->queues.addQueue(owner, id, QStringLiteral("etl_queue"), 0).ok());
        QCOMPARE(batches(spy), (ChangeList{{Change::Kind::Queues, id}}));

        spy.clear();
        QVERIFY(env.services->members.addMembers(owner, id, {QStringLiteral("carol")}, ProductSpec::RoleGuest).ok());
        QCOMPARE(batches(spy), (ChangeList{{Change::Kind::Members, id}}));

        spy.clear();
        QCOMPARE(env.services->workspaces.find(id)->billing, ProductSpec::PayAsYouGo);
        const Status quota = env.services->quotas.setPayAsYouGoQuota(owner, id, 600);
        QVERIFY2(quota.ok(), qPrintable(quota.text()));
        // The queues follow the quota in the same transaction.
        QCOMPARE(batches(spy), (ChangeList{{Change::Kind::Queues, id}, {Change::Kind::WorkspaceChanged, id}}));
    }

    void aRefusedOperationAnnouncesNothing()
    {
        TestEnv env;
        const QString id = env.services->workspaces.findByName(QStringLiteral("ml-training"))->id;
        QSignalSpy spy(&env.services->feed, &ChangeFeed::changed);
        // The queue exists already: refused inside the transaction, which is rolled back.
        const Status s = env.services->queues.addQueue(env.services->account.owner().value(), id, ProductSpec::RootQueue, 1);
        QVERIFY(!s.ok());
        QCOMPARE(spy.size(), 0);
    }

    void aRolledBackWriteAnnouncesNothing()
    {
        TestEnv env;
        QSignalSpy spy(&env.services->feed, &ChangeFeed::changed);
        const Status s = env.db->write([&]() -> Status {
            env.db->noteChange(Change::Kind::WorkspaceRemoved, QStringLiteral("w-1"));
            return Status::failure(Field::General, QStringLiteral("refused"));
        });
        QVERIFY(!s.ok());
        QCOMPARE(spy.size(), 0);
        // The next committed write announces only its own changes, not the dropped ones.
        QVERIFY(env.db->write([&]() -> Status {
                          env.db->noteChange(Change::Kind::Orders, QStringLiteral("w-2"));
                          return {};
                      }).ok());
        QCOMPARE(batches(spy), (ChangeList{{Change::Kind::Orders, QStringLiteral("w-2")}}));
    }

    void aChangeOutsideAWriteIsIgnored()
    {
        TestEnv env;
        QSignalSpy spy(&env.services->feed, &ChangeFeed::changed);
        env.db->noteChange(Change::Kind::Orders, QStringLiteral("w-1"));
        QVERIFY(env.db->write([] { return Status(); }).ok());
        QCOMPARE(spy.size(), 0);
    }

    void normalizedDropsDuplicatesAndChangesOfAddedRows_data()
    {
        QTest::addColumn<ChangeList>("in");
        QTest::addColumn<ChangeList>("out");
        const QString a = QStringLiteral("w-a");
        const QString b = QStringLiteral("w-b");
        using K = Change::Kind;
        QTest::newRow("duplicates once") << ChangeList{{K::Runs, a}, {K::Runs, a}} << ChangeList{{K::Runs, a}};
        QTest::newRow("added row is not also changed")
            << ChangeList{{K::WorkspaceChanged, a}, {K::WorkspaceAdded, a}} << ChangeList{{K::WorkspaceAdded, a}};
        QTest::newRow("removed row is not also changed")
            << ChangeList{{K::WorkspaceChanged, a}, {K::WorkspaceRemoved, a}} << ChangeList{{K::WorkspaceRemoved, a}};
        QTest::newRow("other workspaces kept apart")
            << ChangeList{{K::WorkspaceChanged, a}, {K::WorkspaceAdded, b}}
            << ChangeList{{K::WorkspaceChanged, a}, {K::WorkspaceAdded, b}};
    }
    void normalizedDropsDuplicatesAndChangesOfAddedRows()
    {
        QFETCH(ChangeList, in);
        QFETCH(ChangeList, out);
        QCOMPARE(ChangeFeed::normalized(in), out);
    }

    void anotherConnectionsCommitIsNoticed()
    {
        TestEnv env;
        QSignalSpy reloaded(&env.services->feed, &ChangeFeed::reloaded);
        env.services->feed.startWatching(60'000); // checked by hand below
        QVERIFY(!env.services->feed.checkOtherConnections()); // nothing happened: cheap no-op
        // Our own commits do not count: the feed announced them already.
        const QString id = env.services->workspaces.findByName(QStringLiteral("ml-training"))->id;
        QVERIFY(env.services->tags.setTags(env.services->account.owner().value(), id, {}).ok());
        QVERIFY(!env.services->feed.checkOtherConnections());
        QCOMPARE(reloaded.size(), 0);

        std::unique_ptr<Database> other = env.openSecondConnection();
        QVERIFY(other);
        QVERIFY(other->write([&]() -> Status {
                         QSqlQuery q(other->connection());
                         q.prepare(QStringLiteral("UPDATE workspaces SET cu_quota = cu_quota + 1 WHERE id = ?"));
                         q.addBindValue(id);
                         return Database::exec(q);
                     }).ok());
        QVERIFY(env.services->feed.checkOtherConnections());
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(!env.services->feed.checkOtherConnections()); // once per change
    }
};

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"
