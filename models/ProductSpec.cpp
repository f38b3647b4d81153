#include "ProductSpec.h"

namespace ProductSpec {

static QString tr(const char *text)
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
    return r ? tr(r->name) : id;
}

QString billingName(const QString &billing)
{
    if (billing == Subscription)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Subscription"));
    if (billing == PayAsYouGo)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Pay-as-you-go"));
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
    if (months % 12 == 0)
        return QCoreApplication::translate("ProductSpec", "%n year(s)", nullptr, months / 12);
    return QCoreApplication::translate("ProductSpec", "%n month(s)", nullptr, months);
}

QString statusName(const QString &status)
{
    if (status == StatusStarting)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Starting"));
    if (status == StatusRunning)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Running"));
    return status;
}

QStringList roles()
{
    return {RoleOwner, RoleDataEngineering, RoleDataScience, RoleGuest};
}

QString roleName(const QString &role)
{
    if (role == RoleOwner)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Workspace Administrator"));
    if (role == RoleDataEngineering)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Data Development"));
    if (role == RoleDataScience)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Data Analytics"));
    if (role == RoleGuest)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Guest"));
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
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Submitted"));
    if (state == RunPending)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Pending"));
    if (state == RunRunning)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Running"));
    if (state == RunSuccess)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Success"));
    if (state == RunFailed)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Failed"));
    if (state == RunCancelling)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Cancelling"));
    if (state == RunCancelled)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Cancelled"));
    return state;
}

QStringList codeTypes()
{
    return {QStringLiteral("SQL"), QStringLiteral("PYTHON"), QStringLiteral("JAR")};
}

QString orderTypeName(const QString &type)
{
    if (type == OrderNew)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "New purchase"));
    if (type == OrderUpgrade)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Upgrade"));
    if (type == OrderDowngrade)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Downgrade"));
    if (type == OrderRefund)
        return tr(QT_TRANSLATE_NOOP("ProductSpec", "Unsubscribe refund"));
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
