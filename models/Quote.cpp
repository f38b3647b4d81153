#include "models/Quote.h"

#include "models/Format.h"
#include "models/Pricing.h"

#include <QLocale>

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
        return tr("%1 to pay").arg(Format::money(amountCents));
    if (amountCents < 0)
        return tr("%1 refund").arg(Format::money(-amountCents));
    return tr("%1 (nothing to pay)").arg(Format::money(0));
}

Status Quote::changed(const Quote &shown, const Quote &fresh, bool stale)
{
    const QString before = amountText(shown.amountCents);
    const QString now = amountText(fresh.amountCents);
    const Inputs &a = shown.inputs;
    const Inputs &b = fresh.inputs;
    QString reason;
    if (stale)
        reason = tr("A price can be confirmed for %1 seconds after it is shown.").arg(Format::number(ValidityMs / 1000));
    else if (a.workspaceId != b.workspaceId || a.orderType != b.orderType)
        reason = tr("This price is for another change.");
    else if (a.cuBefore != b.cuBefore && !a.workspaceId.isEmpty())
        reason = tr("The CU quota was changed to %1 CUs elsewhere after the price was shown.")
                     .arg(Format::number(b.cuBefore));
    else if (a.periodStartMs != b.periodStartMs || a.periodEndMs != b.periodEndMs)
        reason = tr("The subscription period changed (it renewed or expired) after the price was shown.");
    else if (a.orderIds != b.orderIds || a.netPaidCents != b.netPaidCents)
        reason = tr("An order was recorded for this workspace after the price was shown.");
    else
        reason = tr("What the price was computed from changed after it was shown.");
    QString message;
    if (shown.amountCents == fresh.amountCents)
        message = tr("%1 The price is still %2. Nothing was charged; review it and confirm again.").arg(reason, now);
    else if (shown.amountCents <= 0 && fresh.amountCents <= 0)
        message = tr("%1 The refund changed from %2 to %3. Nothing was recorded; review the new refund and confirm "
                     "again.")
                      .arg(reason, Format::money(-shown.amountCents), Format::money(-fresh.amountCents));
    else if (shown.amountCents >= 0 && fresh.amountCents >= 0)
        message = tr("%1 The price changed from %2 to %3. Nothing was charged; review the new price and confirm again.")
                      .arg(reason, Format::money(shown.amountCents), Format::money(fresh.amountCents));
    else
        message = tr("%1 The price changed from %2 to %3. Nothing was charged; review the new price and confirm again.")
                      .arg(reason, before, now);
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
