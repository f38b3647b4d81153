#include "ui/quota/SubscriptionQuotaDialog.h"

#include "ui/common/LongText.h"
#include "models/Format.h"
#include "ui/common/AccessUi.h"
#include "ui/common/CuEdit.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/PurchaseConfirm.h"

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
#include <QPushButton>
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
    m_workspaceValue = new ElidedLabel(this);
    m_workspaceValue->setObjectName(QStringLiteral("workspaceValue"));
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
    m_cuEdit = new CuEdit(this);
    m_cuEdit->setObjectName(QStringLiteral("cuQuotaEdit"));
    m_cuLabel->setBuddy(m_cuEdit);
    // The price and the rule's message follow every keystroke; the text stays as typed.
    connect(m_cuEdit, &QLineEdit::textChanged, this, [this] {
        m_refusal.clear();
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
    cuColumn->addWidget(m_cuEdit);
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
        const QSignalBlocker blocker(m_cuEdit);
        if (m_preview->hasRange()) {
            const int wanted = m_direction == QuotaService::Direction::Upgrade ? m_preview->currentCu + 1
                                                                                : m_preview->currentCu - 1;
            m_cuEdit->setValue(std::clamp(wanted, m_preview->minCu, m_preview->maxCu));
        } else {
            m_cuEdit->setValue(m_preview->currentCu);
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
    // The console's names for the two pages (spec §7).
    const QString title = upgrade ? tr("Upgrade Subscription Quota") : tr("Downgrade Subscription Quota");
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
    // A downgrade refunds: its button says what it does instead of "Buy Now".
    m_buyButton->setText(upgrade ? tr("&Buy Now") : tr("&Downgrade"));
    m_buyButton->setAccessibleName(upgrade ? tr("Buy Now") : tr("Downgrade"));
    m_cuEdit->setAccessibleName(tr("CU Quota"));

    QString message;
    if (!m_preview) {
        message = m_loadError.text();
        m_workspaceValue->setFullText(QString());
        for (QLabel *l : {m_regionValue, m_currentValue, m_remainingValue, m_expiresValue, m_inUseValue, m_priceValue})
            l->clear();
        m_rangeHint->clear();
    } else {
        const Workspace &w = m_preview->workspace;
        m_workspaceValue->setFullText(tr("%1 (%2)").arg(w.name, w.id));
        m_regionValue->setText(ProductSpec::regionName(w.region));
        m_currentValue->setText(Format::cus(m_preview->currentCu));
        m_expiresValue->setText(
            Format::dateTimeFull(w.expiresAtMs));
        m_inUseValue->setText(Format::cus(m_preview->inUseCu));
        if (m_preview->hasRange() && !m_preview->expired)
            m_rangeHint->setText(upgrade ? tr("Upgrade: %1 to %2 CUs (above the current %3).")
                                               .arg(Format::number(m_preview->minCu), Format::number(m_preview->maxCu),
                                                    Format::number(m_preview->currentCu))
                                         : tr("Downgrade: %1 to %2 CUs (below the current %3).")
                                               .arg(Format::number(m_preview->minCu), Format::number(m_preview->maxCu),
                                                    Format::number(m_preview->currentCu)));
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
    const std::optional<Quote> previous = m_quote;
    m_quote.reset();
    const bool enabled = canChange();
    m_cuEdit->setEnabled(enabled);
    // Enter never buys a value the rule refuses: the button stays disabled while it shows an error.
    const Status typed = enabled ? checkTyped() : Status();
    m_buyButton->setEnabled(enabled && typed.ok());
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
    if (!typed.ok()) {
        m_priceValue->setText(tr("Shown once the CU quota is valid"));
        return;
    }
    // The quote shown is the one Buy Now records; it follows the remaining time every second.
    const Result<Quote> quote = m_services.quotas.quoteSubscriptionChange(m_workspaceId, m_direction,
                                                                          m_cuEdit->valueOr(0));
    if (!quote.ok()) {
        m_priceValue->setText(tr("Not available"));
        m_buyButton->setEnabled(false);
        return;
    }
    m_quote = quote.value();
    m_priceValue->setText(Quote::amountText(m_quote->amountCents));
    if (previous && previous->inputs.cuAfter == m_quote->inputs.cuAfter && previous->inputs != m_quote->inputs) {
        // Another instance changed the quota or the subscription renewed while the page was open:
        // say so and show what is true now, as a refused Buy Now would.
        showChangedElsewhere(Quote::changed(*previous, *m_quote, false));
    }
}

void SubscriptionQuotaDialog::showChangedElsewhere(const Status &why)
{
    const std::optional<int> chosen = m_cuEdit->value();
    reloadPreview();
    if (chosen && m_preview && m_preview->hasRange() && *chosen >= m_preview->minCu && *chosen <= m_preview->maxCu) {
        const QSignalBlocker blocker(m_cuEdit);
        m_cuEdit->setValue(*chosen);
    }
    retranslateUi();
    showStatus(why);
}

void SubscriptionQuotaDialog::updatePlan()
{
    QString text;
    const std::optional<int> typed = m_cuEdit->value();
    if (m_preview && canChange() && typed
        && QuotaService::checkSubscriptionCu(m_direction, m_preview->currentCu, *typed).ok()) {
        // The same plan Buy Now applies; a refusal says why before anything is bought.
        const auto plan = m_services.quotas.queuePlan(m_workspaceId, *typed);
        text = plan.ok() ? QuotaService::planText(plan.value()) : plan.text();
    }
    m_planValue->setText(text);
    m_planValue->setAccessibleName(text);
    growToFit();
}

Status SubscriptionQuotaDialog::checkTyped()
{
    const std::optional<int> typed = m_cuEdit->value();
    const Status status = typed ? QuotaService::checkSubscriptionCu(m_direction, m_preview->currentCu, *typed)
                                : Status::failure(Field::CuQuota, m_cuEdit->inputError());
    const QString message = status.ok() ? m_refusal : status.message(Field::CuQuota);
    AccessUi::showFieldError(m_cuEdit, m_fieldError, message, m_rangeHint->text());
    growToFit();
    return status;
}

void SubscriptionQuotaDialog::showStatus(const Status &status)
{
    const QString field = m_refusal = status.message(Field::CuQuota);
    AccessUi::showFieldError(m_cuEdit, m_fieldError, field, m_rangeHint->text());
    QStringList others;
    for (const FieldError &e : status.errors())
        if (e.field != Field::CuQuota)
            others << e.message;
    m_message->setText(others.join(QLatin1Char('\n')));
    m_message->setVisible(!others.isEmpty());
    growToFit();
    if (!field.isEmpty())
        m_cuEdit->setFocus();
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
    if (!canChange() || !checkTyped().ok() || !m_quote)
        return;
    // The price on screen now, kept while the confirmation is open (the timer moves m_quote on).
    const Quote shown = *m_quote;
    const int chosen = shown.inputs.cuAfter;
    {
        // Money: one explicit confirmation naming the amount before the order is recorded.
        const Workspace &w = m_preview->workspace;
        const QString amount = Format::money(std::abs(shown.amountCents));
        const bool upgrade = m_direction == QuotaService::Direction::Upgrade;
        const PurchaseConfirm::Question question{
            upgrade ? tr("Confirm Upgrade") : tr("Confirm Downgrade"),
            upgrade ? tr("Upgrade %1 from %2 to %3 CUs? %4 is charged now.")
                          .arg(w.name, Format::number(shown.inputs.cuBefore), Format::number(chosen), amount)
                    : tr("Downgrade %1 from %2 to %3 CUs? %4 is refunded.")
                          .arg(w.name, Format::number(shown.inputs.cuBefore), Format::number(chosen), amount),
            upgrade ? tr("&Pay %1").arg(amount) : tr("&Downgrade, refund %1").arg(amount)};
        if (!PurchaseConfirm::ask(this, question))
            return;
    }
    std::optional<Quote> requote;
    const Result<Order> result = m_services.quotas.changeSubscriptionQuota(m_session.identity(), shown, &requote);
    if (!result.ok()) {
        // Show what is true now (current quota, range, the new quote); keep the chosen value if
        // allowed. A refused quote asks again: the next click confirms the new price.
        if (result.has(ErrorCode::Expired) || result.has(ErrorCode::NotFound) || result.has(ErrorCode::Conflict))
            showChangedElsewhere(result);
        else
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
