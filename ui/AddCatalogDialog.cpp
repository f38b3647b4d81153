#include "AddCatalogDialog.h"

#include "AccessUi.h"
#include "ProductSpec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
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
    layout->addWidget(m_catalogCombo);
    layout->addWidget(m_catalogError);
    layout->addStretch();
    layout->addWidget(buttons);

    retranslateUi();
    if (catalogs.isEmpty())
        cancel->setFocus();
    else
        m_catalogCombo->setFocus();
}

QString AddCatalogDialog::catalogId() const
{
    return m_catalogCombo->currentData().toString();
}

void AddCatalogDialog::showErrors(const Status &status)
{
    AccessUi::showError(m_catalogError, status.text());
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
}

void AddCatalogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
