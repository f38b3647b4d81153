#include "models/AccountDirectory.h"
#include "models/BillingService.h"
#include "models/Clock.h"
#include "models/Database.h"
#include "models/WorkspaceAccess.h"
#include "models/DemoSeeder.h"
#include "models/ProductSpec.h"
#include "models/SchemaCheck.h"
#include "models/Services.h"
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"
#include "models/WorkspaceService.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + name);
    return q.next() ? q.value(0).toString() : QString();
}

// Another program's SQLite connection on the same file (not ours: plain QSQLITE).
struct RawConnection
{
    explicit RawConnection(const QString &path)
    {
        static int n = 0;
        name = QStringLiteral("raw-%1").arg(++n);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        return q.exec(sql);
    }
    QString name;
};

// The orders table as schema versions 1 and 2 wrote it: no 'Renewal' type.
bool rebuildOrdersWithoutRenewal(RawConnection &old)
{
    return old.exec(QStringLiteral("CREATE TABLE orders_v2 (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
                                   " workspace_name TEXT NOT NULL, type TEXT NOT NULL CHECK (type IN ('New',"
                                   " 'Upgrade', 'Downgrade', 'Refund')), cu_before INTEGER NOT NULL,"
                                   " cu_after INTEGER NOT NULL, amount_cents INTEGER NOT NULL,"
                                   " created_at INTEGER NOT NULL)"))
        && old.exec(QStringLiteral("INSERT INTO orders_v2 SELECT * FROM orders"))
        && old.exec(QStringLiteral("DROP TABLE orders"))
        && old.exec(QStringLiteral("ALTER TABLE orders_v2 RENAME TO orders"))
        && old.exec(QStringLiteral("CREATE INDEX orders_workspace ON orders(workspace_id)"));
}

// Undoes migration step 6 (issue 10) on a current file: no auto-renew period column, and orders
// without the 'Release' type, exactly as version 5 wrote them.
bool undoVersion6(RawConnection &old)
{
    for (const QString &sql : Fixtures::undoSchemaVersion6())
        if (!old.exec(sql))
            return false;
    return true;
}

