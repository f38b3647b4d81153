#include "ui/create/CreateCatalogDialog.h"
#include "ui/common/ErrorStyle.h"

#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"
#include "models/WorkspaceRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CreateCatalogDialog::CreateCatalogDialog(Services &services, Session &session, const QString &region, QWidget *parent)
    : SubmitDialog(QStringLiteral("createCatalogDialog"), QStringLiteral("catalogOkButton"), parent),
      m_services(services), m_session(session), m_region(region)
{
    m_regionLabel = new QLabel(this);
    m_regionValue = new QLabel(this);
    m_regionValue->setObjectName(QStringLiteral("catalogRegion"));
    m_regionValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idLabel = new QLabel(this);
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("catalogIdEdit"));
    m_idLabel->setBuddy(m_idEdit);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_error = ErrorStyle::newErrorLabel(this, QStringLiteral("catalogIdError"));

    auto *form = new QFormLayout;
    form->addRow(m_regionLabel, m_regionValue);
    form->addRow(m_idLabel, m_idEdit);
    form->addRow(QString(), m_help);
    form->addRow(QString(), m_error);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when an error appears
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttonBox());

    connect(m_idEdit, &QLineEdit::textChanged, this, [this] {
        m_touched = true;
        m_serviceError.clear();
        updateState();
    });
    retranslateUi();
    m_idEdit->setFocus();
    resize(460, sizeHint().height());
}

void CreateCatalogDialog::retranslateUi()
{
    setWindowTitle(tr("Create Catalog"));
    m_regionLabel->setText(tr("Region"));
    m_regionValue->setText(ProductSpec::regionName(m_region));
    m_idLabel->setText(tr("Catalog ID"));
    m_idEdit->setAccessibleName(tr("Catalog ID"));
    m_help->setText(WorkspaceRules::catalogIdRuleMessage());
    m_idEdit->setPlaceholderText(tr("For example: sales_catalog"));
    acceptButton()->setText(tr("OK"));
    buttonBox()->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateState();
}

void CreateCatalogDialog::updateState()
{
    const Status rule = WorkspaceRules::validateCatalogId(m_idEdit->text());
    acceptButton()->setEnabled(rule.ok());
    const QString message = !m_serviceError.isEmpty() ? m_serviceError : (m_touched ? rule.text() : QString());
    // The rule is the help text; when it is also the error, show it once, as the error.
    m_help->setVisible(message != WorkspaceRules::catalogIdRuleMessage());
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_idEdit->setAccessibleDescription(message.isEmpty() ? WorkspaceRules::catalogIdRuleMessage() : message);
}

Status CreateCatalogDialog::submit()
{
    const Result<DlfCatalog> r = m_services.catalogs.createCatalog(m_session.identity(), m_region, m_idEdit->text());
    if (!r.ok()) {
        // The refusal is shown under the ID, as the rule is.
        m_serviceError = r.text();
        m_touched = true;
        updateState();
        m_idEdit->setFocus();
        return r;
    }
    m_created = r.value();
    return {};
}
