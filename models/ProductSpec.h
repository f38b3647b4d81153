#pragma once

#include "models/DomainText.h"

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

// Billing methods: the stored text of BillingMethod (models/DomainText.h is the one mapping).
inline const QString Subscription = DomainText::toText(BillingMethod::Subscription);
inline const QString PayAsYouGo = DomainText::toText(BillingMethod::PayAsYouGo);
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
constexpr int RenewMonths = 1; // the auto-renew period of a subscription created with auto-renew
// The auto-renew periods one can choose after creation (issue 10), in months.
QList<int> autoRenewPeriods();
// Grace period of an expired subscription (decision, issue 10): for 15 days after its expiry an
// expired workspace keeps its data and members, refuses new job runs, and Renew restores it; then
// the scheduler releases it (deleted, a Release order stays in the billing history). A product
// constant like the other limits here, not a per-account setting: the cloud publishes one figure.
constexpr qint64 ExpiredGracePeriodMs = 15LL * 24 * 3600 * 1000;
// A subscription "expires soon" (said in words in the list and the Overview) within this many days.
constexpr int ExpiringSoonDays = 7;
// Bounded auto-renew catch-up (decision, issue 14 #6): a subscription renews by itself only when
// it expired at most this long ago (the app was closed over the expiry). One that expired earlier
// stays expired and the list says so: nobody is charged for months nobody saw. It is the grace
// period itself (issue 10): a subscription still held renews; one past it is released instead.
// 15 days is less than one month, so a catch-up records at most one Renewal order.
constexpr qint64 RenewCatchUpWindowMs = ExpiredGracePeriodMs;
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
inline const QString StatusStarting = DomainText::toText(WorkspaceStatus::Starting);
inline const QString StatusRunning = DomainText::toText(WorkspaceStatus::Running);
QString statusName(const QString &status); // translated

// Roles inside a workspace (spec §6): API names.
inline const QString RoleOwner = DomainText::toText(Role::Owner);
inline const QString RoleDataEngineering = DomainText::toText(Role::DataEngineering);
inline const QString RoleDataScience = DomainText::toText(Role::DataScience);
inline const QString RoleGuest = DomainText::toText(Role::Guest);
QStringList roles();
QString roleName(const QString &role); // translated

// Job run states (spec §5).
inline const QString RunSubmitted = DomainText::toText(RunState::Submitted);
inline const QString RunPending = DomainText::toText(RunState::Pending);
inline const QString RunRunning = DomainText::toText(RunState::Running);
inline const QString RunSuccess = DomainText::toText(RunState::Success);
inline const QString RunFailed = DomainText::toText(RunState::Failed);
inline const QString RunCancelling = DomainText::toText(RunState::Cancelling);
inline const QString RunCancelled = DomainText::toText(RunState::Cancelled);
QStringList activeRunStates();
bool isActiveRunState(const QString &state);
QString runStateName(const QString &state); // translated
QStringList codeTypes(); // SQL, PYTHON, JAR

inline const QString RootQueue = QStringLiteral("root_queue");
inline const QString DevQueue = QStringLiteral("dev_queue");

// Order types (billing history).
inline const QString OrderNew = DomainText::toText(OrderType::New);
inline const QString OrderUpgrade = DomainText::toText(OrderType::Upgrade);
inline const QString OrderDowngrade = DomainText::toText(OrderType::Downgrade);
inline const QString OrderRefund = DomainText::toText(OrderType::Refund);
inline const QString OrderRenewal = DomainText::toText(OrderType::Renewal); // Renew, or auto-renew by its period
// An expired subscription released after the grace period: amount 0, the only record that stays.
inline const QString OrderRelease = DomainText::toText(OrderType::Release);
QString orderTypeName(const QString &type); // translated

// Money: unit prices in micro-USD, charges in cents.
qint64 subscriptionMonthlyMicroUsd(const QString &regionId); // per CU per month
// Rounds half up from micro-USD to cents (only when a charge is recorded).
qint64 microUsdToCents(qint64 microUsd);
} // namespace ProductSpec
