#include "models/Database.h"

#include "models/DatabaseCleanClose.h"
#include "models/SchemaCheck.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

#include "models/SqliteApi.h"

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// Every schema step, in order; step i moves user_version from i to i+1. Never edit a released
// step: add a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE account (id INTEGER PRIMARY KEY CHECK (id = 1), uid TEXT NOT NULL,"
                           " real_name_verified INTEGER NOT NULL, oss_activated INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE regions (id TEXT PRIMARY KEY, dlf_activated INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE ram_users (name TEXT PRIMARY KEY, spark_admin INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE ram_user_policies (user_name TEXT NOT NULL REFERENCES ram_users(name)"
                           " ON DELETE CASCADE, policy TEXT NOT NULL, PRIMARY KEY (user_name, policy))"),
            QStringLiteral("CREATE TABLE ram_roles (name TEXT PRIMARY KEY, trusted_service TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE buckets (name TEXT PRIMARY KEY, region TEXT NOT NULL REFERENCES regions(id),"
                           " hdfs_enabled INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE catalogs (region TEXT NOT NULL REFERENCES regions(id), catalog_id TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL, PRIMARY KEY (region, catalog_id))"),
            QStringLiteral("CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                           " region TEXT NOT NULL REFERENCES regions(id),"
                           " billing TEXT NOT NULL CHECK (billing IN ('Subscription', 'PayAsYouGo')),"
                           " cu_quota INTEGER NOT NULL CHECK (cu_quota > 0), directory TEXT NOT NULL,"
                           " catalog_id TEXT NOT NULL, execution_role TEXT NOT NULL,"
                           " status TEXT NOT NULL, ready_at INTEGER NOT NULL, created_at INTEGER NOT NULL,"
                           " created_by TEXT NOT NULL, duration_months INTEGER NOT NULL DEFAULT 0,"
                           " auto_renew INTEGER NOT NULL DEFAULT 0, subscribed_at INTEGER NOT NULL DEFAULT 0,"
                           " expires_at INTEGER NOT NULL DEFAULT 0,"
                           " FOREIGN KEY (region, catalog_id) REFERENCES catalogs(region, catalog_id))"),
            QStringLiteral("CREATE INDEX workspaces_starting ON workspaces(status) WHERE status = 'Starting'"),
            QStringLiteral("CREATE TABLE workspace_tags (workspace_id TEXT NOT NULL REFERENCES workspaces(id)"
                           " ON DELETE CASCADE, position INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                           " PRIMARY KEY (workspace_id, key))"),
            QStringLiteral("CREATE INDEX workspace_tags_key ON workspace_tags(key, value)"),
            QStringLiteral("CREATE TABLE workspace_catalogs (workspace_id TEXT NOT NULL REFERENCES workspaces(id)"
                           " ON DELETE CASCADE, catalog_id TEXT NOT NULL, is_default INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (workspace_id, catalog_id))"),
            QStringLiteral("CREATE TABLE members (workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
                           " principal TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('Owner', 'DataEngineering', 'DataScience', 'Guest')),"
                           " PRIMARY KEY (workspace_id, principal))"),
            QStringLiteral("CREATE TABLE queues (workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL, cu INTEGER NOT NULL CHECK (cu >= 0), PRIMARY KEY (workspace_id, name))"),
            QStringLiteral("CREATE TABLE jobs (id INTEGER PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id)"
                           " ON DELETE CASCADE, name TEXT NOT NULL,"
                           " code_type TEXT NOT NULL CHECK (code_type IN ('SQL', 'PYTHON', 'JAR')),"
                           " script TEXT NOT NULL, created_at INTEGER NOT NULL, UNIQUE (workspace_id, name))"),
            QStringLiteral("CREATE TABLE job_runs (id TEXT PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id)"
                           " ON DELETE CASCADE, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
                           " queue TEXT NOT NULL, cu INTEGER NOT NULL CHECK (cu > 0),"
                           " state TEXT NOT NULL CHECK (state IN ('Submitted', 'Pending', 'Running', 'Success',"
                           " 'Failed', 'Cancelling', 'Cancelled')),"
                           " outcome TEXT NOT NULL CHECK (outcome IN ('Success', 'Failed')), duration_ms INTEGER NOT NULL,"
                           " submitted_at INTEGER NOT NULL, started_at INTEGER NOT NULL DEFAULT 0,"
                           " ended_at INTEGER NOT NULL DEFAULT 0, state_changed_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX job_runs_workspace_state ON job_runs(workspace_id, state)"),
            // Orders outlive their workspace (billing history), so no foreign key to workspaces.
            QStringLiteral("CREATE TABLE orders (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
                           " workspace_name TEXT NOT NULL,"
                           " type TEXT NOT NULL CHECK (type IN ('New', 'Upgrade', 'Downgrade', 'Refund')),"
                           " cu_before INTEGER NOT NULL, cu_after INTEGER NOT NULL, amount_cents INTEGER NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX orders_workspace ON orders(workspace_id)"),
        },
        {
            // The list pages through workspaces in creation order (WorkspaceListLoader).
            QStringLiteral("CREATE INDEX workspaces_created ON workspaces(created_at, id)"),
        },
        {
            // Auto-renew records a Renewal order (spec §3: renews by one month). SQLite cannot
            // change a CHECK constraint, so the table is rebuilt with its rows.
            QStringLiteral("CREATE TABLE orders_v3 (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
                           " workspace_name TEXT NOT NULL,"
                           " type TEXT NOT NULL CHECK (type IN ('New', 'Upgrade', 'Downgrade', 'Refund', 'Renewal')),"
                           " cu_before INTEGER NOT NULL, cu_after INTEGER NOT NULL, amount_cents INTEGER NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO orders_v3 (rowid, id, workspace_id, workspace_name, type, cu_before, cu_after,"
                           " amount_cents, created_at) SELECT rowid, id, workspace_id, workspace_name, type, cu_before,"
                           " cu_after, amount_cents, created_at FROM orders"),
            QStringLiteral("DROP TABLE orders"),
            QStringLiteral("ALTER TABLE orders_v3 RENAME TO orders"),
            QStringLiteral("CREATE INDEX orders_workspace ON orders(workspace_id)"),
            // The once-a-second renewal check reads only auto-renewing subscriptions.
            QStringLiteral("CREATE INDEX workspaces_auto_renew ON workspaces(expires_at) WHERE auto_renew = 1"),
        },
        {
            // Marks the file as ours, so open() tells it from another program's database by
            // more than its tables (SchemaCheck).
            QStringLiteral("PRAGMA application_id = %1").arg(SchemaCheck::ApplicationId),
        },
        {
            // The account owner is an administrator of every workspace (issue 9, finding 6):
            // workspaces a RAM user created before this rule get the owner's member row, and an
            // owner's row with another role becomes an administrator's.
            QStringLiteral("INSERT OR IGNORE INTO members (workspace_id, principal, role)"
                           " SELECT w.id, a.uid, 'Owner' FROM workspaces w JOIN account a ON a.id = 1"),
            QStringLiteral("UPDATE members SET role = 'Owner'"
                           " WHERE principal IN (SELECT uid FROM account WHERE id = 1) AND role <> 'Owner'"),
        },
        {
            // Issue 10: the auto-renew period is chosen after creation (existing rows keep the one
            // month they renewed by), and a released subscription leaves a Release order. SQLite
            // cannot change a CHECK constraint, so the orders table is rebuilt with its rows.
            QStringLiteral("ALTER TABLE workspaces ADD COLUMN auto_renew_months INTEGER NOT NULL DEFAULT 1"
                           " CHECK (auto_renew_months IN (1, 2, 3, 6, 12))"),
            QStringLiteral("CREATE TABLE orders_v6 (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
                           " workspace_name TEXT NOT NULL,"
                           " type TEXT NOT NULL CHECK (type IN ('New', 'Upgrade', 'Downgrade', 'Refund', 'Renewal',"
                           " 'Release')),"
                           " cu_before INTEGER NOT NULL, cu_after INTEGER NOT NULL, amount_cents INTEGER NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO orders_v6 (rowid, id, workspace_id, workspace_name, type, cu_before, cu_after,"
                           " amount_cents, created_at) SELECT rowid, id, workspace_id, workspace_name, type, cu_before,"
                           " cu_after, amount_cents, created_at FROM orders"),
            QStringLiteral("DROP TABLE orders"),
            QStringLiteral("ALTER TABLE orders_v6 RENAME TO orders"),
            QStringLiteral("CREATE INDEX orders_workspace ON orders(workspace_id)"),
        },
        {
            // The scheduler asks after every change when the next subscription expires or is
            // released (issue 10): a lookup, not a scan of a list of 1,000,000 workspaces.
            QStringLiteral("CREATE INDEX workspaces_billing_expiry ON workspaces(billing, expires_at)"),
        },
        {
            // The scheduler asks at every start and after every change which workspaces have
            // active runs: a lookup of the active states, not a walk over every run ever made
            // (job_runs_workspace_state leads with the workspace).
            QStringLiteral("CREATE INDEX job_runs_state ON job_runs(state, workspace_id)"),
        },
    };
    return steps;
}

