#pragma once

#include "models/Domain.h"
#include "models/Result.h"

#include <QList>
#include <QString>

class Database;
class WorkspaceRows;
class QSqlQuery;

// Reads the workspace list in pages ordered by (created_at, id), so the window can paint the
// first page at once and load the rest on a worker thread with its own connection (keyset
// pagination: rows created meanwhile are neither skipped nor read twice).
class WorkspaceListLoader
{
public:
    struct Key
    {
        qint64 createdAtMs = 0;
        QString id;
    };

    // Up to limit workspaces (limit < 0: all) after key (nullptr: from the start), with tags.
    // A failed read is a Storage error ("Could not read the workspace list. ..."), never a
    // short list.
    static Result<QList<Workspace>> load(Database &db, const Key *after, int limit);
    static Key keyOf(const Workspace &w) { return {w.createdAtMs, w.id}; }
    // "SELECT <every workspaces column> FROM workspaces", and reading one row of it.
    static QString selectColumns();
    static Workspace read(const QSqlQuery &q);
    // Opens its own connection to path (for a worker thread) and loads everything after key.
    static Result<QList<Workspace>> loadFromPath(const QString &path, const Key &after);
    static QString readFailed();

    // The same rows, only the fields the list shows, read straight into the compact store of the
    // Spark page (no Workspace struct a row on the way: 1,000,000 rows fit in about 90 MB).
    static Status loadRows(Database &db, const Key *after, int limit, WorkspaceRows &into);
    static Result<WorkspaceRows> loadRowsFromPath(const QString &path, const Key *after);

private:
    class Statement;
    static bool readTags(Statement &t, WorkspaceRows &into, bool *together);
};
