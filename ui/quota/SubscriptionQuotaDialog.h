#pragma once

#include "models/Domain.h"
#include "models/QuotaService.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class ElidedLabel;
class QLabel;
class QPushButton;
class CuEdit;
class QTimer;
class Session;
class Services;

// The "EMR Serverless Spark Reserved Resources | Upgrade/Downgrade" page of the seed document as a
// dialog: the workspace's current CU quota, remaining subscription time and expiry, the new CU
// Quota (above the current for an upgrade, below it for a downgrade), the price difference,
// recomputed as the value changes, and Buy Now. QuotaService re-checks every rule when buying.
class SubscriptionQuotaDialog : public QDialog
{
    Q_OBJECT

public:
    SubscriptionQuotaDialog(Services &services, Session &session, const QString &workspaceId,
                            QuotaService::Direction direction, QWidget *parent = nullptr);

    CuEdit *cuEdit() const { return m_cuEdit; }
    QLabel *priceLabel() const { return m_priceValue; }
    QPushButton *buyButton() const { return m_buyButton; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *fieldErrorLabel() const { return m_fieldError; }
    // The queues' CUs after the change (QuotaService::queuePlan), shown before Buy Now.
    QLabel *queuePlanLabel() const { return m_planValue; }
    // The price on screen: what Buy Now / Downgrade records, to the cent.
    std::optional<Quote> quote() const { return m_quote; }
    // The recorded order after Buy Now succeeded.
    std::optional<Order> order() const { return m_order; }
    bool canChange() const;

public slots:
    void buy();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void reloadPreview();
    void updateTimeAndPrice();
    void updatePlan();
    void showStatus(const Status &status);
    // Rereads the workspace (keeping the typed quota when still allowed), then shows why.
    void showChangedElsewhere(const Status &why);
    // The typed value against the rule; shows its message next to the field. Ok when allowed.
    Status checkTyped();
    void growToFit();

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    QuotaService::Direction m_direction;
    std::optional<QuotaService::SubscriptionPreview> m_preview;
    Status m_loadError;
    std::optional<Order> m_order;
    std::optional<Quote> m_quote;
    QString m_refusal; // the service's CU message after Buy Now, until the value changes

    QLabel *m_heading = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    ElidedLabel *m_workspaceValue = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLabel *m_regionValue = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_currentValue = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QLabel *m_remainingValue = nullptr;
    QLabel *m_expiresLabel = nullptr;
    QLabel *m_expiresValue = nullptr;
    QLabel *m_inUseLabel = nullptr;
    QLabel *m_inUseValue = nullptr;
    QLabel *m_cuLabel = nullptr;
    CuEdit *m_cuEdit = nullptr;
    QLabel *m_rangeHint = nullptr;
    QLabel *m_fieldError = nullptr;
    QLabel *m_priceLabel = nullptr;
    QLabel *m_priceValue = nullptr;
    QLabel *m_planLabel = nullptr;
    QLabel *m_planValue = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_buyButton = nullptr;
    QTimer *m_timer = nullptr;
};
