#include "ui/detail/overview/OverviewTab.h"

#include "models/Format.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/SubscriptionState.h"
#include "models/Session.h"
#include "ui/billing/OrderTableModel.h"
#include "ui/common/AccessUi.h"
#include "ui/common/Announce.h"
#include "ui/common/FollowFeed.h"
#include "ui/lifecycle/LifecycleActions.h"
#include "ui/tags/EditTagsDialog.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {
constexpr OverviewTab::Field SettingsFields[] = {
    OverviewTab::Field::Name,      OverviewTab::Field::Id,        OverviewTab::Field::Region,
    OverviewTab::Field::Billing,   OverviewTab::Field::CuQuota,   OverviewTab::Field::Status,
    OverviewTab::Field::Directory, OverviewTab::Field::Catalogs,  OverviewTab::Field::ExecutionRole,
    OverviewTab::Field::Tags,      OverviewTab::Field::CreatedBy, OverviewTab::Field::CreatedAt,
};
constexpr OverviewTab::Field SubscriptionFields[] = {
    OverviewTab::Field::PurchasedAt, OverviewTab::Field::ExpiresAt, OverviewTab::Field::DaysLeft,
    OverviewTab::Field::ReleaseAt,   OverviewTab::Field::AutoRenew,
};
} // namespace

OverviewTab::OverviewTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("overviewTab"));

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("overviewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));

    // What can be done to the subscription (or to become one), above what it is.
    const auto actionButton = [&](const char *name, void (OverviewTab::*slot)()) {
        auto *button = new QPushButton(content);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_renew = actionButton("renewButton", &OverviewTab::renew);
    m_autoRenew = actionButton("autoRenewButton", &OverviewTab::changeAutoRenew);
    m_convert = actionButton("convertButton", &OverviewTab::convertToSubscription);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_renew);
    actions->addWidget(m_autoRenew);
    actions->addWidget(m_convert);
    actions->addStretch();

    m_settingsBox = new QGroupBox(content);
    m_settingsBox->setObjectName(QStringLiteral("settingsBox"));
    auto *settingsForm = new QFormLayout(m_settingsBox);
    settingsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_copyDirectory = new QPushButton(m_settingsBox);
    m_copyDirectory->setObjectName(QStringLiteral("copyDirectoryButton"));
    m_copyDirectory->setAutoDefault(false);
    connect(m_copyDirectory, &QPushButton::clicked, this, &OverviewTab::copyDirectory);
    m_editTags = new QPushButton(m_settingsBox);
    m_editTags->setObjectName(QStringLiteral("editTagsButton"));
    m_editTags->setAutoDefault(false);
    connect(m_editTags, &QPushButton::clicked, this, &OverviewTab::editTags);
    for (const Field f : SettingsFields)
        addField(settingsForm, f, f == Field::Directory ? m_copyDirectory : f == Field::Tags ? m_editTags : nullptr);

    m_subscriptionBox = new QGroupBox(content);
    m_subscriptionBox->setObjectName(QStringLiteral("subscriptionBox"));
    m_subscriptionForm = new QFormLayout;
    m_subscriptionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Field f : SubscriptionFields)
        addField(m_subscriptionForm, f);
    m_orders = new OrderTableModel(this);
    auto *ordersProxy = new QSortFilterProxyModel(this);
    ordersProxy->setSourceModel(m_orders);
    ordersProxy->setSortRole(OrderTableModel::SortRole);
    m_ordersView = new QTableView(m_subscriptionBox);
    m_ordersView->setObjectName(QStringLiteral("workspaceOrdersTable"));
    m_ordersView->setModel(ordersProxy);
    m_ordersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ordersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersView->setTabKeyNavigation(false);
    m_ordersView->setSortingEnabled(true);
    m_ordersView->sortByColumn(OrderTableModel::TimeColumn, Qt::DescendingOrder);
    m_ordersView->verticalHeader()->hide();
    m_ordersView->horizontalHeader()->setStretchLastSection(true);
    // The workspace is this window's: its column would repeat the title on every row.
    m_ordersView->setColumnHidden(OrderTableModel::WorkspaceColumn, true);
    m_ordersView->setColumnWidth(OrderTableModel::IdColumn, 170);
    m_ordersView->setColumnWidth(OrderTableModel::TypeColumn, 120);
    m_ordersView->setColumnWidth(OrderTableModel::AmountColumn, 110);
    m_ordersView->setMinimumHeight(m_ordersView->fontMetrics().height() * 5);
    m_ordersCaption = new QLabel(m_subscriptionBox);
    m_ordersCaption->setBuddy(m_ordersView);
    auto *subscriptionLayout = new QVBoxLayout(m_subscriptionBox);
    subscriptionLayout->addLayout(m_subscriptionForm);
    subscriptionLayout->addWidget(m_ordersCaption);
    subscriptionLayout->addWidget(m_ordersView, 1);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("overviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(m_settingsBox);
    contentLayout->addWidget(m_subscriptionBox, 1);
    contentLayout->addWidget(m_message);
    contentLayout->addStretch();

    // The tab scrolls as a whole on a small screen; the scroll area itself is never a Tab stop.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(scroll, 1);

    // Tab goes top-down: each value, then the button beside it.
    QWidget *previous = nullptr;
    const auto chain = [&](QWidget *w) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    };
    chain(m_renew);
    chain(m_autoRenew);
    chain(m_convert);
    for (const Field f : SettingsFields) {
        chain(m_fields.value(f));
        if (f == Field::Directory)
            chain(m_copyDirectory);
        else if (f == Field::Tags)
            chain(m_editTags);
    }
    for (const Field f : SubscriptionFields)
        chain(m_fields.value(f));
    chain(m_ordersView);

    m_dayTimer = new QTimer(this);
    m_dayTimer->setSingleShot(true);
    connect(m_dayTimer, &QTimer::timeout, this, [this] { showWorkspace(); });

    followFeed(this, m_services.feed, m_workspaceId,
               {Change::Kind::WorkspaceChanged, Change::Kind::WorkspaceRemoved, Change::Kind::Tags,
                Change::Kind::Catalogs, Change::Kind::Orders},
               [this] { refresh(); });
    connect(&m_session, &Session::identityChanged, this, [this] { showWorkspace(); });
    retranslateUi();
    refresh();
}

