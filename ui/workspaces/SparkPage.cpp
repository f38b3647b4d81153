#include "ui/workspaces/SparkPage.h"

#include "ui/lifecycle/LifecycleActions.h"

#include "models/Format.h"
#include "ui/common/MenuAccessibility.h"
#include "ui/common/AccessUi.h"
#include "ui/common/ClearButton.h"
#include "ui/common/OneLineHeaderView.h"
#include "ui/common/WrappingLabel.h"
#include "ui/workspaces/ActionsColumnDelegate.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"
#include "models/ChangeFeed.h"
#include "models/Database.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/workspaces/TagsColumnDelegate.h"
#include "ui/workspaces/NameColumnDelegate.h"
#include "ui/workspaces/PlainTextDelegate.h"
#include "ui/common/Icons.h"
#include "ui/detail/WorkspaceDetailWindow.h"
#include "ui/workspaces/NameOrder.h"
#include "ui/workspaces/WorkspaceFilterProxy.h"
#include "models/WorkspaceListLoader.h"
#include "models/WorkspaceRows.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <utility>
#include <QVBoxLayout>

namespace {
// More than a screenful: a window 2,160 pixels high shows about 45 rows. The rest is read on a
// worker thread; every row of the first page costs the first frame (its tags are a query).
constexpr int FirstPageSize = 100;
constexpr int FirstPaintGraceMs = 150;
}

SparkPage::SparkPage(Services &services, Session &session, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session)
{
    m_model = new WorkspaceTableModel(this);
    m_model->setClock(&m_services.clock);
    m_proxy = new WorkspaceFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    buildUi();
    retranslateUi();
    reload();

    connect(&m_session, &Session::identityChanged, this, &SparkPage::updateActions);
    auto *expiryRepaint = new QTimer(this);
    expiryRepaint->setObjectName(QStringLiteral("expiryRepaintTimer"));
    expiryRepaint->setTimerType(Qt::VeryCoarseTimer);
    connect(expiryRepaint, &QTimer::timeout, this, &SparkPage::repaintExpiryCells);
    expiryRepaint->start(ExpiryRepaintMs);
    // Rows follow the change feed: one row is reread when it changed (dataChanged, insert or
    // remove, so selection and scroll position stay), the whole list is merged when another
    // instance wrote. Nothing here polls or moves domain time (that is the Scheduler's job).
    ChangeFeed &feed = m_services.feed;
    connect(&feed, &ChangeFeed::workspaceAdded, this, &SparkPage::refreshWorkspace);
    connect(&feed, &ChangeFeed::workspaceChanged, this, &SparkPage::refreshWorkspace);
    connect(&feed, &ChangeFeed::workspaceRemoved, this, &SparkPage::refreshWorkspace);
    connect(&feed, &ChangeFeed::reloaded, this, &SparkPage::mergeFromDatabase);
    connect(&m_services.scheduler, &Scheduler::failed, this,
            [this](const Status &error) { emit statusMessage(error.text()); });
    connect(&m_services.scheduler, &Scheduler::renewed, this, &SparkPage::reportRenewals);
    // A workspace that disappears by itself says why (issue 10: the grace period ended).
    connect(&m_services.scheduler, &Scheduler::released, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            const Result<QList<Order>> orders = m_services.billing.orders(id);
            QString name = id;
            if (orders.ok() && !orders->isEmpty())
                name = orders->first().workspaceName;
            emit statusMessage(tr("%1 was released: its subscription expired and was not renewed within the grace "
                                  "period. Its orders stay in the billing history.")
                                   .arg(name));
        }
    });
}

void SparkPage::repaintExpiryCells()
{
    // Hidden, or no list yet: painted from the clock when it is shown.
    if (!m_view || !m_view->isVisible() || m_view->isColumnHidden(WorkspaceTableModel::ExpiresColumn))
        return;
    const int x = m_view->columnViewportPosition(WorkspaceTableModel::ExpiresColumn);
    const int width = m_view->columnWidth(WorkspaceTableModel::ExpiresColumn);
    QWidget *viewport = m_view->viewport();
    if (x + width > 0 && x < viewport->width())
        viewport->update(QRect(x, 0, width, viewport->height()));
}

