#include "models/DomainText.h"

#include <QStringList>

namespace DomainText {
namespace {

template<typename E>
struct Names;

// Index = enum value. Changing a spelling here changes what is stored: never edit, only add.
template<>
struct Names<BillingMethod>
{
    static const char *const *list() { static const char *const n[] = {"Subscription", "PayAsYouGo"}; return n; }
    static constexpr int count = 2;
};
template<>
struct Names<WorkspaceStatus>
{
    static const char *const *list() { static const char *const n[] = {"Starting", "Running"}; return n; }
    static constexpr int count = 2;
};
template<>
struct Names<RunState>
{
    static const char *const *list()
    {
        static const char *const n[] = {"Submitted", "Pending", "Running", "Success", "Failed", "Cancelling", "Cancelled"};
        return n;
    }
    static constexpr int count = 7;
};
template<>
struct Names<Role>
{
    static const char *const *list() { static const char *const n[] = {"Owner", "DataEngineering", "DataScience", "Guest"}; return n; }
    static constexpr int count = 4;
};
template<>
struct Names<OrderType>
{
    static const char *const *list()
    {
        static const char *const n[] = {"New", "Upgrade", "Downgrade", "Refund", "Renewal", "Release"};
        return n;
    }
    static constexpr int count = 6;
};

template<typename E>
QString textOf(E value)
{
    const int i = int(value);
    Q_ASSERT(i >= 0 && i < Names<E>::count);
    return QLatin1String(Names<E>::list()[i]);
}

} // namespace

QString toText(BillingMethod value) { return textOf(value); }
QString toText(WorkspaceStatus value) { return textOf(value); }
QString toText(RunState value) { return textOf(value); }
QString toText(Role value) { return textOf(value); }
QString toText(OrderType value) { return textOf(value); }

template<typename E>
std::optional<E> fromText(const QString &text)
{
    for (int i = 0; i < Names<E>::count; ++i)
        if (text == QLatin1String(Names<E>::list()[i]))
            return E(i);
    return std::nullopt;
}

template<typename E>
QList<E> all()
{
    QList<E> values;
    for (int i = 0; i < Names<E>::count; ++i)
        values << E(i);
    return values;
}

template std::optional<BillingMethod> fromText<BillingMethod>(const QString &);
template std::optional<WorkspaceStatus> fromText<WorkspaceStatus>(const QString &);
template std::optional<RunState> fromText<RunState>(const QString &);
template std::optional<Role> fromText<Role>(const QString &);
template std::optional<OrderType> fromText<OrderType>(const QString &);
template QList<BillingMethod> all<BillingMethod>();
template QList<WorkspaceStatus> all<WorkspaceStatus>();
template QList<RunState> all<RunState>();
template QList<Role> all<Role>();
template QList<OrderType> all<OrderType>();

} // namespace DomainText
