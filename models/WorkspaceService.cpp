#include "models/WorkspaceService.h"

#include "models/AccountDirectory.h"
#include "models/BillingService.h"
#include "models/Database.h"
#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceAccess.h"
#include "models/WorkspaceListLoader.h"
#include "models/WorkspaceRules.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

TagList readTags(Database &db, const QString &workspaceId)
{
    TagList tags;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM workspace_tags WHERE workspace_id = ? ORDER BY position"));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        tags.append({q.value(0).toString(), q.value(1).toString()});
    return tags;
}

} // namespace

// The document: "If you enter the name of an existing workspace, the system prompts you to enter
// a different name." One message for the early check and for the UNIQUE constraint.
Status WorkspaceService::nameTaken(const QString &name)
{
    return Status::failure(Field::Name,
                           tr("A workspace named \"%1\" already exists in this account. Enter a different name.").arg(name),
                           ErrorCode::NameTaken);
}

QList<Workspace> WorkspaceService::list() const
{
    return WorkspaceListLoader::load(m_db, nullptr, -1);
}

std::optional<Workspace> WorkspaceService::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(WorkspaceListLoader::selectColumns() + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Workspace w = WorkspaceListLoader::read(q);
    w.tags = readTags(m_db, w.id);
    return w;
}

std::optional<Workspace> WorkspaceService::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM workspaces WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return find(q.value(0).toString());
}

int WorkspaceService::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM workspaces")) && q.next() ? q.value(0).toInt() : 0;
}

QList<Workspace> WorkspaceService::listPage(const WorkspaceListLoader::Key *after, int limit) const
{
    return WorkspaceListLoader::load(m_db, after, limit);
}

std::function<QList<Workspace>()> WorkspaceService::restOfListLoader(const WorkspaceListLoader::Key &after) const
{
    return [path = m_db.path(), after] { return WorkspaceListLoader::loadFromPath(path, after); };
}

Status WorkspaceService::checkAccess(const Identity &who, const QString &workspaceId,
                                     Permissions::InWorkspace action) const
{
    return WorkspaceAccess::check(m_db, who, workspaceId, action);
}

QStringList WorkspaceService::advanceStatuses()
{
    QStringList changed;
    const qint64 now = m_clock.nowMs();
    {
        // Cheap read first (partial index), so the once-a-second timer never takes the write lock
        // when nothing is starting.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM workspaces WHERE status = 'Starting' AND ready_at <= ?"));
        q.addBindValue(now);
        q.exec();
        while (q.next())
            changed << q.value(0).toString();
    }
    if (changed.isEmpty())
        return changed;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE workspaces SET status = 'Running' WHERE status = 'Starting' AND ready_at <= ?"));
        q.addBindValue(now);
        for (const QString &id : std::as_const(changed))
            m_db.noteChange(Change::Kind::WorkspaceChanged, id);
        return Database::exec(q);
    });
    if (!s.ok())
        return {};
    return changed;
}

Result<std::optional<qint64>> WorkspaceService::nextReadyAt() const
{
    QSqlQuery q(m_db.connection());
    // The constant in the SQL text lets SQLite use the partial index workspaces_starting.
    q.prepare(QStringLiteral("SELECT min(ready_at) FROM workspaces WHERE status = '%1'").arg(ProductSpec::StatusStarting));
    if (Status s = Database::exec(q); !s.ok())
        return s;
    if (!q.next())
        return Database::storageError(tr("the workspace statuses could not be read"));
    if (q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

qint64 WorkspaceService::startingDelayMs() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'starting_delay_ms'")) && q.next())
        return q.value(0).toLongLong();
    return ProductSpec::DefaultStartingDelayMs;
}

Status WorkspaceService::setStartingDelayMs(qint64 ms)
{
    if (ms < 0)
        return Status::failure(Field::General, tr("The start-up delay cannot be negative."));
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('starting_delay_ms', ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::number(ms));
        return Database::exec(q);
    });
}

QString WorkspaceService::newWorkspaceId()
{
    return QStringLiteral("w-") + Database::randomHex(16);
}

