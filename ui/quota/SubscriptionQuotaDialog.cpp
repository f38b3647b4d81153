#include "ui/quota/SubscriptionQuotaDialog.h"
#include "ui/common/ErrorStyle.h"

#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString remainingText(qint64 seconds)
{
    if (seconds <= 0)
        return SubscriptionQuotaDialog::tr("None (expired)");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const auto dayText = SubscriptionQuotaDialog::tr("%n day(s)", nullptr, int(days));
    const auto hourText = SubscriptionQuotaDialog::tr("%n hour(s)", nullptr, int(hours));
    const auto minuteText = SubscriptionQuotaDialog::tr("%n minute(s)", nullptr, int(minutes));
    if (days > 0)
        return SubscriptionQuotaDialog::tr("%1 %2", "days and hours").arg(dayText, hourText);
    if (hours > 0)
        return SubscriptionQuotaDialog::tr("%1 %2", "hours and minutes").arg(hourText, minuteText);
    if (minutes > 0)
        return minuteText;
    return SubscriptionQuotaDialog::tr("Less than a minute");
}
} // namespace

SubscriptionQuotaDialog::SubscriptionQuotaDialog(Services &services, Session &session, const QString &workspaceId,
                                                 QuotaService::Direction direction, QWidget *parent)
    : QDialog(parent), m_services(services), m_session(session), m_workspaceId(workspaceId), m_direction(direction)
{
    setObjectName(direction == QuotaService::Direction::Upgrade ? QStringLiteral("upgradeQuotaDialog")
                                                                : QStringLiteral("downgradeQuotaDialog"));
    buildUi();
    reloadPreview();
    retranslateUi();
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    // Remaining time, and so the price difference, shrink while the dialog is open.
    connect(m_timer, &QTimer::timeout, this, &SubscriptionQuotaDialog::updateTimeAndPrice);
    m_timer->start();
    connect(&m_session, &Session::identityChanged, this, &SubscriptionQuotaDialog::retranslateUi);
}

void SubscriptionQuotaDialog::buildUi()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    const auto valueLabel = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_workspaceLabel = new QLabel(this);
    m_workspaceValue = valueLabel("workspaceValue");
    m_workspaceValue->setWordWrap(true);
    m_regionLabel = new QLabel(this);
    m_regionValue = valueLabel("regionValue");
    m_currentLabel = new QLabel(this);
    m_currentValue = valueLabel("currentCuValue");
    m_remainingLabel = new QLabel(this);
    m_remainingValue = valueLabel("remainingTimeValue");
    m_expiresLabel = new QLabel(this);
    m_expiresValue = valueLabel("expiresValue");
    m_inUseLabel = new QLabel(this);
    m_inUseValue = valueLabel("inUseValue");

    m_cuLabel = new QLabel(this);
    m_cuSpin = new QSpinBox(this);
    m_cuSpin->setObjectName(QStringLiteral("cuQuotaSpinBox"));
    m_cuSpin->setGroupSeparatorShown(true);
    m_cuSpin->setKeyboardTracking(true); // the price follows every keystroke
    m_cuLabel->setBuddy(m_cuSpin);
    connect(m_cuSpin, &QSpinBox::valueChanged, this, [this] {
        m_fieldError->hide();
        updateTimeAndPrice();
        updatePlan();
    });
    m_rangeHint = new QLabel(this);
    m_rangeHint->setObjectName(QStringLiteral("rangeHint"));
    m_rangeHint->setWordWrap(true);
    m_fieldError = ErrorStyle::newErrorLabel(this, QStringLiteral("cuQuotaError"));

    m_priceLabel = new QLabel(this);
    m_priceValue = valueLabel("priceDifferenceValue");
    QFont priceFont = m_priceValue->font();
    priceFont.setBold(true);
    m_priceValue->setFont(priceFont);

    m_planLabel = new QLabel(this);
    m_planValue = valueLabel("queuePlanValue");
    m_planValue->setWordWrap(true);

    auto *cuColumn = new QVBoxLayout;
    cuColumn->setContentsMargins(0, 0, 0, 0);
    cuColumn->addWidget(m_cuSpin);
    cuColumn->addWidget(m_rangeHint);
    cuColumn->addWidget(m_fieldError);

    auto *form = new QFormLayout;
    form->addRow(m_workspaceLabel, m_workspaceValue);
    form->addRow(m_regionLabel, m_regionValue);
    form->addRow(m_currentLabel, m_currentValue);
    form->addRow(m_remainingLabel, m_remainingValue);
    form->addRow(m_expiresLabel, m_expiresValue);
    form->addRow(m_inUseLabel, m_inUseValue);
    form->addRow(m_cuLabel, cuColumn);
    form->addRow(m_priceLabel, m_priceValue);
    form->addRow(m_planLabel, m_planValue);

    m_buttons = new QDialogButtonBox(this);
    m_buyButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_buyButton->setObjectName(QStringLiteral("buyNowButton"));
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_buyButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubscriptionQuotaDialog::buy);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

