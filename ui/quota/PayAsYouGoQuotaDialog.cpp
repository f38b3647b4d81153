#include "ui/quota/PayAsYouGoQuotaDialog.h"
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
#include <QLocale>
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
    m_workspaceValue = new QLabel(this);
    m_workspaceValue->setObjectName(QStringLiteral("workspaceValue"));
    m_workspaceValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currentLabel = new QLabel(this);
    m_currentValue = new QLabel(this);
    m_currentValue->setObjectName(QStringLiteral("currentCuValue"));
    m_inUseLabel = new QLabel(this);
    m_inUseValue = new QLabel(this);
    m_inUseValue->setObjectName(QStringLiteral("inUseValue"));

    m_quotaLabel = new QLabel(this);
    m_quotaEdit = new QLineEdit(this);
    m_quotaEdit->setObjectName(QStringLiteral("maxQuotaEdit"));
    m_quotaEdit->setMaxLength(12);
    m_quotaLabel->setBuddy(m_quotaEdit);
    if (m_workspace)
        m_quotaEdit->setText(QLocale().toString(m_workspace->cuQuota));
    m_quotaEdit->selectAll();
    connect(m_quotaEdit, &QLineEdit::textEdited, this, &PayAsYouGoQuotaDialog::checkTyped);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("rangeHint"));
    m_hint->setWordWrap(true);
    m_error = ErrorStyle::newErrorLabel(this, QStringLiteral("maxQuotaError"));
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("queuePlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);

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
    const QLocale locale;
    m_hint->setText(tr("A whole number from %1 to %2, not below what running jobs use.")
                        .arg(locale.toString(range.min), locale.toString(range.max)));
    if (m_workspace) {
        m_workspaceValue->setText(tr("%1 (%2)").arg(m_workspace->name, m_workspace->id));
        m_currentValue->setText(tr("%n CU(s)", nullptr, m_workspace->cuQuota));
        m_inUseValue->setText(tr("%n CU(s)", nullptr, m_inUse));
    }
    QString message;
    if (!m_workspace)
        message = m_readError;
    else if (const Status manage = Permissions::canManageWorkspaces(m_session.identity()); !manage.ok())
        message = manage.text();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_okButton->setEnabled(m_workspace.has_value());
    if (m_error->isVisible())
        checkTyped();
    else {
        QString ignored;
        showPlan(parsedValue(&ignored));
    }
}

void PayAsYouGoQuotaDialog::showPlan(std::optional<int> value)
{
    QString text;
    if (m_workspace && value && QuotaService::checkPayAsYouGoRange(*value).ok()) {
        const auto plan = m_services.quotas.queuePlan(m_workspaceId, *value);
        text = plan.ok() ? tr("Queues after the change:\n%1").arg(QuotaService::planText(plan.value())) : QString();
    }
    m_plan->setText(text);
    m_plan->setVisible(!text.isEmpty());
    m_plan->setAccessibleName(text);
}

std::optional<int> PayAsYouGoQuotaDialog::parsedValue(QString *error) const
{
    const ProductSpec::CuRange range = ProductSpec::cuRange(ProductSpec::PayAsYouGo);
    const QLocale locale;
    const QString text = m_quotaEdit->text().trimmed();
    if (text.isEmpty()) {
        *error = tr("Enter the maximum quota in CUs, a whole number from %1 to %2.")
                     .arg(locale.toString(range.min), locale.toString(range.max));
        return std::nullopt;
    }
    bool ok = false;
    qlonglong value = locale.toLongLong(text, &ok);
    if (!ok)
        value = QLocale::c().toLongLong(text, &ok);
    if (!ok) {
        *error = tr("\"%1\" is not a whole number. Enter the maximum quota in CUs, from %2 to %3.")
                     .arg(text, locale.toString(range.min), locale.toString(range.max));
        return std::nullopt;
    }
    // Out-of-range numbers go to the model's range rule, which words the message.
    return int(std::clamp<qlonglong>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

void PayAsYouGoQuotaDialog::showFieldError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_quotaEdit->setAccessibleDescription(message);
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

void PayAsYouGoQuotaDialog::checkTyped()
{
    QString error;
    const auto value = parsedValue(&error);
    if (value)
        error = QuotaService::checkPayAsYouGoRange(*value).message(Field::CuQuota);
    if (value && error.isEmpty() && m_workspace) {
        // Running jobs the queues could not fit: the same refusal OK would meet.
        const auto plan = m_services.quotas.queuePlan(m_workspaceId, *value);
        if (!plan.ok())
            error = plan.text();
    }
    showPlan(value);
    showFieldError(error);
}

void PayAsYouGoQuotaDialog::apply()
{
    QString error;
    const auto value = parsedValue(&error);
    if (!value) {
        showFieldError(error);
        m_quotaEdit->setFocus();
        return;
    }
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
