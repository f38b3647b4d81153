#include "ui/detail/catalogs/DataCatalogsTab.h"

#include "ui/common/AccessUi.h"
#include "ui/detail/catalogs/AddCatalogDialog.h"
#include "ui/create/CreateCatalogDialog.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "ui/common/FollowFeed.h"
#include "models/Session.h"
#include "models/WorkspaceAccess.h"
#include "ui/detail/catalogs/WorkspaceCatalogTableModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DataCatalogsTab::DataCatalogsTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("dataCatalogsTab"));
    followFeed(this, m_services.feed, m_workspaceId, {Change::Kind::Catalogs, Change::Kind::Members},
               [this] { refresh(); });
    m_model = new WorkspaceCatalogTableModel(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_permission = new QLabel(this);
    m_permission->setObjectName(QStringLiteral("catalogsPermission"));
    m_permission->setWordWrap(true);
    m_permission->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("catalogsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(WorkspaceCatalogTableModel::CatalogColumn, 300);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addCatalogButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeCatalogButton"));
    connect(m_addButton, &QPushButton::clicked, this, &DataCatalogsTab::addCatalog);
    connect(m_removeButton, &QPushButton::clicked, this, &DataCatalogsTab::removeCatalog);
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &DataCatalogsTab::removeCatalog);
    m_view->addAction(m_removeAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataCatalogsTab::updateActions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("catalogsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_permission);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_view);

    retranslateUi();
    refresh();
}

QString DataCatalogsTab::selectedCatalog() const
{
    return AccessUi::selectedData(m_view, WorkspaceCatalogTableModel::CatalogIdRole);
}

void DataCatalogsTab::selectCatalog(const QString &catalogId)
{
    const int row = m_model->rowOf(catalogId);
    if (row >= 0)
        AccessUi::selectRow(m_view, m_model->index(row, WorkspaceCatalogTableModel::CatalogColumn));
}

void DataCatalogsTab::refresh()
{
    const QString selected = selectedCatalog();
    const Status view = WorkspaceAccess::check(m_services.db, m_session.identity(), m_workspaceId,
                                               Permissions::InWorkspace::View);
    m_model->setCatalogs(view.ok() ? m_services.workspaceCatalogs.list(m_workspaceId) : QList<WorkspaceCatalog>());
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0)
        selectCatalog(selected);
    else if (m_model->rowCount() > 0)
        AccessUi::selectRow(m_view, m_model->index(0, 0));
    retranslateUi();
}

void DataCatalogsTab::updateActions()
{
    const Identity &who = m_session.identity();
    const Status view = WorkspaceAccess::check(m_services.db, who, m_workspaceId, Permissions::InWorkspace::View);
    const Status manage = WorkspaceAccess::check(m_services.db, who, m_workspaceId,
                                                 Permissions::InWorkspace::ManageCatalogs);
    const QString refusal = !view.ok() ? view.text() : manage.text();
    if (!view.ok())
        AccessUi::showError(m_permission, view.text());
    else if (!manage.ok())
        AccessUi::showError(m_permission,
                            tr("You can view the data catalogs but not change them. %1").arg(manage.text()));
    else
        AccessUi::showError(m_permission, {});

    const QString catalogId = selectedCatalog();
    const int row = m_model->rowOf(catalogId);
    QString removeRefusal = refusal;
    if (refusal.isEmpty() && row < 0)
        removeRefusal = tr("Select a data catalog first.");
    else if (refusal.isEmpty())
        removeRefusal = WorkspaceCatalogService::whyNotRemovable(m_model->catalog(row));
    AccessUi::setAllowed(m_addButton, nullptr, refusal, tr("Add an existing DLF data catalog of this region"));
    AccessUi::setAllowed(m_removeButton, m_removeAction, removeRefusal,
                         tr("Stop using %1 in this workspace (the catalog itself is kept)").arg(catalogId));
}

void DataCatalogsTab::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void DataCatalogsTab::addCatalog()
{
    if (!m_addButton->isEnabled())
        return;
    auto *dialog = new AddCatalogDialog(m_services.workspaceCatalogs.regionOf(m_workspaceId),
                                        m_services.workspaceCatalogs.addableCatalogs(m_workspaceId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCreator([this, dialog]() -> QString {
        CreateCatalogDialog create(m_services, m_session, m_services.workspaceCatalogs.regionOf(m_workspaceId), dialog);
        if (create.exec() != QDialog::Accepted)
            return {};
        return create.createdCatalog().catalogId;
    });
    dialog->setSubmitter([this](const QString &catalogId) {
        const Status s = m_services.workspaceCatalogs.addCatalog(m_session.identity(), m_workspaceId, catalogId);
        if (s.ok()) {
            refresh();
            selectCatalog(catalogId);
            const QString text = tr("Added the data catalog %1 to this workspace.").arg(catalogId);
            showMessage(text);
            emit statusMessage(text);
        }
        return s;
    });
    dialog->open();
}

void DataCatalogsTab::removeCatalog()
{
    const QString catalogId = selectedCatalog();
    if (catalogId.isEmpty() || !m_removeButton->isEnabled())
        return;
    // Only the link is removed: the catalog and its data stay in DLF, and it can be added again,
    // so no confirmation is asked.
    const Status s = m_services.workspaceCatalogs.removeCatalog(m_session.identity(), m_workspaceId, catalogId);
    refresh();
    if (!s.ok()) {
        showMessage(tr("The data catalog %1 was not removed: %2").arg(catalogId, s.text()));
        return;
    }
    const QString text = tr("This workspace no longer uses the data catalog %1; the catalog itself is kept.").arg(catalogId);
    showMessage(text);
    emit statusMessage(text);
}

void DataCatalogsTab::retranslateUi()
{
    const QString region = m_services.workspaceCatalogs.regionOf(m_workspaceId);
    m_intro->setText(tr("The DLF data catalog chosen when the workspace was created is its default. A workspace "
                        "administrator can add other existing data catalogs of %1 and remove added ones.")
                         .arg(ProductSpec::regionName(region)));
    m_view->setAccessibleName(tr("Data catalogs"));
    m_addButton->setText(tr("Add Catalog"));
    m_removeButton->setText(tr("Remove"));
    m_view->horizontalHeader()->setAccessibleName(tr("Column headers"));
    m_removeAction->setText(tr("Remove"));
    m_model->retranslate();
    updateActions();
}

void DataCatalogsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
