#include "models/Clock.h"
#include "models/Database.h"
#include "models/DemoSeeder.h"
#include "models/SchemaCheck.h"
#include "models/Services.h"
#include "models/WorkspaceListLoader.h"
#include "tests/testsupport/Fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

// Database files a user, another program or a disk could hand the app. Each must be either
// refused with a clear message, leaving every byte as it was, or opened correctly so the
// workspace list and a workspace's details load. Never a crash, never a broken schema accepted.
namespace {

constexpr int Opens = -1;

// Another program's connection (plain QSQLITE, foreign keys off as SQLite's default).
class Raw
{
public:
    explicit Raw(const QString &path)
    {
        static int n = 0;
        m_name = QStringLiteral("crafted-%1").arg(++n);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~Raw()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    // Runs every statement; false (with a warning naming it) at the first that fails.
    bool exec(const QStringList &statements)
    {
        if (!m_ok)
            return false;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                return false;
            }
        }
        return true;
    }

private:
    QString m_name;
    bool m_ok = false;
};

bool makeOurs(const QString &path)
{
    ManualClock clock;
    auto r = Database::open(path);
    return r.ok() && DemoSeeder::seed(*r.db, clock).ok();
}

bool makeOursWith(const QString &path, const QStringList &statements)
{
    if (!makeOurs(path))
        return false;
    Raw raw(path);
    return raw.exec(statements);
}

bool makeForeign(const QString &path, qint64 userVersion, const QStringList &extra = {})
{
    Raw raw(path);
    return raw.exec(QStringList{QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
                                QStringLiteral("INSERT INTO contacts VALUES ('Ann', '555')"),
                                QStringLiteral("PRAGMA user_version = %1").arg(userVersion)}
                    + extra);
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(bytes) == bytes.size();
}

// The file and its rollback journal as they are when a writer dies mid-transaction.
bool makeHotJournal(const QString &path)
{
    const QString source = path + QStringLiteral(".source");
    Raw raw(source);
    return raw.exec({QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("CREATE TABLE t (x)"),
                     QStringLiteral("INSERT INTO t VALUES (1)"), QStringLiteral("PRAGMA cache_size = 1"),
                     QStringLiteral("BEGIN"),
                     QStringLiteral("INSERT INTO t SELECT randomblob(5000) FROM (WITH RECURSIVE c(i) AS"
                                    " (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 60) SELECT i FROM c)")})
        && QFile::exists(source + QStringLiteral("-journal")) && QFile::copy(source, path)
        && QFile::copy(source + QStringLiteral("-journal"), path + QStringLiteral("-journal"))
        && raw.exec({QStringLiteral("ROLLBACK")});
}

bool truncateTo(const QString &path, qint64 size)
{
    QFile f(path);
    return f.resize(size);
}

struct Crafted
{
    const char *name;
    std::function<bool(const QString &path)> build;
    QList<int> accepted; // OpenError values that count as a clear refusal, or {Opens}
    bool runApp = false; // also start the real app binary on it
    const char *mentions = "The file was not changed."; // in the refusal message
};

QList<int> errors(std::initializer_list<Database::OpenError> list)
{
    QList<int> out;
    for (const Database::OpenError e : list)
        out << int(e);
    return out;
}

const QString ourId = QString::number(SchemaCheck::ApplicationId);