void SparkPage::reportRenewals(const QStringList &workspaceIds)
{
    // Money moved without a click: each renewal is said with what was charged and the new expiry.
    for (const QString &id : workspaceIds) {
        const Result<Workspace> w = m_services.workspaces.find(id);
        const Result<QList<Order>> orders = m_services.billing.orders(id);
        if (!w.ok() || !orders.ok()) {
            emit statusMessage(!w.ok() ? w.text() : orders.text());
            continue;
        }
        qint64 charged = 0;
        QString orderId;
        qint64 latest = -1;
        for (const Order &o : orders.value()) {
            if (o.type == ProductSpec::OrderRenewal && o.createdAtMs >= latest) {
                latest = o.createdAtMs;
                charged = o.amountCents;
                orderId = o.id;
            }
        }
        emit statusMessage(tr("%1 renewed automatically until %2; %3 charged (order %4).")
                               .arg(w->name, Format::dateTime(w->expiresAtMs), Format::money(charged), orderId));
    }
}

SparkPage::~SparkPage()
{
    stopBackgroundLoad();
    stopMerge();
}

void SparkPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createWorkspaceButton"));
    m_createButton->setDefault(false);
    // Enter presses it when it has the focus (an empty account starts there), as in a dialog.
    m_createButton->setAutoDefault(true);
    m_createButton->setIcon(Icons::icon(Icons::Id::Create));
    connect(m_createButton, &QPushButton::clicked, this, &SparkPage::createWorkspace);

    m_moreMenu = new QMenu(this);
    m_moreMenu->setObjectName(QStringLiteral("moreMenu"));
    // A disabled action says why, to every user (tool tip, status bar, screen reader).
    MenuAccessibility::prepare(m_moreMenu);
    addRowActions(m_moreMenu, {RowAction::UpgradeQuota, RowAction::DowngradeQuota, RowAction::ModifyPayAsYouGoQuota,
                               RowAction::Separator, RowAction::Renew, RowAction::AutoRenew,
                               RowAction::ConvertToSubscription, RowAction::Separator, RowAction::EditTags});

    m_rowMenu = new QMenu(this);
    m_rowMenu->setObjectName(QStringLiteral("rowMenu"));
    MenuAccessibility::prepare(m_rowMenu);
    addRowActions(m_rowMenu, {RowAction::Open, RowAction::Delete, RowAction::Separator, RowAction::UpgradeQuota,
                              RowAction::DowngradeQuota, RowAction::ModifyPayAsYouGoQuota, RowAction::Separator,
                              RowAction::Renew, RowAction::AutoRenew, RowAction::ConvertToSubscription,
                              RowAction::Separator, RowAction::EditTags});


    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SparkPage::updateCountAndEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SparkPage::updateCountAndEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SparkPage::updateCountAndEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SparkPage::updateCountAndEmptyState);
    connect(m_proxy, &WorkspaceFilterProxy::filterChanged, this, &SparkPage::updateCountAndEmptyState);

    m_emptyPage = new QWidget(this);
    m_emptyLabel = new WrappingLabel(m_emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyMessage"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_clearFiltersButton = new QPushButton(m_emptyPage);
    m_clearFiltersButton->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(m_clearFiltersButton, &QPushButton::clicked, this, &SparkPage::clearFilters);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_clearFiltersButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyPage);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_toolbar = new QHBoxLayout;
    m_toolbar->addWidget(m_createButton);
    m_toolbar->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_countLabel);
}

