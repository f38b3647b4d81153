#include "ui/lifecycle/ConvertToSubscriptionDialog.h"

#include "models/Format.h"
#include "models/LifecycleService.h"
#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/QuotaService.h"
#include "models/Services.h"
#include "models/Session.h"
#include "models/WorkspaceRules.h"
#include "ui/common/AccessUi.h"
#include "ui/common/CuEdit.h"
#include "ui/common/Mnemonic.h"
#include "ui/common/PurchaseConfirm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConvertToSubscriptionDialog::ConvertToSubscriptionDialog(Services &services, Session &session,
                                                         const QString &workspaceId, QWidget *parent)
    : SubmitDialog(QStringLiteral("convertToSubscriptionDialog"), QStringLiteral("buyNowButton"), parent),
      m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    auto *form = new QFormLayout;
    m_workspaceValue = m_info.add(form, this, "workspaceValue", [] { return tr("Workspace:"); });
    m_currentValue = m_info.add(form, this, "currentQuotaValue", [] { return tr("Pay-as-you-go quota:"); });
    m_durationCombo = new QComboBox(this);
    m_durationCombo->setObjectName(QStringLiteral("durationCombo"));
    addFieldRow(form, [] { return Mnemonic::apply(tr("Duration:"), QLatin1Char('D')); }, m_durationCombo,
                Field::Duration, QStringLiteral("durationError"));
    m_cuEdit = new CuEdit(this);
    m_cuEdit->setObjectName(QStringLiteral("cuQuotaEdit"));
    m_cuHint = new QLabel(this);
    m_cuHint->setObjectName(QStringLiteral("cuQuotaHint"));
    m_cuHint->setWordWrap(true);
    addFieldRow(form, [] { return Mnemonic::apply(tr("CU Quota:"), QLatin1Char('C')); }, m_cuEdit, Field::CuQuota,
                QStringLiteral("cuQuotaError"), m_cuHint);
    m_autoRenewCheck = new QCheckBox(this);
    m_autoRenewCheck->setObjectName(QStringLiteral("autoRenewCheck"));
    form->addRow(m_autoRenewCheck);
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    addFieldRow(form, [] { return Mnemonic::apply(tr("Renewal period:"), QLatin1Char('P')); }, m_periodCombo,
                QStringLiteral("autoRenewPeriod"), QStringLiteral("periodError"));
    m_priceValue = m_info.add(form, this, "priceValue", [] { return tr("Price:"); });
    QFont bold = m_priceValue->font();
    bold.setBold(true);
    m_priceValue->setFont(bold);
    m_planValue = m_info.add(form, this, "queuePlanValue", [] { return tr("Queues after the change:"); });
    m_generalError = newErrorLabel(Field::General, QStringLiteral("convertError"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(buttonBox());

    reload();
    if (m_workspace) {
        // The workspace's own quota when the subscription range allows it, else the range's default.
        const ProductSpec::CuRange range = ProductSpec::cuRange(ProductSpec::Subscription);
        m_cuEdit->setValue(m_workspace->cuQuota >= range.min && m_workspace->cuQuota <= range.max
                               ? m_workspace->cuQuota
                               : range.defaultValue);
    }
    retranslateUi();
    for (QComboBox *combo : {m_durationCombo, m_periodCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConvertToSubscriptionDialog::requote);
    connect(m_cuEdit, &QLineEdit::textChanged, this, &ConvertToSubscriptionDialog::requote);
    connect(m_autoRenewCheck, &QCheckBox::toggled, this, &ConvertToSubscriptionDialog::requote);
    connect(&m_session, &Session::identityChanged, this, [this] {
        reload();
        requote();
    });
    m_durationCombo->setFocus();
}

void ConvertToSubscriptionDialog::reload()
{
    m_workspace.reset();
    const Result<Workspace> w = m_services.workspaces.find(m_workspaceId);
    if (!w.ok()) {
        m_blocked = w;
        return;
    }
    m_workspace = w.value();
    m_blocked = Permissions::canChangeSubscription(m_session.identity());
    if (m_blocked.ok() && w->billing != ProductSpec::PayAsYouGo)
        m_blocked = Status::failure(Field::Billing, tr("%1 is a subscription workspace already.").arg(w->name));
}

void ConvertToSubscriptionDialog::requote()
{
    m_quote.reset();
    if (m_workspace) {
        m_workspaceValue->setText(tr("%1 (%2)").arg(m_workspace->name, m_workspace->id));
        m_currentValue->setText(Format::cus(m_workspace->cuQuota));
    }
    const ProductSpec::CuRange range = ProductSpec::cuRange(ProductSpec::Subscription);
    m_cuHint->setText(tr("A subscription has %1 to %2 CUs.").arg(Format::number(range.min), Format::number(range.max)));
    m_periodCombo->setEnabled(m_autoRenewCheck->isChecked());

    // The typed quota against the subscription rule, next to the field, as it is typed.
    const std::optional<int> cu = m_cuEdit->value();
    const Status typed = cu ? WorkspaceRules::validateCuQuota(ProductSpec::Subscription, *cu)
                            : Status::failure(Field::CuQuota, m_cuEdit->inputError());
    AccessUi::showFieldError(m_cuEdit, errorLabel(Field::CuQuota), typed.message(Field::CuQuota), m_cuHint->text());

    QString plan;
    if (m_blocked.ok() && typed.ok()) {
        const Result<Quote> q = m_services.lifecycle.quoteConversion(m_workspaceId, m_durationCombo->currentData().toInt(),
                                                                     *cu);
        if (q.ok())
            m_quote = q.value();
        else
            showErrors(q);
        // The plan Buy Now applies; a refusal (running jobs) says why before anything is bought.
        const auto queues = m_services.lifecycle.conversionPlan(m_workspaceId, *cu);
        plan = queues.ok() ? QuotaService::planText(queues.value()) : queues.text();
    }
    m_planValue->setText(plan);
    m_priceValue->setText(m_quote ? Format::money(m_quote->amountCents)
                                  : typed.ok() ? tr("Not available") : tr("Shown once the CU quota is valid"));
    AccessUi::showError(m_generalError, m_blocked.text());
    acceptButton()->setEnabled(m_blocked.ok() && m_quote.has_value() && !m_order);
    AccessUi::growToFit(this);
}

void ConvertToSubscriptionDialog::retranslateUi()
{
    setWindowTitle(tr("Convert to Subscription"));
    m_info.retranslate();
    m_autoRenewCheck->setText(Mnemonic::apply(tr("Auto-renew"), QLatin1Char('A')));
    m_autoRenewCheck->setAccessibleName(tr("Auto-renew"));
    acceptButton()->setText(tr("&Buy Now"));
    acceptButton()->setAccessibleName(tr("Buy Now"));
    const auto fill = [](QComboBox *combo, const QList<int> &months) {
        const int current = combo->count() ? combo->currentData().toInt() : 1;
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const int m : months)
            combo->addItem(ProductSpec::durationName(m), m);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    fill(m_durationCombo, ProductSpec::durationMonths());
    fill(m_periodCombo, ProductSpec::autoRenewPeriods());
    requote();
}

void ConvertToSubscriptionDialog::accept()
{
    if (!m_quote || !m_workspace || !m_blocked.ok())
        return;
    const Quote &q = *m_quote;
    const QString amount = Format::money(q.amountCents);
    const PurchaseConfirm::Question question{
        tr("Confirm Conversion"),
        tr("Convert %1 to a subscription of %2 CUs for %3? %4 is charged now. The workspace keeps its ID, jobs "
           "and members.")
            .arg(m_workspace->name, Format::number(q.inputs.cuAfter), ProductSpec::durationName(q.inputs.months),
                 amount),
        tr("&Pay %1").arg(amount)};
    if (!PurchaseConfirm::ask(this, question))
        return;
    SubmitDialog::accept();
}

Status ConvertToSubscriptionDialog::submit()
{
    const Quote shown = *m_quote;
    std::optional<Quote> requote;
    const Result<Order> r = m_services.lifecycle.convertToSubscription(
        m_session.identity(), shown, m_autoRenewCheck->isChecked(), m_periodCombo->currentData().toInt(), &requote);
    if (!r.ok()) {
        reload();
        this->requote();
        if (requote)
            m_quote = requote; // the price valid now; the next Buy Now confirms it
        return r;
    }
    m_order = r.value();
    return {};
}
