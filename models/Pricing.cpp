#include "models/Pricing.h"

#include "models/ProductSpec.h"

#include <QDateTime>
#include <QLocale>

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

namespace {
// The UI locale's currency format (symbol position and spacing, the negative form, e.g.
// "($1.00)" in English) around an amount formatted with integers only: the locale formats the
// integer 1 or -1 as currency and the digit is replaced by the amount. The C locale has no
// currency format of its own; it uses the US one.
QString currencyText(bool negative, const QString &magnitude)
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const QString one = locale.toString(1);
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -1 : 1), QStringLiteral("$"));
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + magnitude;
    return pattern.replace(at, one.size(), magnitude);
}

QLocale numberLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

// Whole part with the locale's group separators, then exactly `decimals` fraction digits.
QString magnitudeText(qint64 whole, qint64 fraction, int decimals)
{
    const QLocale locale = numberLocale();
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    QString digits = plain.toString(fraction);
    while (digits.size() < decimals * locale.zeroDigit().size())
        digits.prepend(locale.zeroDigit());
    return locale.toString(whole) + locale.decimalPoint() + digits;
}
} // namespace

QString formatCents(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    // Integer formatting of dollars and cents: no double ever touches the amount.
    return currencyText(cents < 0, magnitudeText(a / 100, a % 100, 2));
}

QString formatMicroUsd(qint64 microUsd, int decimals)
{
    const qint64 a = microUsd < 0 ? -microUsd : microUsd;
    qint64 scale = 1;
    for (int i = decimals; i < 6; ++i)
        scale *= 10;
    return currencyText(microUsd < 0, magnitudeText(a / 1000000, (a % 1000000) / scale, decimals));
}

QString formatUnitPrice(qint64 microUsd)
{
    int decimals = 6;
    qint64 scale = 1;
    while (decimals > 2 && (microUsd / scale) % 10 == 0) {
        --decimals;
        scale *= 10;
    }
    return formatMicroUsd(microUsd, decimals);
}
} // namespace Pricing