void SparkPage::ensureListTools()
{
    if (m_actionsButton)
        return;
    m_actionsButton = new QPushButton(this);
    m_actionsButton->setObjectName(QStringLiteral("actionsButton"));
    m_actionsButton->setMenu(m_rowMenu);
    m_filterLabel = new QLabel(this);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    ClearButton::enableOnFirstUse(m_filterEdit);
    m_filterLabel->setBuddy(m_filterEdit);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCountAndEmptyState();
    });

    m_regionLabel = new QLabel(this);
    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(QStringLiteral("regionFilter"));
    m_regionLabel->setBuddy(m_regionCombo);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRegion(m_regionCombo->currentData().toString());
        updateCountAndEmptyState();
    });

    m_tagLabel = new QLabel(this);
    m_tagEdit = new QLineEdit(this);
    m_tagEdit->setObjectName(QStringLiteral("tagFilterEdit"));
    ClearButton::enableOnFirstUse(m_tagEdit);
    m_tagLabel->setBuddy(m_tagEdit);
    connect(m_tagEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // "key" matches any value; "key:value" matches both exactly (keys may contain ':').
        m_proxy->setTagText(text);
        updateCountAndEmptyState();
    });

    m_toolbar->insertWidget(1, m_actionsButton);
    m_toolbar->addWidget(m_filterLabel);
    m_toolbar->addWidget(m_filterEdit, 2);
    m_toolbar->addWidget(m_regionLabel);
    m_toolbar->addWidget(m_regionCombo, 1);
    m_toolbar->addWidget(m_tagLabel);
    m_toolbar->addWidget(m_tagEdit, 1);
    // Between Create Workspace and what followed it (the list, or the window's next row).
    setTabOrder(m_createButton, m_actionsButton);
    setTabOrder(m_actionsButton, m_filterEdit);
    setTabOrder(m_filterEdit, m_regionCombo);
    setTabOrder(m_regionCombo, m_tagEdit);
    retranslateListTools();
    updateActions();
    // Into a shown page: at once, not at the next turn of the event loop (QLayout's way).
    if (isVisible())
        for (QWidget *w : std::initializer_list<QWidget *>{m_actionsButton, m_filterLabel, m_filterEdit, m_regionLabel,
                                                          m_regionCombo, m_tagLabel, m_tagEdit})
            w->show();
}

QTableView *SparkPage::view()
{
    if (m_view)
        return m_view;
    ensureListTools(); // before the list in the tab order
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("workspaceTable"));
    m_view->setHorizontalHeader(new OneLineHeaderView(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row height: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 2 + 12);
    // The model once the row header is hidden: shown, it would be measured first, its row
    // numbers in a font of their own (about 7 million instructions before the first frame).
    m_view->setModel(m_proxy);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    // No column first: enabling sorting sorts by the indicator, and rows may be there already.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Every column, Actions' two links included, fits the default 1180-pixel window with the
    // scroll bar shown (tst_mainwindow); a long region name or tag list wraps onto the row's
    // second line, a long name is elided above its ID.
    m_view->setColumnWidth(WorkspaceTableModel::NameColumn, 180);
    m_view->setColumnWidth(WorkspaceTableModel::RegionColumn, 120);
    m_view->setColumnWidth(WorkspaceTableModel::BillingColumn, 105);
    m_view->setColumnWidth(WorkspaceTableModel::CuQuotaColumn, 70);
    m_view->setColumnWidth(WorkspaceTableModel::StatusColumn, 70);
    m_view->setColumnWidth(WorkspaceTableModel::TagsColumn, 125);
    m_view->setColumnWidth(WorkspaceTableModel::CreatedColumn, 140);
    m_view->setColumnWidth(WorkspaceTableModel::ExpiresColumn, 165);
    m_view->setItemDelegate(new PlainTextDelegate(this));
    m_view->setItemDelegateForColumn(WorkspaceTableModel::NameColumn, new NameColumnDelegate(this));
    m_actionsDelegate = new ActionsColumnDelegate(this);
    m_view->setItemDelegateForColumn(WorkspaceTableModel::ActionsColumn, m_actionsDelegate);
    // Clicking a tag in the Tags column filters the list by that tag (key:value).
    auto *tagsDelegate = new TagsColumnDelegate(this);
    m_view->setItemDelegateForColumn(WorkspaceTableModel::TagsColumn, tagsDelegate);
    connect(tagsDelegate, &TagsColumnDelegate::tagClicked, this, [this](const Tag &tag) {
        applyTagFilter(tag.key, tag.value, true);
        emit statusMessage(tr("Showing workspaces tagged %1:%2").arg(tag.key, tag.value));
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        showRowMenu(m_view->viewport()->mapToGlobal(pos));
    });
    // Shift+F10 opens the row menu as the Menu key does (Qt maps only the Menu key by itself).
    auto *shiftF10 = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(shiftF10, &QShortcut::activated, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const QRect r = current.isValid() ? m_view->visualRect(current) : QRect();
        showRowMenu(m_view->viewport()->mapToGlobal(r.isValid() ? r.center() : QPoint(0, 0)));
    });
    connect(m_actionsDelegate, &ActionsColumnDelegate::primaryClicked, this, [this](const QModelIndex &index) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        updateActions();
        if (deleteAction()->isEnabled())
            deleteAction()->trigger();
        else
            emit statusMessage(deleteAction()->toolTip());
    });
    connect(m_actionsDelegate, &ActionsColumnDelegate::moreClicked, this, [this](const QModelIndex &index, const QPoint &at) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        updateActions();
        m_moreMenu->popup(at);
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != WorkspaceTableModel::ActionsColumn) {
            openWorkspace();
            return;
        }
        // Enter on the Actions cell opens the row's menu there, as a click on its links would.
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        updateActions();
        showRowMenu(m_view->viewport()->mapToGlobal(m_view->visualRect(index).center()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SparkPage::updateActions);
    m_view->setAccessibleName(tr("Workspaces"));
    m_stack->addWidget(m_view);
    setTabOrder(m_tagEdit, m_view);
    if (!m_headerState.isEmpty())
        applyHeaderState(std::exchange(m_headerState, {}));
    updateActions();
    return m_view;
}

