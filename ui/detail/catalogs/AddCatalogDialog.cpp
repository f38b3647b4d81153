#include "ui/detail/catalogs/AddCatalogDialog.h"

#include "ui/common/AccessUi.h"
#include "models/ProductSpec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AddCatalogDialog::AddCatalogDialog(const QString &region, const QList<DlfCatalog> &catalogs, QWidget *parent)
    : QDialog(parent), m_region(region)
{
    setObjectName(QStringLiteral("addCatalogDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_catalogLabel = new QLabel(this);
    m_catalogCombo = new QComboBox(this);
    m_catalogCombo->setObjectName(QStringLiteral("catalogCombo"));
    for (const DlfCatalog &c : catalogs)
        m_catalogCombo->addItem(c.catalogId, c.catalogId);
    m_catalogCombo->setEnabled(!catalogs.isEmpty());
    m_catalogLabel->setBuddy(m_catalogCombo);
    m_catalogError = AccessUi::newErrorLabel(this, QStringLiteral("catalogError"));
    // The document: "add an existing DLF data catalog". When the region has none to add, the
    // catalog can be created here, as in Create Workspace, instead of leaving the window.
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createCatalogButton"));
    m_createButton->setAutoDefault(false);
    m_createButton->hide(); // until the tab provides a creator
    connect(m_createButton, &QPushButton::clicked, this, &AddCatalogDialog::createCatalog);

    auto *buttons = new QDialogButtonBox(this);
    m_addButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addCatalogOkButton"));
    m_addButton->setDefault(true);
    m_addButton->setEnabled(!catalogs.isEmpty());
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddCatalogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_catalogCombo, &QComboBox::currentIndexChanged, this, [this] { AccessUi::showError(m_catalogError, {}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_catalogLabel);
    auto *catalogRow = new QHBoxLayout;
    catalogRow->addWidget(m_catalogCombo, 1);
    catalogRow->addWidget(m_createButton);
    layout->addLayout(catalogRow);
    layout->addWidget(m_catalogError);
    layout->addStretch();
    layout->addWidget(buttons);

    // Wide enough for the hints and errors to wrap into a few lines, not a narrow column.
    setMinimumWidth(440);
    retranslateUi();
    if (catalogs.isEmpty())
        cancel->setFocus();
    else
        m_catalogCombo->setFocus();
}

void AddCatalogDialog::setCreator(Creator creator)
{
    m_creator = std::move(creator);
    m_createButton->setVisible(bool(m_creator));
    if (m_creator && m_catalogCombo->count() == 0)
        m_createButton->setFocus(); // nothing to add yet: creating one is the next step
}

void AddCatalogDialog::createCatalog()
{
    if (!m_creator)
        return;
    const QString created = m_creator();
    if (created.isEmpty())
        return;
    if (m_catalogCombo->findData(created) < 0)
        m_catalogCombo->addItem(created, created);
    m_catalogCombo->setCurrentIndex(m_catalogCombo->findData(created));
    m_catalogCombo->setEnabled(true);
    m_addButton->setEnabled(true);
    retranslateUi();
    m_catalogCombo->setFocus();
}

QString AddCatalogDialog::catalogId() const
{
    return m_catalogCombo->currentData().toString();
}

void AddCatalogDialog::showErrors(const Status &status)
{
    AccessUi::showError(m_catalogError, status.text());
    AccessUi::growToFit(this);
}

void AddCatalogDialog::accept()
{
    const Status s = m_submitter ? m_submitter(catalogId()) : Status();
    if (!s.ok()) {
        showErrors(s);
        return;
    }
    QDialog::accept();
}

void AddCatalogDialog::retranslateUi()
{
    setWindowTitle(tr("Add Catalog"));
    const QString regionName = ProductSpec::regionName(m_region);
    m_intro->setText(m_catalogCombo->count() > 0
                         ? tr("Existing DLF data catalogs of %1 that this workspace does not use yet. A workspace can "
                              "use only data catalogs of its own region.")
                               .arg(regionName)
                         : tr("There is no other DLF data catalog in %1. Create one first; a workspace can use only "
                              "data catalogs of its own region.")
                               .arg(regionName));
    m_catalogLabel->setText(tr("&Data catalog:"));
    m_catalogCombo->setAccessibleName(tr("Data catalog"));
    m_addButton->setText(tr("Add"));
    m_createButton->setText(tr("Create Catalog…"));
    m_createButton->setAccessibleName(tr("Create Catalog"));
    m_createButton->setToolTip(tr("Create a DLF data catalog in %1").arg(regionName));
}

void AddCatalogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
