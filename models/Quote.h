#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// A price as the user sees it before confirming (issue 9 #3): computed in models/ once, shown by
// the dialog, and handed back by the committing call, which records exactly amountCents. The
// committing call recomputes the quote from the database inside its transaction and refuses
// (Field::Quote, ErrorCode::Conflict, with the fresh quote) when the inputs differ (another
// instance changed the quota, the subscription renewed or expired, an order was added) or the
// quote is older than ValidityMs. Nothing is recorded then; the dialog shows the fresh quote and
// asks again. New purchases, upgrades, downgrades and refunds use it; renewals and conversions
// (issue 10) are meant to fill in the same inputs (months, period) with their own order type.
struct Quote
{
    Q_DECLARE_TR_FUNCTIONS(Quote)

public:
    // How long a shown price may be confirmed (decision: 60 s on the services' clock). A refund
    // or a price difference shrinks by the second, so an older quote would record a figure that
    // is no longer true; a new purchase's price does not move, but one rule for all keeps it simple.
    static constexpr qint64 ValidityMs = 60'000;

    // What the amount was computed from. Two quotes with equal inputs price the same change.
    struct Inputs
    {
        QString orderType;        // ProductSpec::Order*: what confirming records
        QString workspaceId;      // empty for a new workspace
        QString region;
        QString billing;
        int cuBefore = 0;         // the quota the price starts from (0 for a new subscription)
        int cuAfter = 0;          // the requested quota (0 when unsubscribing)
        int months = 0;           // new subscription (and renewals later)
        qint64 periodStartMs = 0; // the subscription period the amount is computed on
        qint64 periodEndMs = 0;   //   (the expiry after any auto-renewal due by now)
        qint64 unitMicroUsd = 0;  // price per CU per month when quoted
        qint64 netPaidCents = 0;  // refunds: what the orders add up to
        QStringList orderIds;     // refunds: the orders the refund is computed from, oldest first

        bool operator==(const Inputs &o) const;
        bool operator!=(const Inputs &o) const { return !(*this == o); }
    };

    Inputs inputs;
    qint64 amountCents = 0; // positive: charged; negative: refunded. Recorded as it is.
    qint64 quotedAtMs = 0;
    // The figures shown with the amount (not inputs: they follow from the inputs and the time).
    qint64 remainingSeconds = 0; // upgrade/downgrade: whole seconds left in the period
    qint64 usedMs = 0;           // refund: time used of the period
    qint64 subscribedMs = 0;     // refund: length of the period

    bool isValid() const { return !inputs.orderType.isEmpty(); }
    // Older than ValidityMs at nowMs (or from the future: a clock set back).
    bool isStaleAt(qint64 nowMs) const;

    // Inside the committing transaction: ok when `shown` may be recorded as it is at nowMs,
    // given `fresh`, the quote computed from the database now. Otherwise the refusal saying what
    // changed (Field::Quote, ErrorCode::Conflict), and *requote (if given) is set to `fresh`.
    static Status confirm(const Quote &shown, const Quote &fresh, qint64 nowMs,
                          std::optional<Quote> *requote = nullptr);
    // The refusal of confirm(): "The price changed from X to Y; review it and confirm again."
    static Status changed(const Quote &shown, const Quote &fresh, bool stale);
    // The amount in words as the dialogs show it: "$12.00 to pay", "$3.40 refund".
    static QString amountText(qint64 amountCents);
};