Status WorkspaceService::insertRecord(const Workspace &w, const QString &creatorPrincipal)
{
    m_db.noteChange(Change::Kind::WorkspaceAdded, w.id);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO workspaces (id, name, region, billing, cu_quota, directory, catalog_id, execution_role,"
        " status, ready_at, created_at, created_by, duration_months, auto_renew, subscribed_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(w.id), QVariant(w.name), QVariant(w.region), QVariant(w.billing),
                              QVariant(w.cuQuota), QVariant(w.directory), QVariant(w.catalogId),
                              QVariant(w.executionRole), QVariant(w.status), QVariant(w.readyAtMs),
                              QVariant(w.createdAtMs), QVariant(w.createdBy), QVariant(w.durationMonths),
                              QVariant(w.autoRenew ? 1 : 0), QVariant(w.subscribedAtMs), QVariant(w.expiresAtMs)})
        q.addBindValue(v);
    if (Status s = Database::exec(q); !s.ok()) {
        if (s.text().contains(QLatin1String("workspaces.name")))
            return nameTaken(w.name);
        return s;
    }

    q.prepare(QStringLiteral("INSERT INTO members (workspace_id, principal, role) VALUES (?, ?, 'Owner')"));
    q.addBindValue(w.id);
    q.addBindValue(creatorPrincipal);
    if (Status s = Database::exec(q); !s.ok())
        return s;

    // Every workspace starts with root_queue and dev_queue whose CUs add up to the quota.
    const int devCu = std::max(1, w.cuQuota / 5);
    const int rootCu = std::max(0, w.cuQuota - devCu);
    for (const auto &[name, cu] : {std::pair{ProductSpec::RootQueue, rootCu}, std::pair{ProductSpec::DevQueue, devCu}}) {
        q.prepare(QStringLiteral("INSERT INTO queues (workspace_id, name, cu) VALUES (?, ?, ?)"));
        q.addBindValue(w.id);
        q.addBindValue(name);
        q.addBindValue(cu);
        if (Status s = Database::exec(q); !s.ok())
            return s;
    }

    q.prepare(QStringLiteral("INSERT INTO workspace_catalogs (workspace_id, catalog_id, is_default) VALUES (?, ?, 1)"));
    q.addBindValue(w.id);
    q.addBindValue(w.catalogId);
    if (Status s = Database::exec(q); !s.ok())
        return s;

    for (int i = 0; i < w.tags.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO workspace_tags (workspace_id, position, key, value) VALUES (?, ?, ?, ?)"));
        q.addBindValue(w.id);
        q.addBindValue(i);
        q.addBindValue(w.tags.at(i).key);
        // An empty value is '' (spec: values may be empty); a null QString would bind as NULL.
        const QString value = w.tags.at(i).value;
        q.addBindValue(value.isNull() ? QString(QLatin1String("")) : value);
        if (Status s = Database::exec(q); !s.ok())
            return s;
    }
    return {};
}

Status WorkspaceService::checkNameAvailable(const QString &name) const
{
    const QString normalized = WorkspaceRules::normalizedName(name);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM workspaces WHERE name = ?"));
    q.addBindValue(normalized);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    if (q.next())
        return nameTaken(normalized);
    return {};
}

Status WorkspaceService::validate(const WorkspaceSpec &spec) const
{
    Status result = WorkspaceRules::validate(spec, m_account);
    if (!result.hasField(Field::Name))
        result.append(checkNameAvailable(spec.name));
    return result;
}

Result<Workspace> WorkspaceService::create(const Identity &who, const WorkspaceSpec &input)
{
    if (Status allowed = Permissions::canCreateWorkspace(who); !allowed.ok())
        return allowed;
    WorkspaceSpec spec = input;
    spec.name = WorkspaceRules::normalizedName(spec.name);
    const bool subscription = spec.billing == ProductSpec::Subscription;
    if (!subscription) {
        spec.durationMonths = 0;
        spec.autoRenew = false;
    }
    // Checked before taking the write lock, so a wrong field never blocks another instance.
    if (Status valid = validate(spec); !valid.ok())
        return valid;

    Workspace w;
    const Status written = m_db.write([&]() -> Status {
        // Again inside the transaction: another instance may have taken the name or changed the
        // account since the check above. The UNIQUE constraint in insertRecord() is the last word.
        if (Status valid = validate(spec); !valid.ok())
            return valid;
        const qint64 now = m_clock.nowMs();
        w.id = newWorkspaceId();
        w.name = spec.name;
        w.region = spec.region;
        w.billing = spec.billing;
        w.cuQuota = spec.cuQuota;
        w.directory = WorkspaceRules::directory(spec.bucket, spec.path);
        w.catalogId = spec.catalogId;
        w.executionRole = spec.executionRole;
        w.status = ProductSpec::StatusStarting;
        w.createdAtMs = now;
        w.readyAtMs = now + startingDelayMs();
        w.createdBy = who.principal();
        w.tags = spec.tags;
        if (subscription) {
            w.durationMonths = spec.durationMonths;
            w.autoRenew = spec.autoRenew;
            w.subscribedAtMs = now;
            w.expiresAtMs = Pricing::expiryMs(now, spec.durationMonths);
        }
        if (Status s = insertRecord(w, who.principal()); !s.ok())
            return s;
        if (subscription) {
            Order order;
            order.workspaceId = w.id;
            order.workspaceName = w.name;
            order.type = ProductSpec::OrderNew;
            order.cuBefore = 0;
            order.cuAfter = w.cuQuota;
            order.amountCents = Pricing::subscriptionCents(w.region, w.cuQuota, w.durationMonths);
            order.createdAtMs = now;
            if (Status s = m_billing.record(order); !s.ok())
                return s;
        }
        return {};
    });
    if (!written.ok())
        return written;
    return w;
}
