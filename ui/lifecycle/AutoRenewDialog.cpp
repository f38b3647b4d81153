#include "ui/lifecycle/AutoRenewDialog.h"

#include "models/Format.h"
#include "models/LifecycleService.h"
#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/common/AccessUi.h"
#include "ui/common/Mnemonic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AutoRenewDialog::AutoRenewDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : SubmitDialog(QStringLiteral("autoRenewDialog"), QStringLiteral("saveButton"), parent), m_services(services),
      m_session(session), m_workspaceId(workspaceId)
{
    auto *form = new QFormLayout;
    m_workspaceValue = m_info.add(form, this, "workspaceValue", [] { return tr("Workspace:"); });
    m_expiresValue = m_info.add(form, this, "expiresValue", [] { return tr("Expires:"); });
    m_autoRenewCheck = new QCheckBox(this);
    m_autoRenewCheck->setObjectName(QStringLiteral("autoRenewCheck"));
    form->addRow(m_autoRenewCheck);
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    addFieldRow(form, [] { return Mnemonic::apply(tr("Renewal period:"), QLatin1Char('P')); }, m_periodCombo,
                Field::Duration, QStringLiteral("periodError"));
    m_priceValue = m_info.add(form, this, "renewalPriceValue", [] { return tr("Each renewal:"); });
    m_generalError = newErrorLabel(Field::General, QStringLiteral("autoRenewError"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(buttonBox());

    const Result<Workspace> w = m_services.workspaces.find(m_workspaceId);
    if (w.ok()) {
        m_workspace = w.value();
        if (w->billing != ProductSpec::Subscription)
            m_blocked = Status::failure(Field::Billing, tr("%1 is billed pay-as-you-go and has no subscription to "
                                                           "renew.").arg(w->name));
    } else {
        m_blocked = w;
    }
    retranslateUi();
    if (m_workspace) {
        m_autoRenewCheck->setChecked(m_workspace->autoRenew);
        m_periodCombo->setCurrentIndex(std::max(0, m_periodCombo->findData(m_workspace->autoRenewMonths)));
    }
    connect(m_autoRenewCheck, &QCheckBox::toggled, this, [this] {
        showErrors({});
        update();
    });
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        showErrors({});
        update();
    });
    connect(&m_session, &Session::identityChanged, this, &AutoRenewDialog::update);
    update();
    m_autoRenewCheck->setFocus();
}

void AutoRenewDialog::update()
{
    Status blocked = m_blocked;
    if (blocked.ok())
        blocked = Permissions::canChangeSubscription(m_session.identity());
    if (m_workspace) {
        const Workspace &w = *m_workspace;
        m_workspaceValue->setText(tr("%1 (%2)").arg(w.name, w.id));
        m_expiresValue->setText(w.expiresAtMs > 0 ? Format::dateTime(w.expiresAtMs) : tr("—"));
        const int period = m_periodCombo->currentData().toInt();
        m_priceValue->setText(
            m_autoRenewCheck->isChecked() && period > 0
                ? tr("%1 for %2, recorded as a Renewal order")
                      .arg(Format::money(Pricing::subscriptionCents(w.region, w.cuQuota, period)),
                           ProductSpec::durationName(period))
                : tr("No renewal: the subscription expires"));
    }
    m_periodCombo->setEnabled(m_autoRenewCheck->isChecked());
    m_autoRenewCheck->setEnabled(blocked.ok());
    AccessUi::showError(m_generalError, blocked.text());
    acceptButton()->setEnabled(blocked.ok());
    AccessUi::growToFit(this);
}

void AutoRenewDialog::retranslateUi()
{
    setWindowTitle(tr("Auto-renew Settings"));
    m_info.retranslate();
    m_autoRenewCheck->setText(Mnemonic::apply(tr("Auto-renew"), QLatin1Char('A')));
    m_autoRenewCheck->setAccessibleName(tr("Auto-renew"));
    acceptButton()->setText(Mnemonic::apply(tr("Save"), QLatin1Char('S')));
    acceptButton()->setAccessibleName(tr("Save"));
    {
        const int current = m_periodCombo->count() ? m_periodCombo->currentData().toInt() : 1;
        const QSignalBlocker blocker(m_periodCombo);
        m_periodCombo->clear();
        for (const int months : ProductSpec::autoRenewPeriods())
            m_periodCombo->addItem(ProductSpec::durationName(months), months);
        m_periodCombo->setCurrentIndex(std::max(0, m_periodCombo->findData(current)));
    }
    update();
}

Status AutoRenewDialog::submit()
{
    const bool on = m_autoRenewCheck->isChecked();
    const int period = m_periodCombo->currentData().toInt();
    const Status s = m_services.lifecycle.setAutoRenew(m_session.identity(), m_workspaceId, on, period);
    if (s.ok()) {
        m_savedOn = on;
        m_savedPeriod = period;
    }
    return s;
}
