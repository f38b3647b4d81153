#include "ui/billing/BillingHistoryDialog.h"

#include "models/Checked.h"
#include "models/Format.h"
#include "models/OrderCsv.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "ui/billing/OrderFilterProxy.h"
#include "ui/billing/OrderTableModel.h"
#include "ui/common/AccessUi.h"
#include "ui/common/Announce.h"
#include "ui/common/FolderPicker.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// Qt's file dialog configured as the app's folder picker is (dates in the app's language and
// format, columns wide enough), asking for a file name to save to.
QString chooseCsvFile(QWidget *parent, const QString &caption, const QString &suggested)
{
    QFileDialog *dialog = FolderPicker::create(parent, caption);
    dialog->setObjectName(QStringLiteral("exportCsvPicker"));
    dialog->setOption(QFileDialog::ShowDirsOnly, false);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilter(BillingHistoryDialog::tr("CSV files (*.csv)"));
    dialog->selectFile(suggested);
    const QPointer<QFileDialog> guard(dialog);
    const bool chosen = dialog->exec() == QDialog::Accepted;
    if (!guard)
        return {};
    const QStringList files = chosen ? dialog->selectedFiles() : QStringList();
    delete dialog;
    return files.value(0);
}

QDate localDate(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().date();
}

qint64 startOfLocalDay(const QDate &date)
{
    return date.startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
}
} // namespace

BillingHistoryDialog::BillingHistoryDialog(Services &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_chooseFile(&chooseCsvFile)
{
    setObjectName(QStringLiteral("billingHistoryDialog"));
    m_model = new OrderTableModel(this);
    m_proxy = new OrderFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_workspaceCombo = new QComboBox(this);
    m_workspaceCombo->setObjectName(QStringLiteral("workspaceFilter"));
    m_workspaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workspaceCombo->setMinimumContentsLength(16);
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("typeFilter"));
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_settingDates)
                m_datesChosen = true;
            applyFilters();
        });
    }
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setBuddy(m_workspaceCombo);
    m_typeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_typeCombo);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_toEdit);
    m_rangeError = new QLabel(this);
    m_rangeError->setObjectName(QStringLiteral("rangeError"));
    m_rangeError->setWordWrap(true);
    m_rangeError->hide();
    connect(m_workspaceCombo, &QComboBox::currentIndexChanged, this, &BillingHistoryDialog::applyFilters);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &BillingHistoryDialog::applyFilters);

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
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportMessage = new QLabel(this);
    m_exportMessage->setObjectName(QStringLiteral("exportMessage"));
    m_exportMessage->setWordWrap(true);
    m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportMessage->hide();

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setAutoDefault(false);
    m_refreshButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setAutoDefault(false);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &BillingHistoryDialog::exportCsv);
    connect(m_refreshButton, &QPushButton::clicked, this, &BillingHistoryDialog::reload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Two rows of two filters: one row of four would not fit a small screen at twice the scale.
    auto *filters = new QGridLayout;
    filters->addWidget(m_workspaceLabel, 0, 0);
    filters->addWidget(m_workspaceCombo, 0, 1);
    filters->addWidget(m_typeLabel, 0, 2);
    filters->addWidget(m_typeCombo, 0, 3);
    filters->addWidget(m_fromLabel, 1, 0);
    filters->addWidget(m_fromEdit, 1, 1);
    filters->addWidget(m_toLabel, 1, 2);
    filters->addWidget(m_toEdit, 1, 3);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addWidget(m_rangeError);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_exportMessage);
    layout->addWidget(m_buttons);
    setTabOrder(m_workspaceCombo, m_typeCombo);
    setTabOrder(m_typeCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_view);

    // A purchase, renewal or refund anywhere (this instance or another) appears while it is open.
    connect(&m_services.feed, &ChangeFeed::changed, this, [this](const ChangeList &changes) {
        if (std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.kind == Change::Kind::Orders; }))
            reload();
    });
    connect(&m_services.feed, &ChangeFeed::reloaded, this, &BillingHistoryDialog::reload);

    resize(960, 480);
    retranslateUi();
    reload();
}

void BillingHistoryDialog::reload()
{
    const Result<QList<Order>> orders = m_services.billing.orders();
    // A failed read shows why, never an empty history.
    m_loadError = orders.ok() ? QString() : orders.text();
    m_model->setOrders(orders.ok() ? orders.value() : QList<Order>());
    fillWorkspaceCombo();
    if (!m_datesChosen)
        resetDateRange();
    applyFilters();
}

