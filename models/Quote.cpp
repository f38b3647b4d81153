#include "models/Quote.h"

#include "models/Pricing.h"

bool Quote::Inputs::operator==(const Inputs &o) const
{
    return orderType == o.orderType && workspaceId == o.workspaceId && region == o.region && billing == o.billing
        && cuBefore == o.cuBefore && cuAfter == o.cuAfter && months == o.months && periodStartMs == o.periodStartMs
        && periodEndMs == o.periodEndMs && unitMicroUsd == o.unitMicroUsd && netPaidCents == o.netPaidCents
        && orderIds == o.orderIds;
}

bool Quote::isStaleAt(qint64 nowMs) const
{
    const qint64 age = nowMs - quotedAtMs;
    return age < 0 || age > ValidityMs;
}

QString Quote::amountText(qint64 amountCents)
{
    if (amountCents > 0)
        return tr("%1 to pay").arg(Pricing::formatCents(amountCents));
    if (amountCents < 0)
        return tr("%1 refund").arg(Pricing::formatCents(-amountCents));
    return tr("%1 (nothing to pay)").arg(Pricing::formatCents(0));
}

Status Quote::changed(const Quote &shown, const Quote &fresh, bool stale)
{
    const QString before = amountText(shown.amountCents);
    const QString now = amountText(fresh.amountCents);
    QString message;
    if (!stale)
        message = tr("The price changed from %1 to %2 because the workspace changed since it was shown. Nothing was "
                     "charged; review the new price and confirm again.")
                      .arg(before, now);
    else if (shown.amountCents != fresh.amountCents)
        message = tr("The price changed from %1 to %2: a price can be confirmed for %n second(s) after it is shown. "
                     "Nothing was charged; review the new price and confirm again.",
                     nullptr, int(ValidityMs / 1000))
                      .arg(before, now);
    else
        message = tr("The price of %1 was shown more than %n second(s) ago. Nothing was charged; review it and "
                     "confirm again.",
                     nullptr, int(ValidityMs / 1000))
                      .arg(now);
    return Status::failure(Field::Quote, message, ErrorCode::Conflict);
}

Status Quote::confirm(const Quote &shown, const Quote &fresh, qint64 nowMs, std::optional<Quote> *requote)
{
    const bool sameInputs = shown.inputs == fresh.inputs;
    if (sameInputs && !shown.isStaleAt(nowMs))
        return {};
    if (requote)
        *requote = fresh;
    return changed(shown, fresh, sameInputs);
}
