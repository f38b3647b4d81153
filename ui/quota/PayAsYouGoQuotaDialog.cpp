#include "ui/quota/PayAsYouGoQuotaDialog.h"

#include "ui/common/LongText.h"
#include "models/Format.h"
#include "ui/common/AccessUi.h"
#include "ui/common/CuEdit.h"
#include "ui/common/ErrorStyle.h"

#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include "models/Checked.h"

#include <QVBoxLayout>
#include <algorithm>
#include <limits>

PayAsYouGoQuotaDialog::PayAsYouGoQuotaDialog(Services &services, Session &session, const QString &workspaceId,
                                             QWidget *parent)
    : QDialog(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("payAsYouGoQuotaDialog"));
    const Result<Workspace> found = m_services.workspaces.find(workspaceId);
    const Result<qint64> inUse = m_services.quotas.cuInUse(workspaceId);
    if (found.ok() && inUse.ok()) {
        m_workspace = found.value();
        m_inUse = Checked::toInt(inUse.value());
    } else {
        // "No longer exists" only when it is gone; a failed read says so.
        m_readError = !found.ok() ? found.text() : inUse.text();
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_workspaceLabel = new QLabel(this);
    m_workspaceValue = new ElidedLabel(this);
    m_workspaceValue->setObjectName(QStringLiteral("workspaceValue"));
    m_currentLabel = new QLabel(this);
    m_currentValue = new QLabel(this);
    m_currentValue->setObjectName(QStringLiteral("currentCuValue"));
    m_inUseLabel = new QLabel(this);
    m_inUseValue = new QLabel(this);
    m_inUseValue->setObjectName(QStringLiteral("inUseValue"));

    m_quotaLabel = new QLabel(this);
    m_quotaEdit = new CuEdit(this);
    m_quotaEdit->setObjectName(QStringLiteral("maxQuotaEdit"));
    m_quotaLabel->setBuddy(m_quotaEdit);
    if (m_workspace)
        m_quotaEdit->setValue(m_workspace->cuQuota);
    m_quotaEdit->selectAll();
    connect(m_quotaEdit, &QLineEdit::textChanged, this, &PayAsYouGoQuotaDialog::checkTyped);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("rangeHint"));
    m_hint->setWordWrap(true);
    m_error = ErrorStyle::newErrorLabel(this, QStringLiteral("maxQuotaError"));
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("queuePlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan->hide();

    auto *form = new QFormLayout;
    form->addRow(m_workspaceLabel, m_workspaceValue);
    form->addRow(m_currentLabel, m_currentValue);
    form->addRow(m_inUseLabel, m_inUseValue);

    // The field spans the dialog's width, with its hint and its error message right under it.
    auto *field = new QVBoxLayout;
    field->setContentsMargins(0, 8, 0, 0);
    field->addWidget(m_quotaLabel);
    field->addWidget(m_quotaEdit);
    field->addWidget(m_hint);
    field->addWidget(m_error);
    field->addWidget(m_plan);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PayAsYouGoQuotaDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addLayout(field);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    retranslateUi();
    m_quotaEdit->setFocus();
}

void PayAsYouGoQuotaDialog::retranslateUi()
{
    setWindowTitle(tr("Modify Pay-as-you-go Quota"));
    m_workspaceLabel->setText(tr("Workspace:"));
    m_currentLabel->setText(tr("Current maximum quota:"));
    m_inUseLabel->setText(tr("In use by running jobs:"));
    m_quotaLabel->setText(tr("&Maximum Pay-as-you-go Quota (CUs):"));
    m_quotaEdit->setAccessibleName(tr("Maximum Pay-as-you-go Quota (CUs)"));
    const ProductSpec::CuRange range = ProductSpec::cuRange(ProductSpec::PayAsYouGo);
    m_hint->setText(tr("A whole number from %1 to %2, not below what running jobs use.")
                        .arg(Format::number(range.min), Format::number(range.max)));
    if (m_workspace) {
        m_workspaceValue->setFullText(tr("%1 (%2)").arg(m_workspace->name, m_workspace->id));
        m_currentValue->setText(Format::cus(m_workspace->cuQuota));
        m_inUseValue->setText(Format::cus(m_inUse));
    }
    QString message;
    if (!m_workspace)
        message = m_readError;
    else if (const Status manage = Permissions::canManageWorkspaces(m_session.identity()); !manage.ok())
        message = manage.text();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_okButton->setEnabled(m_workspace.has_value());
    if (m_workspace)
        checkTyped();
}

void PayAsYouGoQuotaDialog::showFieldError(const QString &message)
{
    AccessUi::showFieldError(m_quotaEdit, m_error, message);
    growToFit();
}

void PayAsYouGoQuotaDialog::growToFit()
{
    // Wrapped labels need more height at this width when a message appears; never cut text off.
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

bool PayAsYouGoQuotaDialog::checkTyped()
{
    const std::optional<int> value = m_quotaEdit->value();
    const QString error = value ? QuotaService::checkPayAsYouGoRange(*value).message(Field::CuQuota)
                                : m_quotaEdit->inputError();
    showPlan(error.isEmpty() ? value : std::nullopt);
    showFieldError(error);
    // Enter never applies a value the rule refuses.
    m_okButton->setEnabled(m_workspace.has_value() && error.isEmpty());
    return error.isEmpty();
}

void PayAsYouGoQuotaDialog::showPlan(std::optional<int> value)
{
    QString text;
    if (m_workspace && value) {
        // The plan OK applies, or why the queues could not take the change (OK then says so too).
        const auto plan = m_services.quotas.queuePlan(m_workspaceId, *value);
        text = plan.ok() ? tr("Queues after the change:\n%1").arg(QuotaService::planText(plan.value())) : plan.text();
    }
    m_plan->setText(text);
    m_plan->setVisible(!text.isEmpty());
    m_plan->setAccessibleName(text);
}

void PayAsYouGoQuotaDialog::apply()
{
    if (!m_workspace || !checkTyped())
        return;
    const std::optional<int> value = m_quotaEdit->value();
    const Status s = m_services.quotas.setPayAsYouGoQuota(m_session.identity(), m_workspaceId, *value);
    if (!s.ok()) {
        showFieldError(s.message(Field::CuQuota));
        QStringList others;
        for (const FieldError &e : s.errors())
            if (e.field != Field::CuQuota)
                others << e.message;
        m_message->setText(others.join(QLatin1Char('\n')));
        m_message->setVisible(!others.isEmpty());
        growToFit();
        m_quotaEdit->setFocus();
        return;
    }
    m_applied = *value;
    accept();
}

void PayAsYouGoQuotaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
