#include "ui/create/PricePreview.h"

#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Quote.h"

#include <QLocale>

PricePreview::PricePreview(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("priceLabel"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

void PricePreview::showPrice(const QString &region, const QString &billing, int cu, int months)
{
    const QLocale locale;
    if (billing == ProductSpec::Subscription) {
        setText(tr("Amount due now: %1 (%2 CUs × %3 per CU per month × %4)")
                    .arg(Pricing::formatCents(Pricing::subscriptionCents(region, cu, months)), locale.toString(cu),
                         Pricing::formatUnitPrice(Pricing::subscriptionMicroUsdPerCuMonth(region)),
                         ProductSpec::durationName(months)));
    } else {
        setText(tr("Price: %1 per CU-hour. At the full quota of %2 CUs: %3 per hour.")
                    .arg(Pricing::formatUnitPrice(Pricing::payAsYouGoMicroUsdPerCuHour(region)), locale.toString(cu),
                         Pricing::formatCents(Pricing::payAsYouGoFullQuotaCentsPerHour(region, cu))));
    }
}

void PricePreview::showQuote(const Quote &quote)
{
    setText(tr("Amount due now: %1 (%2 CUs × %3 per CU per month × %4)")
                .arg(Pricing::formatCents(quote.amountCents), QLocale().toString(quote.inputs.cuAfter),
                     Pricing::formatUnitPrice(quote.inputs.unitMicroUsd), ProductSpec::durationName(quote.inputs.months)));
}

void PricePreview::showUnavailable(const QString &billing)
{
    setText(billing == ProductSpec::Subscription ? tr("Amount due now: shown once the CU quota is valid.")
                                                 : tr("Price: shown once the CU quota is valid."));
}