QLineEdit *OverviewTab::addField(QFormLayout *form, Field f, QWidget *beside)
{
    auto *edit = new QLineEdit(this);
    edit->setReadOnly(true);
    // Read-only: the frame would make it look like something to type into.
    edit->setFrame(false);
    edit->setObjectName(QStringLiteral("overviewField%1").arg(int(f)));
    auto *label = new QLabel(this);
    label->setBuddy(edit);
    m_fields.insert(f, edit);
    m_captions.insert(f, label);
    if (!beside) {
        form->addRow(label, edit);
        return edit;
    }
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(beside);
    form->addRow(label, row);
    return edit;
}

QString OverviewTab::captionText(Field f) const
{
    switch (f) {
    case Field::Name: return tr("Workspace Name:");
    case Field::Id: return tr("Workspace ID:");
    case Field::Region: return tr("Region:");
    case Field::Billing: return tr("Billing Method:");
    case Field::CuQuota: return tr("CU Quota:");
    case Field::Status: return tr("Status:");
    case Field::Directory: return tr("Workspace Directory:");
    case Field::Catalogs: return tr("DLF Data Catalogs:");
    case Field::ExecutionRole: return tr("Execution Role:");
    case Field::Tags: return tr("Tags:");
    case Field::CreatedBy: return tr("Created By:");
    case Field::CreatedAt: return tr("Created:");
    case Field::PurchasedAt: return tr("Purchased:");
    case Field::ExpiresAt: return tr("Expires:");
    case Field::DaysLeft: return tr("Days Left:");
    case Field::ReleaseAt: return tr("Release Date:");
    case Field::AutoRenew: return tr("Auto-renew:");
    }
    return {};
}

void OverviewTab::retranslateUi()
{
    m_settingsBox->setTitle(tr("Workspace"));
    m_subscriptionBox->setTitle(tr("Subscription"));
    for (auto it = m_captions.cbegin(); it != m_captions.cend(); ++it) {
        const QString caption = captionText(it.key());
        it.value()->setText(caption);
        // The caption is the field's name for screen readers, without the colon.
        QString name = caption;
        while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0xFF1A)))
            name.chop(1);
        m_fields.value(it.key())->setAccessibleName(name);
    }
    m_copyDirectory->setText(tr("&Copy"));
    m_copyDirectory->setAccessibleName(tr("Copy"));
    m_copyDirectory->setToolTip(tr("Copy the workspace directory to the clipboard"));
    m_copyDirectory->setAccessibleDescription(m_copyDirectory->toolTip());
    m_editTags->setText(tr("Edit &Tags"));
    m_editTags->setAccessibleName(tr("Edit Tags"));
    m_renew->setText(tr("&Renew"));
    m_renew->setAccessibleName(tr("Renew"));
    m_autoRenew->setText(tr("&Auto-renew Settings"));
    m_autoRenew->setAccessibleName(tr("Auto-renew Settings"));
    m_convert->setText(tr("Con&vert to Subscription"));
    m_convert->setAccessibleName(tr("Convert to Subscription"));
    m_ordersCaption->setText(tr("&Orders:"));
    m_ordersView->setAccessibleName(tr("Orders"));
    m_ordersView->horizontalHeader()->setAccessibleName(tr("Order columns (click to sort)"));
    m_orders->retranslate();
    showWorkspace();
}

