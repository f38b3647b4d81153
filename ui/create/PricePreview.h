#pragma once

#include <QLabel>

// The price line of Create Workspace: what a subscription costs now for its duration, or what a
// pay-as-you-go workspace costs per CU-hour and at its full quota (models/Pricing).
class PricePreview : public QLabel
{
    Q_OBJECT

public:
    explicit PricePreview(QWidget *parent = nullptr);

    // months is used for a subscription only.
    void showPrice(const QString &region, const QString &billing, int cu, int months);
    // No price for a CU quota that cannot be bought: the field's error says why.
    void showUnavailable(const QString &billing);
};
