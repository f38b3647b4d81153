#include "models/AccountDirectory.h"

#include "models/Database.h"
#include "models/ProductSpec.h"

#include <QSqlQuery>
#include <QVariant>

QString AccountDirectory::accountUid() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT uid FROM account WHERE id = 1")) && q.next())
        return q.value(0).toString();
    return {};
}

bool AccountDirectory::realNameVerified() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT real_name_verified FROM account WHERE id = 1")) && q.next() && q.value(0).toBool();
}

bool AccountDirectory::ossActivated() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT oss_activated FROM account WHERE id = 1")) && q.next() && q.value(0).toBool();
}

bool AccountDirectory::dlfActivated(const QString &region) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT dlf_activated FROM regions WHERE id = ?"));
    q.addBindValue(region);
    return q.exec() && q.next() && q.value(0).toBool();
}

Identity AccountDirectory::owner() const
{
    Identity id;
    id.kind = Identity::Kind::AccountOwner;
    id.name = accountUid();
    id.sparkAdmin = true;
    return id;
}

QStringList AccountDirectory::ramUserNames() const
{
    QStringList names;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT name FROM ram_users ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Identity AccountDirectory::identity(const QString &name) const
{
    if (name.isEmpty() || name == accountUid())
        return owner();
    Identity id;
    id.kind = Identity::Kind::RamUser;
    id.name = name;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT spark_admin FROM ram_users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return owner();
    id.sparkAdmin = q.value(0).toBool();
    q.prepare(QStringLiteral("SELECT policy FROM ram_user_policies WHERE user_name = ? ORDER BY policy"));
    q.addBindValue(name);
    q.exec();
    while (q.next())
        id.policies << q.value(0).toString();
    return id;
}

QList<Identity> AccountDirectory::identities() const
{
    QList<Identity> list{owner()};
    for (const QString &name : ramUserNames())
        list << identity(name);
    return list;
}

QList<Bucket> AccountDirectory::buckets(const QString &region) const
{
    QList<Bucket> list;
    QSqlQuery q(m_db.connection());
    if (region.isEmpty()) {
        q.exec(QStringLiteral("SELECT name, region, hdfs_enabled FROM buckets ORDER BY name"));
    } else {
        q.prepare(QStringLiteral("SELECT name, region, hdfs_enabled FROM buckets WHERE region = ? ORDER BY name"));
        q.addBindValue(region);
        q.exec();
    }
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return list;
}

std::optional<Bucket> AccountDirectory::bucket(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, region, hdfs_enabled FROM buckets WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return Bucket{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
    return std::nullopt;
}

QList<DlfCatalog> AccountDirectory::catalogs(const QString &region) const
{
    QList<DlfCatalog> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT catalog_id, region FROM catalogs WHERE region = ? ORDER BY created_at, catalog_id"));
    q.addBindValue(region);
    q.exec();
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

QList<RamRole> AccountDirectory::executionRoles() const
{
    QList<RamRole> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, trusted_service FROM ram_roles WHERE trusted_service = ?"
                             " ORDER BY name = ? DESC, name"));
    q.addBindValue(ProductSpec::SparkServicePrincipal);
    q.addBindValue(ProductSpec::DefaultExecutionRole);
    q.exec();
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

QString AccountDirectory::displayName(const Identity &identity)
{
    if (identity.isOwner())
        return tr("Account owner (UID %1)").arg(identity.name);
    return tr("RAM user %1").arg(identity.name);
}
