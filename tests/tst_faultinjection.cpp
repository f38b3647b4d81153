// Storage never lies (issue 14): every main operation runs once for every I/O call it makes, with
// exactly that call failing (a read, a write, a sync or a truncate). Each time the operation must
// either have fully happened and say so, or not have happened at all and say why; the file must
// pass integrity_check. The failure comes from a SQLite VFS that wraps the default one and is made
// the default, so Qt's QSQLITE connections (the system libsqlite3, the same library this test
// links) go through it.
#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestSupport.h"

#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>
#include <sqlite3.h>

#include <array>
#include <cstring>
#include <functional>

namespace {

// --- The fault-injecting VFS ------------------------------------------------------------------

enum Kind { Read, Write, Sync, Truncate, KindCount };
const char *const KindNames[KindCount] = {"read", "write", "sync", "truncate"};

struct Faults
{
    bool armed = false;
    int kind = -1;     // the kind of call to fail, -1: count only
    int target = 0;    // fail the target-th call of that kind (1-based)
    std::array<int, KindCount> calls{};
    int injected = 0;
    int filesOpened = 0; // every xOpen, armed or not: proves Qt's connections use this VFS
};
Faults g_faults;

// Counts the call and says whether this one fails.
bool failNow(Kind kind)
{
    if (!g_faults.armed)
        return false;
    const int n = ++g_faults.calls[kind];
    if (g_faults.kind == kind && n == g_faults.target) {
        ++g_faults.injected;
        return true;
    }
    return false;
}

struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real; // follows this struct in the same allocation
};

sqlite3_vfs *g_realVfs = nullptr;
sqlite3_vfs g_faultVfs;

sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<FaultFile *>(f)->real; }

int fClose(sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); }
int fRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    return failNow(Read) ? SQLITE_IOERR_READ : real(f)->pMethods->xRead(real(f), buf, amount, offset);
}
int fWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    return failNow(Write) ? SQLITE_IOERR_WRITE : real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}
int fTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return failNow(Truncate) ? SQLITE_IOERR_TRUNCATE : real(f)->pMethods->xTruncate(real(f), size);
}
int fSync(sqlite3_file *f, int flags)
{
    return failNow(Sync) ? SQLITE_IOERR_FSYNC : real(f)->pMethods->xSync(real(f), flags);
}
int fFileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
int fLock(sqlite3_file *f, int level) { return real(f)->pMethods->xLock(real(f), level); }
int fUnlock(sqlite3_file *f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
int fCheckReservedLock(sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int fFileControl(sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int fSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int fDeviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int fShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int fShmLock(sqlite3_file *f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void fShmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
int fShmUnmap(sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
int fFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    *out = nullptr; // no memory-mapped reads: every page goes through xRead
    return SQLITE_OK;
}
int fUnfetch(sqlite3_file *, sqlite3_int64, void *) { return SQLITE_OK; }

const sqlite3_io_methods g_faultIo = {
    3, fClose, fRead, fWrite, fTruncate, fSync, fFileSize, fLock, fUnlock, fCheckReservedLock, fFileControl,
    fSectorSize, fDeviceCharacteristics, fShmMap, fShmLock, fShmBarrier, fShmUnmap, fFetch, fUnfetch,
};

int vOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ff = reinterpret_cast<FaultFile *>(file);
    ff->real = reinterpret_cast<sqlite3_file *>(ff + 1);
    ++g_faults.filesOpened;
    const int rc = g_realVfs->xOpen(g_realVfs, name, ff->real, flags, outFlags);
    ff->base.pMethods = ff->real->pMethods ? &g_faultIo : nullptr;
    return rc;
}
int vDelete(sqlite3_vfs *, const char *name, int syncDir) { return g_realVfs->xDelete(g_realVfs, name, syncDir); }
int vAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return g_realVfs->xAccess(g_realVfs, name, flags, out); }
int vFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return g_realVfs->xFullPathname(g_realVfs, name, n, out); }
void *vDlOpen(sqlite3_vfs *, const char *name) { return g_realVfs->xDlOpen(g_realVfs, name); }
void vDlError(sqlite3_vfs *, int n, char *out) { g_realVfs->xDlError(g_realVfs, n, out); }
void (*vDlSym(sqlite3_vfs *, void *h, const char *sym))(void) { return g_realVfs->xDlSym(g_realVfs, h, sym); }
void vDlClose(sqlite3_vfs *, void *h) { g_realVfs->xDlClose(g_realVfs, h); }
int vRandomness(sqlite3_vfs *, int n, char *out) { return g_realVfs->xRandomness(g_realVfs, n, out); }
int vSleep(sqlite3_vfs *, int us) { return g_realVfs->xSleep(g_realVfs, us); }
int vCurrentTime(sqlite3_vfs *, double *out) { return g_realVfs->xCurrentTime(g_realVfs, out); }
int vGetLastError(sqlite3_vfs *, int n, char *out) { return g_realVfs->xGetLastError(g_realVfs, n, out); }
int vCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return g_realVfs->xCurrentTimeInt64(g_realVfs, out); }

