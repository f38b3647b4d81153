#include "models/SubscriptionState.h"

#include "models/Checked.h"
#include "models/Format.h"
#include "models/ProductSpec.h"

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
}

SubscriptionState SubscriptionState::of(const Workspace &w, qint64 nowMs)
{
    return of(w.billing, w.expiresAtMs, w.autoRenew, nowMs);
}

SubscriptionState SubscriptionState::of(const QString &billing, qint64 expiresAtMs, bool autoRenew, qint64 nowMs)
{
    SubscriptionState s;
    // A subscription row without an expiry (never written by this app) is treated as having none.
    s.m_subscription = billing == ProductSpec::Subscription && expiresAtMs > 0;
    s.m_autoRenew = s.m_subscription && autoRenew;
    s.m_expiresAtMs = expiresAtMs;
    s.m_nowMs = nowMs;
    return s;
}

qint64 SubscriptionState::releaseAtMs(qint64 expiresAtMs)
{
    return expiresAtMs > 0 ? Checked::add(expiresAtMs, ProductSpec::ExpiredGracePeriodMs) : 0;
}

qint64 SubscriptionState::releaseAtMs() const
{
    return m_subscription ? releaseAtMs(m_expiresAtMs) : 0;
}

bool SubscriptionState::expiresSoon() const
{
    return m_subscription && !isExpired()
        && Checked::sub(m_expiresAtMs, m_nowMs) <= ProductSpec::ExpiringSoonDays * DayMs;
}

int SubscriptionState::daysLeft() const
{
    if (!m_subscription || isExpired())
        return 0;
    const qint64 left = Checked::sub(m_expiresAtMs, m_nowMs);
    return Checked::toInt(left / DayMs + (left % DayMs ? 1 : 0));
}

int SubscriptionState::daysSinceExpiry() const
{
    if (!isExpired())
        return 0;
    return Checked::toInt(Checked::sub(m_nowMs, m_expiresAtMs) / DayMs);
}

QString SubscriptionState::statusWord() const
{
    return isExpired() ? tr("Expired") : QString();
}

QString SubscriptionState::note() const
{
    if (!m_subscription)
        return {};
    if (isExpired())
        return tr("Expired on %1. Renew restores it until it is released on %2.")
            .arg(Format::dateTime(m_expiresAtMs), Format::dateTime(releaseAtMs()));
    if (!expiresSoon())
        return {};
    const int days = daysLeft();
    return m_autoRenew ? tr("Renews automatically in %n day(s) (%1).", nullptr, days).arg(Format::dateTime(m_expiresAtMs))
                       : tr("Expires in %n day(s) (%1).", nullptr, days).arg(Format::dateTime(m_expiresAtMs));
}

QString SubscriptionState::runRefusal(const QString &workspaceName) const
{
    if (!isExpired())
        return {};
    return tr("The subscription of %1 expired on %2, so it runs no new jobs. Renew it to run jobs again; "
              "its data and members are kept until it is released on %3.")
        .arg(workspaceName, Format::dateTime(m_expiresAtMs), Format::dateTime(releaseAtMs()));
}
