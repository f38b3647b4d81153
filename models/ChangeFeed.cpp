#include "models/ChangeFeed.h"

#include "models/Database.h"

ChangeFeed::ChangeFeed(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_db.setChangeListener([this](const ChangeList &changes) { publish(changes); });
    connect(&m_watch, &QTimer::timeout, this, &ChangeFeed::checkOtherConnections);
}

void ChangeFeed::startWatching(int intervalMs)
{
    m_dataVersion = m_db.dataVersion();
    m_watch.start(intervalMs);
}

void ChangeFeed::stopWatching()
{
    m_watch.stop();
}

bool ChangeFeed::checkOtherConnections()
{
    const qint64 version = m_db.dataVersion();
    if (version < 0 || version == m_dataVersion)
        return false;
    m_dataVersion = version;
    publishReload();
    return true;
}

ChangeFeed::~ChangeFeed()
{
    m_db.setChangeListener({});
}

ChangeList ChangeFeed::normalized(const ChangeList &changes)
{
    ChangeList out;
    out.reserve(changes.size());
    const auto has = [&](Change::Kind kind, const QString &id) {
        return changes.contains(Change{kind, id});
    };
    for (const Change &c : changes) {
        if (out.contains(c))
            continue;
        if (c.kind == Change::Kind::WorkspaceChanged
            && (has(Change::Kind::WorkspaceAdded, c.workspaceId) || has(Change::Kind::WorkspaceRemoved, c.workspaceId)))
            continue;
        out.append(c);
    }
    return out;
}

void ChangeFeed::publish(ChangeList changes)
{
    changes = normalized(changes);
    if (changes.isEmpty())
        return;
    emit changed(changes);
    for (const Change &c : std::as_const(changes)) {
        switch (c.kind) {
        case Change::Kind::WorkspaceAdded: emit workspaceAdded(c.workspaceId); break;
        case Change::Kind::WorkspaceChanged: emit workspaceChanged(c.workspaceId); break;
        case Change::Kind::WorkspaceRemoved: emit workspaceRemoved(c.workspaceId); break;
        case Change::Kind::Runs: emit runsChanged(c.workspaceId); break;
        case Change::Kind::Members: emit membersChanged(c.workspaceId); break;
        case Change::Kind::Queues: emit queuesChanged(c.workspaceId); break;
        case Change::Kind::Tags: emit tagsChanged(c.workspaceId); break;
        case Change::Kind::Catalogs: emit catalogsChanged(c.workspaceId); break;
        case Change::Kind::Orders: emit ordersChanged(c.workspaceId); break;
        }
    }
}

void ChangeFeed::publishReload()
{
    emit reloaded();
}
