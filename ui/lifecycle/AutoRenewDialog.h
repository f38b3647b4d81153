#pragma once

#include "models/Domain.h"
#include "ui/common/SubmitDialog.h"
#include "ui/lifecycle/InfoRows.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class Services;
class Session;

// Auto-renew settings after creation (issue 10): on or off, and the period (1, 2, 3, 6 or 12
// months) by which an expiring subscription renews; each renewal is an order at the price shown.
class AutoRenewDialog : public SubmitDialog
{
    Q_OBJECT

public:
    AutoRenewDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    QCheckBox *autoRenewCheck() const { return m_autoRenewCheck; }
    QComboBox *periodCombo() const { return m_periodCombo; }
    QLabel *renewalPriceLabel() const { return m_priceValue; }
    // What was saved (after OK succeeded).
    bool savedAutoRenew() const { return m_savedOn; }
    int savedPeriod() const { return m_savedPeriod; }

protected:
    Status submit() override;
    void retranslateUi() override;

private:
    void update();

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    std::optional<Workspace> m_workspace;
    Status m_blocked;
    bool m_savedOn = false;
    int m_savedPeriod = 0;

    InfoRows m_info;
    QLabel *m_workspaceValue = nullptr;
    QLabel *m_expiresValue = nullptr;
    QCheckBox *m_autoRenewCheck = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QLabel *m_priceValue = nullptr;
    QLabel *m_generalError = nullptr;
};
