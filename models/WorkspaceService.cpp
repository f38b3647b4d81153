#include "models/WorkspaceService.h"

#include "models/AccountDirectory.h"
#include "models/BillingService.h"
#include "models/Database.h"
#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Query.h"
#include "models/WorkspaceAccess.h"
#include "models/WorkspaceRows.h"
#include "models/WorkspaceListLoader.h"
#include "models/WorkspaceRules.h"
#include "models/Checked.h"
#include "models/DomainText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

Result<TagList> readTags(Database &db, const QString &workspaceId, const QString &failed)
{
    return Query::all(db, QStringLiteral("SELECT key, value FROM workspace_tags WHERE workspace_id = ? ORDER BY position"),
                      {workspaceId}, failed,
                      [](const QSqlQuery &q) { return Tag{q.value(0).toString(), q.value(1).toString()}; });
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

Status WorkspaceService::notFound()
{
    return Status::failure(Field::General, tr("This workspace no longer exists."), ErrorCode::NotFound);
}

Result<QList<Workspace>> WorkspaceService::list() const
{
    return WorkspaceListLoader::load(m_db, nullptr, -1);
}

Result<Workspace> WorkspaceService::find(const QString &id) const
{
    const QString failed = tr("Could not read the workspace.");
    const Result<std::optional<Workspace>> row = Query::first(
        m_db, WorkspaceListLoader::selectColumns() + QStringLiteral(" WHERE id = ?"), {id}, failed, WorkspaceListLoader::read);
    if (!row.ok())
        return Status(row);
    // Only a read that worked and found no row means the workspace is gone.
    if (!row.value())
        return notFound();
    Workspace w = *row.value();
    const Result<TagList> tags = readTags(m_db, w.id, failed);
    if (!tags.ok())
        return Status(tags);
    w.tags = tags.value();
    return w;
}

Result<Workspace> WorkspaceService::findByName(const QString &name) const
{
    const QString failed = tr("Could not read the workspace.");
    const Result<std::optional<QVariant>> id =
        Query::value(m_db, QStringLiteral("SELECT id FROM workspaces WHERE name = ?"), {name}, failed);
    if (!id.ok())
        return Status(id);
    if (!id.value())
        return notFound();
    return find(id.value()->toString());
}

Result<int> WorkspaceService::count() const
{
    const Result<qint64> n =
        Query::number(m_db, QStringLiteral("SELECT count(*) FROM workspaces"), {}, WorkspaceListLoader::readFailed());
    if (!n.ok())
        return Status(n);
    return Checked::toInt(n.value());
}

Result<QList<Workspace>> WorkspaceService::listPage(const WorkspaceListLoader::Key *after, int limit) const
{
    return WorkspaceListLoader::load(m_db, after, limit);
}

std::function<Result<QList<Workspace>>()> WorkspaceService::restOfListLoader(const WorkspaceListLoader::Key &after) const
{
    return [path = m_db.path(), after] { return WorkspaceListLoader::loadFromPath(path, after); };
}

Status WorkspaceService::listRows(const WorkspaceListLoader::Key *after, int limit, WorkspaceRows &into) const
{
    return WorkspaceListLoader::loadRows(m_db, after, limit, into);
}

std::function<Result<WorkspaceRows>()> WorkspaceService::restOfRowsLoader(const WorkspaceListLoader::Key &after) const
{
    return [path = m_db.path(), after] { return WorkspaceListLoader::loadRowsFromPath(path, &after); };
}

std::function<Result<WorkspaceRows>()> WorkspaceService::allRowsLoader() const
{
    return [path = m_db.path()] { return WorkspaceListLoader::loadRowsFromPath(path, nullptr); };
}

Status WorkspaceService::checkAccess(const Identity &who, const QString &workspaceId,
                                     Permissions::InWorkspace action) const
{
    return WorkspaceAccess::check(m_db, who, workspaceId, action);
}

Result<QStringList> WorkspaceService::advanceStatuses()
{
    const QString failed = tr("Could not update the status of starting workspaces.");
    const QString starting = DomainText::toText(WorkspaceStatus::Starting);
    const qint64 now = m_clock.nowMs();
    // Cheap read first (partial index), so the once-a-second timer never takes the write lock
    // when nothing is starting.
    const Result<QStringList> starts = Query::strings(
        m_db, QStringLiteral("SELECT id FROM workspaces WHERE status = ? AND ready_at <= ?"), {starting, now}, failed);
    if (!starts.ok())
        return starts;
    const QStringList changed = starts.value();
    if (changed.isEmpty())
        return changed;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        for (const QString &id : std::as_const(changed))
            m_db.noteChange(Change::Kind::WorkspaceChanged, id);
        return Database::exec(q, QStringLiteral("UPDATE workspaces SET status = ? WHERE status = ? AND ready_at <= ?"),
                              {DomainText::toText(WorkspaceStatus::Running), starting, now}, failed);
    });
    if (!s.ok())
        return s;
    return changed;
}