void SparkPage::retranslateUi()
{
    m_title->setText(tr("Spark"));
    m_createButton->setText(tr("Create Workspace"));
    retranslateListTools();
    if (m_view)
        m_view->setAccessibleName(tr("Workspaces"));
    m_clearFiltersButton->setText(tr("Clear Filters"));
    retranslateRowActions();
    m_moreMenu->setTitle(tr("More"));
    m_model->retranslate();
    updateActions();
    updateCountAndEmptyState();
}

void SparkPage::retranslateListTools()
{
    if (!m_actionsButton)
        return;
    m_actionsButton->setText(tr("Actions"));
    m_actionsButton->setToolTip(tr("Actions for the selected workspace (the same as the row's context menu)"));
    m_filterLabel->setText(tr("F&ilter:"));
    m_filterEdit->setPlaceholderText(tr("Workspace name or ID"));
    m_regionLabel->setText(tr("&Region:"));
    m_tagLabel->setText(tr("&Tag:"));
    m_tagEdit->setPlaceholderText(tr("key or key:value"));
    const QString region = m_regionCombo->currentData().toString();
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    m_regionCombo->addItem(tr("All regions"), QString());
    for (const QString &id : ProductSpec::regionIds())
        m_regionCombo->addItem(ProductSpec::regionName(id), id);
    m_regionCombo->setCurrentIndex(std::max(0, m_regionCombo->findData(region)));
}

void SparkPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool SparkPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Paint && m_loader && !m_loader->isRunning())
        QTimer::singleShot(0, this, &SparkPage::startPendingLoad);
    if (m_view && watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            updateActions();
            if (deleteAction()->isEnabled())
                deleteAction()->trigger();
            else if (!selectedWorkspaceId().isEmpty())
                emit statusMessage(deleteAction()->toolTip()); // as a click on the Delete link does
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SparkPage::reload()
{
    const QString selected = selectedWorkspaceId();
    stopBackgroundLoad();
    // Everything is read again: a merge under way or due has nothing to add.
    stopMerge();
    m_mergePending = false;
    // The first page paints at once; the rest loads on a worker thread, so opening a list of
    // 100,000 workspaces costs about as much as opening an empty one.
    // One row more than the page tells whether there is a rest, without counting every row
    // first (count(*) alone took about 20 ms of the first frame at 1,000,000).
    WorkspaceRows firstPage;
    const Status read = m_services.workspaces.listRows(nullptr, FirstPageSize + 1, firstPage);
    // A list that could not be read shows why, never "No workspaces yet".
    m_loadError = read.ok() ? QString() : read.text();
    const bool more = read.ok() && firstPage.liveCount() > FirstPageSize;
    m_model->setRows(read.ok() ? std::move(firstPage) : WorkspaceRows());
    if (!read.ok())
        emit statusMessage(read.text());
    if (!selected.isEmpty())
        selectWorkspace(selected);
    if (more)
        startBackgroundLoad();
    // F5 rereads what another instance may have written: the open detail windows too.
    for (const QPointer<WorkspaceDetailWindow> &window : std::as_const(m_detailWindows))
        if (window && window->isVisible())
            window->refresh();
    updateCountAndEmptyState();
    updateActions();
    if (!more)
        emit loadingFinished();
}

void SparkPage::startBackgroundLoad()
{
    const int generation = ++m_loadGeneration;
    // The page may already be sorted by the user; the keyset continues after the newest row of
    // the page in creation order.
    WorkspaceListLoader::Key key;
    const WorkspaceRows &rows = m_model->rows();
    for (WorkspaceRows::Slot s = 0; s < WorkspaceRows::Slot(rows.slotCount()); ++s) {
        if (!rows.isLive(s))
            continue;
        const qint64 created = rows.createdAtMs(s);
        if (created > key.createdAtMs || (created == key.createdAtMs && rows.id(s) > key.id))
            key = {created, rows.id(s)};
    }
    QPointer<SparkPage> self(this);
    m_loader = QThread::create([self, load = m_services.workspaces.restOfRowsLoader(key), generation,
                                locale = m_model->collationLocale()] {
        Result<WorkspaceRows> rest = load();
        // The names' collation order too, here rather than on the first click on Name.
        std::vector<quint32> ranks;
        if (rest.ok()) {
            QCollator collator(locale);
            collator.setNumericMode(true);
            ranks = NameOrder::ranks(rest.value(), collator, NameOrder::asciiAgreesWith(collator));
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, rest = std::move(rest), ranks = std::move(ranks)]() mutable {
                if (!self || generation != self->m_loadGeneration)
                    return;
                if (rest.ok())
                    self->m_model->appendRows(std::move(rest).value(), std::move(ranks));
                else
                    self->m_loadError = rest.text(); // the rows read so far stay; the error says the rest is missing
                self->stopBackgroundLoad();
                self->updateCountAndEmptyState();
                emit self->loadingFinished();
                // What another instance wrote while the list was read.
                if (std::exchange(self->m_mergePending, false))
                    self->mergeFromDatabase();
            },
            Qt::QueuedConnection);
    });
    // Start reading once the first page has painted (or soon, if the page is not shown), so the
    // worker never competes with the first paint for the CPU.
    QTimer::singleShot(FirstPaintGraceMs, this, &SparkPage::startPendingLoad);
}

void SparkPage::startPendingLoad()
{
    if (m_loader && !m_loader->isRunning() && !m_loader->isFinished())
        m_loader->start(QThread::LowPriority);
}

namespace {
// Waits for a worker and forgets it; a result it still delivers is older than the generation.
void stopWorker(QThread *&thread, int &generation)
{
    if (!thread)
        return;
    ++generation;
    thread->wait();
    delete thread;
    thread = nullptr;
}
} // namespace

void SparkPage::stopBackgroundLoad()
{
    stopWorker(m_loader, m_loadGeneration);
}

void SparkPage::refreshWorkspace(const QString &id)
{
    // Newer than what a merge under way has read: the merge leaves this row alone.
    if (m_merger)
        m_changedWhileMerging.insert(id);
    const Result<Workspace> w = m_services.workspaces.find(id);
    if (w.ok()) {
        const QModelIndex current = m_view ? m_view->currentIndex() : QModelIndex();
        const bool isCurrent = current.isValid() && current.data(WorkspaceTableModel::IdRole).toString() == id;
        m_model->upsert(w.value());
        // The row the user is working on may move to its new sorted place: it stays in sight.
        if (isCurrent)
            m_view->scrollTo(m_view->currentIndex());
    } else if (w.has(ErrorCode::NotFound))
        m_model->remove(id);
    else
        emit statusMessage(w.text()); // the row stays as it was; a failed read is not a deletion
    updateActions();
    updateCountAndEmptyState();
}

void SparkPage::mergeFromDatabase()
{
    // Restarting a load at each write of a busy second instance might never finish it: the
    // load under way (or the merge reading) is followed by one more merge instead.
    if (m_loader || m_merger) {
        m_mergePending = true;
        return;
    }
    const int generation = ++m_mergeGeneration;
    m_changedWhileMerging.clear();
    QPointer<SparkPage> self(this);
    m_merger = QThread::create([self, load = m_services.workspaces.allRowsLoader(), generation] {
        Result<WorkspaceRows> all = load();
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, all = std::move(all)]() mutable {
                if (self)
                    self->finishMerge(generation, std::move(all));
            },
            Qt::QueuedConnection);
    });
    m_merger->start(QThread::LowPriority);
}

