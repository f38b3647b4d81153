#include "ui/billing/BillingHistoryDialog.h"

#include "models/Format.h"
#include "ui/billing/OrderTableModel.h"
#include "models/Checked.h"
#include "models/Pricing.h"
#include "models/Services.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

BillingHistoryDialog::BillingHistoryDialog(Services &services, QWidget *parent)
    : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("billingHistoryDialog"));
    m_model = new OrderTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OrderTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ordersTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(OrderTableModel::TimeColumn, Qt::DescendingOrder);
    m_view->setColumnWidth(OrderTableModel::IdColumn, 170);
    m_view->setColumnWidth(OrderTableModel::WorkspaceColumn, 160);
    m_view->setColumnWidth(OrderTableModel::TypeColumn, 140);
    m_view->setColumnWidth(OrderTableModel::AmountColumn, 110);
    m_view->setWordWrap(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    m_buttons = new QDialogButtonBox(this);
    m_refreshButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setAutoDefault(false);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &BillingHistoryDialog::reload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(960, 420);
    retranslateUi();
    reload();
}

void BillingHistoryDialog::reload()
{
    const Result<QList<Order>> orders = m_services.billing.orders();
    // A failed read shows why, never an empty history.
    m_loadError = orders.ok() ? QString() : orders.text();
    m_model->setOrders(orders.ok() ? orders.value() : QList<Order>());
    updateSummary();
}

void BillingHistoryDialog::updateSummary()
{
    if (!m_loadError.isEmpty()) {
        m_summary->setText(m_loadError);
        return;
    }
    qint64 paid = 0;
    qint64 refunded = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 amount = m_model->order(row).amountCents;
        qint64 &total = amount >= 0 ? paid : refunded;
        total = Checked::add(total, amount);
    }
    m_summary->setText(tr("%n order(s); paid %1, refunded %2.", nullptr, m_model->rowCount())
                           .arg(Format::money(paid), Format::money(Checked::sub(0, refunded))));
}

void BillingHistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Billing History"));
    m_intro->setText(tr("Every purchase, quota change and refund of this account. Amounts in USD; refunds are negative."));
    m_view->setAccessibleName(tr("Orders"));
    m_view->horizontalHeader()->setAccessibleName(tr("Order columns (click to sort)"));
    m_refreshButton->setText(tr("Refresh"));
    m_model->retranslate();
    updateSummary();
}

void BillingHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
