#pragma once

#include "models/Domain.h"
#include "models/Quote.h"
#include "ui/common/SubmitDialog.h"
#include "ui/lifecycle/InfoRows.h"

#include <optional>

class CuEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class Services;
class Session;

// Convert to Subscription (issue 10), for a pay-as-you-go workspace: duration, auto-renew and its
// period, a CU quota within the subscription range (25-1,000), the price and the queues after the
// change (as Create Workspace and the quota dialogs show them), then Buy Now with the purchase
// confirmation. The workspace keeps its ID, jobs and members; a New order is recorded.
class ConvertToSubscriptionDialog : public SubmitDialog
{
    Q_OBJECT

public:
    ConvertToSubscriptionDialog(Services &services, Session &session, const QString &workspaceId,
                                QWidget *parent = nullptr);

    QComboBox *durationCombo() const { return m_durationCombo; }
    CuEdit *cuEdit() const { return m_cuEdit; }
    QCheckBox *autoRenewCheck() const { return m_autoRenewCheck; }
    QComboBox *periodCombo() const { return m_periodCombo; }
    QLabel *priceLabel() const { return m_priceValue; }
    QLabel *queuePlanLabel() const { return m_planValue; }
    std::optional<Quote> quote() const { return m_quote; }
    std::optional<Order> order() const { return m_order; }

public slots:
    void accept() override;

protected:
    Status submit() override;
    void retranslateUi() override;

private:
    void reload();
    void requote();

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    std::optional<Workspace> m_workspace;
    Status m_blocked;
    std::optional<Quote> m_quote;
    std::optional<Order> m_order;

    InfoRows m_info;
    QLabel *m_workspaceValue = nullptr;
    QLabel *m_currentValue = nullptr;
    QComboBox *m_durationCombo = nullptr;
    CuEdit *m_cuEdit = nullptr;
    QLabel *m_cuHint = nullptr;
    QCheckBox *m_autoRenewCheck = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QLabel *m_priceValue = nullptr;
    QLabel *m_planValue = nullptr;
    QLabel *m_generalError = nullptr;
};
