#pragma once

#include "models/ChangeFeed.h"

#include <QObject>
#include <functional>
#include <initializer_list>

// Calls refresh whenever a committed write changed one of kinds for workspaceId (or a change of
// those kinds not tied to a workspace, such as the account's catalogs), and on a whole reload.
// The connection ends with receiver. One line per tab instead of a polling timer.
inline void followFeed(QObject *receiver, ChangeFeed &feed, const QString &workspaceId,
                       std::initializer_list<Change::Kind> kinds, const std::function<void()> &refresh)
{
    const QList<Change::Kind> wanted(kinds);
    QObject::connect(&feed, &ChangeFeed::changed, receiver, [=](const ChangeList &changes) {
        for (const Change &c : changes) {
            if (wanted.contains(c.kind) && (c.workspaceId == workspaceId || c.workspaceId.isEmpty())) {
                refresh();
                return;
            }
        }
    });
    QObject::connect(&feed, &ChangeFeed::reloaded, receiver, refresh);
}
