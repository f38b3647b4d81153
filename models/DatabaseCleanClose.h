#pragma once

#include <QString>
#include <QtGlobal>

// The "checked and closed cleanly" records, like a file system's clean flag: when the last
// connection of a Workspace Console process closes a database file cleanly (SQLite checkpointed
// and removed the -wal and -shm, which it does only for the last connection of all processes),
// and the pages passed PRAGMA quick_check when that connection opened, the file's identity and
// state are recorded. The next open whose file is in exactly that state, with no -wal content,
// knows the pages are the ones that were checked and skips quick_check (about 2 s at 1,000,000
// workspaces); the schema, application_id and user_version checks still run.
//
// The state is what user space cannot put back after changing the bytes: size, modification
// time, inode and device, and the status-change time (ctime), which every write, utime() and
// rename moves and nothing but the clock can set. A copy, a restore from backup, an edit by
// another program, a crash (WAL left behind) all leave a different state, and the full check runs.
//
// The records live in a small INI file outside the database (the database's bytes are what is
// judged). Failing to read or write it loses nothing: the next open runs the full check, as
// every open did before the records existed.
namespace DatabaseCleanClose {

struct FileState
{
    QString path; // canonical
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;  // 0 where the platform does not tell
    quint64 device = 0;
    bool valid = false;
    bool operator==(const FileState &o) const
    {
        return valid && o.valid && path == o.path && size == o.size && mtimeNs == o.mtimeNs && ctimeNs == o.ctimeNs
            && inode == o.inode && device == o.device;
    }
};

// The state of the file at canonicalPath now (valid false when it cannot be read).
FileState stateOf(const QString &canonicalPath);

// The standard location of the records (AppDataLocation/clean-closes.ini).
QString defaultRecordsFile();

// True when recordsFile says the file was closed cleanly in exactly its present state and no
// -wal file with content lies beside it. path: the name the file was opened by (its -wal may sit
// beside that name rather than the canonical one).
bool unchangedSinceCleanClose(const QString &recordsFile, const QString &canonicalPath, const QString &path);

// Called after the connection closed: records the file's state when nothing is left of its WAL
// (no -wal or -shm: no other connection has the file open and the checkpoint completed).
// Returns whether a record was written.
bool recordIfClosedCleanly(const QString &recordsFile, const QString &canonicalPath, const QString &path);

// Removes the file's record (a session saw SQLite report damage).
void forget(const QString &recordsFile, const QString &canonicalPath);

// SQLite reported a damaged page or an I/O error somewhere in this process: no file is recorded
// as sound from then on (we cannot tell which file it was about from every caller).
void noteDamageSeen();
bool damageSeen();

} // namespace DatabaseCleanClose