bool registerFaultVfs()
{
    g_realVfs = sqlite3_vfs_find(nullptr);
    if (!g_realVfs || g_realVfs->iVersion < 2)
        return false;
    std::memset(&g_faultVfs, 0, sizeof g_faultVfs);
    g_faultVfs.iVersion = 2;
    g_faultVfs.szOsFile = int(sizeof(FaultFile)) + g_realVfs->szOsFile;
    g_faultVfs.mxPathname = g_realVfs->mxPathname;
    g_faultVfs.zName = "wc-fault";
    g_faultVfs.xOpen = vOpen;
    g_faultVfs.xDelete = vDelete;
    g_faultVfs.xAccess = vAccess;
    g_faultVfs.xFullPathname = vFullPathname;
    g_faultVfs.xDlOpen = vDlOpen;
    g_faultVfs.xDlError = vDlError;
    g_faultVfs.xDlSym = vDlSym;
    g_faultVfs.xDlClose = vDlClose;
    g_faultVfs.xRandomness = vRandomness;
    g_faultVfs.xSleep = vSleep;
    g_faultVfs.xCurrentTime = vCurrentTime;
    g_faultVfs.xGetLastError = vGetLastError;
    g_faultVfs.xCurrentTimeInt64 = vCurrentTimeInt64;
    return sqlite3_vfs_register(&g_faultVfs, /*makeDefault*/ 1) == SQLITE_OK;
}

// --- What the file holds ------------------------------------------------------------------------

// Every row of every table (and the schema version), one line per row, sorted, with the random
// identifiers a run generates (workspace, order and run ids) replaced so two runs compare equal.
struct Dump
{
    QStringList rows;
    QString integrity;
    QString error;
};

Dump dumpFile(const QString &path)
{
    Dump d;
    static int serial = 0;
    const QString name = QStringLiteral("fault-dump-%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            d.error = db.lastError().text();
        } else {
            static const QRegularExpression randomIds(
                QStringLiteral("\\b(w-[0-9a-f]{16}|jr-[0-9a-f]{16}|o-[0-9]{15})\\b"));
            QSqlQuery q(db);
            QStringList tables;
            if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
                while (q.next())
                    tables << q.value(0).toString();
            else
                d.error = q.lastError().text();
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery rows(db);
                if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                    d.error = rows.lastError().text();
                    continue;
                }
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < rows.record().count(); ++i)
                        values << (rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString());
                    d.rows << table + QLatin1Char('|') + values.join(QLatin1Char('|')).replace(randomIds, QStringLiteral("<id>"));
                }
            }
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                d.rows << QStringLiteral("user_version|") + q.value(0).toString();
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                d.integrity = q.value(0).toString();
            std::sort(d.rows.begin(), d.rows.end());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return d;
}

// A readable difference for a failure message: the first rows that differ.
QString difference(const QStringList &expected, const QStringList &actual)
{
    QStringList lines;
    for (const QString &r : expected)
        if (!actual.contains(r))
            lines << QStringLiteral("  missing: ") + r.left(160);
    for (const QString &r : actual)
        if (!expected.contains(r))
            lines << QStringLiteral("  extra:   ") + r.left(160);
    return lines.mid(0, 6).join(QLatin1Char('\n'));
}

using Operation = std::function<Status(Services &, const Identity &owner)>;