void BillingHistoryDialog::fillWorkspaceCombo()
{
    // Every workspace that has an order, deleted ones too (their orders stay), by name.
    const QString selected = m_workspaceCombo->currentData().toString();
    QList<QPair<QString, QString>> workspaces; // name, id
    QStringList seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Order &o = m_model->order(row);
        if (!seen.contains(o.workspaceId)) {
            seen << o.workspaceId;
            workspaces.append({o.workspaceName, o.workspaceId});
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(workspaces.begin(), workspaces.end(), [&](const auto &a, const auto &b) {
        const int c = collator.compare(a.first, b.first);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    const QSignalBlocker block(m_workspaceCombo);
    m_workspaceCombo->clear();
    m_workspaceCombo->addItem(tr("All workspaces"), QString());
    for (const auto &[name, id] : workspaces)
        m_workspaceCombo->addItem(tr("%1 (%2)").arg(name, id), id);
    const int at = m_workspaceCombo->findData(selected);
    m_workspaceCombo->setCurrentIndex(at < 0 ? 0 : at);
}

void BillingHistoryDialog::fillTypeCombo()
{
    const QString selected = m_typeCombo->currentData().toString();
    const QSignalBlocker block(m_typeCombo);
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("All types"), QString());
    for (const QString &type : {ProductSpec::OrderNew, ProductSpec::OrderUpgrade, ProductSpec::OrderDowngrade,
                                ProductSpec::OrderRenewal, ProductSpec::OrderRefund, ProductSpec::OrderRelease})
        m_typeCombo->addItem(ProductSpec::orderTypeName(type), type);
    const int at = m_typeCombo->findData(selected);
    m_typeCombo->setCurrentIndex(at < 0 ? 0 : at);
}

void BillingHistoryDialog::resetDateRange()
{
    // From the first order's day to today (or the last order's day, if the clock is behind it).
    const QDate today = localDate(m_services.clock.nowMs());
    QDate first = today;
    QDate last = today;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate d = localDate(m_model->order(row).createdAtMs);
        first = std::min(first, d);
        last = std::max(last, d);
    }
    m_settingDates = true;
    m_fromEdit->setDate(first);
    m_toEdit->setDate(last);
    m_settingDates = false;
}

void BillingHistoryDialog::applyFilters()
{
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    const bool backwards = from > to;
    AccessUi::showFieldError(m_toEdit, m_rangeError,
                             backwards ? tr("The end date is before the start date: no order can be shown.") : QString());
    m_proxy->setWorkspaceId(m_workspaceCombo->currentData().toString());
    m_proxy->setType(m_typeCombo->currentData().toString());
    // Whole local days: the end date's orders are included up to its midnight.
    m_proxy->setTimeRange(startOfLocalDay(from), startOfLocalDay(to.addDays(1)));
    updateSummary();
}

void BillingHistoryDialog::updateSummary()
{
    if (!m_loadError.isEmpty()) {
        m_summary->setText(m_loadError);
        m_exportButton->setEnabled(false);
        return;
    }
    qint64 paid = 0;
    qint64 refunded = 0;
    const QList<Order> shown = m_proxy->shownOrders();
    for (const Order &o : shown) {
        qint64 &total = o.amountCents >= 0 ? paid : refunded;
        total = Checked::add(total, o.amountCents);
    }
    const int all = m_model->rowCount();
    const QString counted = shown.size() == all
        ? tr("%n order(s)", nullptr, all)
        : tr("%1 of %n order(s) shown", nullptr, all).arg(Format::number(shown.size()));
    m_summary->setText(tr("%1; paid %2, refunded %3, net %4.")
                           .arg(counted, Format::money(paid), Format::money(Checked::sub(0, refunded)),
                                Format::money(Checked::add(paid, refunded))));
    AccessUi::setAllowed(m_exportButton, nullptr, shown.isEmpty() ? tr("No order is shown, so there is nothing to export.") : QString(),
                         tr("Save the orders shown as a CSV file for a spreadsheet"));
}

void BillingHistoryDialog::exportCsv()
{
    const QList<Order> shown = m_proxy->shownOrders();
    if (shown.isEmpty())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("billing-history-%1.csv").arg(localDate(m_services.clock.nowMs()).toString(QStringLiteral("yyyyMMdd"))));
    const QString path = m_chooseFile(this, tr("Export Billing History as CSV"), suggested);
    if (path.isEmpty())
        return;
    const Status saved = OrderCsv::save(path, shown);
    showExportMessage(saved.ok() ? tr("Exported %n order(s) to %1.", nullptr, int(shown.size())).arg(QDir::toNativeSeparators(path))
                                 : saved.text());
}

void BillingHistoryDialog::showExportMessage(const QString &text)
{
    AccessUi::showError(m_exportMessage, text);
    if (!text.isEmpty())
        Announce::alert(m_exportMessage);
}

void BillingHistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Billing History"));
    m_intro->setText(tr("Every purchase, quota change, renewal and refund of this account. Amounts in USD; refunds are negative."));
    m_workspaceLabel->setText(tr("&Workspace:"));
    m_typeLabel->setText(tr("T&ype:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("T&o:"));
    m_workspaceCombo->setAccessibleName(tr("Workspace"));
    m_typeCombo->setAccessibleName(tr("Type"));
    m_fromEdit->setAccessibleName(tr("From"));
    m_toEdit->setAccessibleName(tr("To"));
    // The dates in the UI language's short form ("2/15/27" would be ambiguous): "2027-02-15".
    m_settingDates = true;
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_settingDates = false;
    m_view->setAccessibleName(tr("Orders"));
    m_view->horizontalHeader()->setAccessibleName(tr("Order columns (click to sort)"));
    m_exportButton->setText(tr("&Export CSV…"));
    m_exportButton->setAccessibleName(tr("Export CSV…"));
    m_refreshButton->setText(tr("Refresh"));
    m_model->retranslate();
    if (m_workspaceCombo->count() > 0)
        m_workspaceCombo->setItemText(0, tr("All workspaces"));
    fillTypeCombo();
    applyFilters();
}

void BillingHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