Workspace sampleWorkspace(const QString &name, qint64 now)
{
    Workspace w = Fixtures::workspaceRecord(name);
    w.directory = QStringLiteral("oss://emr-spark-logs-cn-hangzhou/x/");
    w.status = ProductSpec::StatusStarting;
    w.createdAtMs = now;
    w.readyAtMs = now + 5000;
    w.tags = {{QStringLiteral("env"), QStringLiteral("test")}};
    return w;
}
} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    // Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
    // too. A second Database of this process (the list's loader, a merge after another instance
    // wrote) must leave the first one's locks alone: without them another instance, closing,
    // takes the file as its own, checkpoints and deletes the WAL and shared memory the first
    // connection still uses, which then never sees another change again (and its own writes
    // would go to a deleted WAL).
    void aSecondConnectionLeavesTheFirstOnesLocksAlone()
    {
        TestEnv env;
        for (int i = 0; i < 2; ++i) {
            auto second = Database::open(env.path());
            QVERIFY2(second.ok(), qPrintable(second.message));
        }
        for (const QString &name : {QStringLiteral("from-elsewhere-1"), QStringLiteral("from-elsewhere-2")}) {
            QProcess other;
            other.start(QStringLiteral(WC_HELPER_PATH), {QStringLiteral("once"), env.path(), QStringLiteral("add"), name});
            QVERIFY(other.waitForFinished(20000));
            QCOMPARE(QString::fromUtf8(other.readAllStandardOutput()).trimmed(), QStringLiteral("ok"));
            QVERIFY2(QFileInfo::exists(env.path() + QStringLiteral("-wal")), "another instance deleted the WAL in use");
            QVERIFY2(env.services->workspaces.findByName(name).ok(), qPrintable(name));
        }
    }

    void firstRunCreatesAndSeeds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite3"));
        ManualClock clock;
        auto r = Database::open(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.db->createdNow());
        QVERIFY(DemoSeeder::seed(*r.db, clock).ok());
        Services workspacesServices(*r.db, clock);
        WorkspaceService &workspaces = workspacesServices.workspaces;
        AccountDirectory account(*r.db);
        QCOMPARE(workspaces.count().value(), 5);
        QCOMPARE(account.identities().value().size(), 5);
        // The list read at once says of everyone what a lookup of each one says.
        bool someonesPolicies = false;
        for (const Identity &listed : account.identities().value()) {
            const Identity alone = account.identity(listed.name).value();
            QCOMPARE(listed.kind, alone.kind);
            QCOMPARE(listed.sparkAdmin, alone.sparkAdmin);
            QCOMPARE(listed.policies, alone.policies);
            someonesPolicies = someonesPolicies || !listed.policies.isEmpty();
        }
        QVERIFY(someonesPolicies);
        QCOMPARE(account.accountUid().value(), QStringLiteral("1234567890123456"));
        QVERIFY(!account.dlfActivated(QStringLiteral("na-south-1")).value());
        QVERIFY(account.dlfActivated(QStringLiteral("cn-beijing")).value());
        for (const QString &region : ProductSpec::regionIds()) {
            const int n = int(account.buckets(region).value().size());
            QVERIFY2(n >= 1 && n <= 3, qPrintable(region));
        }
        QCOMPARE(account.executionRoles().value().first().name, ProductSpec::DefaultExecutionRole);
        // Owner-only file, WAL, foreign keys, current schema.
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(pragma(*r.db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*r.db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(*r.db, QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
    }

    void seedingIsIdempotent()
    {
        TestEnv env;
        QVERIFY(DemoSeeder::seed(*env.db, env.clock).ok());
        QVERIFY(DemoSeeder::seed(*env.db, env.clock).ok());
        QCOMPARE(env.services->workspaces.count().value(), 5);
        QCOMPARE(env.services->account.ramUserNames().value().size(), 4);
    }

    void reopenKeepsData()
    {
        TestEnv env;
        const Workspace w = sampleWorkspace(QStringLiteral("kept-after-reopen"), env.clock.nowMs());
        QVERIFY(env.db->write([&] { return env.services->workspaces.insertRecord(w, QStringLiteral("alice")); }).ok());
        env.services.reset();
        env.db.reset();
        auto r = Database::open(env.path());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!r.db->createdNow());
        Services againServices(*r.db, env.clock);
        WorkspaceService &again = againServices.workspaces;
        const auto found = again.findByName(QStringLiteral("kept-after-reopen"));
        QVERIFY(found.ok());
        QCOMPARE(found->tags, (TagList{{QStringLiteral("env"), QStringLiteral("test")}}));
        QCOMPARE(again.count().value(), 6);
    }

    void olderSchemaIsMigratedKeepingData()
    {
        TestEnv env;
        const int before = env.services->workspaces.count().value();
        env.services.reset();
        env.db.reset();
        {
            // Make the file look as version 1 wrote it.
            RawConnection old(env.path());
            QVERIFY(undoVersion6(old));
            QVERIFY(old.exec(QStringLiteral("DROP INDEX workspaces_created")));
            QVERIFY(old.exec(QStringLiteral("DROP INDEX workspaces_auto_renew")));
            QVERIFY(rebuildOrdersWithoutRenewal(old));
            QVERIFY(old.exec(QStringLiteral("PRAGMA application_id = 0")));
            QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        auto r = Database::open(env.path());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(pragma(*r.db, QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'workspaces_created'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(Services(*r.db, env.clock).workspaces.count().value(), before);
    }

    void version2OrdersAcceptRenewalsAfterMigration()
    {
        TestEnv env;
        const QList<Order> before = env.services->billing.orders().value();
        QVERIFY(!before.isEmpty());
        env.services.reset();
        env.db.reset();
        {
            // The orders table as version 2 wrote it: no 'Renewal' type.
            RawConnection old(env.path());
            QVERIFY(undoVersion6(old));
            QVERIFY(old.exec(QStringLiteral("DROP INDEX workspaces_auto_renew")));
            QVERIFY(rebuildOrdersWithoutRenewal(old));
            QVERIFY(!old.exec(QStringLiteral("INSERT INTO orders VALUES ('o-1', 'w', 'n', 'Renewal', 1, 1, 1, 1)")));
            QVERIFY(old.exec(QStringLiteral("PRAGMA application_id = 0")));
            QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 2")));
        }
        auto r = Database::open(env.path());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(pragma(*r.db, QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
        BillingService billing(*r.db, env.clock);
        const QList<Order> after = billing.orders().value();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).amountCents, before.at(i).amountCents);
        }
        Order renewal;
        renewal.workspaceId = QStringLiteral("w-0000000000000001");
        renewal.workspaceName = QStringLiteral("renewed");
        renewal.type = ProductSpec::OrderRenewal;
        renewal.cuBefore = renewal.cuAfter = 100;
        renewal.amountCents = 241450;
        const Result<Order> recorded = billing.record(renewal);
        QVERIFY2(recorded.ok(), qPrintable(recorded.text()));
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('orders_workspace',"
                                      " 'workspaces_auto_renew')")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void version3FileIsMarkedAsOursKeepingData()
    {
        TestEnv env;
        const int before = env.services->workspaces.count().value();
        env.services.reset();
        env.db.reset();
        {
            // Version 3 files carry no application_id.
            RawConnection old(env.path());
            QVERIFY(undoVersion6(old));
            QVERIFY(old.exec(QStringLiteral("PRAGMA application_id = 0")));
            QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 3")));
        }
        auto r = Database::open(env.path());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(pragma(*r.db, QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
        QCOMPARE(pragma(*r.db, QStringLiteral("application_id")).toLongLong(), qint64(SchemaCheck::ApplicationId));
        QCOMPARE(Services(*r.db, env.clock).workspaces.count().value(), before);
    }

    void version5FileKeepsOneMonthAutoRenewAndRecordsReleases()
    {
        TestEnv env;
        const int before = env.services->workspaces.count().value();
        env.services.reset();
        env.db.reset();
        {
            RawConnection old(env.path());
            QVERIFY(undoVersion6(old));
            QVERIFY(!old.exec(QStringLiteral("INSERT INTO orders VALUES ('o-1', 'w', 'n', 'Release', 1, 0, 0, 1)")));
            QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 5")));
        }
        auto r = Database::open(env.path());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(pragma(*r.db, QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
        Services services(*r.db, env.clock);
        const QList<Workspace> all = services.workspaces.list().value();
        QCOMPARE(all.size(), before);
        for (const Workspace &w : all)
            QCOMPARE(w.autoRenewMonths, 1); // existing rows keep the one month they renewed by
        Order release;
        release.workspaceId = QStringLiteral("w-0000000000000001");
        release.workspaceName = QStringLiteral("released");
        release.type = ProductSpec::OrderRelease;
        release.cuBefore = 100;
        const Status recorded = r.db->write([&]() -> Status { return services.billing.record(release); });
        QVERIFY2(recorded.ok(), qPrintable(recorded.text()));
        // The period is one of the allowed ones, by a constraint as well as by the service.
        QSqlQuery q(r.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE workspaces SET auto_renew_months = 4")));
    }

    void version4FileListsTheAccountOwnerInEveryWorkspace()
    {
        TestEnv env;
        const QString owner = env.services->account.owner().value().name;
        const QString id = env.services->workspaces.findByName(QStringLiteral("reporting_hk"))->id;
        const QString etl = env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id;
        env.services.reset();
        env.db.reset();
        {
            // As a version 4 file could be: a workspace without the owner's row (a RAM user
            // created it) and one where the owner had another role.
            RawConnection old(env.path());
            QVERIFY(undoVersion6(old));
            QVERIFY(old.exec(QStringLiteral("DELETE FROM members WHERE workspace_id = '%1' AND principal = '%2'")
                                 .arg(id, owner)));
            QVERIFY(old.exec(QStringLiteral("UPDATE members SET role = 'Guest' WHERE workspace_id = '%1' AND principal = '%2'")
                                 .arg(etl, owner)));
            QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 4")));
        }
        auto r = Database::open(env.path());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(pragma(*r.db, QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
        for (const QString &ws : {id, etl})
            QCOMPARE(WorkspaceAccess::storedRoleOf(*r.db, ws, owner).value(), ProductSpec::RoleOwner);
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM workspaces w WHERE NOT EXISTS (SELECT 1 FROM members m"
                                      " WHERE m.workspace_id = w.id AND m.principal = '%1' AND m.role = 'Owner')")
                           .arg(owner))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void newFileCarriesOurApplicationId()
    {
        QTemporaryDir dir;
        auto r = Database::open(dir.filePath(QStringLiteral("new.sqlite3")));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(pragma(*r.db, QStringLiteral("application_id")).toLongLong(), qint64(SchemaCheck::ApplicationId));
    }

    void emptyFileIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto r = Database::open(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(pragma(*r.db, QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
    }

    void uniqueNameIsEnforcedByTheSchema()
    {
        TestEnv env;
        const Workspace a = sampleWorkspace(QStringLiteral("twin"), env.clock.nowMs());
        Workspace b = sampleWorkspace(QStringLiteral("twin"), env.clock.nowMs());
        QVERIFY(env.db->write([&] { return env.services->workspaces.insertRecord(a, QStringLiteral("alice")); }).ok());
        const Status s = env.db->write([&] { return env.services->workspaces.insertRecord(b, QStringLiteral("alice")); });
        QVERIFY(s.has(ErrorCode::NameTaken));
        QVERIFY(!s.message(Field::Name).isEmpty());
        QVERIFY(!env.services->workspaces.find(b.id).ok()); // rolled back whole
    }

    void startingTurnsRunningAfterTheDelay()
    {
        TestEnv env;
        const Workspace w = sampleWorkspace(QStringLiteral("starting"), env.clock.nowMs());
        QVERIFY(env.db->write([&] { return env.services->workspaces.insertRecord(w, QStringLiteral("alice")); }).ok());
        QVERIFY(env.services->workspaces.advanceStatuses().value().isEmpty());
        QCOMPARE(env.services->workspaces.find(w.id)->status, ProductSpec::StatusStarting);
        env.clock.advance(5000);
        QCOMPARE(env.services->workspaces.advanceStatuses().value(), QStringList{w.id});
        QCOMPARE(env.services->workspaces.find(w.id)->status, ProductSpec::StatusRunning);
    }

    void secondInstanceSeesWrites()
    {
        TestEnv env;
        auto second = env.openSecondConnection();
        QVERIFY(second);
        Services otherServices(*second, env.clock);
        WorkspaceService &other = otherServices.workspaces;
        QCOMPARE(other.count().value(), 5);
        const Workspace w = sampleWorkspace(QStringLiteral("from-first"), env.clock.nowMs());
        QVERIFY(env.db->write([&] { return env.services->workspaces.insertRecord(w, QStringLiteral("alice")); }).ok());
        QCOMPARE(other.count().value(), 6);
        QVERIFY(other.findByName(QStringLiteral("from-first")).ok());
    }

    void folderMissing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/x.sqlite3"));
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, Database::OpenError::FolderMissing);
        QVERIFY(r.message.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(path));
    }

    void pathIsAFolder()
    {
        QTemporaryDir dir;
        auto r = Database::open(dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error, Database::OpenError::IsDirectory);
    }

    void folderNotWritable()
    {
        if (::geteuid() == 0)
            QSKIP("root can write any folder");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        auto r = Database::open(dir.filePath(QStringLiteral("x.sqlite3")));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, Database::OpenError::NotWritable);
    }

    void refusesFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("expected");
        QTest::newRow("a text file") << QByteArray("name,region\nfoo,cn-hangzhou\n") << int(Database::OpenError::NotADatabase);
        QTest::newRow("binary noise") << QByteArray(4096, '\xA5') << int(Database::OpenError::NotADatabase);
        QTest::newRow("a truncated SQLite header") << QByteArray("SQLite format 3") << int(Database::OpenError::NotADatabase);
    }
    void refusesFilesThatAreNotOurs()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error), expected);
        QVERIFY(r.message.contains(QLatin1String("not changed")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            RawConnection other(path);
            QVERIFY(other.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            QVERIFY(other.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
        }
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, Database::OpenError::ForeignDatabase);
        QCOMPARE(fileHash(path), before);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite3"));
        {
            auto r = Database::open(path);
            QVERIFY(r.ok());
        }
        {
            RawConnection other(path);
            QVERIFY(other.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
            QVERIFY(other.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, Database::OpenError::NewerSchema);
        QVERIFY(r.message.contains(QLatin1String("newer version")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesALockedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite3"));
        {
            auto r = Database::open(path);
            QVERIFY(r.ok());
        }
        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));
        const QByteArray before = fileHash(path);
        Database::Options options;
        options.busyTimeoutMs = 200;
        auto r = Database::open(path, options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, Database::OpenError::Locked);
        QVERIFY(r.message.contains(QLatin1String("locked")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    }

    void busyWriterGivesAClearError()
    {
        TestEnv env;
        auto second = env.openSecondConnection();
        QVERIFY(second);
        {
            QSqlQuery q(second->connection());
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        Database::Options options;
        options.busyTimeoutMs = 100;
        auto third = Database::open(env.path(), options); // opens fine: WAL readers are not blocked
        QVERIFY2(third.ok(), qPrintable(third.message));
        const Status s = third.db->write([] { return Status(); });
        QVERIFY(s.has(ErrorCode::Storage));
        QVERIFY(s.text().contains(QLatin1String("busy")));
        QSqlQuery q(second->connection());
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }

    // Issue 12: the scheduler's start-up questions (start() runs what is due and computes the
    // next due time before the list is shown) must not walk a whole table of 1,000,000 rows.
    // Measured by SQLite itself: the rows every statement stepped through in a full scan.
    void theSchedulersStartReadsNoWholeTable()
    {
        constexpr int Rows = 3000;
        TestEnv env;
        {
            // Many running workspaces and many finished runs, copied from the sample ones.
            QSqlQuery q(env.db->connection());
            const QString rows = QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < %1)")
                                     .arg(Rows);
            QVERIFY2(q.exec(rows + QStringLiteral(
                                " INSERT INTO workspaces (id, name, region, billing, cu_quota, directory, catalog_id,"
                                " execution_role, status, ready_at, created_at, created_by, duration_months, auto_renew,"
                                " subscribed_at, expires_at, auto_renew_months)"
                                " SELECT 'w-bulk-' || c.i, 'bulk-' || c.i, w.region, w.billing, w.cu_quota, w.directory,"
                                " w.catalog_id, w.execution_role, 'Running', 0, w.created_at, w.created_by,"
                                " w.duration_months, w.auto_renew, w.subscribed_at, w.expires_at, w.auto_renew_months"
                                " FROM c, (SELECT * FROM workspaces ORDER BY rowid LIMIT 1) w")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(rows + QStringLiteral(
                                " INSERT INTO job_runs (id, job_id, workspace_id, queue, cu, state, outcome, duration_ms,"
                                " submitted_at, started_at, ended_at, state_changed_at)"
                                " SELECT 'jr-bulk-' || c.i, j.id, j.workspace_id, 'root_queue', 1, 'Success', 'Success', 1,"
                                " 1, 1, 2, 2 FROM c, (SELECT * FROM jobs ORDER BY id LIMIT 1) j")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), Rows);
        }
        sqlite3 *handle = *static_cast<sqlite3 *const *>(env.db->connection().driver()->handle().constData());
        QStringList scans;
        sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, &collectFullScans, &scans);
        env.services->scheduler.start();
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        env.services->scheduler.stop();
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1Char('\n'))));
    }

    // ---- The known schema: no in-memory run of every migration to open a current file ----

    void theKnownSchemaIsTheOneTheMigrationsMake()
    {
        // Fails when a migration step changes and Database::currentSchema() was not updated:
        // copy the digests printed here into Database.cpp.
        const QList<QStringList> &steps = Database::migrationSteps();
        const SchemaCheck::KnownSchema known = Database::currentSchema();
        QCOMPARE(known.version, Database::SchemaVersion);
        QCOMPARE(known.migrations.toHex(), SchemaCheck::migrationsDigest(steps, Database::SchemaVersion).toHex());
        QCOMPARE(known.schema.toHex(),
                 SchemaCheck::schemaDigest(SchemaCheck::expectedSchema(steps, Database::SchemaVersion)).toHex());
    }

    void aCurrentFileOpensWithoutComparingTheSchemaInFull()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("current.sqlite3"));
        QVERIFY(createSeeded(path, recordsIn(dir)));
        const int before = SchemaCheck::fullComparisons();
        auto r = Database::open(path, recordsIn(dir));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(SchemaCheck::fullComparisons(), before);
    }

    void aChangedSchemaIsRefusedThoughTheCurrentSchemaIsKnown_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("a trigger") << QStringLiteral("CREATE TRIGGER spy AFTER INSERT ON workspaces BEGIN"
                                                     " UPDATE workspaces SET cu_quota = 1 WHERE id = NEW.id; END")
                                   << QStringLiteral("spy");
        QTest::newRow("an index dropped") << QStringLiteral("DROP INDEX job_runs_state") << QStringLiteral("job_runs_state");
        QTest::newRow("an extra table") << QStringLiteral("CREATE TABLE notes (text TEXT)") << QStringLiteral("notes");
    }
    void aChangedSchemaIsRefusedThoughTheCurrentSchemaIsKnown()
    {
        QFETCH(QString, change);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changed.sqlite3"));
        QVERIFY(createSeeded(path, recordsIn(dir)));
        {
            RawConnection other(path);
            QVERIFY(other.exec(change));
        }
        const QByteArray bytes = fileHash(path);
        auto r = Database::open(path, recordsIn(dir));
        QVERIFY2(!r.ok(), "a file whose schema another program changed was opened");
        QCOMPARE(r.error, Database::OpenError::Damaged);
        QVERIFY2(r.message.contains(named), qPrintable(r.message));
        QCOMPARE(fileHash(path), bytes);
    }

    void aKnownSchemaOfOtherStepsOrAnotherVersionIsNotTrusted()
    {
        // A digest that names this very (changed) schema is believed only for the steps and the
        // version it was made for.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changed.sqlite3"));
        QVERIFY(createSeeded(path, recordsIn(dir)));
        QStringList changed;
        {
            RawConnection other(path);
            QVERIFY(other.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            QSqlQuery q(QSqlDatabase::database(other.name, false));
            QVERIFY(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                          " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")));
            while (q.next())
                changed << QStringLiteral("%1 %2 on %3: %4")
                               .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString().remove(QLatin1Char('"')).simplified());
            std::sort(changed.begin(), changed.end());
        }
        const QList<QStringList> &steps = Database::migrationSteps();
        const int v = Database::SchemaVersion;
        SchemaCheck::KnownSchema trusted{v, SchemaCheck::migrationsDigest(steps, v), SchemaCheck::schemaDigest(changed)};
        // The test's own spelling of the schema is the checker's: believed as it stands.
        QCOMPARE(SchemaCheck::inspect(path, 1000, steps, true, trusted).verdict, SchemaCheck::Verdict::Sound);

        SchemaCheck::KnownSchema otherSteps = trusted;
        otherSteps.migrations = SchemaCheck::migrationsDigest(steps, v - 1);
        SchemaCheck::KnownSchema otherVersion = trusted;
        otherVersion.version = v - 1;
        for (const SchemaCheck::KnownSchema &known : {otherSteps, otherVersion, SchemaCheck::KnownSchema{}}) {
            const SchemaCheck::Result r = SchemaCheck::inspect(path, 1000, steps, true, known);
            QCOMPARE(r.verdict, SchemaCheck::Verdict::Damaged);
            QVERIFY2(r.detail.contains(QLatin1String("notes")), qPrintable(r.detail));
        }
    }

    // ---- The clean-close record: quick_check only when the file may have changed ----

    void cleanCloseLetsTheNextOpenSkipThePageCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clean.sqlite3"));
        const Database::Options options = recordsIn(dir);
        QVERIFY(createSeeded(path, options));
        {
            // No record kept: every first open reads every page, as before the records.
            Database::Options none = options;
            none.cleanCloseRecords.clear();
            auto r = Database::open(path, none);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QVERIFY(r.db->pagesCheckedAtOpen());
        }
        QVERIFY(createSeeded(path, options)); // reopened, and closed with a record
        auto r = Database::open(path, options);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!r.db->pagesCheckedAtOpen());
        QCOMPARE(pragma(*r.db, QStringLiteral("user_version")), QString::number(Database::SchemaVersion));
    }

    void bytesChangedAfterACleanCloseAreCheckedAndRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite3"));
        const Database::Options options = recordsIn(dir);
        QVERIFY(createSeeded(path, options));
        struct stat before;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
        {
            // Another program writes garbage over page 2, in place (same size, same inode), and
            // sets the modification time back; only the status-change time tells.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(4096));
            QCOMPARE(f.write(QByteArray(4096, '\x5A')), qint64(4096));
        }
        const struct timespec times[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
        struct stat after;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
        QCOMPARE(after.st_size, before.st_size);
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);

        const QByteArray bytes = fileHash(path);
        auto r = Database::open(path, options);
        QVERIFY2(!r.ok(), "a file damaged after its clean close was opened");
        QVERIFY2(r.error == Database::OpenError::Damaged || r.error == Database::OpenError::NotADatabase,
                 qPrintable(r.message));
        QCOMPARE(fileHash(path), bytes);
    }

    void aCrashLeavesTheWalAndTheNextOpenChecksEveryPage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite3"));
        const Database::Options options = recordsIn(dir);
        QVERIFY(createSeeded(path, options));
        const QByteArray checkedBytes = fileHash(path);
        {
            // Another instance commits a workspace and is killed before it closes: the change
            // sits in the -wal, the file's own bytes are still those recorded.
            QProcess p;
            p.start(QStringLiteral(WC_HELPER_PATH), {QStringLiteral("create"), path, QStringLiteral("crashed")});
            QVERIFY2(readLine(p).startsWith(QLatin1String("created ")), p.readAllStandardError().constData());
            p.kill();
            QVERIFY(p.waitForFinished(20000));
        }
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QCOMPARE(fileHash(path), checkedBytes);
        auto r = Database::open(path, options);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.db->pagesCheckedAtOpen());
        ManualClock clock;
        Services services(*r.db, clock);
        QVERIFY(services.workspaces.findByName(QStringLiteral("crashed-0")).ok());
    }

    void theFirstOfTwoConnectionsToCloseRecordsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.sqlite3"));
        const Database::Options options = recordsIn(dir);
        auto first = Database::open(path, options);
        QVERIFY2(first.ok(), qPrintable(first.message));
        std::unique_ptr<Database> second;
        {
            // Another program's connection on the file, reading (it may write next).
            RawConnection other(path);
            QVERIFY(other.exec(QStringLiteral("SELECT count(*) FROM meta")));
            QVERIFY(checkpointFully(*first.db)); // the file alone would look closed cleanly
            first.db.reset();
            auto reopened = Database::open(path, options);
            QVERIFY2(reopened.ok(), qPrintable(reopened.message));
            QVERIFY2(reopened.db->pagesCheckedAtOpen(), "closed while another connection had the file open, yet recorded");
            second = std::move(reopened.db);
        }
        // The last one to close records.
        second.reset();
        auto third = Database::open(path, options);
        QVERIFY2(third.ok(), qPrintable(third.message));
        QVERIFY(!third.db->pagesCheckedAtOpen());
    }

    void anInstanceClosingWhileAnotherProcessHasTheFileRecordsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("processes.sqlite3"));
        const Database::Options options = recordsIn(dir);
        QVERIFY(createSeeded(path, options));
        auto mine = Database::open(path, options);
        QVERIFY2(mine.ok(), qPrintable(mine.message));
        QVERIFY(!mine.db->pagesCheckedAtOpen());
        QProcess other; // a second app instance, open until its input ends
        other.start(QStringLiteral(WC_HELPER_PATH), {QStringLiteral("race"), path, QStringLiteral("1"), QStringLiteral("x")});
        QCOMPARE(readLine(other), QStringLiteral("ready"));
        {
            QSqlQuery q(mine.db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('written', 'by the first')")));
        }
        QVERIFY(checkpointFully(*mine.db)); // the file alone would look closed cleanly
        mine.db.reset();
        {
            auto again = Database::open(path, options);
            QVERIFY2(again.ok(), qPrintable(again.message));
            QVERIFY2(again.db->pagesCheckedAtOpen(), "closed while another process had the file open, yet recorded");
        }
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished(20000));
        QCOMPARE(other.exitCode(), 0);
    }

    void aRecordFileThatCannotBeWrittenDoesNotStopOpening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("norecord.sqlite3"));
        Database::Options options;
        options.cleanCloseRecords = dir.filePath(QStringLiteral("records-is-a-folder"));
        QVERIFY(QDir().mkdir(options.cleanCloseRecords));
        QVERIFY(createSeeded(path, options));
        for (int i = 0; i < 2; ++i) {
            auto r = Database::open(path, options);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QVERIFY(r.db->pagesCheckedAtOpen());
        }
    }