QList<Crafted> craftedFiles()
{
    using E = Database::OpenError;
    QList<Crafted> files = {
        {"user_version -1 with our id",
         [](const QString &p) { return makeOursWith(p, {QStringLiteral("PRAGMA user_version = -1")}); },
         errors({E::Damaged}), true},
        {"user_version -1 without an id",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("PRAGMA application_id = 0"), QStringLiteral("PRAGMA user_version = -1")});
         },
         errors({E::ForeignDatabase}), true},
        {"user_version INT_MIN",
         [](const QString &p) { return makeOursWith(p, {QStringLiteral("PRAGMA user_version = -2147483648")}); },
         errors({E::Damaged})},
        {"user_version INT_MAX with our id",
         [](const QString &p) { return makeOursWith(p, {QStringLiteral("PRAGMA user_version = 2147483647")}); },
         errors({E::NewerSchema})},
        {"user_version INT_MAX without an id",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("PRAGMA application_id = 0"), QStringLiteral("PRAGMA user_version = 2147483647")});
         },
         errors({E::ForeignDatabase})},
        {"another program's application_id on our schema",
         [](const QString &p) { return makeOursWith(p, {QStringLiteral("PRAGMA application_id = 252006674")}); },
         errors({E::ForeignDatabase}), true},
        {"our id at version 3 without our schema",
         [](const QString &p) {
             return makeForeign(p, 3, {QStringLiteral("PRAGMA application_id = ") + ourId});
         },
         errors({E::Damaged})},
        {"foreign schema in WAL mode without -wal",
         [](const QString &p) { return makeForeign(p, 2, {QStringLiteral("PRAGMA journal_mode = WAL")}); },
         errors({E::ForeignDatabase})},
        {"foreign tables named like ours",
         [](const QString &p) {
             Raw raw(p);
             return raw.exec({QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)"),
                              QStringLiteral("CREATE TABLE workspaces (id TEXT, name TEXT)"),
                              QStringLiteral("INSERT INTO workspaces VALUES ('w-1', 'x')"),
                              QStringLiteral("PRAGMA user_version = 3")});
         },
         errors({E::ForeignDatabase}), true},
        {"our schema missing the workspaces table",
         [](const QString &p) { return makeOursWith(p, {QStringLiteral("DROP TABLE workspaces")}); },
         errors({E::Damaged})},
        {"version 3 without an id missing the workspaces table",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("DROP TABLE workspaces"), QStringLiteral("PRAGMA application_id = 0"),
                                     QStringLiteral("PRAGMA user_version = 3")});
         },
         errors({E::ForeignDatabase})},
        {"a VIEW in place of the queues table",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("DROP TABLE queues"),
                                     QStringLiteral("CREATE VIEW queues AS SELECT id AS workspace_id, name, cu_quota AS cu"
                                                    " FROM workspaces")});
         },
         errors({E::Damaged}), true},
        {"a foreign trigger on workspaces",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("CREATE TRIGGER spy AFTER INSERT ON workspaces BEGIN"
                                                    " UPDATE workspaces SET cu_quota = 1 WHERE id = NEW.id; END")});
         },
         errors({E::Damaged})},
        {"the unique name constraint removed",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("PRAGMA writable_schema = ON"),
                                     QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'name TEXT NOT NULL UNIQUE',"
                                                    " 'name TEXT NOT NULL') WHERE name = 'workspaces'"),
                                     QStringLiteral("PRAGMA writable_schema = OFF")});
         },
         errors({E::Damaged, E::NotADatabase})},
        {"an extra table",
         [](const QString &p) { return makeOursWith(p, {QStringLiteral("CREATE TABLE notes (text TEXT)")}); },
         errors({E::Damaged})},
        {"garbage over page 2",
         [](const QString &p) { return makeOurs(p) && overwrite(p, 4096, QByteArray(4096, '\x5A')); },
         errors({E::Damaged, E::NotADatabase}), true},
        {"garbage over the schema page",
         [](const QString &p) { return makeOurs(p) && overwrite(p, 100, QByteArray(3996, '\xFF')); },
         errors({E::Damaged, E::NotADatabase})},
        {"truncated to half",
         [](const QString &p) { return makeOurs(p) && truncateTo(p, QFileInfo(p).size() / 2); },
         errors({E::Damaged, E::NotADatabase})},
        {"truncated inside the first page",
         [](const QString &p) { return makeOurs(p) && truncateTo(p, 1000); },
         errors({E::Damaged, E::NotADatabase})},
        {"another program's file with a hot journal", makeHotJournal, errors({E::NotADatabase}), true,
         "unfinished change"},
        {"a directory",
         [](const QString &p) { return QDir().mkdir(p); },
         errors({E::IsDirectory}), false, "is a folder"},
        {"an empty SQLite file with another program's id",
         [](const QString &p) {
             Raw raw(p);
             return raw.exec({QStringLiteral("PRAGMA application_id = 1"), QStringLiteral("CREATE TABLE t (x)"),
                              QStringLiteral("DROP TABLE t")});
         },
         errors({E::ForeignDatabase})},
        // Files that are ours and sound, however odd their values: they open and load.
        {"a zero-length file", [](const QString &p) { return QFile(p).open(QIODevice::WriteOnly); }, {Opens}},
        {"an empty SQLite file",
         [](const QString &p) {
             Raw raw(p);
             return raw.exec({QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")});
         },
         {Opens}},
        {"invalid UTF-8 in text columns",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("UPDATE workspaces SET name = CAST(X'C328FFFE' AS TEXT) || rowid"),
                                     QStringLiteral("UPDATE workspace_tags SET value = CAST(X'EDA080' AS TEXT)"),
                                     QStringLiteral("UPDATE members SET principal = CAST(X'80' AS TEXT) || principal")});
         },
         {Opens}, true},
        {"a 10 MB workspace name",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("UPDATE workspaces SET name = name || replace(hex(zeroblob(5000000)), '0', 'n')"
                                                    " WHERE rowid = (SELECT min(rowid) FROM workspaces)")});
         },
         {Opens}, true},
        {"out-of-range numbers",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("UPDATE workspaces SET cu_quota = 4611686018427387904,"
                                                    " created_at = -9223372036854775808, ready_at = -1,"
                                                    " duration_months = 9223372036854775807"),
                                     QStringLiteral("UPDATE queues SET cu = 4611686018427387904"),
                                     QStringLiteral("UPDATE job_runs SET duration_ms = 9223372036854775807,"
                                                    " submitted_at = 9223372036854775807, started_at = -5")});
         },
         {Opens}, true},
        {"text and blobs where numbers belong",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("UPDATE workspaces SET cu_quota = 'many', ready_at = 'soon',"
                                                    " created_at = X'00FF', duration_months = 'x', expires_at = 1.5e300"),
                                     QStringLiteral("UPDATE queues SET cu = 'lots'"),
                                     QStringLiteral("UPDATE orders SET amount_cents = 'free', cu_after = -1")});
         },
         {Opens}, true},
        {"unknown status values and empty names",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("UPDATE workspaces SET status = 'Exploding', region = 'cn-hangzhou',"
                                                    " name = '' WHERE rowid = (SELECT min(rowid) FROM workspaces)"),
                                     QStringLiteral("UPDATE workspaces SET status = '' WHERE rowid = (SELECT max(rowid) FROM workspaces)"),
                                     QStringLiteral("UPDATE workspace_tags SET position = -7")});
         },
         {Opens}},
        {"an auto-renewing subscription that expired in 1970",
         [](const QString &p) {
             return makeOursWith(p, {QStringLiteral("UPDATE workspaces SET billing = 'Subscription', auto_renew = 1,"
                                                    " duration_months = 1, subscribed_at = 0, expires_at = 1000")});
         },
         {Opens}, true},
        {"a legacy version 3 file without an id",
         [](const QString &p) {
             return makeOursWith(p, Fixtures::undoSchemaVersion6()
                                        + QStringList{QStringLiteral("PRAGMA application_id = 0"),
                                                      QStringLiteral("PRAGMA user_version = 3")});
         },
         {Opens}},
    };
    // Another program's schema at every version we know, one below and one above.
    for (int v = -1; v <= Database::SchemaVersion + 1; ++v) {
        static QList<QByteArray> names;
        names << QStringLiteral("foreign schema at user_version %1").arg(v).toUtf8();
        files.append(Crafted{names.last().constData(), [v](const QString &p) { return makeForeign(p, v); },
                             errors({E::ForeignDatabase}), v == 2});
    }
    return files;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QFileInfo(path).isDir() ? QByteArray("dir") : QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Every file in the folder with its hash: a refusal leaves no -wal, -shm or journal behind and
