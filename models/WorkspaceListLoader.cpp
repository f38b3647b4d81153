#include "models/WorkspaceListLoader.h"

#include "models/Database.h"
#include "models/WorkspaceRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

QString WorkspaceListLoader::selectColumns()
{
    return QStringLiteral("SELECT id, name, region, billing, cu_quota, directory, catalog_id, execution_role, status,"
                          " ready_at, created_at, created_by, duration_months, auto_renew, subscribed_at, expires_at,"
                          " auto_renew_months FROM workspaces");
}

Workspace WorkspaceListLoader::read(const QSqlQuery &q)
{
    Workspace w;
    w.id = q.value(0).toString();
    w.name = q.value(1).toString();
    w.region = q.value(2).toString();
    w.billing = q.value(3).toString();
    w.cuQuota = q.value(4).toInt();
    w.directory = q.value(5).toString();
    w.catalogId = q.value(6).toString();
    w.executionRole = q.value(7).toString();
    w.status = q.value(8).toString();
    w.readyAtMs = q.value(9).toLongLong();
    w.createdAtMs = q.value(10).toLongLong();
    w.createdBy = q.value(11).toString();
    w.durationMonths = q.value(12).toInt();
    w.autoRenew = q.value(13).toBool();
    w.subscribedAtMs = q.value(14).toLongLong();
    w.expiresAtMs = q.value(15).toLongLong();
    w.autoRenewMonths = q.value(16).toInt();
    return w;
}

QString WorkspaceListLoader::readFailed()
{
    return QCoreApplication::translate("WorkspaceListLoader", "Could not read the workspace list.");
}

Result<QList<Workspace>> WorkspaceListLoader::load(Database &db, const Key *after, int limit)
{
    const QString where = after ? QStringLiteral(" WHERE (created_at, id) > (?, ?)") : QString();
    const QString page = where + QStringLiteral(" ORDER BY created_at, id") +
        (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString());
    QVariantList key;
    if (after)
        key << after->createdAtMs << after->id;
    const QString failed = readFailed();

    QList<Workspace> list;
    QHash<QString, qsizetype> index;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = Database::exec(q, selectColumns() + page, key, failed); !s.ok())
        return s;
    if (limit > 0)
        list.reserve(limit);
    while (q.next()) {
        Workspace w = read(q);
        index.insert(w.id, list.size());
        list.append(std::move(w));
    }
    if (Status s = Database::fetched(q, failed); !s.ok())
        return s;
    if (list.isEmpty())
        return list;

    QSqlQuery t(db.connection());
    t.setForwardOnly(true);
    if (Status s = Database::exec(t,
                                  QStringLiteral("SELECT workspace_id, key, value FROM workspace_tags WHERE workspace_id IN"
                                                 " (SELECT id FROM workspaces")
                                      + page + QStringLiteral(") ORDER BY workspace_id, position"),
                                  key, failed);
        !s.ok())
        return s;
    while (t.next()) {
        const auto it = index.constFind(t.value(0).toString());
        if (it != index.constEnd())
            list[*it].tags.append({t.value(1).toString(), t.value(2).toString()});
    }
    if (Status s = Database::fetched(t, failed); !s.ok())
        return s;
    return list;
}

Result<QList<Workspace>> WorkspaceListLoader::loadFromPath(const QString &path, const Key &after)
{
    Database::OpenResult opened = Database::open(path);
    if (!opened.ok())
        return Result<QList<Workspace>>::failure(Field::General, readFailed() + QLatin1Char(' ') + opened.message,
                                                 ErrorCode::Storage);
    return load(*opened.db, &after, -1);
}

Status WorkspaceListLoader::loadRows(Database &db, const Key *after, int limit, WorkspaceRows &into)
{
    const QString where = after ? QStringLiteral(" WHERE (created_at, id) > (?, ?)") : QString();
    const QString page = where + QStringLiteral(" ORDER BY created_at, id") +
        (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString());
    QVariantList key;
    if (after)
        key << after->createdAtMs << after->id;
    const QString failed = readFailed();

    if (limit < 0) {
        // Room for every row at once: growing the store would briefly hold it twice.
        QSqlQuery n(db.connection());
        if (Status s = Database::exec(n, QStringLiteral("SELECT count(*) FROM workspaces") + where, key, failed); !s.ok())
            return s;
        if (n.next())
            // A little more: the first page joins these rows, and new workspaces follow.
            into.reserve(into.slotCount() + n.value(0).toLongLong() * 65 / 64 + 4096);
    } else {
        into.reserve(into.slotCount() + limit);
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = Database::exec(q,
                                  QStringLiteral("SELECT id, name, region, billing, cu_quota, status, created_at,"
                                                 " duration_months, auto_renew, expires_at FROM workspaces")
                                      + page,
                                  key, failed);
        !s.ok())
        return s;
    const bool startedEmpty = into.liveCount() == 0;
    Workspace w;
    qsizetype read = 0;
    while (q.next()) {
        ++read;
        w.id = q.value(0).toString();
        w.name = q.value(1).toString();
        w.region = q.value(2).toString();
        w.billing = q.value(3).toString();
        w.cuQuota = q.value(4).toInt();
        w.status = q.value(5).toString();
        w.createdAtMs = q.value(6).toLongLong();
        w.durationMonths = q.value(7).toInt();
        w.autoRenew = q.value(8).toBool();
        w.expiresAtMs = q.value(9).toLongLong();
        // The IDs of one read are distinct (primary key); only rows read before may repeat.
        if (!startedEmpty && into.find(w.id) >= 0)
            continue;
        into.append(w);
    }
    if (Status s = Database::fetched(q, failed); !s.ok())
        return s;
    if (read == 0)
        return Status();

    QSqlQuery t(db.connection());
    t.setForwardOnly(true);
    if (Status s = Database::exec(t,
                                  QStringLiteral("SELECT workspace_id, key, value FROM workspace_tags WHERE workspace_id IN"
                                                 " (SELECT id FROM workspaces")
                                      + page + QStringLiteral(") ORDER BY workspace_id, position"),
                                  key, failed);
        !s.ok())
        return s;
    QString current;
    TagList tags;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        const qint64 slot = into.find(current);
        if (slot >= 0)
            into.setTags(WorkspaceRows::Slot(slot), tags);
    };
    while (t.next()) {
        const QString id = t.value(0).toString();
        if (id != current) {
            flush();
            current = id;
            tags.clear();
        }
        tags.append({t.value(1).toString(), t.value(2).toString()});
    }
    flush();
    return Database::fetched(t, failed);
}

Result<WorkspaceRows> WorkspaceListLoader::loadRowsFromPath(const QString &path, const Key &after)
{
    Database::OpenResult opened = Database::open(path);
    if (!opened.ok())
        return Result<WorkspaceRows>::failure(Field::General, readFailed() + QLatin1Char(' ') + opened.message,
                                              ErrorCode::Storage);
    WorkspaceRows rows;
    if (Status s = loadRows(*opened.db, &after, -1, rows); !s.ok())
        return s;
    return rows;
}