// SchemaCheck::migrationsDigest and schemaDigest of the steps above at SchemaVersion, made by
// this SQLite; another SQLite that spells the schema differently only takes the longer way.
constexpr char CurrentMigrationsDigest[] = "2eb45df8aaefd070d2e605ae0298b7a50708b37c5e0310d3f7d3675ede530030";
constexpr char CurrentSchemaDigest[] = "c1adb33733fc9717f94621d84cff35ea303545c83634d5f7538d3129bb7d58eb";

// Files (canonical paths) whose pages an open Database of this process knows sound, with how
// many such Databases are open. The list's background loader opens the file again while the
// window's connection is open; its pages were read once already. Once the last of them closes,
// the file is judged again at the next open (by its clean-close record, or every page).
QMutex s_soundMutex;
QHash<QString, int> s_soundOpen;

bool soundWhileOpenHere(const QString &canonicalPath)
{
    QMutexLocker lock(&s_soundMutex);
    return s_soundOpen.contains(canonicalPath);
}

void holdSound(const QString &canonicalPath)
{
    QMutexLocker lock(&s_soundMutex);
    ++s_soundOpen[canonicalPath];
}

// Returns how many Databases of this process still hold the file.
int releaseSound(const QString &canonicalPath)
{
    QMutexLocker lock(&s_soundMutex);
    const auto it = s_soundOpen.find(canonicalPath);
    if (it == s_soundOpen.end())
        return 0;
    if (--it.value() > 0)
        return it.value();
    s_soundOpen.erase(it);
    return 0;
}

