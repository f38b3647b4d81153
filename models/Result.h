#pragma once

#include <QList>
#include <QString>
#include <optional>
#include <utility>

// What a service call returns: either success (with a value) or one or more errors, each keyed
// by the field it concerns so a dialog can show it next to that field. Messages are already
// translated (tr() at the point the rule is checked).
enum class ErrorCode {
    Invalid,          // a field breaks a rule
    NameTaken,        // unique workspace name
    NotFound,
    PermissionDenied,
    PrerequisiteMissing,
    ActiveJobs,       // delete/unsubscribe guard
    Expired,
    Conflict,
    Storage,          // the database refused (busy, I/O)
};

struct FieldError
{
    QString field;    // one of the Field:: keys, or empty for the whole operation
    QString message;
    ErrorCode code = ErrorCode::Invalid;
};

namespace Field {
inline const QString General;
inline const QString Region = QStringLiteral("region");
inline const QString Billing = QStringLiteral("billing");
inline const QString Name = QStringLiteral("name");
inline const QString CuQuota = QStringLiteral("cuQuota");
inline const QString Duration = QStringLiteral("duration");
inline const QString Bucket = QStringLiteral("bucket");
inline const QString Path = QStringLiteral("path");
inline const QString Catalog = QStringLiteral("catalog");
inline const QString CatalogId = QStringLiteral("catalogId");
inline const QString ExecutionRole = QStringLiteral("executionRole");
inline const QString Tags = QStringLiteral("tags");
inline const QString Identity = QStringLiteral("identity");
inline const QString Confirmation = QStringLiteral("confirmation");
inline const QString Job = QStringLiteral("job");
inline const QString Member = QStringLiteral("member");
inline const QString Role = QStringLiteral("role");
inline const QString Queue = QStringLiteral("queue");
// A price that can no longer be confirmed as shown (models/Quote.h).
inline const QString Quote = QStringLiteral("quote");
// Tag errors use "tags/<row>/key" and "tags/<row>/value" so an editor can mark the row.
inline QString tagKey(int row) { return QStringLiteral("tags/%1/key").arg(row); }
inline QString tagValue(int row) { return QStringLiteral("tags/%1/value").arg(row); }
} // namespace Field

class Status
{
public:
    Status() = default;
    static Status failure(QString field, QString message, ErrorCode code = ErrorCode::Invalid)
    {
        Status s;
        s.add(std::move(field), std::move(message), code);
        return s;
    }
    static Status failure(QList<FieldError> errors)
    {
        Status s;
        s.m_errors = std::move(errors);
        return s;
    }

    bool ok() const { return m_errors.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QList<FieldError> &errors() const { return m_errors; }
    void add(QString field, QString message, ErrorCode code = ErrorCode::Invalid)
    {
        m_errors.append({std::move(field), std::move(message), code});
    }
    void append(const Status &other) { m_errors.append(other.m_errors); }

    bool has(ErrorCode code) const
    {
        for (const auto &e : m_errors)
            if (e.code == code)
                return true;
        return false;
    }
    bool hasField(const QString &field) const { return !message(field).isEmpty(); }
    // First message for a field, or empty.
    QString message(const QString &field) const
    {
        for (const auto &e : m_errors)
            if (e.field == field)
                return e.message;
        return {};
    }
    // Every message, one per line, for a message bar.
    QString text() const
    {
        QStringList lines;
        for (const auto &e : m_errors)
            lines << e.message;
        return lines.join(QLatin1Char('\n'));
    }

private:
    QList<FieldError> m_errors;
};

template<typename T>
class Result : public Status
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : Status(std::move(failure)) {}
    static Result failure(QString field, QString message, ErrorCode code = ErrorCode::Invalid)
    {
        return Result(Status::failure(std::move(field), std::move(message), code));
    }
    // Only after ok(): a failed result has no value (std::bad_optional_access, never garbage).
    const T &value() const & { return m_value.value(); }
    // On a temporary, a copy: `for (x : service.list().value())` must not iterate a destroyed result.
    T value() && { return std::move(m_value.value()); }
    const T &operator*() const & { return m_value.value(); }
    T operator*() && { return std::move(m_value.value()); }
    const T *operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
};