void SparkPage::finishMerge(int generation, Result<WorkspaceRows> all)
{
    if (generation != m_mergeGeneration)
        return; // a reload read everything since
    stopMerge();
    if (!all.ok()) {
        emit statusMessage(all.text()); // the rows stay as they were; a failed read is not an empty list
    } else {
        m_model->mergeRows(all.value(), std::exchange(m_changedWhileMerging, {}));
        for (const QPointer<WorkspaceDetailWindow> &window : std::as_const(m_detailWindows))
            if (window && window->isVisible())
                window->refresh();
        updateActions();
        updateCountAndEmptyState();
    }
    if (std::exchange(m_mergePending, false))
        mergeFromDatabase();
}

void SparkPage::stopMerge()
{
    stopWorker(m_merger, m_mergeGeneration);
}

std::optional<Workspace> SparkPage::selectedWorkspace() const
{
    const QString id = selectedWorkspaceId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return std::nullopt;
    // The list keeps only what it shows; the dialogs get the whole row.
    const Result<Workspace> full = m_services.workspaces.find(id);
    return full.ok() ? full.value() : m_model->workspace(row);
}

QString SparkPage::selectedWorkspaceId() const
{
    if (!m_view || !m_view->selectionModel())
        return {};
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_proxy->mapToSource(rows.first()).data(WorkspaceTableModel::IdRole).toString();
}

void SparkPage::selectWorkspace(const QString &id)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!proxyIndex.isValid())
        return;
    view()->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
}

QByteArray SparkPage::saveHeaderState() const
{
    // Never shown, never changed: what was restored.
    return m_view ? m_view->horizontalHeader()->saveState() : m_headerState;
}

void SparkPage::restoreHeaderState(const QByteArray &state)
{
    if (m_view)
        applyHeaderState(state);
    else
        m_headerState = state; // with the list, when it is made
}

void SparkPage::applyHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state))
        return;
    // restoreState() sets the indicator but does not sort.
    const int column = m_view->horizontalHeader()->sortIndicatorSection();
    if (column >= 0 && column < WorkspaceTableModel::ActionsColumn)
        m_model->sort(column, m_view->horizontalHeader()->sortIndicatorOrder());
}

void SparkPage::updateActions()
{
    const auto w = selectedWorkspace();
    const Status manage = Permissions::canManageWorkspaces(m_session.identity());
    const bool subscription = w && w->billing == ProductSpec::Subscription;
    const QString noSelection = tr("Select a workspace first.");
    const auto set = [&](QAction *action, bool applicable, const QString &notApplicable) {
        const bool enabled = w && manage.ok() && applicable;
        action->setEnabled(enabled);
        action->setVisible(true);
        if (!w)
            action->setToolTip(noSelection);
        else if (!manage.ok())
            action->setToolTip(manage.text());
        else if (!applicable)
            action->setToolTip(notApplicable);
        else
            action->setToolTip(QString()); // toolTip() falls back to the text; a menu shows none
    };
    const QString paygOnly = tr("Only pay-as-you-go workspaces have a pay-as-you-go quota.");
    const QString subscriptionOnly = tr("Only subscription workspaces have a subscription quota.");
    for (const RowActionEntry &e : std::as_const(m_rowActions)) {
        if (!e.action) // its menu is gone
            continue;
        switch (e.kind) {
        case RowAction::Open:
            e.action->setEnabled(w.has_value());
            e.action->setToolTip(w ? QString() : noSelection);
            break;
        case RowAction::Delete:
            e.action->setText(subscription ? tr("Unsubscribe") : tr("Delete"));
            set(e.action, true, {});
            break;
        case RowAction::UpgradeQuota:
        case RowAction::DowngradeQuota: set(e.action, subscription, subscriptionOnly); break;
        case RowAction::ModifyPayAsYouGoQuota: set(e.action, w && !subscription, paygOnly); break;
        case RowAction::EditTags: set(e.action, true, {}); break;
        case RowAction::Renew:
        case RowAction::AutoRenew:
        case RowAction::ConvertToSubscription: {
            const auto action = e.kind == RowAction::Renew      ? LifecycleActions::Action::Renew
                : e.kind == RowAction::AutoRenew                ? LifecycleActions::Action::AutoRenew
                                                                : LifecycleActions::Action::ConvertToSubscription;
            // The one rule of ui/lifecycle: billing method, then the same permission as the others.
            const Status applies = LifecycleActions::check(action, m_session, w);
            set(e.action, w && !applies.hasField(Field::Billing), applies.message(Field::Billing));
            break;
        }
        case RowAction::Separator: break;
        }
    }
    // Disabled, it says why (tooltip and accessible description).
    if (m_actionsButton)
        AccessUi::setAllowed(m_actionsButton, nullptr, w ? QString() : noSelection,
                             tr("Actions for the selected workspace (the same as the row's context menu)"));
    // The links of the Actions column follow the same rule (it does not depend on the row).
    if (m_actionsDelegate && m_actionsDelegate->refusal() != (manage.ok() ? QString() : manage.text())) {
        m_actionsDelegate->setRefusal(manage.ok() ? QString() : manage.text());
        m_view->viewport()->update();
    }

    const Status create = Permissions::canCreateWorkspace(m_session.identity());
    m_createButton->setToolTip(create.ok() ? tr("Create a workspace in this account") : create.text());
}

