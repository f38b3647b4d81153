#pragma once

#include "models/Domain.h"

#include <QCoreApplication>
#include <QString>

// Where a workspace's subscription stands at a given time (issue 10): the one rule for "expired",
// "days left", "expires within ProductSpec::ExpiringSoonDays days" and the release date, used by
// the services (runs refused, release due), the list and the Overview. Pay-as-you-go workspaces
// have no subscription: every question answers "no" and every time is 0.
//
// Expired means the stored expiry has passed. An auto-renewing subscription is Expired for the
// moment between its expiry and the scheduler's renewal (BillingService::renewDueSubscriptions()),
// as before this class existed.
class SubscriptionState
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionState)

public:
    static SubscriptionState of(const Workspace &w, qint64 nowMs);
    // The same from the stored columns (for services reading a row without a whole Workspace).
    static SubscriptionState of(const QString &billing, qint64 expiresAtMs, bool autoRenew, qint64 nowMs);

    bool isSubscription() const { return m_subscription; }
    bool isExpired() const { return m_subscription && m_expiresAtMs <= m_nowMs; }
    // Not expired, and expires within ProductSpec::ExpiringSoonDays days.
    bool expiresSoon() const;
    // Whole days until the expiry, a started day counting as one (0 once expired).
    int daysLeft() const;
    // Whole days since the expiry (0 before it).
    int daysSinceExpiry() const;
    qint64 expiresAtMs() const { return m_subscription ? m_expiresAtMs : 0; }
    // When an expired subscription is released: its expiry + ProductSpec::ExpiredGracePeriodMs.
    qint64 releaseAtMs() const;
    // The grace period has ended: the scheduler releases the workspace.
    bool isReleaseDue() const { return m_subscription && releaseAtMs() <= m_nowMs; }
    bool autoRenew() const { return m_autoRenew; }

    // The list's Status word: "Expired" for an expired subscription, else empty.
    QString statusWord() const;
    // One sentence about the expiry for the list and the Overview, empty when there is nothing to
    // say: "Expires in 3 days (Feb 15, 2027, 16:58)." / "Renews automatically in 3 days ..." /
    // "Expired on …; Renew restores it until it is released on …".
    QString note() const;
    // Why a new job run is refused (empty when runs are allowed).
    QString runRefusal(const QString &workspaceName) const;

    static qint64 releaseAtMs(qint64 expiresAtMs);

private:
    bool m_subscription = false;
    bool m_autoRenew = false;
    qint64 m_expiresAtMs = 0;
    qint64 m_nowMs = 0;
};