// What the template file holds for the operations to act on.
struct Fixture
{
    QString payg;      // Running pay-as-you-go workspace with a job, an active run and alice as a member
    QString sub;       // Running subscription workspace, 120 CUs
    QString doomed;    // pay-as-you-go, nothing running: deleted
    QString doomedSub; // subscription, nothing running: unsubscribed
    QString runId;     // active run in payg
};

// The pay-as-you-go spec every test starts from (Fixtures), moved to Singapore as a subscription.
WorkspaceSpec subscriptionSpec(const QString &name)
{
    WorkspaceSpec s = Fixtures::payAsYouGoSpec(name);
    s.region = QStringLiteral("ap-southeast-1");
    s.bucket = QStringLiteral("analytics-data-ap-southeast-1");
    s.path.clear();
    s.billing = ProductSpec::Subscription;
    s.cuQuota = 120;
    s.durationMonths = 12;
    s.autoRenew = true;
    return s;
}

JobRunRequest runRequest(const QString &name, qint64 durationMs)
{
    JobRunRequest r;
    r.name = name;
    r.codeType = QStringLiteral("SQL");
    r.script = QStringLiteral("SELECT 1;");
    r.cu = 2;
    r.queue = ProductSpec::RootQueue;
    r.outcome = ProductSpec::RunSuccess;
    r.durationMs = durationMs;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class tst_FaultInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theVfsSeesQtsConnections();
    void everyFaultPointIsAllOrNothing_data();
    void everyFaultPointIsAllOrNothing();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_template;
    qint64 m_now = 0;
    Fixture m_fixture;
    Dump m_before;
    int m_faultPoints = 0;
    int m_lying = 0;
    int m_lyingPoints = 0;
    int m_misreported = 0;
    int m_serial = 0;
};

