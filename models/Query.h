#pragma once

#include "models/Database.h"
#include "models/Result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <optional>
#include <type_traits>

// Checked reads: prepare, bind, execute and step in one call. A failed prepare, execution or
// step is a Storage error that names the operation ("Could not read the workspace list."),
// never a shorter list, a missing row or a zero.
namespace Query {

template<typename ReadRow>
using RowType = std::decay_t<std::invoke_result_t<ReadRow &, const QSqlQuery &>>;

// Every row of sql run with values, each turned into a value by readRow.
template<typename ReadRow>
Result<QList<RowType<ReadRow>>> all(const Database &db, const QString &sql, const QVariantList &values,
                                    const QString &operation, ReadRow readRow)
{
    QSqlQuery q(db.connection());
    if (Status s = Database::exec(q, sql, values, operation); !s.ok())
        return s;
    QList<RowType<ReadRow>> rows;
    while (q.next())
        rows.append(readRow(q));
    if (Status s = Database::fetched(q, operation); !s.ok())
        return s;
    return rows;
}

// The first row turned into a value by readRow; none when there is no row.
template<typename ReadRow>
Result<std::optional<RowType<ReadRow>>> first(const Database &db, const QString &sql, const QVariantList &values,
                                              const QString &operation, ReadRow readRow)
{
    QSqlQuery q(db.connection());
    if (Status s = Database::exec(q, sql, values, operation); !s.ok())
        return s;
    const Result<bool> row = Database::next(q, operation);
    if (!row.ok())
        return Status(row);
    if (!row.value())
        return std::optional<RowType<ReadRow>>();
    return std::optional<RowType<ReadRow>>(readRow(q));
}

// The first column of the first row; none when there is no row.
Result<std::optional<QVariant>> value(const Database &db, const QString &sql, const QVariantList &values,
                                      const QString &operation);

// The first column of every row, as text.
Result<QStringList> strings(const Database &db, const QString &sql, const QVariantList &values,
                            const QString &operation);

// A count(*) or coalesce(sum(...), 0): the first column of the first row, 0 without a row.
Result<qint64> number(const Database &db, const QString &sql, const QVariantList &values, const QString &operation);

// Whether sql finds a row ("SELECT 1 FROM ... WHERE ...").
Result<bool> exists(const Database &db, const QString &sql, const QVariantList &values, const QString &operation);

} // namespace Query
