#pragma once

#include "models/Domain.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class ElidedLabel;
class QLabel;
class CuEdit;
class QLineEdit;
class QPushButton;
class Session;
class Services;

// Modify Pay-as-you-go Quota: one field, Maximum Pay-as-you-go Quota (CUs), kept as typed (CuEdit);
// the range and the in-use rule are the model's (QuotaService), and every refusal is shown under
// the field while nothing changes. OK is disabled while the typed value breaks the range rule.
class PayAsYouGoQuotaDialog : public QDialog
{
    Q_OBJECT

public:
    PayAsYouGoQuotaDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    CuEdit *quotaEdit() const { return m_quotaEdit; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *messageLabel() const { return m_message; }
    // The queues' CUs after the change (QuotaService::queuePlan), shown before OK.
    QLabel *queuePlanLabel() const { return m_plan; }
    QPushButton *okButton() const { return m_okButton; }
    int appliedQuota() const { return m_applied; }
    int previousQuota() const { return m_workspace ? m_workspace->cuQuota : 0; }

public slots:
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The typed value against the range rule; shows its message. True when it may be applied.
    bool checkTyped();
    void showPlan(std::optional<int> value);
    void showFieldError(const QString &message);
    void growToFit();

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    std::optional<Workspace> m_workspace;
    int m_inUse = 0;
    QString m_readError; // why the workspace could not be shown
    int m_applied = 0;

    QLabel *m_workspaceLabel = nullptr;
    ElidedLabel *m_workspaceValue = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_currentValue = nullptr;
    QLabel *m_inUseLabel = nullptr;
    QLabel *m_inUseValue = nullptr;
    QLabel *m_quotaLabel = nullptr;
    CuEdit *m_quotaEdit = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
};
