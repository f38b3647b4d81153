#include "models/Clock.h"
#include "models/Database.h"
#include "models/DemoSeeder.h"
#include "models/Services.h"
#include "models/WorkspaceService.h"
#include "tests/testsupport/Fixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Several app processes on one file, measured from outside: two racing for one workspace name
// (exactly one wins, the other is told the name is taken), and a process killed with SIGKILL
// while creating workspaces (the file opens, passes integrity_check, and every workspace reported
// as created is there whole, with its tags in order). Bounded: a few seconds each.
namespace {

constexpr int LineTimeoutMs = 20000;

QString readLine(QProcess &p)
{
    QDeadlineTimer deadline(LineTimeoutMs);
    while (!p.canReadLine()) {
        if (deadline.hasExpired() || p.state() == QProcess::NotRunning)
            return QString::fromUtf8(p.readAll()).trimmed();
        p.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return QString::fromUtf8(p.readLine()).trimmed();
}

void startHelper(QProcess &p, const QStringList &args)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(WC_HELPER_PATH), args);
}

bool prepare(const QString &path)
{
    ManualClock clock;
    DemoSeeder::Options options;
    options.sampleWorkspaces = false;
    auto r = Database::open(path);
    return r.ok() && DemoSeeder::seed(*r.db, clock, options).ok();
}

QString integrity(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check could not run");
    return q.value(0).toString();
}

TagList expectedTags(const QString &trial, int index)
{
    return {{QStringLiteral("trial"), trial},
            {QStringLiteral("index"), QString::number(index)},
            {QStringLiteral("last"), QStringLiteral("%1-%2").arg(trial).arg(index)}};
}

} // namespace

class tst_Processes : public QObject
{
    Q_OBJECT

private slots:
    void twoProcessesRacingForOneNameHaveOneWinner()
    {
        constexpr int Rounds = 50;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("race.sqlite3"));
        QVERIFY(prepare(path));

        QProcess a, b;
        const QStringList args{QStringLiteral("race"), path, QString::number(Rounds), QStringLiteral("race")};
        startHelper(a, args);
        startHelper(b, args);
        QCOMPARE(readLine(a), QStringLiteral("ready"));
        QCOMPARE(readLine(b), QStringLiteral("ready"));
        for (int round = 0; round < Rounds; ++round) {
            // Both are released at once and are already past opening: they race on the write.
            a.write("go\n");
            b.write("go\n");
            const QStringList answers{readLine(a), readLine(b)};
            QVERIFY2(answers.count(QStringLiteral("won")) == 1 && answers.count(QStringLiteral("taken")) == 1,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(answers.join(QStringLiteral(" | ")))));
        }
        a.closeWriteChannel();
        b.closeWriteChannel();
        QVERIFY(a.waitForFinished(LineTimeoutMs));
        QVERIFY(b.waitForFinished(LineTimeoutMs));

        auto r = Database::open(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        ManualClock clock;
        Services services(*r.db, clock);
        WorkspaceService &workspaces = services.workspaces;
        QCOMPARE(workspaces.count().value(), Rounds);
        for (int round = 0; round < Rounds; ++round)
            QVERIFY(workspaces.findByName(QStringLiteral("race-%1").arg(round)).ok());
    }

    // Two instances started at once on a file from before schema 4: one migrates it, the other
    // finds it migrated inside its own transaction and opens it, instead of failing or
    // migrating twice.
    void twoProcessesOpeningAnOldFileBothGetIt()
    {
        for (int trial = 0; trial < 5; ++trial) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
            QVERIFY(prepare(path));
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                for (const QString &sql : Fixtures::undoSchemaVersion6())
                    QVERIFY2(q.exec(sql), qPrintable(sql));
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 0")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("old"));
            QProcess a, b;
            const QStringList args{QStringLiteral("race"), path, QStringLiteral("0"), QStringLiteral("x")};
            startHelper(a, args);
            startHelper(b, args);
            QCOMPARE(readLine(a), QStringLiteral("ready"));
            QCOMPARE(readLine(b), QStringLiteral("ready"));
            QVERIFY(a.waitForFinished(LineTimeoutMs));
            QVERIFY(b.waitForFinished(LineTimeoutMs));
            auto r = Database::open(path);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QSqlQuery q(r.db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Database::SchemaVersion);
        }
    }

    void killedWhileCreatingLosesNothing()
    {
        constexpr int Trials = 20;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.sqlite3"));
        QVERIFY(prepare(path));
        ManualClock clock;
        int reported = 0;
        for (int trial = 0; trial < Trials; ++trial) {
            const QString name = QStringLiteral("t%1").arg(trial);
            QProcess p;
            startHelper(p, {QStringLiteral("create"), path, name});
            const QString first = readLine(p);
            QVERIFY2(first.startsWith(QLatin1String("created ")), qPrintable(first));
            // Spread the kill over the create cycle: a few milliseconds hold several commits.
            QThread::usleep(1000 + (trial * 7919) % 40000);
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(LineTimeoutMs));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);

            QStringList created{first.mid(8)};
            const QList<QByteArray> rest = p.readAllStandardOutput().split('\n');
            for (const QByteArray &line : rest)
                if (line.startsWith("created "))
                    created << QString::fromUtf8(line.mid(8));
            reported += int(created.size());

            auto r = Database::open(path);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(integrity(*r.db), QStringLiteral("ok"));
            Services services(*r.db, clock);
            WorkspaceService &workspaces = services.workspaces;
            for (int i = 0; i < created.size(); ++i) {
                const auto w = workspaces.findByName(created.at(i));
                QVERIFY2(w.ok(), qPrintable(created.at(i) + QStringLiteral(" was reported created but is missing")));
                QCOMPARE(w->tags, expectedTags(name, i));
            }
            // The one being written when the kill came is either all there or not at all.
            int stored = 0;
            for (const Workspace &w : workspaces.list().value()) {
                if (!w.name.startsWith(name + QLatin1Char('-')))
                    continue;
                QCOMPARE(w.tags, expectedTags(name, w.name.mid(name.size() + 1).toInt()));
                ++stored;
            }
            QVERIFY2(stored == created.size() || stored == created.size() + 1,
                     qPrintable(QStringLiteral("%1 reported, %2 stored").arg(created.size()).arg(stored)));
        }
        QVERIFY(reported >= Trials);
    }

    // A process killed while it creates and migrates a new file leaves a file the next start
    // opens as an empty or complete database, never a refused or broken one.
    void interruptedFirstWriteOpensAsANewFile()
    {
        // Deterministic form of the kill below: the file's first write died before COMMIT, so
        // SQLite's rollback returns it to empty; nothing of anyone's can be lost by opening it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite3"));
        QProcess p;
        startHelper(p, {QStringLiteral("interrupted"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(LineTimeoutMs));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
        auto r = Database::open(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(integrity(*r.db), QStringLiteral("ok"));
    }

    void killedWhileCreatingTheFileLeavesAUsableFile()
    {
        for (int trial = 0; trial < 10; ++trial) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("new.sqlite3"));
            QProcess p;
            startHelper(p, {QStringLiteral("create"), path, QStringLiteral("n")});
            QVERIFY(p.waitForStarted(LineTimeoutMs));
            QThread::usleep(trial * 4000);
            p.kill();
            QVERIFY(p.waitForFinished(LineTimeoutMs));
            if (!QFile::exists(path))
                continue;
            auto r = Database::open(path);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(integrity(*r.db), QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Processes)
#include "tst_processes.moc"
