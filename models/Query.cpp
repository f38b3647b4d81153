#include "models/Query.h"

namespace Query {

Result<std::optional<QVariant>> value(const Database &db, const QString &sql, const QVariantList &values,
                                      const QString &operation)
{
    return first(db, sql, values, operation, [](const QSqlQuery &q) { return q.value(0); });
}

Result<QStringList> strings(const Database &db, const QString &sql, const QVariantList &values,
                            const QString &operation)
{
    return all(db, sql, values, operation, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<qint64> number(const Database &db, const QString &sql, const QVariantList &values, const QString &operation)
{
    const Result<std::optional<QVariant>> v = value(db, sql, values, operation);
    if (!v.ok())
        return Status(v);
    return v.value() ? v.value()->toLongLong() : 0;
}

Result<bool> exists(const Database &db, const QString &sql, const QVariantList &values, const QString &operation)
{
    const Result<std::optional<QVariant>> v = value(db, sql, values, operation);
    if (!v.ok())
        return Status(v);
    return v.value().has_value();
}

} // namespace Query
