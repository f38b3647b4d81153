#pragma once

#include "models/Change.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

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

    struct Options
    {
        int busyTimeoutMs = 5000;
    };

    struct OpenResult
    {
        std::unique_ptr<Database> db;
        OpenError error = OpenError::None;
        QString message; // translated, names the file and what to do
        bool ok() const { return db != nullptr; }
    };

    static constexpr int SchemaVersion = 4;

    static OpenResult open(const QString &path, const Options &options);
    static OpenResult open(const QString &path) { return open(path, Options{}); }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    bool createdNow() const { return m_created; }

    // Runs body inside BEGIN IMMEDIATE ... COMMIT: one transaction per user operation. The write
    // lock is taken up front so two app instances never deadlock upgrading a read lock. Rolls
    // back when body fails or the commit is refused; a busy database becomes a Storage error.
    // Changes noted by body (noteChange) are handed to the change listener after COMMIT only.
    Status write(const std::function<Status()> &body);
    // Records what the current write() changes; ignored outside write().
    void noteChange(Change::Kind kind, const QString &workspaceId);
    // The ChangeFeed of this connection (one listener; empty to detach).
    void setChangeListener(std::function<void(const ChangeList &)> listener) { m_changeListener = std::move(listener); }
    // SQLite's PRAGMA data_version: changes when another connection commits. -1 when unreadable.
    qint64 dataVersion() const;

    // Prepares and executes; on failure returns a Storage error with the driver's text.
    static Status exec(QSqlQuery &q);
    static Status storageError(const QString &detail);

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
    bool m_created = false;
    bool m_inWrite = false;
    ChangeList m_pendingChanges;
    std::function<void(const ChangeList &)> m_changeListener;
};