bool isLockError(const QSqlError &e)
{
    const QString t = e.databaseText().toLower() + e.driverText().toLower();
    return e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6")
        || t.contains(QLatin1String("locked")) || t.contains(QLatin1String("busy"));
}

// A rollback journal whose header says the database had 0 pages when the write began.
// Header: 8-byte magic, record count, nonce, initial database size in pages (big-endian).
bool hotJournalOfEmptyFile(const QString &journalPath)
{
    QFile journal(journalPath);
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = journal.read(20);
    static const QByteArray magic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    if (h.size() < 20 || !h.startsWith(magic))
        return false;
    const auto byte = [&](int i) { return quint32(quint8(h.at(i))); };
    const quint32 initialPages = byte(16) << 24 | byte(17) << 16 | byte(18) << 8 | byte(19);
    return initialPages == 0;
}

} // namespace

Database::OpenResult Database::fail(OpenError error, QString message)
{
    OpenResult r;
    r.error = error;
    r.message = std::move(message);
    return r;
}

Database::Precheck Database::precheck(const QString &path, const Options &options)
{
    using Problem = Precheck::Problem;
    Precheck c;
    c.path = path;
    c.options = options;
    const auto problem = [&c](Problem p, const QString &detail = {}) {
        c.problem = p;
        c.detail = detail;
        return c;
    };
    QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty while the file does not exist

    // A file whose first write died before its COMMIT (a process killed while creating it) holds
    // nothing of anyone: SQLite's rollback returns it to empty, and it is prepared as a new file.
    const bool interruptedFirstWrite = info.isFile() && hotJournalOfEmptyFile(path + QStringLiteral("-journal"));
    if (info.exists()) {
        if (info.isDir())
            return problem(Problem::IsDirectory);
        // Never opened and closed behind SQLite's back while this process has it open: closing
        // any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
        // included, and another instance could then checkpoint and delete the WAL this process
        // still uses (tst_database). Its header was checked when it was first opened.
        if (!soundWhileOpenHere(canonical)) {
            QFile probe(path);
            if (!probe.open(QIODevice::ReadOnly))
                return problem(Problem::CannotRead, probe.errorString());
            // Check the header ourselves before SQLite sees the file, so a file that is not a
            // database is never modified, not even by a journal.
            const QByteArray header = probe.read(16);
            if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16) && !interruptedFirstWrite)
                return problem(Problem::NotSqlite);
        }
        if (!info.isWritable())
            return problem(Problem::NotWritable);
    } else {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() || !dir.isDir())
            return problem(Problem::FolderMissing);
        if (!dir.isWritable())
            return problem(Problem::FolderNotWritable);
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return problem(Problem::CannotCreate, file.errorString());
        // Owner-only: the database holds account data. SQLite gives -wal/-shm the same mode.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
        c.created = true;
    }

    // An existing file is judged through a read-only connection before anything may write to it
    // (a zero-length file is an empty database and has nothing to judge).
    if (!c.created && info.size() > 0 && !interruptedFirstWrite) {
        // Every page is read (about 2 s at 1,000,000 workspaces) unless they are known to be the
        // ones checked before: another open Database of this process checked them, or the file
        // is in exactly the state a clean close recorded (DatabaseCleanClose). The schema,
        // application_id and user_version are checked in every case; they cost little.
        c.pagesChecked = !soundWhileOpenHere(canonical)
            && !DatabaseCleanClose::unchangedSinceCleanClose(options.cleanCloseRecords, canonical, path);
        c.inspected = SchemaCheck::inspect(path, options.busyTimeoutMs, migrations(), c.pagesChecked, currentSchema());
        if (c.inspected.verdict != SchemaCheck::Verdict::Sound)
            return problem(Problem::Schema);
        c.version = c.inspected.version;
    }
    return c;
}

