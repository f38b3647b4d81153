#pragma once

#include "ui/common/SubmitDialog.h"

#include <functional>

class QLineEdit;
class CuEdit;

// Add Queue (name and CUs) or Edit CUs of an existing queue (name shown, read-only). Shows how
// many CUs are free under the workspace's quota; the submitter calls the service and its errors
// appear under the field they concern.
class QueueDialog : public SubmitDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };
    using Submitter = std::function<Status(const QString &name, int cu)>;

    // maxCu: the most this queue may have (quota minus the other queues); quota: the workspace's.
    QueueDialog(Mode mode, const QString &name, int cu, int maxCu, int quota, QWidget *parent = nullptr);

    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    QString name() const;
    int cu() const;

    QLineEdit *nameEdit() const { return m_nameEdit; }
    CuEdit *cuEdit() const { return m_cuEdit; }
    QPushButton *okButton() const { return acceptButton(); }
    QLabel *nameError() const { return errorLabel(Field::Queue); }
    QLabel *cuError() const { return errorLabel(Field::CuQuota); }

private:
    Status submit() override;
    void retranslateUi() override;
    void validateName();
    void validateCu();

    Mode m_mode;
    int m_maxCu;
    int m_quota;
    Submitter m_submitter;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_cuLabel = nullptr;
    CuEdit *m_cuEdit = nullptr;
    QLabel *m_cuHint = nullptr;
};
