#include "models/AccountDirectory.h"

#include "models/Database.h"
#include "models/ProductSpec.h"
#include "models/Query.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QString readAccountFailed()
{
    return AccountDirectory::tr("Could not read the account settings.");
}

Result<bool> accountFlag(Database &db, const QString &column)
{
    const auto v = Query::value(db, QStringLiteral("SELECT %1 FROM account WHERE id = 1").arg(column), {}, readAccountFailed());
    if (!v.ok())
        return Status(v);
    return v.value() && v.value()->toBool();
}

} // namespace

Result<QString> AccountDirectory::accountUid() const
{
    const auto v = Query::value(m_db, QStringLiteral("SELECT uid FROM account WHERE id = 1"), {}, readAccountFailed());
    if (!v.ok())
        return Status(v);
    // Every database we create has the account row; without it nobody can be the owner.
    if (!v.value())
        return Result<QString>::failure(Field::General,
                                        tr("Could not read the account settings: the account record is missing."),
                                        ErrorCode::Storage);
    return v.value()->toString();
}

Result<bool> AccountDirectory::realNameVerified() const
{
    return accountFlag(m_db, QStringLiteral("real_name_verified"));
}

Result<bool> AccountDirectory::ossActivated() const
{
    return accountFlag(m_db, QStringLiteral("oss_activated"));
}

Result<bool> AccountDirectory::dlfActivated(const QString &region) const
{
    const auto v = Query::value(m_db, QStringLiteral("SELECT dlf_activated FROM regions WHERE id = ?"), {region},
                           readAccountFailed());
    if (!v.ok())
        return Status(v);
    return v.value() && v.value()->toBool();
}

Result<Identity> AccountDirectory::owner() const
{
    const Result<QString> uid = accountUid();
    if (!uid.ok())
        return Status(uid);
    Identity id;
    id.kind = Identity::Kind::AccountOwner;
    id.name = uid.value();
    id.sparkAdmin = true;
    return id;
}

Result<QStringList> AccountDirectory::ramUserNames() const
{
    return Query::strings(m_db, QStringLiteral("SELECT name FROM ram_users ORDER BY name"), {},
                          tr("Could not read the RAM users of the account."));
}

Result<Identity> AccountDirectory::identity(const QString &name) const
{
    // Fails closed: a lookup that fails or finds nobody is an error, never the account owner.
    const Result<QString> uid = accountUid();
    if (!uid.ok())
        return Status(uid);
    if (name == uid.value())
        return owner();
    const QString failed = tr("Could not read the permissions of %1.").arg(name);
    Identity id;
    id.kind = Identity::Kind::RamUser;
    id.name = name;
    const auto admin = Query::value(m_db, QStringLiteral("SELECT spark_admin FROM ram_users WHERE name = ?"), {name}, failed);
    if (!admin.ok())
        return Status(admin);
    if (!admin.value())
        return Result<Identity>::failure(Field::Identity, tr("%1 is not a RAM user of this account.").arg(name),
                                         ErrorCode::NotFound);
    id.sparkAdmin = admin.value()->toBool();
    const Result<QStringList> policies = Query::strings(
        m_db, QStringLiteral("SELECT policy FROM ram_user_policies WHERE user_name = ? ORDER BY policy"), {name}, failed);
    if (!policies.ok())
        return Status(policies);
    id.policies = policies.value();
    return id;
}

Result<QList<Identity>> AccountDirectory::identities() const
{
    const Result<Identity> first = owner();
    if (!first.ok())
        return Status(first);
    // Every RAM user with its policies in one read (the window lists them at start-up).
    struct Row
    {
        QString name;
        bool sparkAdmin;
        QVariant policy;
    };
    const auto rows = Query::all(m_db,
                                 QStringLiteral("SELECT u.name, u.spark_admin, p.policy FROM ram_users u "
                                                "LEFT JOIN ram_user_policies p ON p.user_name = u.name "
                                                "ORDER BY u.name, p.policy"),
                                 {}, tr("Could not read the RAM users of the account."), [](const QSqlQuery &q) {
                                     return Row{q.value(0).toString(), q.value(1).toBool(), q.value(2)};
                                 });
    if (!rows.ok())
        return Status(rows);
    QList<Identity> list{first.value()};
    for (const Row &row : rows.value()) {
        if (list.size() == 1 || list.last().name != row.name) {
            Identity user;
            user.kind = Identity::Kind::RamUser;
            user.name = row.name;
            user.sparkAdmin = row.sparkAdmin;
            list << user;
        }
        if (!row.policy.isNull())
            list.last().policies << row.policy.toString();
    }
    return list;
}

namespace {

Bucket readBucket(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
}

QString readBucketsFailed()
{
    return AccountDirectory::tr("Could not read the OSS buckets of the account.");
}

} // namespace

Result<QList<Bucket>> AccountDirectory::buckets(const QString &region) const
{
    if (region.isEmpty())
        return Query::all(m_db, QStringLiteral("SELECT name, region, hdfs_enabled FROM buckets ORDER BY name"), {},
                          readBucketsFailed(), readBucket);
    return Query::all(m_db, QStringLiteral("SELECT name, region, hdfs_enabled FROM buckets WHERE region = ? ORDER BY name"),
                      {region}, readBucketsFailed(), readBucket);
}

Result<std::optional<Bucket>> AccountDirectory::bucket(const QString &name) const
{
    return Query::first(m_db, QStringLiteral("SELECT name, region, hdfs_enabled FROM buckets WHERE name = ?"), {name},
                        readBucketsFailed(), readBucket);
}

Result<QList<DlfCatalog>> AccountDirectory::catalogs(const QString &region) const
{
    return Query::all(m_db, QStringLiteral("SELECT catalog_id, region FROM catalogs WHERE region = ?"
                                           " ORDER BY created_at, catalog_id"),
                      {region}, tr("Could not read the DLF data catalogs of the account."),
                      [](const QSqlQuery &q) { return DlfCatalog{q.value(0).toString(), q.value(1).toString()}; });
}

Result<QList<RamRole>> AccountDirectory::executionRoles() const
{
    return Query::all(m_db, QStringLiteral("SELECT name, trusted_service FROM ram_roles WHERE trusted_service = ?"
                                           " ORDER BY name = ? DESC, name"),
                      {ProductSpec::SparkServicePrincipal, ProductSpec::DefaultExecutionRole},
                      tr("Could not read the RAM roles of the account."),
                      [](const QSqlQuery &q) { return RamRole{q.value(0).toString(), q.value(1).toString()}; });
}

QString AccountDirectory::displayName(const Identity &identity)
{
    if (identity.isOwner())
        return tr("Account owner (UID %1)").arg(identity.name);
    return tr("RAM user %1").arg(identity.name);
}