Result<std::optional<qint64>> WorkspaceService::nextReadyAt() const
{
    const QString failed = tr("Could not read the workspace statuses.");
    // The constant in the SQL text lets SQLite use the partial index workspaces_starting.
    const Result<std::optional<QVariant>> min = Query::value(
        m_db, QStringLiteral("SELECT min(ready_at) FROM workspaces WHERE status = '%1'").arg(ProductSpec::StatusStarting),
        {}, failed);
    if (!min.ok())
        return Status(min);
    if (!min.value() || min.value()->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(min.value()->toLongLong());
}

Result<qint64> WorkspaceService::startingDelayMs() const
{
    const QString failed = tr("Could not read the start-up delay setting.");
    const Result<std::optional<QVariant>> v =
        Query::value(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {StartingDelayKey}, failed);
    if (!v.ok())
        return Status(v);
    return v.value() ? v.value()->toLongLong() : ProductSpec::DefaultStartingDelayMs;
}

Status WorkspaceService::setStartingDelayMs(qint64 ms)
{
    if (ms < 0)
        return Status::failure(Field::General, tr("The start-up delay cannot be negative."));
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return Database::exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {StartingDelayKey, QString::number(ms)}, Database::changeNotSaved());
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
    if (!q.prepare(QStringLiteral(
        "INSERT INTO workspaces (id, name, region, billing, cu_quota, directory, catalog_id, execution_role,"
        " status, ready_at, created_at, created_by, duration_months, auto_renew, subscribed_at, expires_at,"
        " auto_renew_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Database::storageError(Database::changeNotSaved(), q.lastError());
    for (const QVariant &v : {QVariant(w.id), QVariant(w.name), QVariant(w.region), QVariant(w.billing),
                              QVariant(w.cuQuota), QVariant(w.directory), QVariant(w.catalogId),
                              QVariant(w.executionRole), QVariant(w.status), QVariant(w.readyAtMs),
                              QVariant(w.createdAtMs), QVariant(w.createdBy), QVariant(w.durationMonths),
                              QVariant(w.autoRenew ? 1 : 0), QVariant(w.subscribedAtMs), QVariant(w.expiresAtMs),
                              QVariant(w.autoRenewMonths)})
        q.addBindValue(v);
    // The only UNIQUE constraint of the table besides its primary key is the name's.
    bool duplicate = false;
    if (Status s = Database::execInsert(q, &duplicate); !s.ok())
        return duplicate ? nameTaken(w.name) : s;

    if (Status s = Database::exec(q, QStringLiteral("INSERT INTO members (workspace_id, principal, role) VALUES (?, ?, ?)"),
                                  {w.id, creatorPrincipal, DomainText::toText(Role::Owner)}, Database::changeNotSaved());
        !s.ok())
        return s;
    // The account owner is an administrator of every workspace, whoever created it, so the
    // Members tab lists the owner everywhere (the same rule as migration step 5).
    if (Status s = Database::exec(q, QStringLiteral("INSERT OR IGNORE INTO members (workspace_id, principal, role)"
                                                    " SELECT ?, uid, ? FROM account WHERE id = 1"),
                                  {w.id, DomainText::toText(Role::Owner)}, Database::changeNotSaved());
        !s.ok())
        return s;

    // Every workspace starts with root_queue and dev_queue whose CUs add up to the quota.
    const int devCu = std::max(1, w.cuQuota / 5);
    const int rootCu = std::max(0, w.cuQuota - devCu);
    for (const auto &[name, cu] : {std::pair{ProductSpec::RootQueue, rootCu}, std::pair{ProductSpec::DevQueue, devCu}}) {
        if (Status s = Database::exec(q, QStringLiteral("INSERT INTO queues (workspace_id, name, cu) VALUES (?, ?, ?)"),
                                      {w.id, name, cu}, Database::changeNotSaved());
            !s.ok())
            return s;
    }

    if (Status s = Database::exec(q, QStringLiteral("INSERT INTO workspace_catalogs (workspace_id, catalog_id, is_default)"
                                                    " VALUES (?, ?, 1)"),
                                  {w.id, w.catalogId}, Database::changeNotSaved());
        !s.ok())
        return s;

    for (int i = 0; i < w.tags.size(); ++i) {
        // An empty value is '' (spec: values may be empty); a null QString would bind as NULL.
        const QString value = w.tags.at(i).value;
        if (Status s = Database::exec(q, QStringLiteral("INSERT INTO workspace_tags (workspace_id, position, key, value)"
                                                        " VALUES (?, ?, ?, ?)"),
                                      {w.id, i, w.tags.at(i).key, value.isNull() ? QString(QLatin1String("")) : value},
                                      Database::changeNotSaved());
            !s.ok())
            return s;
    }
    return {};
}

Status WorkspaceService::checkNameAvailable(const QString &name) const
{
    const QString normalized = WorkspaceRules::normalizedName(name);
    const Result<bool> taken = Query::exists(m_db, QStringLiteral("SELECT 1 FROM workspaces WHERE name = ?"), {normalized},
                                             tr("Could not check whether the name is free."));
    if (!taken.ok())
        return taken;
    if (taken.value())
        return nameTaken(normalized);
    return {};
}

Status WorkspaceService::validate(const WorkspaceSpec &spec) const
{
    Status result = WorkspaceRules::validate(spec, m_account);
    if (!result.hasField(Field::Name) && !result.has(ErrorCode::Storage))
        result.append(checkNameAvailable(spec.name));
    // A name check that could not read says only that.
    for (const FieldError &e : result.errors())
        if (e.code == ErrorCode::Storage)
            return Status::failure(e.field, e.message, e.code);
    return result;
}

Result<Quote> WorkspaceService::quoteNewSubscription(const WorkspaceSpec &spec) const
{
    Status rules;
    for (const Status &s : {WorkspaceRules::validateRegion(spec.region), WorkspaceRules::validateBilling(spec.billing)})
        rules.append(s);
    if (!rules.ok())
        return rules;
    if (spec.billing != ProductSpec::Subscription)
        return Result<Quote>::failure(Field::Billing,
                                      tr("A pay-as-you-go workspace is billed by use: there is nothing to pay now."));
    for (const Status &s : {WorkspaceRules::validateCuQuota(spec.billing, spec.cuQuota),
                            WorkspaceRules::validateDuration(spec.billing, spec.durationMonths)})
        rules.append(s);
    if (!rules.ok())
        return rules;
    Quote q;
    q.inputs.orderType = ProductSpec::OrderNew;
    q.inputs.region = spec.region;
    q.inputs.billing = spec.billing;
    q.inputs.cuAfter = spec.cuQuota;
    q.inputs.months = spec.durationMonths;
    q.inputs.unitMicroUsd = Pricing::subscriptionMicroUsdPerCuMonth(spec.region);
    q.quotedAtMs = m_clock.nowMs();
    q.amountCents = Pricing::subscriptionCents(spec.region, spec.cuQuota, spec.durationMonths);
    return q;
}

Result<Workspace> WorkspaceService::create(const Identity &who, const WorkspaceSpec &spec)
{
    return create(who, spec, nullptr, nullptr);
}

Result<Workspace> WorkspaceService::create(const Identity &who, const WorkspaceSpec &spec, const Quote &quote,
                                           std::optional<Quote> *requote)
{
    return create(who, spec, &quote, requote);
}

Result<Workspace> WorkspaceService::create(const Identity &who, const WorkspaceSpec &input, const Quote *quote,
                                           std::optional<Quote> *requote)
{
    if (requote)
        requote->reset();
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
        if (requote)
            requote->reset();
        if (Status valid = validate(spec); !valid.ok())
            return valid;
        const qint64 now = m_clock.nowMs();
        std::optional<Quote> price;
        if (subscription) {
            const Result<Quote> fresh = quoteNewSubscription(spec);
            if (!fresh.ok())
                return fresh;
            // Without a shown quote the caller takes the price as it is now.
            price = quote ? *quote : fresh.value();
            if (Status same = Quote::confirm(*price, fresh.value(), now, requote); !same.ok())
                return same;
        }
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
        const Result<qint64> delay = startingDelayMs();
        if (!delay.ok())
            return delay;
        w.readyAtMs = Checked::add(now, delay.value());
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
            // Exactly the price the user confirmed.
            order.amountCents = price->amountCents;
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
