#include "models/ProductSpec.h"

namespace ProductSpec {

// Translates a name declared with QT_TRANSLATE_NOOP in the "ProductSpec" context.
static QString translated(const char *text)
{
    return QCoreApplication::translate("ProductSpec", text);
}

const QList<RegionInfo> &regions()
{
    static const QList<RegionInfo> list = {
        {"cn-beijing", QT_TRANSLATE_NOOP("ProductSpec", "China (Beijing)"), 50302},
        {"cn-hangzhou", QT_TRANSLATE_NOOP("ProductSpec", "China (Hangzhou)"), 50302},
        {"cn-shanghai", QT_TRANSLATE_NOOP("ProductSpec", "China (Shanghai)"), 50302},
        {"cn-shenzhen", QT_TRANSLATE_NOOP("ProductSpec", "China (Shenzhen)"), 50302},
        {"cn-hongkong", QT_TRANSLATE_NOOP("ProductSpec", "China (Hong Kong)"), 74048},
        {"ap-northeast-1", QT_TRANSLATE_NOOP("ProductSpec", "Japan (Tokyo)"), 69420},
        {"ap-southeast-1", QT_TRANSLATE_NOOP("ProductSpec", "Singapore"), 67106},
        {"ap-southeast-5", QT_TRANSLATE_NOOP("ProductSpec", "Indonesia (Jakarta)"), 67106},
        {"eu-central-1", QT_TRANSLATE_NOOP("ProductSpec", "Germany (Frankfurt)"), 64792},
        {"us-east-1", QT_TRANSLATE_NOOP("ProductSpec", "US (Virginia)"), 53801},
        {"us-west-1", QT_TRANSLATE_NOOP("ProductSpec", "US (Silicon Valley)"), 53801},
        {"na-south-1", QT_TRANSLATE_NOOP("ProductSpec", "Mexico"), 51220},
    };
    return list;
}

const RegionInfo *region(const QString &id)
{
    for (const auto &r : regions())
        if (id == QLatin1String(r.id))
            return &r;
    return nullptr;
}

QStringList regionIds()
{
    QStringList ids;
    for (const auto &r : regions())
        ids << QLatin1String(r.id);
    return ids;
}

QString regionName(const QString &id)
{
    const RegionInfo *r = region(id);
    return r ? translated(r->name) : id;
}

QString billingName(const QString &billing)
{
    if (billing == Subscription)
        return QCoreApplication::translate("ProductSpec", "Subscription");
    if (billing == PayAsYouGo)
        return QCoreApplication::translate("ProductSpec", "Pay-as-you-go");
    return billing;
}

CuRange cuRange(const QString &billing)
{
    if (billing == Subscription)
        return {25, 1000, 100};
    return {1, 5000, 1000};
}

QList<int> durationMonths()
{
    return {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36};
}

QString durationName(int months)
{
    const int years = months / 12;
    if (years * 12 == months)
        return QCoreApplication::translate("ProductSpec", "%n year(s)", nullptr, years);
    return QCoreApplication::translate("ProductSpec", "%n month(s)", nullptr, months);
}

QString statusName(const QString &status)
{
    if (status == StatusStarting)
        return QCoreApplication::translate("ProductSpec", "Starting");
    if (status == StatusRunning)
        return QCoreApplication::translate("ProductSpec", "Running");
    return status;
}

QStringList roles()
{
    return {RoleOwner, RoleDataEngineering, RoleDataScience, RoleGuest};
}

QString roleName(const QString &role)
{
    if (role == RoleOwner)
        return QCoreApplication::translate("ProductSpec", "Workspace Administrator");
    if (role == RoleDataEngineering)
        return QCoreApplication::translate("ProductSpec", "Data Development");
    if (role == RoleDataScience)
        return QCoreApplication::translate("ProductSpec", "Data Analytics");
    if (role == RoleGuest)
        return QCoreApplication::translate("ProductSpec", "Guest");
    return role;
}

QStringList activeRunStates()
{
    return {RunSubmitted, RunPending, RunRunning, RunCancelling};
}

bool isActiveRunState(const QString &state)
{
    return activeRunStates().contains(state);
}

QString runStateName(const QString &state)
{
    if (state == RunSubmitted)
        return QCoreApplication::translate("ProductSpec", "Submitted");
    if (state == RunPending)
        return QCoreApplication::translate("ProductSpec", "Pending");
    if (state == RunRunning)
        return QCoreApplication::translate("ProductSpec", "Running");
    if (state == RunSuccess)
        return QCoreApplication::translate("ProductSpec", "Success");
    if (state == RunFailed)
        return QCoreApplication::translate("ProductSpec", "Failed");
    if (state == RunCancelling)
        return QCoreApplication::translate("ProductSpec", "Cancelling");
    if (state == RunCancelled)
        return QCoreApplication::translate("ProductSpec", "Cancelled");
    return state;
}

QStringList codeTypes()
{
    return {QStringLiteral("SQL"), QStringLiteral("PYTHON"), QStringLiteral("JAR")};
}

QList<int> autoRenewPeriods()
{
    return {1, 2, 3, 6, 12};
}

QString orderTypeName(const QString &type)
{
    if (type == OrderNew)
        return QCoreApplication::translate("ProductSpec", "New purchase");
    if (type == OrderUpgrade)
        return QCoreApplication::translate("ProductSpec", "Upgrade");
    if (type == OrderDowngrade)
        return QCoreApplication::translate("ProductSpec", "Downgrade");
    if (type == OrderRefund)
        return QCoreApplication::translate("ProductSpec", "Unsubscribe refund");
    if (type == OrderRenewal)
        return QCoreApplication::translate("ProductSpec", "Renewal");
    if (type == OrderRelease)
        return QCoreApplication::translate("ProductSpec", "Release");
    return type;
}

qint64 subscriptionMonthlyMicroUsd(const QString &regionId)
{
    const RegionInfo *r = region(regionId);
    return r ? r->payAsYouGoMicroUsd * SubscriptionPriceHoursPerMonth : 0;
}

qint64 microUsdToCents(qint64 microUsd)
{
    // 1 cent = 10,000 micro-USD; half up, symmetric for refunds (negative amounts).
    if (microUsd >= 0)
        return (microUsd + 5000) / 10000;
    return -((-microUsd + 5000) / 10000);
}

} // namespace ProductSpec