// changes none (a hot journal included).
QStringList filesIn(const QString &dir)
{
    QStringList out;
    for (const QString &name : QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name))
        out << name + QLatin1Char(' ') + QString::fromLatin1(hashOf(QDir(dir).filePath(name)).toHex());
    return out;
}

// Reads what the Spark page and a workspace's detail tabs read.
void loadEverything(Database &db)
{
    ManualClock clock;
    Services services(db, clock);
    const auto listRead = services.workspaces.list();
    const QList<Workspace> list = listRead.ok() ? listRead.value() : QList<Workspace>();
    const auto page = WorkspaceListLoader::load(db, nullptr, 50);
    Q_UNUSED(page);
    (void)services.account.identities();
    (void)services.billing.orders();
    int n = 0;
    for (const Workspace &w : list) {
        if (++n > 3)
            break;
        (void)services.workspaces.find(w.id);
        (void)services.workspaces.findByName(w.name);
        (void)services.members.list(w.id);
        (void)services.queues.list(w.id);
        (void)services.queues.allocatedCu(w.id);
        (void)services.jobs.jobs(w.id);
        (void)services.jobs.runs(w.id);
        (void)services.jobs.activeRuns(w.id);
        (void)services.workspaceCatalogs.list(w.id);
        (void)services.billing.orders(w.id);
        (void)services.deletion.preview(w.id);
    }
}

} // namespace

