#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Product facts from ../shared/spec/product.md in one place, so a limit or price changes in one
// edit. Display names are English source strings translated through tr() in the "ProductSpec"
// context.
namespace ProductSpec {

struct RegionInfo
{
    const char *id;
    const char *name;           // English; translate with regionName()
    qint64 payAsYouGoMicroUsd;  // USD per CU-hour, in micro-USD (spec §4)
};

const QList<RegionInfo> &regions();
const RegionInfo *region(const QString &id);
QStringList regionIds();
QString regionName(const QString &id);   // translated

// Billing methods: API values.
inline const QString Subscription = QStringLiteral("Subscription");
inline const QString PayAsYouGo = QStringLiteral("PayAsYouGo");
QString billingName(const QString &billing); // translated

// CU quota per billing method (spec §3).
struct CuRange { int min; int max; int defaultValue; };
CuRange cuRange(const QString &billing);

// Subscription durations in months: 1..9, 12, 24, 36.
QList<int> durationMonths();
QString durationName(int months); // translated, e.g. "3 months", "1 year"

constexpr int NameMaxLength = 64;
constexpr int MaxTags = 20;
constexpr int TagKeyMaxLength = 128;
constexpr int TagValueMaxLength = 128;
constexpr int OssPathMaxBytes = 1023;
constexpr int CatalogIdMinLength = 2;
constexpr int CatalogIdMaxLength = 256;
constexpr int SubscriptionPriceHoursPerMonth = 480; // monthly CU price = CU-hour price x 480
constexpr int RenewMonths = 1;
// Bounded auto-renew catch-up (decision, issue 14 #6): a subscription renews by itself only when
// it expired at most this long ago (the app was closed over the expiry). One that expired earlier
// stays expired and the list says so: nobody is charged for months nobody saw. 15 days is less
// than one RenewMonths period, so a catch-up records at most one Renewal order.
constexpr qint64 RenewCatchUpWindowMs = 15LL * 24 * 3600 * 1000;
constexpr qint64 DefaultStartingDelayMs = 5000;      // Starting -> Running (decision: a setting)

inline const QString DefaultExecutionRole = QStringLiteral("AliyunEMRSparkJobRunDefaultRole");
inline const QString SparkServicePrincipal = QStringLiteral("spark.emr-serverless.aliyuncs.com");

// RAM policies (spec §1).
inline const QString PolicySparkFull = QStringLiteral("AliyunEMRServerlessSparkFullAccess");
inline const QString PolicyOssFull = QStringLiteral("AliyunOSSFullAccess");
inline const QString PolicyDlfFull = QStringLiteral("AliyunDLFFullAccess");
inline const QString PolicySparkDeveloper = QStringLiteral("AliyunEMRServerlessSparkDeveloperAccess");
inline const QString PolicySparkReadOnly = QStringLiteral("AliyunEMRServerlessSparkReadOnlyAccess");

// Workspace status.
inline const QString StatusStarting = QStringLiteral("Starting");
inline const QString StatusRunning = QStringLiteral("Running");
QString statusName(const QString &status); // translated

// Roles inside a workspace (spec §6): API names.
inline const QString RoleOwner = QStringLiteral("Owner");
inline const QString RoleDataEngineering = QStringLiteral("DataEngineering");
inline const QString RoleDataScience = QStringLiteral("DataScience");
inline const QString RoleGuest = QStringLiteral("Guest");
QStringList roles();
QString roleName(const QString &role); // translated

// Job run states (spec §5).
inline const QString RunSubmitted = QStringLiteral("Submitted");
inline const QString RunPending = QStringLiteral("Pending");
inline const QString RunRunning = QStringLiteral("Running");
inline const QString RunSuccess = QStringLiteral("Success");
inline const QString RunFailed = QStringLiteral("Failed");
inline const QString RunCancelling = QStringLiteral("Cancelling");
inline const QString RunCancelled = QStringLiteral("Cancelled");
QStringList activeRunStates();
bool isActiveRunState(const QString &state);
QString runStateName(const QString &state); // translated
QStringList codeTypes(); // SQL, PYTHON, JAR

inline const QString RootQueue = QStringLiteral("root_queue");
inline const QString DevQueue = QStringLiteral("dev_queue");

// Order types (billing history).
inline const QString OrderNew = QStringLiteral("New");
inline const QString OrderUpgrade = QStringLiteral("Upgrade");
inline const QString OrderDowngrade = QStringLiteral("Downgrade");
inline const QString OrderRefund = QStringLiteral("Refund");
inline const QString OrderRenewal = QStringLiteral("Renewal"); // auto-renew, RenewMonths at a time
QString orderTypeName(const QString &type); // translated

// Money: unit prices in micro-USD, charges in cents.
qint64 subscriptionMonthlyMicroUsd(const QString &regionId); // per CU per month
// Rounds half up from micro-USD to cents (only when a charge is recorded).
qint64 microUsdToCents(qint64 microUsd);
} // namespace ProductSpec
