#pragma once

#include "models/Domain.h"
#include "models/ProductSpec.h"

// Where a subscription stands at a moment: what the list's Expires column and the Overview say.
// Pay-as-you-go never expires. "Soon" is the last week before the expiry (issue 10: a
// subscription that expires within 7 days says so in words).
struct ExpiryStatus
{
    static constexpr qint64 DayMs = 24LL * 3600 * 1000;
    static constexpr int SoonDays = 7;

    bool subscription = false;
    bool expired = false;
    qint64 msLeft = 0;   // 0 once expired
    int daysLeft = 0;    // whole days left (a day and a half: 1)
    bool soon = false;   // not expired, at most SoonDays days left

    static ExpiryStatus of(const Workspace &w, qint64 nowMs)
    {
        ExpiryStatus s;
        s.subscription = w.billing == ProductSpec::Subscription && w.expiresAtMs > 0;
        if (!s.subscription)
            return s;
        s.expired = w.expiresAtMs <= nowMs;
        s.msLeft = s.expired ? 0 : w.expiresAtMs - nowMs;
        s.daysLeft = int(s.msLeft / DayMs);
        s.soon = !s.expired && s.msLeft <= SoonDays * DayMs;
        return s;
    }
};
