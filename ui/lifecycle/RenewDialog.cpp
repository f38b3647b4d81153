#include "ui/lifecycle/RenewDialog.h"

#include "models/Format.h"
#include "models/LifecycleService.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"
#include "models/SubscriptionState.h"
#include "ui/common/AccessUi.h"
#include "ui/common/Mnemonic.h"
#include "ui/common/PurchaseConfirm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RenewDialog::RenewDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : SubmitDialog(QStringLiteral("renewDialog"), QStringLiteral("buyNowButton"), parent), m_services(services),
      m_session(session), m_workspaceId(workspaceId)
{
    auto *form = new QFormLayout;
    m_workspaceValue = m_info.add(form, this, "workspaceValue", [] { return tr("Workspace:"); });
    m_cuValue = m_info.add(form, this, "cuQuotaValue", [] { return tr("CU quota:"); });
    m_expiresValue = m_info.add(form, this, "expiresValue", [] { return tr("Expires:"); });
    m_stateValue = m_info.add(form, this, "stateValue", [] { return tr("State:"); });
    m_durationCombo = new QComboBox(this);
    m_durationCombo->setObjectName(QStringLiteral("durationCombo"));
    addFieldRow(form, [] { return Mnemonic::apply(tr("Duration:"), QLatin1Char('D')); }, m_durationCombo,
                Field::Duration, QStringLiteral("durationError"));
    m_newExpiryValue = m_info.add(form, this, "newExpiryValue", [] { return tr("New expiry:"); });
    m_priceValue = m_info.add(form, this, "priceValue", [] { return tr("Price:"); });
    QFont bold = m_priceValue->font();
    bold.setBold(true);
    m_priceValue->setFont(bold);
    m_generalError = newErrorLabel(Field::General, QStringLiteral("renewError"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(buttonBox());

    reload();
    retranslateUi();
    connect(m_durationCombo, &QComboBox::currentIndexChanged, this, [this] {
        showErrors({});
        requote();
    });
    connect(&m_session, &Session::identityChanged, this, [this] {
        reload();
        retranslateUi();
    });
    m_durationCombo->setFocus();
}

void RenewDialog::reload()
{
    const Result<Workspace> w = m_services.workspaces.find(m_workspaceId);
    m_workspace.reset();
    m_blocked = {};
    if (!w.ok()) {
        m_blocked = w;
        return;
    }
    m_workspace = w.value();
    m_blocked = Permissions::canChangeSubscription(m_session.identity());
}

void RenewDialog::requote()
{
    m_quote.reset();
    if (m_workspace && m_blocked.ok() && m_durationCombo->currentIndex() >= 0) {
        const Result<Quote> q = m_services.lifecycle.quoteRenewal(m_workspaceId, m_durationCombo->currentData().toInt());
        if (q.ok())
            m_quote = q.value();
        else
            m_blocked = q;
    }
    showQuote();
}

void RenewDialog::showQuote()
{
    const qint64 now = m_services.clock.nowMs();
    if (m_workspace) {
        const Workspace &w = *m_workspace;
        m_workspaceValue->setText(tr("%1 (%2)").arg(w.name, w.id));
        m_cuValue->setText(Format::cus(w.cuQuota));
        // The expiry an auto-renewal due by now gives it (the quote's period end).
        const qint64 expires = m_quote ? m_quote->inputs.periodEndMs : w.expiresAtMs;
        m_expiresValue->setText(Format::dateTime(expires));
        const SubscriptionState state = SubscriptionState::of(w.billing, expires, w.autoRenew, now);
        QString stateText = state.note();
        if (stateText.isEmpty() && state.isSubscription())
            stateText = tr("Active: %n day(s) left.", nullptr, state.daysLeft());
        m_stateValue->setText(stateText);
    }
    if (m_quote) {
        m_priceValue->setText(Format::money(m_quote->amountCents));
        m_newExpiryValue->setText(Format::dateTime(
            LifecycleService::renewedExpiryMs(m_quote->inputs.periodEndMs, m_quote->inputs.months, now)));
    } else {
        m_priceValue->setText(tr("Not available"));
        m_newExpiryValue->clear();
    }
    // The quote's refusal (pay-as-you-go, grace period over) or the identity's, where Buy Now is.
    AccessUi::showError(m_generalError, m_blocked.text());
    acceptButton()->setEnabled(m_blocked.ok() && m_quote.has_value() && !m_order);
    AccessUi::growToFit(this);
}

void RenewDialog::retranslateUi()
{
    setWindowTitle(tr("Renew"));
    m_info.retranslate();
    acceptButton()->setText(tr("&Buy Now"));
    acceptButton()->setAccessibleName(tr("Buy Now"));
    {
        const int current = m_durationCombo->count() ? m_durationCombo->currentData().toInt() : 1;
        const QSignalBlocker blocker(m_durationCombo);
        m_durationCombo->clear();
        for (const int months : LifecycleService::renewalMonths())
            m_durationCombo->addItem(ProductSpec::durationName(months), months);
        m_durationCombo->setCurrentIndex(std::max(0, m_durationCombo->findData(current)));
    }
    requote();
}

void RenewDialog::accept()
{
    if (!m_quote || !m_workspace || !m_blocked.ok())
        return;
    const Quote &q = *m_quote;
    const QString amount = Format::money(q.amountCents);
    const qint64 expires = LifecycleService::renewedExpiryMs(q.inputs.periodEndMs, q.inputs.months,
                                                             m_services.clock.nowMs());
    const PurchaseConfirm::Question question{
        tr("Confirm Renewal"),
        tr("Renew %1 for %2? %3 is charged now, and the subscription then expires on %4.")
            .arg(m_workspace->name, ProductSpec::durationName(q.inputs.months), amount, Format::dateTime(expires)),
        tr("&Pay %1").arg(amount)};
    if (!PurchaseConfirm::ask(this, question))
        return;
    SubmitDialog::accept();
}

Status RenewDialog::submit()
{
    const Quote shown = *m_quote;
    std::optional<Quote> requote;
    const Result<Order> r = m_services.lifecycle.renew(m_session.identity(), shown, &requote);
    if (!r.ok()) {
        // The price that is true now replaces the one shown; the next Buy Now confirms it.
        reload();
        if (requote) {
            m_quote = requote;
            showQuote();
        } else {
            requote.reset();
            this->requote();
        }
        return r;
    }
    m_order = r.value();
    return {};
}
