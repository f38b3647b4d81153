#include "ui/detail/catalogs/AddCatalogDialog.h"

#include "ui/common/AccessUi.h"
#include "models/ProductSpec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AddCatalogDialog::AddCatalogDialog(const QString &region, const QList<DlfCatalog> &catalogs, QWidget *parent)
    : SubmitValuesDialog(QStringLiteral("addCatalogDialog"), QStringLiteral("addCatalogOkButton"), parent), m_region(region)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_catalogCombo = new QComboBox(this);
    m_catalogCombo->setObjectName(QStringLiteral("catalogCombo"));
    for (const DlfCatalog &c : catalogs)
        m_catalogCombo->addItem(c.catalogId, c.catalogId);
    m_catalogCombo->setEnabled(!catalogs.isEmpty());
    QLabel *catalogLabel = newFieldLabel(m_catalogCombo, [] { return tr("&Data catalog:"); });
    QLabel *catalogError = newErrorLabel(Field::General, QStringLiteral("catalogError")); // every refusal
    // The document: "add an existing DLF data catalog". When the region has none to add, the
    // catalog can be created here, as in Create Workspace, instead of leaving the window.
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createCatalogButton"));
    m_createButton->setAutoDefault(false);
    m_createButton->hide(); // until the tab provides a creator
    connect(m_createButton, &QPushButton::clicked, this, &AddCatalogDialog::createCatalog);

    connect(m_catalogCombo, &QComboBox::currentIndexChanged, this, [this] { clearError(Field::General); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(catalogLabel);
    auto *catalogRow = new QHBoxLayout;
    catalogRow->addWidget(m_catalogCombo, 1);
    catalogRow->addWidget(m_createButton);
    layout->addLayout(catalogRow);
    layout->addWidget(catalogError);
    layout->addStretch();
    layout->addWidget(buttonBox());
    acceptButton()->setEnabled(!catalogs.isEmpty());

    retranslateUi();
    if (catalogs.isEmpty())
        buttonBox()->button(QDialogButtonBox::Cancel)->setFocus();
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
    acceptButton()->setEnabled(true);
    retranslateUi();
    m_catalogCombo->setFocus();
}

QString AddCatalogDialog::catalogId() const
{
    return m_catalogCombo->currentData().toString();
}

std::tuple<QString> AddCatalogDialog::values() const
{
    return {catalogId()};
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
    m_catalogCombo->setAccessibleName(tr("Data catalog"));
    acceptButton()->setText(tr("Add"));
    m_createButton->setText(tr("Create Catalog…"));
    m_createButton->setAccessibleName(tr("Create Catalog"));
    m_createButton->setToolTip(tr("Create a DLF data catalog in %1").arg(regionName));
}