class tst_CraftedFiles : public QObject
{
    Q_OBJECT

    static constexpr int AppSurvivesMs = 2500;
    QTemporaryDir m_home;

    // The real app binary on path, offscreen, with the user's settings kept out.
    std::unique_ptr<QProcess> startApp(const QString &path, const QList<QPair<QString, QString>> &extraEnv = {})
    {
        auto app = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WC_NO_ERROR_DIALOG"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        for (const auto &[name, value] : extraEnv)
            env.insert(name, value);
        app->setProcessEnvironment(env);
        app->start(QStringLiteral(WC_APP_PATH), {QStringLiteral("--database"), path, QStringLiteral("--lang"), QStringLiteral("en")});
        return app;
    }

private slots:
    void init()
    {
        // A refusal must not leave connections behind.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    }

    void refusedUntouchedOrOpened_data()
    {
        QTest::addColumn<int>("index");
        const QList<Crafted> files = craftedFiles();
        for (int i = 0; i < files.size(); ++i)
            QTest::newRow(files.at(i).name) << i;
    }
    void refusedUntouchedOrOpened()
    {
        QFETCH(int, index);
        const Crafted crafted = craftedFiles().at(index);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crafted.sqlite3"));
        QVERIFY2(crafted.build(path), "could not build the file");
        const QByteArray before = hashOf(path);
        const QStringList filesBefore = filesIn(dir.path());

        auto r = Database::open(path);
        if (crafted.accepted == QList<int>{Opens}) {
            QVERIFY2(r.ok(), qPrintable(r.message));
            loadEverything(*r.db);
            r.db.reset();
            if (crafted.runApp) {
                // The whole app starts on it (start-up catch-up, list, first paint) and keeps running.
                auto app = startApp(path);
                QVERIFY2(app->waitForStarted(20000), qPrintable(app->errorString()));
                const bool exited = app->waitForFinished(AppSurvivesMs);
                const QString err = QString::fromUtf8(app->readAllStandardError());
                if (!exited) {
                    app->kill();
                    app->waitForFinished();
                }
                QVERIFY2(!exited, qPrintable(QStringLiteral("the app exited (%1, code %2): %3")
                                                 .arg(app->exitStatus() == QProcess::CrashExit ? QStringLiteral("crash") : QStringLiteral("normal"))
                                                 .arg(app->exitCode())
                                                 .arg(err.left(2000))));
            }
            return;
        }
        QVERIFY2(!r.ok(), "a broken or foreign file was accepted");
        QVERIFY2(crafted.accepted.contains(int(r.error)), qPrintable(r.message));
        QVERIFY(r.message.contains(QDir::toNativeSeparators(path)));
        if (r.error != Database::OpenError::IsDirectory)
            QVERIFY2(r.message.contains(QLatin1String("The file was not changed.")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String(crafted.mentions)), qPrintable(r.message));
        QVERIFY2(!r.message.contains(QLatin1String("Unable to fetch row")), qPrintable(r.message));
        QCOMPARE(hashOf(path), before);
        QCOMPARE(filesIn(dir.path()), filesBefore); // no -wal, -shm or journal left behind

        if (!crafted.runApp)
            return;
        auto app = startApp(path);
        if (!app->waitForFinished(20000)) {
            app->kill();
            app->waitForFinished();
            QFAIL("the app did not exit");
        }
        QCOMPARE(app->exitStatus(), QProcess::NormalExit);
        QCOMPARE(app->exitCode(), 2);
        const QString err = QString::fromUtf8(app->readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("The file was not changed.")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("Parameter count mismatch")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("still in use")), qPrintable(err));
        QCOMPARE(hashOf(path), before);
        QCOMPARE(filesIn(dir.path()), filesBefore);
    }

