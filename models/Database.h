#pragma once

#include "models/Change.h"
#include "models/Result.h"
#include "models/SchemaCheck.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>

struct sqlite3;

class QSqlError;
class QSqlQuery;

// One SQLite connection (QSQLITE) with the project's storage rules: WAL, foreign keys on, a busy
// timeout, owner-only file permissions, PRAGMA user_version migrations, and refusal to touch a
// file that is not ours and sound (not SQLite, another program's database, a newer schema, a
// schema we did not write, damaged pages): such a file is judged read-only and left
// byte-for-byte as it was (SchemaCheck).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenError { None, FolderMissing, NotWritable, IsDirectory, NotADatabase, ForeignDatabase, NewerSchema, Damaged, Locked, Io };

    // AppDataLocation/clean-closes.ini (QStandardPaths, so XDG_DATA_HOME moves it).
    static QString defaultCleanCloseRecords();

    struct Options
    {
        int busyTimeoutMs = 5000;
        // Where the "checked and closed cleanly" records live (DatabaseCleanClose): an existing
        // file in exactly the state a clean close recorded skips PRAGMA quick_check. Empty: no
        // records are read or written, and every first open in a process checks every page.
        QString cleanCloseRecords = defaultCleanCloseRecords();
    };

    struct OpenResult
    {
        std::unique_ptr<Database> db;
        OpenError error = OpenError::None;
        QString message; // translated, names the file and what to do
        bool ok() const { return db != nullptr; }
    };

    static constexpr int SchemaVersion = 8;
    // Every migration step; step i moves user_version from i to i+1.
    static const QList<QStringList> &migrationSteps();
    // The schema the steps leave at SchemaVersion, by its digests: opening a current file then
    // compares the file's schema with it instead of running every step in an in-memory database
    // (about 4 ms of every start). tst_database fails when a step changes and this does not.
    static SchemaCheck::KnownSchema currentSchema();

    // What open() learns of the file before any connection may write to it: the file's own
    // checks (folder, permissions, SQLite header, an interrupted first write) and SchemaCheck.
    // It needs neither QtSql nor a QCoreApplication, and says nothing in words yet (translators
    // may not be installed), so the app makes it on a second core while QApplication is made.
    struct Precheck
    {
        enum class Problem { None, IsDirectory, CannotRead, NotSqlite, NotWritable, FolderMissing, FolderNotWritable,
                             CannotCreate, Schema };
        QString path;
        Options options;
        Problem problem = Problem::None;
        QString detail; // the system's reason for CannotRead and CannotCreate
        SchemaCheck::Result inspected;
        bool created = false;       // the file did not exist and was made now (empty)
        bool pagesChecked = false;  // SchemaCheck read every page
        int version = 0;            // user_version of a sound existing file
    };
    static Precheck precheck(const QString &path, const Options &options);

    static OpenResult open(const QString &path, const Options &options) { return open(precheck(path, options)); }
    static OpenResult open(const QString &path) { return open(path, Options{}); }
    // Opens the file a precheck judged (made on any thread, at most moments ago).
    static OpenResult open(const Precheck &checked);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The connection's SQLite handle, for reads QtSql would make a QVariant a value of (the
    // workspace list's 1,000,000 rows); nullptr when the driver is not SQLite.
    sqlite3 *nativeHandle() const;
    QString path() const { return m_path; }
    bool createdNow() const { return m_created; }
    // Whether this open read every page (PRAGMA quick_check). False for a new or empty file, a
    // file another open Database of this process checked, and a file unchanged since a clean
    // close recorded it.
    bool pagesCheckedAtOpen() const { return m_pagesCheckedAtOpen; }

    // Runs body inside BEGIN IMMEDIATE ... COMMIT: one transaction per user operation. The write
    // lock is taken up front so two app instances never deadlock upgrading a read lock. The
    // operation either commits completely and returns body's result, or changes nothing and
    // returns an error: body fails; SQLite ends the transaction during body (an I/O error rolls
    // it back; every later change of body is then refused, even one whose result body
    // ignored); or the COMMIT is refused (checked against the real transaction state). A busy
    // database becomes a Storage error. Called inside another write(), body joins that one.
    // Changes noted by body (noteChange) are handed to the change listener after COMMIT only.
    Status write(const std::function<Status()> &body);
    // Records what the current write() changes; ignored outside write().
    void noteChange(Change::Kind kind, const QString &workspaceId);
    // The ChangeFeed of this connection (one listener; empty to detach).
    void setChangeListener(std::function<void(const ChangeList &)> listener) { m_changeListener = std::move(listener); }
    // SQLite's PRAGMA data_version: changes when another connection commits. -1 when unreadable.
    qint64 dataVersion() const;

    // Statements, checked. operation is a translated sentence saying what could not be done
    // ("Could not read the workspace list."); the error adds what to do and the database's
    // short text. exec(q) without one is a change: "The change was not saved."
    static Status exec(QSqlQuery &q);
    static Status exec(QSqlQuery &q, const QString &operation);
    // Prepares sql, binds values in order, executes.
    static Status exec(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &operation);
    // After a while (q.next()) loop: a step that failed is an error, not the end of the rows.
    static Status fetched(const QSqlQuery &q, const QString &operation);
    // Steps to the next row of an executed query: true on a row, false at the end, an error
    // when the step failed.
    static Result<bool> next(QSqlQuery &q, const QString &operation);
    // Executes an INSERT; *duplicate tells a UNIQUE constraint's refusal (SQLite's extended
    // result code SQLITE_CONSTRAINT_UNIQUE, 2067) from any other failure.
    static Status execInsert(QSqlQuery &q, bool *duplicate);
    // SQLite's extended result code of the connection's last statement (0 when unknown).
    static int extendedErrorCode(const QSqlQuery &q);
    static constexpr int UniqueViolation = 2067;     // SQLITE_CONSTRAINT_UNIQUE
    static constexpr int PrimaryKeyViolation = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY

    static Status storageError(const QString &detail);
    static Status storageError(const QString &operation, const QSqlError &error);
    static QString changeNotSaved();

    // What write() keeps on the connection's commit and rollback hooks.
    struct WriteGuard
    {
        bool inBody = false;
        bool committing = false;
        bool rolledBack = false;
    };

    // Random identifiers: "w-" + 16 hex etc.
    static QString randomHex(int digits);
    static QString randomDigits(int digits);

private:
    Database() = default;
    static OpenResult fail(OpenError error, QString message);
    bool migrate(int fromVersion, QString *error);
    Status writeTransaction(const std::function<Status()> &body);

    QString m_connectionName;
    QString m_path;
    QString m_canonicalPath;     // set once the file is open and its pages are known sound
    QString m_cleanCloseRecords;
    bool m_created = false;
    bool m_pagesCheckedAtOpen = false;
    bool m_walMode = false;      // a clean close is told by the WAL's removal
    WriteGuard m_guard;
    bool m_inWrite = false;
    ChangeList m_pendingChanges;
    std::function<void(const ChangeList &)> m_changeListener;
};