void SubscriptionQuotaDialog::reloadPreview()
{
    const auto preview = m_services.quotas.previewSubscriptionChange(m_workspaceId, m_direction);
    if (preview.ok()) {
        m_preview = preview.value();
        m_loadError = {};
        const QSignalBlocker blocker(m_cuSpin);
        if (m_preview->hasRange()) {
            const int wanted = m_direction == QuotaService::Direction::Upgrade ? m_preview->currentCu + 1
                                                                                : m_preview->currentCu - 1;
            m_cuSpin->setRange(m_preview->minCu, m_preview->maxCu);
            m_cuSpin->setValue(std::clamp(wanted, m_preview->minCu, m_preview->maxCu));
        } else {
            m_cuSpin->setRange(m_preview->currentCu, m_preview->currentCu);
            m_cuSpin->setValue(m_preview->currentCu);
        }
    } else {
        m_preview.reset();
        m_loadError = preview;
    }
}

bool SubscriptionQuotaDialog::canChange() const
{
    return m_preview && m_preview->blocked.ok() && !m_preview->expired && m_preview->hasRange()
        && Permissions::canManageWorkspaces(m_session.identity()).ok() && !m_order;
}

void SubscriptionQuotaDialog::retranslateUi()
{
    const bool upgrade = m_direction == QuotaService::Direction::Upgrade;
    const QString title = upgrade ? tr("EMR Serverless Spark Reserved Resources | Upgrade")
                                  : tr("EMR Serverless Spark Reserved Resources | Downgrade");
    setWindowTitle(title);
    m_heading->setText(title);
    m_workspaceLabel->setText(tr("Workspace:"));
    m_regionLabel->setText(tr("Region:"));
    m_currentLabel->setText(tr("Current CU quota:"));
    m_remainingLabel->setText(tr("Remaining subscription time:"));
    m_expiresLabel->setText(tr("Expires:"));
    m_inUseLabel->setText(tr("In use by running jobs:"));
    m_cuLabel->setText(tr("&CU Quota:"));
    m_priceLabel->setText(tr("Price Difference:"));
    m_planLabel->setText(tr("Queues after the change:"));
    m_buyButton->setText(tr("Buy Now"));
    m_buyButton->setAccessibleName(tr("Buy Now"));
    m_cuSpin->setAccessibleName(tr("CU Quota"));

    const QLocale locale;
    QString message;
    if (!m_preview) {
        message = m_loadError.text();
        for (QLabel *l : {m_workspaceValue, m_regionValue, m_currentValue, m_remainingValue, m_expiresValue, m_inUseValue, m_priceValue})
            l->clear();
        m_rangeHint->clear();
    } else {
        const Workspace &w = m_preview->workspace;
        m_workspaceValue->setText(tr("%1 (%2)").arg(w.name, w.id));
        m_regionValue->setText(ProductSpec::regionName(w.region));
        m_currentValue->setText(tr("%n CU(s)", nullptr, m_preview->currentCu));
        m_expiresValue->setText(
            locale.toString(QDateTime::fromMSecsSinceEpoch(w.expiresAtMs, Qt::UTC).toLocalTime(), QLocale::LongFormat));
        m_inUseValue->setText(tr("%n CU(s)", nullptr, m_preview->inUseCu));
        if (m_preview->hasRange() && !m_preview->expired)
            m_rangeHint->setText(upgrade ? tr("Upgrade: %1 to %2 CUs (above the current %3).")
                                               .arg(locale.toString(m_preview->minCu), locale.toString(m_preview->maxCu),
                                                    locale.toString(m_preview->currentCu))
                                         : tr("Downgrade: %1 to %2 CUs (below the current %3).")
                                               .arg(locale.toString(m_preview->minCu), locale.toString(m_preview->maxCu),
                                                    locale.toString(m_preview->currentCu)));
        else
            m_rangeHint->clear();
        m_rangeHint->setVisible(!m_rangeHint->text().isEmpty());
        if (!m_preview->blocked.ok())
            message = m_preview->blocked.text();
    }
    const Status manage = Permissions::canManageWorkspaces(m_session.identity());
    if (message.isEmpty() && !manage.ok())
        message = manage.text();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    growToFit();
    m_cuSpin->setAccessibleDescription(m_fieldError->isVisible() ? m_fieldError->text() : m_rangeHint->text());
    updateTimeAndPrice();
    updatePlan();
}

