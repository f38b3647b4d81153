#pragma once

#include "ui/common/SubmitDialog.h"

class QLineEdit;
class CuEdit;

// Add Queue (name and CUs) or Edit CUs of an existing queue (name shown, read-only). Shows how
// many CUs are free under the workspace's quota; the submitter calls the service and its errors
// appear under the field they concern.
class QueueDialog : public SubmitValuesDialog<QString, int> // name, CUs
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    // maxCu: the most this queue may have (quota minus the other queues); quota: the workspace's.
    QueueDialog(Mode mode, const QString &name, int cu, int maxCu, int quota, QWidget *parent = nullptr);

    QString name() const;
    int cu() const;

    QLineEdit *nameEdit() const { return m_nameEdit; }
    CuEdit *cuEdit() const { return m_cuEdit; }
    QPushButton *okButton() const { return acceptButton(); }
    QLabel *nameError() const { return errorLabel(Field::Queue); }
    QLabel *cuError() const { return errorLabel(Field::CuQuota); }

private:
    std::tuple<QString, int> values() const override;
    void retranslateUi() override;
    void validateName();
    void validateCu();

    Mode m_mode;
    int m_maxCu;
    int m_quota;
    QLineEdit *m_nameEdit = nullptr;
    CuEdit *m_cuEdit = nullptr;
    QLabel *m_cuHint = nullptr;
};