void OverviewTab::refresh()
{
    const Result<Workspace> w = m_services.workspaces.find(m_workspaceId);
    m_readError = w.ok() ? QString() : w.text();
    m_workspace = w.ok() ? std::optional<Workspace>(w.value()) : std::nullopt;
    m_catalogsText.clear();
    m_ordersError.clear();
    if (m_workspace) {
        const Result<QList<WorkspaceCatalog>> catalogs = m_services.workspaceCatalogs.list(m_workspaceId);
        if (catalogs.ok()) {
            QStringList parts;
            for (const WorkspaceCatalog &c : catalogs.value())
                parts << (c.isDefault ? tr("%1 (default)").arg(c.catalogId) : c.catalogId);
            m_catalogsText = parts.join(QStringLiteral(", "));
        } else {
            m_catalogsText = catalogs.text(); // a failed read is said, never shown as no catalogs
        }
        const Result<QList<Order>> orders = m_services.billing.orders(m_workspaceId);
        m_ordersError = orders.ok() ? QString() : orders.text();
        m_orders->setOrders(orders.ok() ? orders.value() : QList<Order>());
    } else {
        m_orders->setOrders({});
    }
    showWorkspace();
}

void OverviewTab::showWorkspace()
{
    const bool known = m_workspace.has_value();
    for (QLabel *caption : std::as_const(m_captions))
        caption->setEnabled(known);
    const bool subscription = known && m_workspace->billing == ProductSpec::Subscription;
    m_subscriptionBox->setVisible(subscription);
    if (!known) {
        for (QLineEdit *edit : std::as_const(m_fields))
            edit->clear();
        m_notice->hide();
        m_copyDirectory->setEnabled(false);
        m_editTags->setEnabled(false);
        for (QPushButton *b : {m_renew, m_autoRenew, m_convert})
            b->hide();
        showMessage(m_readError);
        return;
    }
    const Workspace &w = *m_workspace;
    // Expired, days left, the week before and the release date: SubscriptionState's rules.
    const SubscriptionState state = SubscriptionState::of(w, m_services.clock.nowMs());
    const auto set = [this](Field f, const QString &text) {
        QLineEdit *edit = m_fields.value(f);
        if (edit->text() != text) {
            edit->setText(text);
            edit->setCursorPosition(0); // a long path shows its start
        }
        edit->setToolTip(text);
    };
    set(Field::Name, w.name);
    set(Field::Id, w.id);
    set(Field::Region, tr("%1 (%2)").arg(ProductSpec::regionName(w.region), w.region));
    set(Field::Billing, ProductSpec::billingName(w.billing));
    set(Field::CuQuota, Format::cus(w.cuQuota));
    set(Field::Status, state.isExpired() ? state.statusWord() : ProductSpec::statusName(w.status));
    set(Field::Directory, w.directory);
    set(Field::Catalogs, m_catalogsText);
    set(Field::ExecutionRole, w.executionRole);
    set(Field::Tags, w.tags.isEmpty() ? tr("None") : WorkspaceTableModel::tagsText(w.tags));
    const Result<Identity> creator = m_services.account.identity(w.createdBy);
    set(Field::CreatedBy, creator.ok() ? AccountDirectory::displayName(creator.value()) : w.createdBy);
    set(Field::CreatedAt, Format::dateTime(w.createdAtMs));
    m_fields.value(Field::CreatedAt)->setToolTip(Format::dateTimeFull(w.createdAtMs));

    if (subscription) {
        set(Field::PurchasedAt, Format::dateTime(w.subscribedAtMs));
        m_fields.value(Field::PurchasedAt)->setToolTip(Format::dateTimeFull(w.subscribedAtMs));
        set(Field::ExpiresAt, Format::dateTime(w.expiresAtMs));
        m_fields.value(Field::ExpiresAt)->setToolTip(Format::dateTimeFull(w.expiresAtMs));
        set(Field::DaysLeft, !state.isExpired()            ? tr("%n day(s)", nullptr, state.daysLeft())
                             : state.daysSinceExpiry() == 0 ? tr("None (expired less than a day ago)")
                                                            : tr("None (expired %n day(s) ago)", nullptr,
                                                                 state.daysSinceExpiry()));
        // When an expired subscription is released unless renewed; only then is there a date.
        set(Field::ReleaseAt, state.isExpired() ? Format::dateTime(state.releaseAtMs()) : QString());
        set(Field::AutoRenew, w.autoRenew ? tr("On, every %n month(s)", nullptr, w.autoRenewMonths) : tr("Off"));
    }

    m_subscriptionForm->setRowVisible(m_fields.value(Field::ReleaseAt), state.isExpired());
    // Days left change with the clock alone: show them again when the count next drops (a started
    // day counts as one), at most an hour from now in case the wall clock jumps.
    m_dayTimer->stop();
    if (subscription && !state.isExpired()) {
        constexpr qint64 DayMs = 24LL * 3600 * 1000;
        const qint64 left = w.expiresAtMs - m_services.clock.nowMs();
        const qint64 untilNextCount = left % DayMs == 0 ? DayMs : left % DayMs;
        m_dayTimer->start(int(std::clamp<qint64>(untilNextCount + 1, 1000, 3600LL * 1000)));
    }

    // In words at the top, not by colour alone (issue 10): the same sentence as the list's.
    const QString notice = state.note();
    if (notice != m_notice->text() || m_notice->isHidden() != notice.isEmpty()) {
        m_notice->setText(notice);
        m_notice->setVisible(!notice.isEmpty());
    }

    const Status manage = Permissions::canManageWorkspaces(m_session.identity());
    m_copyDirectory->setEnabled(!w.directory.isEmpty());
    AccessUi::setAllowed(m_editTags, nullptr, manage.ok() ? QString() : manage.text(),
                         tr("Change the tags of %1").arg(w.name));
    // Renew and Auto-renew for a subscription, Convert for pay-as-you-go; disabled with the reason
    // when the signed-in identity may not.
    using LifecycleActions::Action;
    const std::pair<Action, QPushButton *> lifecycle[] = {
        {Action::Renew, m_renew}, {Action::AutoRenew, m_autoRenew}, {Action::ConvertToSubscription, m_convert}};
    for (const auto &[action, button] : lifecycle) {
        button->setVisible((action == Action::ConvertToSubscription) != subscription);
        const Status allowed = LifecycleActions::check(action, m_session, m_workspace);
        const QString tip = action == Action::Renew ? tr("Extend the subscription of %1 and see the price first").arg(w.name)
            : action == Action::AutoRenew          ? tr("Turn auto-renew of %1 on or off and choose its period").arg(w.name)
                                                   : tr("Make %1 a subscription, keeping its ID, jobs and members").arg(w.name);
        AccessUi::setAllowed(button, nullptr, allowed.ok() ? QString() : allowed.text(), tip);
    }
    showMessage(m_ordersError.isEmpty() ? m_lastResult : m_ordersError);
}

