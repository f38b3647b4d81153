#include "ui/create/PricePreview.h"

#include "models/Format.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Quote.h"


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
    if (billing == ProductSpec::Subscription) {
        setText(tr("Amount due now: %1 (%2 CUs × %3 per CU per month × %4)")
                    .arg(Format::money(Pricing::subscriptionCents(region, cu, months)), Format::number(cu),
                         Format::unitPrice(Pricing::subscriptionMicroUsdPerCuMonth(region)),
                         ProductSpec::durationName(months)));
    } else {
        setText(tr("Price: %1 per CU-hour. At the full quota of %2 CUs: %3 per hour.")
                    .arg(Format::unitPrice(Pricing::payAsYouGoMicroUsdPerCuHour(region)), Format::number(cu),
                         Format::money(Pricing::payAsYouGoFullQuotaCentsPerHour(region, cu))));
    }
}

void PricePreview::showQuote(const Quote &quote)
{
    setText(tr("Amount due now: %1 (%2 CUs × %3 per CU per month × %4)")
                .arg(Format::money(quote.amountCents), Format::number(quote.inputs.cuAfter),
                     Format::unitPrice(quote.inputs.unitMicroUsd), ProductSpec::durationName(quote.inputs.months)));
}

void PricePreview::showUnavailable(const QString &billing)
{
    setText(billing == ProductSpec::Subscription ? tr("Amount due now: shown once the CU quota is valid.")
                                                 : tr("Price: shown once the CU quota is valid."));
}