void tst_FaultInjection::initTestCase()
{
    QVERIFY(registerFaultVfs());
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite3"));
    {
        TestEnv env(/*sampleWorkspaces*/ false);
        Services &s = *env.services;
        const Identity owner = s.account.owner().value();
        const auto create = [&](const WorkspaceSpec &spec) {
            const Result<Workspace> w = s.workspaces.create(owner, spec);
            if (!w.ok())
                qFatal("fixture: %s", qPrintable(w.text()));
            return w->id;
        };
        m_fixture.payg = create(Fixtures::payAsYouGoSpec(QStringLiteral("fi-payg")));
        m_fixture.sub = create(subscriptionSpec(QStringLiteral("fi-sub")));
        m_fixture.doomed = create(Fixtures::payAsYouGoSpec(QStringLiteral("fi-doomed")));
        m_fixture.doomedSub = create(subscriptionSpec(QStringLiteral("fi-doomed-sub")));
        env.clock.advance(s.workspaces.startingDelayMs().value() + 1000);
        s.workspaces.advanceStatuses();
        // root_queue holds the whole quota at first; leave room for a new queue.
        const Status lowered = s.queues.setQueueCu(owner, m_fixture.payg, ProductSpec::RootQueue, 700);
        QVERIFY2(lowered.ok(), qPrintable(lowered.text()));
        QVERIFY(s.members.addMembers(owner, m_fixture.payg, {QStringLiteral("alice")}, ProductSpec::RoleDataEngineering).ok());
        const Result<JobRun> run = s.jobs.runJob(owner, m_fixture.payg, runRequest(QStringLiteral("fi_long_job"), 3600'000));
        QVERIFY2(run.ok(), qPrintable(run.text()));
        m_fixture.runId = run->id;
        env.clock.advance(5000);
        s.jobs.advance();
        m_now = env.clock.nowMs();
        env.services.reset();
        env.db.reset();
        // The last connection closed, so the WAL is checkpointed into the main file.
        QVERIFY(!QFile::exists(env.path() + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(env.path(), m_template));
    }
    m_before = dumpFile(m_template);
    QVERIFY2(m_before.error.isEmpty(), qPrintable(m_before.error));
    QCOMPARE(m_before.integrity, QStringLiteral("ok"));
}

void tst_FaultInjection::theVfsSeesQtsConnections()
{
    // If Qt's SQLite driver carried its own copy of SQLite, every fault point below would pass
    // without a single fault: make sure faults reach a Qt connection.
    const int opened = g_faults.filesOpened;
    const QString path = m_dir.filePath(QStringLiteral("probe.sqlite3"));
    QVERIFY(QFile::copy(m_template, path));
    Database::OpenResult r = Database::open(path);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(g_faults.filesOpened > opened);
    g_faults = Faults{true, Read, 1, {}, 0, g_faults.filesOpened};
    QSqlQuery q(r.db->connection());
    // A fresh statement on a connection whose cache may be warm: read a page no one has read.
    const bool ok = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()
        && q.exec(QStringLiteral("SELECT * FROM workspaces")) && q.next();
    g_faults.armed = false;
    QVERIFY(g_faults.calls[Read] >= 1);
    QCOMPARE(g_faults.injected, 1);
    Q_UNUSED(ok);
}

void tst_FaultInjection::everyFaultPointIsAllOrNothing_data()
{
    QTest::addColumn<Operation>("operation");
    const Fixture f = m_fixture;
    const TagList tags = {{QStringLiteral("team"), QStringLiteral("data")}, {QStringLiteral("env"), QStringLiteral("prod")}};

    QTest::newRow("create pay-as-you-go workspace with tags") << Operation([tags](Services &s, const Identity &owner) {
        WorkspaceSpec spec = Fixtures::payAsYouGoSpec(QStringLiteral("fi-new-payg"));
        spec.tags = tags;
        return Status(s.workspaces.create(owner, spec));
    });
    QTest::newRow("create subscription workspace with tags") << Operation([tags](Services &s, const Identity &owner) {
        WorkspaceSpec spec = subscriptionSpec(QStringLiteral("fi-new-sub"));
        spec.tags = tags;
        return Status(s.workspaces.create(owner, spec));
    });
    QTest::newRow("delete workspace") << Operation([f](Services &s, const Identity &owner) {
        return s.deletion.deleteWorkspace(owner, f.doomed, QStringLiteral("fi-doomed"));
    });
    QTest::newRow("unsubscribe") << Operation([f](Services &s, const Identity &owner) {
        return Status(s.deletion.unsubscribe(owner, f.doomedSub, QStringLiteral("fi-doomed-sub")));
    });
    QTest::newRow("upgrade") << Operation([f](Services &s, const Identity &owner) {
        return Status(s.quotas.changeSubscriptionQuota(owner, f.sub, 150, QuotaService::Direction::Upgrade, 120));
    });
    QTest::newRow("downgrade") << Operation([f](Services &s, const Identity &owner) {
        return Status(s.quotas.changeSubscriptionQuota(owner, f.sub, 100, QuotaService::Direction::Downgrade, 120));
    });
    QTest::newRow("modify pay-as-you-go quota") << Operation([f](Services &s, const Identity &owner) {
        return s.quotas.setPayAsYouGoQuota(owner, f.payg, 1500);
    });
    QTest::newRow("edit tags") << Operation([f, tags](Services &s, const Identity &owner) {
        return s.tags.setTags(owner, f.payg, tags);
    });
    QTest::newRow("add member") << Operation([f](Services &s, const Identity &owner) {
        return s.members.addMembers(owner, f.payg, {QStringLiteral("bob")}, ProductSpec::RoleDataScience);
    });
    QTest::newRow("change role") << Operation([f](Services &s, const Identity &owner) {
        return s.members.changeRole(owner, f.payg, QStringLiteral("alice"), ProductSpec::RoleGuest);
    });
    QTest::newRow("add queue") << Operation([f](Services &s, const Identity &owner) {
        return s.queues.addQueue(owner, f.payg, QStringLiteral("fi_queue"), 10);
    });
    QTest::newRow("run job") << Operation([f](Services &s, const Identity &owner) {
        return Status(s.jobs.runJob(owner, f.payg, runRequest(QStringLiteral("fi_new_job"), 60'000)));
    });
    QTest::newRow("stop run") << Operation([f](Services &s, const Identity &owner) {
        return s.jobs.stopRun(owner, f.runId);
    });
    QTest::newRow("create catalog") << Operation([](Services &s, const Identity &owner) {
        return Status(s.catalogs.createCatalog(owner, QStringLiteral("cn-hangzhou"), QStringLiteral("fi_catalog")));
    });
}

void tst_FaultInjection::everyFaultPointIsAllOrNothing()
{
    QFETCH(Operation, operation);

    struct Outcome
    {
        Status status;
        Dump after;
    };
    // A fresh copy of the template, the operation run with the given fault armed, and what the
    // file holds afterwards, read through a new connection once the app's connection is closed.
    const auto attempt = [&](int kind, int target, std::array<int, KindCount> *calls) {
        const QString path = m_dir.filePath(QStringLiteral("attempt-%1.sqlite3").arg(++m_serial));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template");
        Outcome o;
        {
            Database::OpenResult r = Database::open(path);
            if (!r.ok())
                qFatal("cannot open a copy of the template: %s", qPrintable(r.message));
            ManualClock clock(m_now);
            Services services(*r.db, clock);
            const Identity owner = services.account.owner().value();
            g_faults = Faults{true, kind, target, {}, 0, g_faults.filesOpened};
            o.status = operation(services, owner);
            g_faults.armed = false;
            if (calls)
                *calls = g_faults.calls;
        }
        o.after = dumpFile(path);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix);
        return o;
    };

    std::array<int, KindCount> calls{};
    const Outcome reference = attempt(-1, 0, &calls);
    QVERIFY2(reference.status.ok(), qPrintable(reference.status.text()));
    QVERIFY2(reference.after.error.isEmpty(), qPrintable(reference.after.error));
    QVERIFY(reference.after.rows != m_before.rows);

    int points = 0;
    QStringList lies;
    QStringList misreported;
    for (int kind = 0; kind < KindCount; ++kind) {
        for (int n = 1; n <= calls[kind]; ++n) {
            ++points;
            const Outcome o = attempt(kind, n, nullptr);
            const QString where = QStringLiteral("%1 #%2 of %3").arg(QLatin1String(KindNames[kind])).arg(n).arg(calls[kind]);
            if (!o.after.error.isEmpty() || o.after.integrity != QLatin1String("ok")) {
                lies << where + QStringLiteral(": file unreadable or corrupt: ") + o.after.error + o.after.integrity;
            } else if (o.status.ok() && o.after.rows != reference.after.rows) {
                lies << where + QStringLiteral(": reported success, but the change is not what it should be\n")
                        + difference(reference.after.rows, o.after.rows);
            } else if (!o.status.ok() && o.after.rows != m_before.rows) {
                lies << where + QStringLiteral(": reported \"") + o.status.text().left(120)
                        + QStringLiteral("\", but the file changed\n") + difference(m_before.rows, o.after.rows);
            } else if (!o.status.ok() && !o.status.has(ErrorCode::Storage)) {
                // Not a lie about what happened, but the user would be told about a rule ("no
                // longer exists", "not a member") instead of the storage error: a failure too.
                misreported << where + QStringLiteral(": \"") + o.status.text().left(100) + QLatin1Char('"');
            }
        }
    }
    m_faultPoints += points;
    m_lying += lies.isEmpty() ? 0 : 1;
    m_lyingPoints += lies.size();
    m_misreported += misreported.size();
    qInfo("%s: fault points: %d (reads %d, writes %d, syncs %d, truncates %d), lying: %d, misreported errors: %d",
          QTest::currentDataTag(), points, calls[Read], calls[Write], calls[Sync], calls[Truncate], int(lies.size()),
          int(misreported.size()));
    for (const QString &m : std::as_const(misreported))
        qInfo("  misreported: %s", qPrintable(m));
    QVERIFY2(lies.isEmpty(), qPrintable(lies.join(QLatin1Char('\n'))));
    QVERIFY2(misreported.isEmpty(), qPrintable(misreported.join(QLatin1Char('\n'))));
}

void tst_FaultInjection::cleanupTestCase()
{
    qInfo("fault points: %d, lying operations: %d (at %d fault points), I/O errors reported as another error: %d",
          m_faultPoints, m_lying, m_lyingPoints, m_misreported);
}

QTEST_GUILESS_MAIN(tst_FaultInjection)
#include "tst_faultinjection.moc"