void SubscriptionQuotaDialog::updateTimeAndPrice()
{
    if (m_preview && !m_preview->expired && m_services.clock.nowMs() >= m_preview->workspace.expiresAtMs) {
        // Expired while the dialog was open: nothing can be bought any more.
        reloadPreview();
        retranslateUi();
        return;
    }
    const bool enabled = canChange();
    m_cuSpin->setEnabled(enabled);
    m_buyButton->setEnabled(enabled);
    if (!m_preview) {
        m_remainingValue->clear();
        m_priceValue->clear();
        return;
    }
    const Workspace &w = m_preview->workspace;
    m_remainingValue->setText(remainingText(m_services.quotas.remainingSeconds(w.expiresAtMs)));
    if (!enabled && (m_preview->expired || !m_preview->hasRange())) {
        m_priceValue->setText(tr("Not available"));
        return;
    }
    const qint64 cents = m_services.quotas.priceDifferenceCents(w.region, m_preview->currentCu, m_cuSpin->value(),
                                                                w.expiresAtMs);
    if (cents > 0)
        m_priceValue->setText(tr("%1 to pay").arg(Pricing::formatCents(cents)));
    else if (cents < 0)
        m_priceValue->setText(tr("%1 refund").arg(Pricing::formatCents(-cents)));
    else
        m_priceValue->setText(tr("%1 (nothing to pay)").arg(Pricing::formatCents(0)));
}

void SubscriptionQuotaDialog::updatePlan()
{
    QString text;
    if (m_preview && canChange()) {
        // The same plan Buy Now applies; a refusal says why before anything is bought.
        const auto plan = m_services.quotas.queuePlan(m_workspaceId, m_cuSpin->value());
        text = plan.ok() ? QuotaService::planText(plan.value()) : plan.text();
    }
    m_planValue->setText(text);
    m_planValue->setAccessibleName(text);
    growToFit();
}

void SubscriptionQuotaDialog::showStatus(const Status &status)
{
    const QString field = status.message(Field::CuQuota);
    m_fieldError->setText(field);
    m_fieldError->setVisible(!field.isEmpty());
    QStringList others;
    for (const FieldError &e : status.errors())
        if (e.field != Field::CuQuota)
            others << e.message;
    m_message->setText(others.join(QLatin1Char('\n')));
    m_message->setVisible(!others.isEmpty());
    m_cuSpin->setAccessibleDescription(field);
    growToFit();
    if (!field.isEmpty())
        m_cuSpin->setFocus();
}

void SubscriptionQuotaDialog::growToFit()
{
    // Wrapped messages need more height at this width; never cut text off.
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void SubscriptionQuotaDialog::buy()
{
    if (!canChange())
        return;
    const int chosen = m_cuSpin->value();
    const Result<Order> result = m_services.quotas.changeSubscriptionQuota(m_session.identity(), m_workspaceId, chosen,
                                                                           m_direction, m_preview->currentCu);
    if (!result.ok()) {
        if (result.has(ErrorCode::Expired) || result.has(ErrorCode::NotFound) || result.has(ErrorCode::Conflict)) {
            // Show what is true now (current quota, range, price); keep the chosen value if allowed.
            reloadPreview();
            if (m_preview && m_preview->hasRange() && chosen >= m_preview->minCu && chosen <= m_preview->maxCu) {
                const QSignalBlocker blocker(m_cuSpin);
                m_cuSpin->setValue(chosen);
            }
            retranslateUi();
        }
        showStatus(result);
        return;
    }
    m_order = result.value();
    accept();
}

void SubscriptionQuotaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
