#pragma once

#include <QList>
#include <QString>

// One thing a committed write changed. Services note them inside Database::write(); the
// ChangeFeed announces them after COMMIT, and a rolled-back write announces nothing.
struct Change
{
    enum class Kind {
        WorkspaceAdded,
        WorkspaceChanged, // a column of the list: status, quota, expiry, tags
        WorkspaceRemoved,
        Runs,             // jobs and job runs of the workspace
        Members,
        Queues,
        Tags,
        Catalogs,         // workspaceId empty: the account's DLF catalogs of a region
        Orders,
    };

    Kind kind = Kind::WorkspaceChanged;
    QString workspaceId;

    friend bool operator==(const Change &a, const Change &b)
    {
        return a.kind == b.kind && a.workspaceId == b.workspaceId;
    }
    friend bool operator!=(const Change &a, const Change &b) { return !(a == b); }
};

using ChangeList = QList<Change>;
