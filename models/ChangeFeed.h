#pragma once

#include "models/Change.h"

#include <QObject>
#include <QTimer>

class Database;

// Announces what each committed write changed, so windows and item models update themselves
// instead of polling or being refreshed by hand. Attached to one Database: its write() hands the
// changes noted during a transaction over after COMMIT (and drops them on rollback).
//
// Every batch arrives as changed(); the per-kind signals follow for subscribers that care about
// one kind. reloaded() means "anything may have changed" (F5, or another instance wrote).
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Announces changes made through this connection; also called by Database after COMMIT.
    void publish(ChangeList changes);
    // Announces that the whole data set may have changed (another instance wrote, or F5).
    void publishReload();

    // One entry per (kind, workspace), in first-noted order; a row that was added or removed in
    // the batch is not also reported as changed.
    static ChangeList normalized(const ChangeList &changes);

    // Another app instance on the same file commits through its own connection, so nothing is
    // noted here; SQLite's data_version (one cheap pragma, no table read) changes instead. Checked
    // every intervalMs; a change is announced as reloaded(). Stops with stopWatching().
    static constexpr int DefaultWatchIntervalMs = 300;
    void startWatching(int intervalMs = DefaultWatchIntervalMs);
    void stopWatching();
    bool isWatching() const { return m_watch.isActive(); }
    // One check now (also what the timer does); true when another connection wrote.
    bool checkOtherConnections();

signals:
    void changed(const ChangeList &changes);
    void workspaceAdded(const QString &workspaceId);
    void workspaceChanged(const QString &workspaceId);
    void workspaceRemoved(const QString &workspaceId);
    void runsChanged(const QString &workspaceId);
    void membersChanged(const QString &workspaceId);
    void queuesChanged(const QString &workspaceId);
    void tagsChanged(const QString &workspaceId);
    void catalogsChanged(const QString &workspaceId);
    void ordersChanged(const QString &workspaceId);
    void reloaded();

private:
    Database &m_db;
    QTimer m_watch;
    qint64 m_dataVersion = -1;
};
