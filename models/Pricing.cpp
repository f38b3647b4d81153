#include "models/Pricing.h"


#include "models/ProductSpec.h"

#include <QDateTime>

namespace Pricing {

qint64 payAsYouGoMicroUsdPerCuHour(const QString &region)
{
    const auto *r = ProductSpec::region(region);
    return r ? r->payAsYouGoMicroUsd : 0;
}

qint64 subscriptionMicroUsdPerCuMonth(const QString &region)
{
    return ProductSpec::subscriptionMonthlyMicroUsd(region);
}

qint64 subscriptionCents(const QString &region, int cu, int months)
{
    return ProductSpec::microUsdToCents(subscriptionMicroUsdPerCuMonth(region) * cu * months);
}

qint64 payAsYouGoFullQuotaCentsPerHour(const QString &region, int cu)
{
    return ProductSpec::microUsdToCents(payAsYouGoMicroUsdPerCuHour(region) * cu);
}

namespace {
// Divides rounding half away from zero, on integers.
qint64 divideRounded(__int128 numerator, __int128 denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    __int128 n = numerator < 0 ? -numerator : numerator;
    const __int128 d = denominator < 0 ? -denominator : denominator;
    const __int128 q = (2 * n + d) / (2 * d);
    return qint64(negative ? -q : q);
}
} // namespace

qint64 quotaChangeCents(const QString &region, int currentCu, int newCu, qint64 remainingSeconds)
{
    if (remainingSeconds <= 0)
        return 0;
    // micro-USD x seconds / (30 x 86,400 s) / 10,000 micro-USD per cent, in one rounding step.
    const __int128 numerator = __int128(newCu - currentCu) * subscriptionMicroUsdPerCuMonth(region) * remainingSeconds;
    const __int128 denominator = __int128(30) * 86400 * 10000;
    return divideRounded(numerator, denominator);
}

qint64 unsubscribeRefundCents(qint64 netPaidCents, qint64 usedMs, qint64 subscribedMs)
{
    if (netPaidCents <= 0 || subscribedMs <= 0)
        return 0;
    usedMs = qBound<qint64>(0, usedMs, subscribedMs);
    const qint64 usedCents = divideRounded(__int128(netPaidCents) * usedMs, subscribedMs);
    return std::max<qint64>(0, netPaidCents - usedCents);
}

qint64 expiryMs(qint64 purchaseMs, int months)
{
    return QDateTime::fromMSecsSinceEpoch(purchaseMs, Qt::UTC).addMonths(months).toMSecsSinceEpoch();
}

} // namespace Pricing
