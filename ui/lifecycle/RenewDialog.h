#pragma once

#include "models/Domain.h"
#include "models/Quote.h"
#include "ui/common/SubmitDialog.h"
#include "ui/lifecycle/InfoRows.h"

#include <optional>

class QComboBox;
class QLabel;
class Services;
class Session;

// Renew (issue 10): the workspace's expiry and state, a duration of 1-9 months or 1-3 years, the
// price (monthly unit price x CU x months) and the new expiry, then Buy Now with the purchase
// confirmation. What is shown is what LifecycleService::renew() records; a changed or stale price
// is shown anew and asked again. Renewing an expired workspace restores it.
class RenewDialog : public SubmitDialog
{
    Q_OBJECT

public:
    RenewDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    QComboBox *durationCombo() const { return m_durationCombo; }
    QLabel *priceLabel() const { return m_priceValue; }
    QLabel *newExpiryLabel() const { return m_newExpiryValue; }
    std::optional<Quote> quote() const { return m_quote; }
    // The Renewal order after Buy Now succeeded.
    std::optional<Order> order() const { return m_order; }

public slots:
    void accept() override;

protected:
    Status submit() override;
    void retranslateUi() override;

private:
    void reload();
    void requote();
    void showQuote();

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    std::optional<Workspace> m_workspace;
    Status m_blocked; // why nothing can be renewed (load error, permission, release due)
    std::optional<Quote> m_quote;
    std::optional<Order> m_order;

    InfoRows m_info;
    QLabel *m_workspaceValue = nullptr;
    QLabel *m_cuValue = nullptr;
    QLabel *m_expiresValue = nullptr;
    QLabel *m_stateValue = nullptr;
    QComboBox *m_durationCombo = nullptr;
    QLabel *m_durationLabel = nullptr;
    QLabel *m_newExpiryValue = nullptr;
    QLabel *m_priceValue = nullptr;
    QLabel *m_generalError = nullptr;
};
