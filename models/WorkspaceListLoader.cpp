#include "models/WorkspaceListLoader.h"

#include "models/Database.h"
#include "models/WorkspaceRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QSqlError>
#include <QVariant>


#include "models/SqliteApi.h"

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

// A statement of SQLite's C API, finalized when it goes out of scope.
class WorkspaceListLoader::Statement
{
public:
    Statement(sqlite3 *db, const QString &sql) : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_ok = sqlite().prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite().finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_ok; }
    sqlite3_stmt *get() const { return m_stmt; }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite().step(m_stmt); }
    QByteArrayView text(int column) const
    {
        const auto *t = reinterpret_cast<const char *>(sqlite().column_text(m_stmt, column));
        return QByteArrayView(t, t ? sqlite().column_bytes(m_stmt, column) : 0);
    }
    qint64 integer(int column) const { return sqlite().column_int64(m_stmt, column); }
    bool bindKey(const WorkspaceListLoader::Key *after)
    {
        if (!after)
            return true;
        const QByteArray id = after->id.toUtf8();
        return sqlite().bind_int64(m_stmt, 1, after->createdAtMs) == SQLITE_OK
            && sqlite().bind_text(m_stmt, 2, id.constData(), int(id.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    // The failure as the QtSql path reports it (a busy database says so).
    Status failure(const QString &operation) const
    {
        return Database::storageError(operation, QSqlError(QString(), QString::fromUtf8(sqlite().errmsg(m_db)),
                                                           QSqlError::StatementError,
                                                           QString::number(sqlite().errcode(m_db))));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

Status WorkspaceListLoader::loadRows(Database &db, const Key *after, int limit, WorkspaceRows &into)
{
    const QString where = after ? QStringLiteral(" WHERE (created_at, id) > (?, ?)") : QString();
    const QString page = where + QStringLiteral(" ORDER BY created_at, id") +
        (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString());
    const QString failed = readFailed();
    sqlite3 *handle = db.nativeHandle();
    if (!handle)
        return Database::storageError(failed, QSqlError(QString(), QStringLiteral("not an SQLite connection"),
                                                         QSqlError::ConnectionError));

    // The rows and their tags from one snapshot: a workspace another instance creates or deletes
    // meanwhile is either wholly in the list or not at all.
    Statement begin(handle, QStringLiteral("BEGIN"));
    if (!begin.ok() || begin.step() != SQLITE_DONE)
        return begin.failure(failed);
    const auto finish = [&](Status s) {
        Statement end(handle, QStringLiteral("ROLLBACK")); // a read: nothing to keep or lose
        if (end.ok())
            end.step();
        return s;
    };

    if (limit < 0) {
        // Room for every row at once: growing the store would briefly hold it twice.
        Statement n(handle, QStringLiteral("SELECT count(*) FROM workspaces") + where);
        if (!n.ok() || !n.bindKey(after))
            return finish(n.failure(failed));
        if (n.step() != SQLITE_ROW)
            return finish(n.failure(failed));
        // A little more: the first page joins these rows, and new workspaces follow.
        into.reserve(into.slotCount() + n.integer(0) * 65 / 64 + 4096);
    } else {
        into.reserve(into.slotCount() + limit);
    }
    // The whole rest is read in the table's own order: SQLite walking the (created_at, id) index
    // looks every row up by rowid, three to five times the work of a scan (issue 12).
    const QString rest = where + (limit >= 0 ? page : QString());
    Statement q(handle, QStringLiteral("SELECT id, name, region, billing, cu_quota, status, created_at,"
                                       " duration_months, auto_renew, expires_at FROM workspaces")
                            + (limit >= 0 ? QString() : QStringLiteral(" NOT INDEXED")) + rest);
    if (!q.ok() || !q.bindKey(after))
        return finish(q.failure(failed));
    const bool startedEmpty = into.liveCount() == 0;
    qsizetype read = 0;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        ++read;
        WorkspaceRows::Utf8Row row;
        row.id = q.text(0);
        // The IDs of one read are distinct (primary key); only rows read before may repeat.
        if (!startedEmpty && into.find(row.id) >= 0)
            continue;
        row.name = q.text(1);
        row.region = q.text(2);
        row.billing = q.text(3);
        row.cuQuota = int(q.integer(4));
        row.status = q.text(5);
        row.createdAtMs = q.integer(6);
        row.durationMonths = int(q.integer(7));
        row.autoRenew = q.integer(8) != 0;
        row.expiresAtMs = q.integer(9);
        into.append(row);
    }
    if (rc != SQLITE_DONE)
        return finish(q.failure(failed));
    if (read == 0)
        return finish(Status());

    if (limit >= 0) {
        Statement t(handle, QStringLiteral("SELECT workspace_id, position, key, value FROM workspace_tags WHERE"
                                           " workspace_id IN (SELECT id FROM workspaces")
                                + page + QStringLiteral(") ORDER BY workspace_id, position"));
        if (!t.ok() || !t.bindKey(after))
            return finish(t.failure(failed));
        return finish(readTags(t, into, nullptr) ? Status() : t.failure(failed));
    }
    // The whole tag table in its own order: a workspace's tags are written together, so they
    // are next to each other; if another program wrote them apart, read them again in key order.
    bool together = true;
    {
        Statement t(handle, QStringLiteral("SELECT workspace_id, position, key, value FROM workspace_tags NOT INDEXED"));
        if (!t.ok())
            return finish(t.failure(failed));
        if (!readTags(t, into, &together))
            return finish(t.failure(failed));
    }
    if (!together) {
        Statement t(handle, QStringLiteral("SELECT workspace_id, position, key, value FROM workspace_tags"
                                           " ORDER BY workspace_id, position"));
        if (!t.ok() || !readTags(t, into, nullptr))
            return finish(t.failure(failed));
    }
    return finish(Status());
}

// Reads (workspace_id, position, key, value) rows, each workspace's rows next to each other, and
// gives every workspace in `into` its tags in position order. *together (if given) becomes
// false, and reading stops, when a workspace's rows turn up a second time further on.
// A tag list seen before is recognised by its bytes (most workspaces share a few lists), so no
// QString is made for it. False when SQLite failed.
bool WorkspaceListLoader::readTags(Statement &t, WorkspaceRows &into, bool *together)
{
    struct Item
    {
        qint64 position;
        qsizetype keyAt, keySize, valueAt, valueSize;
    };
    QByteArray current;
    QByteArray scratch;
    std::vector<Item> items;
    QHash<QByteArray, quint32> known;
    std::vector<bool> done(size_t(into.slotCount()), false);
    QByteArray listKey;
    bool apart = false;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        const qint64 slot = into.find(QByteArrayView(current));
        if (slot < 0)
            return;
        if (done[size_t(slot)]) {
            apart = true;
            return;
        }
        done[size_t(slot)] = true;
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.position < b.position; });
        listKey.clear();
        for (const Item &i : items) {
            listKey.append(scratch.constData() + i.keyAt, i.keySize).append('\x1f');
            listKey.append(scratch.constData() + i.valueAt, i.valueSize).append('\x1e');
        }
        auto it = known.constFind(listKey);
        if (it == known.constEnd()) {
            TagList tags;
            for (const Item &i : items)
                tags.append({QString::fromUtf8(scratch.constData() + i.keyAt, i.keySize),
                             QString::fromUtf8(scratch.constData() + i.valueAt, i.valueSize)});
            it = known.insert(listKey, into.tagSetOf(tags));
        }
        into.setTagSet(WorkspaceRows::Slot(slot), *it);
    };
    int rc = SQLITE_ROW;
    while ((rc = t.step()) == SQLITE_ROW) {
        const QByteArrayView id = t.text(0);
        if (id != QByteArrayView(current)) {
            flush();
            if (apart && together) {
                *together = false;
                return true;
            }
            current = id.toByteArray();
            items.clear();
            scratch.clear();
        }
        const QByteArrayView key = t.text(2);
        const QByteArrayView value = t.text(3);
        items.push_back({t.integer(1), scratch.size(), key.size(), scratch.size() + key.size(), value.size()});
        scratch.append(key.data(), key.size()).append(value.data(), value.size());
    }
    if (rc != SQLITE_DONE)
        return false;
    flush();
    if (apart && together)
        *together = false;
    return true;
}

Result<WorkspaceRows> WorkspaceListLoader::loadRowsFromPath(const QString &path, const Key *after)
{
    Database::OpenResult opened = Database::open(path);
    if (!opened.ok())
        return Result<WorkspaceRows>::failure(Field::General, readFailed() + QLatin1Char(' ') + opened.message,
                                              ErrorCode::Storage);
    // One pass over the file: a page cache would only hold pages never read again, and at
    // 1,000,000 rows SQLite's default 2 MB of it is memory the list needs.
    if (sqlite3 *handle = opened.db->nativeHandle())
        sqlite().exec(handle, "PRAGMA cache_size = -256", nullptr, nullptr, nullptr);
    WorkspaceRows rows;
    if (Status s = loadRows(*opened.db, after, -1, rows); !s.ok())
        return s;
    return rows;
}