private:
    // SQLITE_TRACE_PROFILE: a statement finished. Notes it when it stepped through more rows in
    // full scans than the small tables (account, regions) hold.
    static int collectFullScans(unsigned type, void *context, void *statement, void *)
    {
        auto *stmt = static_cast<sqlite3_stmt *>(statement);
        if (type != SQLITE_TRACE_PROFILE)
            return 0;
        const int steps = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
        if (steps > 100)
            static_cast<QStringList *>(context)->append(
                QStringLiteral("%1 rows scanned: %2").arg(steps).arg(QString::fromUtf8(sqlite3_sql(stmt))));
        return 0;
    }

    // Copies every committed page into the file and empties the -wal, as the last connection's
    // close does: what is left to tell that another connection is open is its locks and -shm.
    static bool checkpointFully(Database &db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() == 0
            && QFileInfo(db.path() + QStringLiteral("-wal")).size() == 0;
    }

    static Database::Options recordsIn(const QTemporaryDir &dir)
    {
        Database::Options options;
        options.cleanCloseRecords = dir.filePath(QStringLiteral("records/clean-closes.ini"));
        return options;
    }

    // Opens (creating when missing), seeds the demo account and closes the file cleanly.
    static bool createSeeded(const QString &path, const Database::Options &options)
    {
        ManualClock clock;
        auto r = Database::open(path, options);
        return r.ok() && DemoSeeder::seed(*r.db, clock).ok();
    }

    static QString readLine(QProcess &p)
    {
        QDeadlineTimer deadline(20000);
        while (!p.canReadLine()) {
            if (deadline.hasExpired() || p.state() == QProcess::NotRunning)
                return QString::fromUtf8(p.readAll()).trimmed();
            p.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        }
        return QString::fromUtf8(p.readLine()).trimmed();
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
