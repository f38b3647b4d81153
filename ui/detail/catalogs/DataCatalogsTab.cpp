#include "ui/detail/catalogs/DataCatalogsTab.h"

#include "ui/common/AccessUi.h"
#include "ui/detail/catalogs/AddCatalogDialog.h"
#include "ui/create/CreateCatalogDialog.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "ui/common/FollowFeed.h"
#include "models/Session.h"
#include "ui/detail/catalogs/WorkspaceCatalogTableModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

DataCatalogsTab::DataCatalogsTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : WorkspaceTab(services, session, workspaceId, QStringLiteral("catalogs"), parent)
{
    setObjectName(QStringLiteral("dataCatalogsTab"));
    followFeed(this, m_services.feed, m_workspaceId, {Change::Kind::Catalogs, Change::Kind::Members},
               [this] { refresh(); });
    m_model = new WorkspaceCatalogTableModel(this);
    setTable(m_model, WorkspaceCatalogTableModel::CatalogColumn, WorkspaceCatalogTableModel::CatalogIdRole, 300);
    m_addButton = newButton(QStringLiteral("addCatalogButton"), [this] { addCatalog(); });
    m_removeButton = newButton(QStringLiteral("removeCatalogButton"), [this] { removeCatalog(); });
    m_removeAction = newRowAction([this] { removeCatalog(); }, true);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataCatalogsTab::updateActions);
    finishSetup();
}

void DataCatalogsTab::refresh()
{
    const QString selected = selectedCatalog();
    const Result<QList<WorkspaceCatalog>> catalogs = canView() ? m_services.workspaceCatalogs.list(m_workspaceId)
                                                               : Result<QList<WorkspaceCatalog>>(QList<WorkspaceCatalog>());
    m_model->setCatalogs(catalogs.ok() ? catalogs.value() : QList<WorkspaceCatalog>());
    if (!catalogs.ok())
        showMessage(catalogs.text()); // a failed read is said, not shown as no catalogs
    restoreSelection(selected);
    retranslateUi();
}

void DataCatalogsTab::updateActions()
{
    const QString refusal = showPermission(Permissions::InWorkspace::ManageCatalogs,
                                           tr("You can view the data catalogs but not change them. %1"));
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

void DataCatalogsTab::addCatalog()
{
    if (!m_addButton->isEnabled())
        return;
    const Result<QString> region = m_services.workspaceCatalogs.regionOf(m_workspaceId);
    const Result<QList<DlfCatalog>> addable = m_services.workspaceCatalogs.addableCatalogs(m_workspaceId);
    for (const Status *read : {static_cast<const Status *>(&region), static_cast<const Status *>(&addable)}) {
        if (!read->ok()) {
            showMessage(read->text());
            return;
        }
    }
    auto *dialog = new AddCatalogDialog(region.value(), addable.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCreator([this, dialog, region = region.value()]() -> QString {
        CreateCatalogDialog create(m_services, m_session, region, dialog);
        if (create.exec() != QDialog::Accepted)
            return {};
        return create.createdCatalog().catalogId;
    });
    dialog->setSubmitter([this](const QString &catalogId) {
        const Status s = m_services.workspaceCatalogs.addCatalog(m_session.identity(), m_workspaceId, catalogId);
        if (s.ok())
            showChanged(catalogId, tr("Added the data catalog %1 to this workspace.").arg(catalogId));
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
    reportOutcome(s, tr("This workspace no longer uses the data catalog %1; the catalog itself is kept.").arg(catalogId),
                  tr("The data catalog %1 was not removed: %2").arg(catalogId, s.text()));
}

void DataCatalogsTab::retranslateUi()
{
    const Result<QString> read = m_services.workspaceCatalogs.regionOf(m_workspaceId);
    const QString region = read.ok() ? read.value() : QString();
    m_intro->setText(tr("The DLF data catalog chosen when the workspace was created is its default. A workspace "
                        "administrator can add other existing data catalogs of %1 and remove added ones.")
                         .arg(ProductSpec::regionName(region)));
    view()->setAccessibleName(tr("Data catalogs"));
    m_addButton->setText(tr("Add Catalog"));
    m_removeButton->setText(tr("Remove"));
    m_removeAction->setText(tr("Remove"));
    m_model->retranslate();
    updateActions();
}