    // A clean close lets the next open skip reading every page, but only while the file's bytes
    // are the ones checked: garbage written over a page right after the close (within the same
    // file-system clock tick, where the modification time could look unchanged) is still found.
    void damageRightAfterACleanCloseIsStillFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("closed.sqlite3"));
        Database::Options options;
        options.cleanCloseRecords = dir.filePath(QStringLiteral("clean-closes.ini"));
        {
            ManualClock clock;
            auto r = Database::open(path, options);
            QVERIFY2(r.ok() && DemoSeeder::seed(*r.db, clock).ok(), qPrintable(r.message));
        }
        {
            auto r = Database::open(path, options);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QVERIFY2(!r.db->pagesCheckedAtOpen(), "the clean close was not recorded");
        }
        QVERIFY(overwrite(path, 4096, QByteArray(4096, '\x5A')));
        const QByteArray before = hashOf(path);
        auto r = Database::open(path, options);
        QVERIFY2(!r.ok(), "a file damaged after its clean close was opened");
        QVERIFY2(r.error == Database::OpenError::Damaged || r.error == Database::OpenError::NotADatabase,
                 qPrintable(r.message));
        QCOMPARE(hashOf(path), before);
    }

    // The app closes its database cleanly when it quits (the benchmark's probe quits it the way
    // File > Quit does), so its next start skips reading every page.
    void theAppRecordsItsCleanCloseWhenItQuits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quit.sqlite3"));
        QVERIFY(makeOurs(path));
        auto app = startApp(path, {{QStringLiteral("WC_BENCH_FIRST_FRAME"), QStringLiteral("1")}});
        QVERIFY2(app->waitForFinished(60000), "the app did not quit");
        QCOMPARE(app->exitStatus(), QProcess::NormalExit);
        QCOMPARE(app->exitCode(), 0);
        Database::Options options;
        options.cleanCloseRecords = m_home.filePath(QStringLiteral("data/WorkspaceConsole/Workspace Console/clean-closes.ini"));
        auto r = Database::open(path, options);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY2(!r.db->pagesCheckedAtOpen(), "the app's close was not recorded");
    }

    // Every file a refusal leaves untouched opens again once repaired by its owner: refusing
    // is not a side effect of a lock or handle the check kept.
    void refusalKeepsNoHandle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite3"));
        QVERIFY(makeOursWith(path, {QStringLiteral("CREATE TRIGGER spy AFTER INSERT ON meta BEGIN SELECT 1; END")}));
        QVERIFY(!Database::open(path).ok());
        {
            Raw raw(path);
            QVERIFY(raw.exec({QStringLiteral("DROP TRIGGER spy")}));
        }
        auto r = Database::open(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(tst_CraftedFiles)
#include "tst_craftedfiles.moc"