Database::OpenResult Database::open(const Precheck &checked)
{
    using Problem = Precheck::Problem;
    const QString &path = checked.path;
    const Options &options = checked.options;
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    const QString lockedMessage =
        tr("%1 is locked by another program. Close it and try again. The file was not changed.").arg(nativePath);

    switch (checked.problem) {
    case Problem::None:
        break;
    case Problem::IsDirectory:
        return fail(OpenError::IsDirectory, tr("%1 is a folder, not a database file. Choose a file path.").arg(nativePath));
    case Problem::CannotRead:
        return fail(OpenError::NotWritable, tr("%1 cannot be read: %2").arg(nativePath, checked.detail));
    case Problem::NotSqlite:
        return fail(OpenError::NotADatabase,
                    tr("%1 is not a Workspace Console database (it is not an SQLite file). "
                       "The file was not changed.").arg(nativePath));
    case Problem::NotWritable:
        return fail(OpenError::NotWritable,
                    tr("%1 cannot be written. Check its permissions. The file was not changed.").arg(nativePath));
    case Problem::FolderMissing:
        return fail(OpenError::FolderMissing,
                    tr("The folder %1 does not exist. Create it first or choose another location.").arg(folder));
    case Problem::FolderNotWritable:
        return fail(OpenError::NotWritable, tr("The folder %1 cannot be written. Choose another location.").arg(folder));
    case Problem::CannotCreate:
        return fail(OpenError::NotWritable, tr("%1 cannot be created: %2").arg(nativePath, checked.detail));
    case Problem::Schema:
        switch (checked.inspected.verdict) {
        case SchemaCheck::Verdict::Sound:
            break;
        case SchemaCheck::Verdict::Locked:
            return fail(OpenError::Locked, lockedMessage);
        case SchemaCheck::Verdict::Unreadable:
            // Rolling back another program's interrupted write would change its file.
            if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
                return fail(OpenError::NotADatabase,
                            tr("%1 holds an unfinished change of a program that stopped while writing it (%2). "
                               "Open it with that program first, or restore a backup. The file was not changed.")
                                .arg(nativePath, QDir::toNativeSeparators(path + QStringLiteral("-journal"))));
            return fail(OpenError::NotADatabase,
                        tr("%1 is not a Workspace Console database (%2). The file was not changed.")
                            .arg(nativePath, checked.inspected.detail));
        case SchemaCheck::Verdict::Foreign:
            return fail(OpenError::ForeignDatabase,
                        tr("%1 is an SQLite database of another program, not of Workspace Console. "
                           "The file was not changed.").arg(nativePath));
        case SchemaCheck::Verdict::Newer:
            return fail(OpenError::NewerSchema,
                        tr("%1 was written by a newer version of Workspace Console (schema %2; this version "
                           "understands up to %3). Update the app. The file was not changed.")
                            .arg(nativePath)
                            .arg(checked.inspected.version)
                            .arg(SchemaVersion));
        case SchemaCheck::Verdict::Damaged:
            return fail(OpenError::Damaged,
                        tr("%1 is a Workspace Console database that is damaged or was changed by another program "
                           "(%2). Restore it from a backup or choose another file. The file was not changed.")
                            .arg(nativePath, checked.inspected.detail));
        }
        break;
    }
    const bool created = checked.created;
    const int version = checked.version;
    const bool pagesChecked = checked.pagesChecked;

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_created = created;
    db->m_connectionName = QStringLiteral("wc-%1").arg(++s_connectionCounter);

    auto cleanup = [&](OpenError error, const QString &message) {
        db.reset(); // closes and removes the connection
        if (created) {
            // Ours and empty: nothing of the user's is lost.
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return fail(error, message);
    };

    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!c.open()) {
            const QString text = c.lastError().text();
            c = QSqlDatabase();
            return cleanup(OpenError::Io, tr("%1 cannot be opened: %2").arg(nativePath, text));
        }
    }

    QString error;
    bool ready = false;
    {
        QSqlQuery q(db->connection());
        // WAL lets a second app instance read while the first writes, and is set before the
        // first migration so a crash while creating leaves nothing a read-only check would have
        // to roll back. Switching needs the write lock; when another instance holds it the file
        // is already in WAL mode, so a busy answer here is harmless.
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            db->m_walMode = q.next() && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
            q.finish();
        }
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            error = q.lastError().text();
        else
            ready = version == SchemaVersion || db->migrate(version, &error);
    }
    if (!ready) {
        const bool locked = error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy"));
        return cleanup(locked ? OpenError::Locked : OpenError::Io,
                       locked ? lockedMessage : tr("%1 could not be prepared: %2").arg(nativePath, error));
    }
    // Sound from here on: checked now, known from before, or new (a new file, an empty one, or
    // one whose only write never committed, which SQLite rolled back to empty).
    db->m_canonicalPath = QFileInfo(path).canonicalFilePath();
    db->m_cleanCloseRecords = options.cleanCloseRecords;
    db->m_pagesCheckedAtOpen = pagesChecked;
    if (!db->m_canonicalPath.isEmpty())
        holdSound(db->m_canonicalPath);
    return OpenResult{std::move(db), OpenError::None, {}};
}

