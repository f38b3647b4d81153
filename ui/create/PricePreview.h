#pragma once

#include <QLabel>

struct Quote;

// The price line of Create Workspace: what a subscription costs now for its duration, or what a
// pay-as-you-go workspace costs per CU-hour and at its full quota (models/Pricing).
class PricePreview : public QLabel
{
    Q_OBJECT

public:
    explicit PricePreview(QWidget *parent = nullptr);

    // Pay-as-you-go: the CU-hour price and the cost per hour at the full quota.
    void showPrice(const QString &region, const QString &billing, int cu, int months);
    // A subscription: the amount due now, as quoted (WorkspaceService::quoteNewSubscription).
    void showQuote(const Quote &quote);
    // No price for a CU quota that cannot be bought: the field's error says why.
    void showUnavailable(const QString &billing);
};