void OverviewTab::showMessage(const QString &text)
{
    AccessUi::showError(m_message, text);
}

void OverviewTab::copyDirectory()
{
    if (!m_workspace || m_workspace->directory.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_workspace->directory);
    emit statusMessage(tr("Copied %1 to the clipboard.").arg(m_workspace->directory));
}

void OverviewTab::editTags()
{
    if (!m_workspace || !m_editTags->isEnabled())
        return;
    EditTagsDialog dialog(m_services, m_session, m_workspaceId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TagList tags = dialog.savedTags();
    refresh(); // the feed also announces it; this shows it before the dialog's caller returns
    emit statusMessage(tags.isEmpty() ? tr("%1 has no tags now.").arg(m_workspace->name)
                                      : tr("Tags of %1 saved: %2").arg(m_workspace->name,
                                                                       WorkspaceTableModel::tagsText(tags)));
}

void OverviewTab::renew()
{
    runLifecycleAction(int(LifecycleActions::Action::Renew), m_renew);
}

void OverviewTab::changeAutoRenew()
{
    runLifecycleAction(int(LifecycleActions::Action::AutoRenew), m_autoRenew);
}

void OverviewTab::convertToSubscription()
{
    runLifecycleAction(int(LifecycleActions::Action::ConvertToSubscription), m_convert);
}

void OverviewTab::runLifecycleAction(int action, QPushButton *button)
{
    if (!m_workspace || !button->isEnabled() || !button->isVisible())
        return;
    // The dialogs are the list's (ui/lifecycle): same rules, same confirmation of the price.
    const QString done =
        LifecycleActions::open(LifecycleActions::Action(action), this, m_services, m_session, m_workspaceId);
    if (done.isEmpty())
        return; // cancelled: nothing changed
    m_lastResult = done;
    refresh();
    Announce::alert(m_message);
    emit statusMessage(done);
}

void OverviewTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewTab::showEvent(QShowEvent *event)
{
    // Days left move with the clock, not with a write: count again whenever the tab is shown.
    showWorkspace();
    QWidget::showEvent(event);
}