const QList<QStringList> &Database::migrationSteps()
{
    return migrations();
}

SchemaCheck::KnownSchema Database::currentSchema()
{
    static const SchemaCheck::KnownSchema known{SchemaVersion, QByteArray::fromHex(CurrentMigrationsDigest),
                                                QByteArray::fromHex(CurrentSchemaDigest)};
    return known;
}

QString Database::defaultCleanCloseRecords()
{
    return DatabaseCleanClose::defaultRecordsFile();
}

bool Database::migrate(int fromVersion, QString *error)
{
    QSqlDatabase c = connection();
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    // Another instance may have migrated the file since it was checked.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const int current = q.value(0).toInt();
    q.finish();
    if (current == SchemaVersion) {
        q.exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    if (current != fromVersion) {
        *error = QStringLiteral("user_version changed from %1 to %2 while opening").arg(fromVersion).arg(current);
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const auto &steps = migrations();
    for (int v = fromVersion; v < SchemaVersion; ++v) {
        for (const QString &sql : steps.at(v)) {
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) || !q.exec(QStringLiteral("COMMIT"))) {
        *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

Database::~Database()
{
    {
        QSqlDatabase c = connection();
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_canonicalPath.isEmpty())
        return; // never opened, or refused: nothing to record
    // Only the last connection of this process records; recordIfClosedCleanly() also tells
    // whether another process still has the file open. Without WAL mode nothing tells that.
    if (releaseSound(m_canonicalPath) == 0 && m_walMode)
        DatabaseCleanClose::recordIfClosedCleanly(m_cleanCloseRecords, m_canonicalPath, m_path);
}

namespace {

QString busyMessage()
{
    return Database::tr("The database is busy (another Workspace Console may be saving). Try again.");
}

// The database's own short text ("disk I/O error", "no such table: x"), never Qt's wrapper
// ("Unable to fetch row").
QString shortDetail(const QSqlError &e)
{
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.driverText().trimmed() : text;
}

sqlite3 *sqliteHandle(const QSqlDriver *driver)
{
    // No handle without the functions to use it with.
    if (!driver || !SqliteApi::get())
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

sqlite3 *Database::nativeHandle() const
{
    return sqliteHandle(connection().driver());
}

namespace {

// Installed on the connection while Database::write() runs a body: SQLite ends the transaction
// by itself after some errors (an I/O error during a read rolls it back), and every later
// statement of the body would then run and commit on its own. Refusing every commit but
// write()'s own makes such statements fail instead (a commit hook's refusal is a rollback).
int refuseStrayCommit(void *arg)
{
    const auto *guard = static_cast<const Database::WriteGuard *>(arg);
    return guard->inBody && !guard->committing ? 1 : 0;
}

void noteRollback(void *arg)
{
    auto *guard = static_cast<Database::WriteGuard *>(arg);
    if (guard->inBody && !guard->committing)
        guard->rolledBack = true;
}

} // namespace

Status Database::storageError(const QString &detail)
{
    return Status::failure(Field::General,
                           tr("The change was not saved. Try again; if this keeps happening, check the disk and "
                              "the database file. (%1)").arg(detail),
                           ErrorCode::Storage);
}

Status Database::storageError(const QString &operation, const QSqlError &error)
{
    if (isLockError(error))
        return Status::failure(Field::General, operation + QLatin1Char(' ') + busyMessage(), ErrorCode::Storage);
    // Damage (SQLITE_CORRUPT, SQLITE_NOTADB) or a failing disk (SQLITE_IOERR) seen while working:
    // the pages are no longer known sound, so no clean close is recorded in this process.
    bool numeric = false;
    const int primary = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric && (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR))
        DatabaseCleanClose::noteDamageSeen();
    return Status::failure(Field::General,
                           tr("%1 Try again; if this keeps happening, check the disk and the database file. (%2)")
                               .arg(operation, shortDetail(error)),
                           ErrorCode::Storage);
}

QString Database::changeNotSaved()
{
    return tr("The change was not saved.");
}

Status Database::exec(QSqlQuery &q)
{
    return exec(q, changeNotSaved());
}

Status Database::exec(QSqlQuery &q, const QString &operation)
{
    if (q.exec())
        return {};
    return storageError(operation, q.lastError());
}

Status Database::exec(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &operation)
{
    if (!q.prepare(sql))
        return storageError(operation, q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q, operation);
}

Status Database::fetched(const QSqlQuery &q, const QString &operation)
{
    // QSqlQuery::next() answers false both at the end and when a step failed; only the error
    // tells them apart.
    if (q.lastError().isValid())
        return storageError(operation, q.lastError());
    return {};
}

Result<bool> Database::next(QSqlQuery &q, const QString &operation)
{
    if (q.next())
        return true;
    if (Status s = fetched(q, operation); !s.ok())
        return s;
    return false;
}

int Database::extendedErrorCode(const QSqlQuery &q)
{
    sqlite3 *h = sqliteHandle(q.driver());
    return h ? sqlite().extended_errcode(h) : 0;
}

static_assert(Database::UniqueViolation == SQLITE_CONSTRAINT_UNIQUE);
static_assert(Database::PrimaryKeyViolation == SQLITE_CONSTRAINT_PRIMARYKEY);

Status Database::execInsert(QSqlQuery &q, bool *duplicate)
{
    *duplicate = false;
    if (q.exec())
        return {};
    // Read at once: the next statement on the connection replaces it.
    *duplicate = extendedErrorCode(q) == UniqueViolation;
    return storageError(changeNotSaved(), q.lastError());
}

Status Database::write(const std::function<Status()> &body)
{
    // Inside another operation's write(): one transaction for the whole user operation.
    if (m_guard.inBody)
        return body();

    m_pendingChanges.clear();
    m_inWrite = true;
    const Status result = writeTransaction(body);
    m_inWrite = false;
    ChangeList changes = std::exchange(m_pendingChanges, {});
    // Announced only once they are durable: a rolled-back write changed nothing to announce.
    if (result.ok() && !changes.isEmpty() && m_changeListener)
        m_changeListener(changes);
    return result;
}

void Database::noteChange(Change::Kind kind, const QString &workspaceId)
{
    if (m_inWrite)
        m_pendingChanges.append({kind, workspaceId});
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Status Database::writeTransaction(const std::function<Status()> &body)
{
    QSqlDatabase c = connection();
    sqlite3 *h = sqliteHandle(c.driver());
    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return storageError(changeNotSaved(), q.lastError());
    }
    if (h) {
        sqlite().commit_hook(h, refuseStrayCommit, &m_guard);
        sqlite().rollback_hook(h, noteRollback, &m_guard);
    }
    m_guard.inBody = true;
    m_guard.committing = false;
    m_guard.rolledBack = false;
    Status result = body();
    m_guard.inBody = false;

    const bool transactionGone = h ? sqlite().get_autocommit(h) != 0 || m_guard.rolledBack : false;
    if (transactionGone) {
        // Whatever body() said, nothing of it is saved: SQLite rolled back and the commit hook
        // refused every later change.
        if (!result.has(ErrorCode::Storage))
            result = storageError(tr("The database ended the operation early (a read or write failed)."));
        if (h && sqlite().get_autocommit(h) == 0) {
            QSqlQuery end(c);
            if (!end.exec(QStringLiteral("ROLLBACK")))
                return storageError(changeNotSaved(), end.lastError());
        }
        return result;
    }
    QSqlQuery end(c);
    if (!result.ok()) {
        if (!end.exec(QStringLiteral("ROLLBACK")) && h && sqlite().get_autocommit(h) == 0)
            return storageError(changeNotSaved(), end.lastError());
        return result;
    }
    m_guard.inBody = true;
    m_guard.committing = true;
    const bool committed = end.exec(QStringLiteral("COMMIT"));
    m_guard.inBody = false;
    m_guard.committing = false;
    if (committed && (!h || sqlite().get_autocommit(h) != 0))
        return result;
    // The COMMIT failed: what counts is whether the transaction is still open (then roll it
    // back) or SQLite already rolled it back. Either way nothing was saved.
    const QSqlError error = end.lastError();
    if (h && sqlite().get_autocommit(h) == 0) {
        QSqlQuery rollback(c);
        if (!rollback.exec(QStringLiteral("ROLLBACK")))
            qWarning("Database::write: ROLLBACK after a failed COMMIT failed too");
    }
    return storageError(changeNotSaved(), error);
}

QString Database::randomHex(int digits)
{
    static const char hex[] = "0123456789abcdef";
    QString s;
    s.reserve(digits);
    for (int i = 0; i < digits; ++i)
        s += QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return s;
}

QString Database::randomDigits(int digits)
{
    QString s;
    s.reserve(digits);
    for (int i = 0; i < digits; ++i)
        s += QLatin1Char(char('0' + QRandomGenerator::global()->bounded(10)));
    return s;
}