void SparkPage::updateCountAndEmptyState()
{
    const int total = m_model->rowCount();
    const int visible = m_proxy->rowCount();
    // An account without workspaces has nothing to act on or filter: the Actions button and the
    // filter bar come with the first.
    if (total > 0)
        ensureListTools();
    if (!m_loadError.isEmpty() && total == 0) {
        m_countLabel->setText(tr("The workspace list could not be read."));
        m_emptyLabel->setText(m_loadError);
        m_clearFiltersButton->setVisible(false);
        m_stack->setCurrentWidget(m_emptyPage);
        emit countChanged(0, 0);
        return;
    }
    if (!m_loadError.isEmpty())
        m_countLabel->setText(tr("%n workspace(s) read; the rest could not be read.", nullptr, total));
    else if (m_loader)
        m_countLabel->setText(tr("Loading… %n workspace(s) read so far", nullptr, total));
    else if (m_proxy->isFiltering())
        m_countLabel->setText(tr("%1 of %n workspace(s) shown", nullptr, total).arg(visible));
    else
        m_countLabel->setText(tr("%n workspace(s)", nullptr, total));
    if (visible == 0) {
        m_emptyLabel->setText(total == 0 ? tr("No workspaces yet. Click Create Workspace to create the first one.")
                                         : tr("No workspaces match the filter."));
        m_clearFiltersButton->setVisible(total > 0);
        m_stack->setCurrentWidget(m_emptyPage);
    } else {
        m_stack->setCurrentWidget(view());
    }
    // A filter that hides the selected row takes it out of the selection without a
    // selectionChanged signal: the actions follow what is visible, never a hidden row.
    updateActions();
    emit countChanged(visible, total);
}

void SparkPage::showRowMenu(const QPoint &globalPos)
{
    updateActions();
    if (selectedWorkspaceId().isEmpty())
        return;
    m_rowMenu->popup(globalPos);
}

void SparkPage::applyTagFilter(const QString &key, const QString &value, bool matchValue)
{
    ensureListTools();
    m_tagEdit->setText(matchValue ? key + QLatin1Char(':') + value : key);
}

void SparkPage::clearFilters()
{
    if (m_filterEdit) {
        m_filterEdit->clear();
        m_tagEdit->clear();
        m_regionCombo->setCurrentIndex(0);
    }
    focusList();
}

void SparkPage::focusList()
{
    // An empty account has no list yet: Create Workspace is what there is to do.
    if (m_view && m_stack->currentWidget() == m_view)
        m_view->setFocus();
    else
        m_createButton->setFocus();
}

QWidget *SparkPage::lastInTabOrder() const
{
    if (m_view)
        return m_view;
    return m_tagEdit ? static_cast<QWidget *>(m_tagEdit) : m_createButton;
}
