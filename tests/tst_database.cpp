#include "models/AccountDirectory.h"
#include "models/BillingService.h"
#include "models/Clock.h"
#include "models/Database.h"
#include "models/WorkspaceAccess.h"
#include "models/DemoSeeder.h"
#include "models/ProductSpec.h"
#include "models/SchemaCheck.h"
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"
#include "models/WorkspaceService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
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
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
