#pragma once

#include <QString>
#include <QtGlobal>

// Money rules of spec §4. Unit prices are micro-USD; charges are integer cents, rounded half up
// only when a charge is computed. No floating point anywhere.
namespace Pricing {

// USD per CU-hour for pay-as-you-go, in micro-USD.
qint64 payAsYouGoMicroUsdPerCuHour(const QString &region);
// USD per CU per month for subscriptions, in micro-USD (CU-hour price x 480).
qint64 subscriptionMicroUsdPerCuMonth(const QString &region);

// Amount due for a new subscription: CU x monthly price x months, in cents.
qint64 subscriptionCents(const QString &region, int cu, int months);
// Cost per hour of a pay-as-you-go workspace running at its full quota, in cents.
qint64 payAsYouGoFullQuotaCentsPerHour(const QString &region, int cu);

// Upgrade/downgrade: (new - current) x monthly price x remaining seconds / (30 x 86,400).
// Positive: the customer pays; negative: refund.
qint64 quotaChangeCents(const QString &region, int currentCu, int newCu, qint64 remainingSeconds);

// Unsubscribe refund: paid - used/subscribed x paid, never below 0.
qint64 unsubscribeRefundCents(qint64 netPaidCents, qint64 usedMs, qint64 subscribedMs);

// Subscription expiry: purchase time + calendar months, UTC.
qint64 expiryMs(qint64 purchaseMs, int months);

// Amounts are shown with Format::money / Format::unitPrice (models/Format.h).
} // namespace Pricing
