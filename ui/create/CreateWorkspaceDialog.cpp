#include "ui/create/CreateWorkspaceDialog.h"

#include "ui/common/LongText.h"
#include "models/Format.h"
#include "ui/create/CreateCatalogDialog.h"
#include "ui/create/PricePreview.h"
#include "ui/common/AccessUi.h"
#include "ui/common/Announce.h"
#include "ui/common/CuEdit.h"
#include "ui/common/Mnemonic.h"
#include "ui/common/PurchaseConfirm.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/HelpTip.h"
#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"
#include "ui/tags/TagEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

CreateWorkspaceDialog::CreateWorkspaceDialog(Services &services, Session &session, QWidget *parent)
    : QDialog(parent), m_services(services), m_session(session)
{
    setObjectName(QStringLiteral("createWorkspaceDialog"));
    buildUi();
    fillRegions();
    fillBillingMethods();
    fillDurations();
    {
        const QSignalBlocker blocker(m_roleCombo);
        // A failed read leaves the list empty; validation then shows the storage error.
        const Result<QList<RamRole>> roles = m_services.account.executionRoles();
        for (const RamRole &role : roles.ok() ? roles.value() : QList<RamRole>())
            m_roleCombo->addItem(role.name, role.name);
        m_roleCombo->setCurrentIndex(0); // AliyunEMRSparkJobRunDefaultRole comes first
    }
    applyBillingMethod();
    reloadRegion();
    retranslateUi();
    connect(&m_session, &Session::identityChanged, this, &CreateWorkspaceDialog::updateState);
    m_regionCombo->setFocus();
}

CreateWorkspaceDialog::~CreateWorkspaceDialog() = default;

QLabel *CreateWorkspaceDialog::priceLabel() const
{
    return m_price;
}

void CreateWorkspaceDialog::addRows(QWidget *content)
{
    // The fields in the document's order. Labels are the console's (spec §7); each row's help is
    // one short line, the rest of the document's text is behind its "?", and no advice is given
    // twice (the HDFS recommendation moves from the "?" to the warning when it applies).
    m_regionCombo = new QComboBox(content);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_form->add({Field::Region, m_regionCombo, [] { return tr("Region"); },
                 [] { return tr("Choose the region where your data resides."); },
                 [] { return tr("The region where the data center is located. You cannot change the region after the "
                                "workspace is created."); }}).mnemonic = QLatin1Char('R');

    m_billingCombo = new QComboBox(content);
    m_billingCombo->setObjectName(QStringLiteral("billingCombo"));
    m_form->add({Field::Billing, m_billingCombo, [] { return tr("Billing Method"); },
                 [] { return tr("The Subscription and Pay-as-you-go billing methods are supported."); }, {}}).mnemonic = QLatin1Char('B');

    m_durationCombo = new QComboBox(content);
    m_durationCombo->setObjectName(QStringLiteral("durationCombo"));
    m_autoRenewCheck = new QCheckBox(content);
    m_autoRenewCheck->setObjectName(QStringLiteral("autoRenewCheck"));
    FieldRow duration{Field::Duration, m_durationCombo, [] { return tr("Duration"); },
                      [] { return tr("1 to 9 months, or 1, 2 or 3 years."); },
                      [] {
                          return tr("Auto-renew extends the subscription by %n month(s) at a time when it expires.",
                                    nullptr, ProductSpec::RenewMonths);
                      }};
    duration.companion = m_autoRenewCheck;
    duration.mnemonic = QLatin1Char('U');
    m_form->add(duration);

    m_nameEdit = new QLineEdit(content);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_form->add({Field::Name, m_nameEdit, [] { return tr("Workspace Name"); },
                 [] { return tr("The names of workspaces within the same Alibaba Cloud account must be unique."); },
                 // The rule is the name's error while it is broken: then it is not repeated here.
                 [this] {
                     return errorText(Field::Name) == WorkspaceRules::nameRuleMessage() ? QString()
                                                                                        : WorkspaceRules::nameRuleMessage();
                 }}).mnemonic = QLatin1Char('N');

    m_cuEdit = new CuEdit(content);
    m_cuEdit->setObjectName(QStringLiteral("cuQuotaEdit"));
    FieldRow cu{Field::CuQuota, m_cuEdit, [] { return tr("CU Quota"); },
                [this] {
                    const QString billing = currentBilling();
                    const ProductSpec::CuRange range = ProductSpec::cuRange(billing);
                    return tr("%1: %2 to %3 CUs, %4 by default.")
                        .arg(ProductSpec::billingName(billing), Format::number(range.min),
                             Format::number(range.max), Format::number(range.defaultValue));
                },
                [] {
                    return tr("The maximum number of compute units (CUs) that can be concurrently used to process "
                              "jobs in the workspace.");
                }};
    cu.alignLeft = true;
    cu.mnemonic = QLatin1Char('C');
    m_form->add(cu);

    // Workspace Directory: bucket + optional path, previewed as oss://bucket/path/.
    m_bucketCombo = new QComboBox(content);
    m_bucketCombo->setObjectName(QStringLiteral("bucketCombo"));
    m_form->add({Field::Bucket, m_bucketCombo, [] { return tr("Workspace Directory"); },
                 [] {
                     return tr("The OSS path that stores data files, such as job logs, running events and resources.");
                 },
                 [this] {
                     return !m_regionHasBuckets || !m_directoryWarning->text().isEmpty()
                         ? QString()
                         : tr("To view quasi-real-time incremental logs during O&M, we recommend that you use a bucket "
                              "for which the HDFS service is enabled.");
                 }}).mnemonic = QLatin1Char('D');
    m_pathEdit = new QLineEdit(content);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_directoryPreview = new QLabel(content);
    m_directoryPreview->setObjectName(QStringLiteral("directoryPreview"));
    m_directoryPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_directoryPreview->setWordWrap(true);
    m_directoryWarning = ErrorStyle::newWarningLabel(content, QStringLiteral("directoryWarning"));
    FieldRow path{Field::Path, m_pathEdit, [] { return tr("Path (optional)"); }, {}, {}};
    path.below = {m_directoryPreview, m_directoryWarning};
    path.mnemonic = QLatin1Char('P');
    m_form->add(path);

    // DLF for Metadata Storage, with Create Catalog.
    m_catalogCombo = new QComboBox(content);
    m_catalogCombo->setObjectName(QStringLiteral("catalogCombo"));
    m_createCatalogButton = new QPushButton(content);
    m_createCatalogButton->setObjectName(QStringLiteral("createCatalogButton"));
    m_createCatalogButton->setAutoDefault(false);
    // Without DLF in the region the error says what to do; help about the missing list and
    // button would point at nothing.
    FieldRow catalog{Field::Catalog, m_catalogCombo, [] { return tr("DLF for Metadata Storage"); },
                     [this] {
                         return m_regionHasDlf ? tr("Select a data catalog, or click Create Catalog to create one.")
                                               : QString();
                     },
                     [this] {
                         return m_regionHasDlf ? tr("The data catalog stores and manages the workspace's metadata. "
                                                    "After you create a workspace, you can add an existing DLF data "
                                                    "catalog to the workspace.")
                                               : QString();
                     }};
    catalog.companion = m_createCatalogButton;
    catalog.mnemonic = QLatin1Char('F');
    m_form->add(catalog);

    m_roleCombo = new QComboBox(content);
    m_roleCombo->setObjectName(QStringLiteral("executionRoleCombo"));
    m_form->add({Field::ExecutionRole, m_roleCombo, [] { return tr("Execution Role"); },
                 [] { return tr("The default role is %1.").arg(ProductSpec::DefaultExecutionRole); },
                 [] {
                     return tr("The role that EMR Serverless Spark uses to run jobs. Jobs use this role to access "
                               "your resources in other cloud products, such as OSS and DLF.");
                 }}).mnemonic = QLatin1Char('E');
}

void CreateWorkspaceDialog::buildUi()
{
    m_message = ErrorStyle::newErrorLabel(this, QStringLiteral("messageLabel"));

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    m_form = std::make_unique<FieldForm>(grid);
    addRows(content);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        reloadRegion();
        fieldChanged();
    });
    connect(m_billingCombo, &QComboBox::currentIndexChanged, this, [this] {
        applyBillingMethod();
        fieldChanged();
    });
    connect(m_durationCombo, &QComboBox::currentIndexChanged, this, &CreateWorkspaceDialog::fieldChanged);
    connect(m_autoRenewCheck, &QCheckBox::toggled, this, &CreateWorkspaceDialog::fieldChanged);
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        fieldChanged();
    });
    connect(m_cuEdit, &QLineEdit::textEdited, this, [this] { m_cuTouched = true; });
    connect(m_cuEdit, &QLineEdit::textChanged, this, &CreateWorkspaceDialog::fieldChanged);
    connect(m_bucketCombo, &QComboBox::currentIndexChanged, this, &CreateWorkspaceDialog::fieldChanged);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &CreateWorkspaceDialog::fieldChanged);
    connect(m_catalogCombo, &QComboBox::currentIndexChanged, this, &CreateWorkspaceDialog::fieldChanged);
    connect(m_createCatalogButton, &QPushButton::clicked, this, &CreateWorkspaceDialog::openCreateCatalog);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &CreateWorkspaceDialog::fieldChanged);

    // Advanced Settings (collapsed by default): Tags
    int row = m_form->nextGridRow();
    m_advancedToggle = new QToolButton(content);
    m_advancedToggle->setObjectName(QStringLiteral("advancedSettingsToggle"));
    // A disclosure button, not a check box: a screen reader hears "button", then Expanded or
    // Collapsed in its description.
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    grid->addWidget(m_advancedToggle, row++, 0, 1, 2, Qt::AlignLeft);
    // The Tags row lines up with the other fields: its label in the label column, its help and
    // editor in the field column.
    m_tagsLabel = new QLabel(content);
    m_tagsLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tagsLabel->hide();
    grid->addWidget(m_tagsLabel, row, 0, Qt::AlignTop);
    m_advancedSection = new QWidget(content);
    m_advancedSection->setObjectName(QStringLiteral("advancedSettings"));
    auto *advanced = new QVBoxLayout(m_advancedSection);
    advanced->setContentsMargins(0, 0, 0, 0);
    m_tagsHelp = new QLabel(m_advancedSection);
    m_tagsHelp->setWordWrap(true);
    m_tagsHelp->setFont(m_form->rows().front().helpLabel->font());
    m_tagsTip = new HelpTip(m_advancedSection);
    auto *tagsHelpLine = new QHBoxLayout;
    tagsHelpLine->addWidget(m_tagsHelp, 1);
    tagsHelpLine->addWidget(m_tagsTip, 0, Qt::AlignTop);
    m_tagEditor = new TagEditor(m_advancedSection);
    m_tagEditor->setObjectName(QStringLiteral("tagEditor"));
    advanced->addLayout(tagsHelpLine);
    advanced->addWidget(m_tagEditor);
    m_advancedSection->hide();
    grid->addWidget(m_advancedSection, row++, 1);
    grid->setRowStretch(row, 1);
    connect(m_advancedToggle, &QToolButton::clicked, this, [this] {
        const bool open = m_advancedSection->isHidden();
        m_advancedToggle->setAccessibleDescription(open ? tr("Expanded") : tr("Collapsed"));
        m_tagsLabel->setVisible(open);
        m_advancedSection->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        // The opened section is usually below the fold: bring it into view once laid out.
        if (open)
            QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_advancedSection, 0, 0); });
    });
    connect(m_tagEditor, &TagEditor::changed, this, &CreateWorkspaceDialog::fieldChanged);

    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("createWorkspaceScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: it scrolls to the focused field (QScrollArea does that on Tab).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    // Help texts wrap; only the page scrolls, and only vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    m_price = new PricePreview(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(this);
    m_createButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Accepting goes through the service first; the dialog closes only when it succeeds.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateWorkspaceDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_price);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    QList<QWidget *> chain = m_form->focusChain();
    chain << m_advancedToggle << m_tagsTip << m_tagEditor;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    resize(720, 760);
}

void CreateWorkspaceDialog::retranslateUi()
{
    setWindowTitle(tr("Create Workspace"));
    m_form->retranslate();
    // Alt keys: the fields' are in their rows (R B U N C D P F E); these complete the window's set.
    m_autoRenewCheck->setText(Mnemonic::apply(tr("Auto-renew"), QLatin1Char('A')));
    m_autoRenewCheck->setAccessibleName(tr("Auto-renew"));
    m_createCatalogButton->setText(Mnemonic::apply(tr("Create Catalog"), QLatin1Char('T')));
    m_createCatalogButton->setAccessibleName(tr("Create Catalog"));
    m_pathEdit->setPlaceholderText(tr("For example: spark/logs"));
    m_advancedToggle->setText(Mnemonic::apply(tr("Advanced Settings"), QLatin1Char('V')));
    m_advancedToggle->setAccessibleName(tr("Advanced Settings"));
    m_advancedToggle->setAccessibleDescription(m_advancedSection->isHidden() ? tr("Collapsed") : tr("Expanded"));
    m_tagsLabel->setText(tr("Tags"));
    m_tagsHelp->setText(tr("You can attach a maximum of %1 tags to each workspace and change them later on the "
                           "workspace list.")
                            .arg(ProductSpec::MaxTags));
    m_tagsTip->setTip(tr("Tags"), tr("Tags identify cloud resources so that you can classify, search for and "
                                     "aggregate them."));
    m_createButton->setText(Mnemonic::apply(tr("Create Workspace"), QLatin1Char('W')));
    m_createButton->setAccessibleName(tr("Create Workspace"));
    m_cancelButton->setText(tr("Cancel"));

    fillRegions();
    fillBillingMethods();
    fillDurations();
    reloadRegion();
    updateState();
}

void CreateWorkspaceDialog::fillRegions()
{
    const QString current = currentRegion();
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    for (const QString &id : ProductSpec::regionIds())
        m_regionCombo->addItem(ProductSpec::regionName(id), id);
    m_regionCombo->setCurrentIndex(std::max(0, m_regionCombo->findData(current)));
}

void CreateWorkspaceDialog::fillBillingMethods()
{
    // Pay-as-you-go is preselected: nothing is charged until the user chooses a subscription.
    const QString current = m_billingCombo->count() ? currentBilling() : ProductSpec::PayAsYouGo;
    const QSignalBlocker blocker(m_billingCombo);
    m_billingCombo->clear();
    for (const QString &billing : {ProductSpec::Subscription, ProductSpec::PayAsYouGo})
        m_billingCombo->addItem(ProductSpec::billingName(billing), billing);
    m_billingCombo->setCurrentIndex(std::max(0, m_billingCombo->findData(current)));
}

void CreateWorkspaceDialog::fillDurations()
{
    const int current = m_durationCombo->count() ? m_durationCombo->currentData().toInt() : 1;
    const QSignalBlocker blocker(m_durationCombo);
    m_durationCombo->clear();
    for (int months : ProductSpec::durationMonths())
        m_durationCombo->addItem(ProductSpec::durationName(months), months);
    m_durationCombo->setCurrentIndex(std::max(0, m_durationCombo->findData(current)));
}

QString CreateWorkspaceDialog::currentRegion() const
{
    return m_regionCombo->currentData().toString();
}

QString CreateWorkspaceDialog::currentBilling() const
{
    return m_billingCombo->currentData().toString();
}

void CreateWorkspaceDialog::reloadRegion()
{
    const QString region = currentRegion();
    const Status prerequisites = WorkspaceRules::checkPrerequisites(region, m_services.account);
    m_regionHasBuckets = !prerequisites.hasField(Field::Bucket);
    m_regionHasDlf = !prerequisites.hasField(Field::Catalog);

    const QString bucket = m_bucketCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_bucketCombo);
        m_bucketCombo->clear();
        int preferred = -1; // the document recommends a bucket with the HDFS service
        const Result<QList<Bucket>> buckets = m_services.account.buckets(region);
        for (const Bucket &b : buckets.ok() ? buckets.value() : QList<Bucket>()) {
            if (preferred < 0 && b.hdfsEnabled)
                preferred = m_bucketCombo->count();
            m_bucketCombo->addItem(b.hdfsEnabled ? tr("%1 (HDFS enabled)").arg(b.name) : b.name, b.name);
        }
        const int kept = m_bucketCombo->findData(bucket);
        m_bucketCombo->setCurrentIndex(kept >= 0 ? kept : std::max(0, preferred));
    }
    // No empty lists: without a bucket or DLF the field's error label says what to do instead.
    m_bucketCombo->setVisible(m_regionHasBuckets);
    m_form->setRowVisible(*m_form->row(Field::Path), m_regionHasBuckets);
    m_directoryPreview->setVisible(m_regionHasBuckets);
    reloadCatalogs(m_catalogCombo->currentData().toString());
    m_catalogCombo->setVisible(m_regionHasDlf);
    m_createCatalogButton->setVisible(m_regionHasDlf);
    m_form->refresh();
}

void CreateWorkspaceDialog::reloadCatalogs(const QString &select)
{
    const QSignalBlocker blocker(m_catalogCombo);
    m_catalogCombo->clear();
    if (m_regionHasDlf) {
        const Result<QList<DlfCatalog>> catalogs = m_services.account.catalogs(currentRegion());
        for (const DlfCatalog &c : catalogs.ok() ? catalogs.value() : QList<DlfCatalog>())
            m_catalogCombo->addItem(c.catalogId, c.catalogId);
    }
    m_catalogCombo->setCurrentIndex(std::max(0, m_catalogCombo->findData(select)));
}

void CreateWorkspaceDialog::applyBillingMethod()
{
    const QString billing = currentBilling();
    // A quota the user typed stays, as typed: valid for the new method it survives the switch,
    // otherwise the new method's rule says why. An untouched field shows the new default.
    if (!m_cuTouched) {
        const QSignalBlocker blocker(m_cuEdit);
        m_cuEdit->setValue(ProductSpec::cuRange(billing).defaultValue);
    }
    m_form->setRowVisible(*m_form->row(Field::Duration), billing == ProductSpec::Subscription);
}

WorkspaceSpec CreateWorkspaceDialog::spec() const
{
    WorkspaceSpec s;
    s.region = currentRegion();
    s.billing = currentBilling();
    if (s.billing == ProductSpec::Subscription) {
        s.durationMonths = m_durationCombo->currentData().toInt();
        s.autoRenew = m_autoRenewCheck->isChecked();
    }
    s.name = m_nameEdit->text();
    s.cuQuota = m_cuEdit->valueOr(0); // not a number: its own message replaces the rule's (showFieldErrors)
    if (m_regionHasBuckets) {
        s.bucket = m_bucketCombo->currentData().toString();
        s.path = m_pathEdit->text();
    }
    s.catalogId = m_regionHasDlf ? m_catalogCombo->currentData().toString() : QString();
    s.executionRole = m_roleCombo->currentData().toString();
    s.tags = m_tagEditor->tags();
    return s;
}

QString CreateWorkspaceDialog::errorText(const QString &field) const
{
    const FieldRow *row = m_form->row(field);
    return row && row->errorLabel && !row->errorLabel->isHidden() ? row->errorLabel->text() : QString();
}

void CreateWorkspaceDialog::fieldChanged()
{
    m_submitErrors = Status();
    updateState();
}

void CreateWorkspaceDialog::updateState()
{
    const WorkspaceSpec s = spec();
    const Status status = m_services.workspaces.validate(s);
    const Status permission = Permissions::canCreateWorkspace(m_session.identity());
    showFieldErrors(status);

    // Errors that belong to no field (prerequisites of the account, permissions, storage).
    QStringList general;
    if (!permission.ok())
        general << permission.text();
    for (const Status *st : {&status, static_cast<const Status *>(&m_submitErrors)})
        for (const FieldError &e : st->errors())
            if (!m_form->row(e.field) && !e.field.startsWith(Field::Tags) && !general.contains(e.message))
                general << e.message;
    AccessUi::showError(m_message, general.join(QLatin1Char('\n')));
    if (!m_submitErrors.ok())
        m_tagEditor->showErrors(m_submitErrors);

    // Directory preview and the HDFS recommendation (a warning, not an error).
    m_directoryPreview->setText(tr("Result: %1").arg(LongText::breakable(WorkspaceRules::directory(s.bucket, s.path))));
    const QString warning = m_regionHasBuckets ? WorkspaceRules::directoryWarning(s.bucket, m_services.account) : QString();
    AccessUi::showError(m_directoryWarning, warning.isEmpty() ? QString() : tr("Warning: %1").arg(warning));

    m_form->refresh();
    if (status.hasField(Field::CuQuota)) {
        m_price->showUnavailable(s.billing);
    } else if (s.billing == ProductSpec::Subscription) {
        // The same quote Create asks to confirm and records.
        const Result<Quote> quote = m_services.workspaces.quoteNewSubscription(s);
        if (quote.ok())
            m_price->showQuote(quote.value());
        else
            m_price->showUnavailable(s.billing);
    } else {
        m_price->showPrice(s.region, s.billing, s.cuQuota, m_durationCombo->currentData().toInt());
    }
    updateHint(status, permission);
}

void CreateWorkspaceDialog::showFieldErrors(const Status &status)
{
    const bool subscription = currentBilling() == ProductSpec::Subscription;
    for (FieldRow &row : m_form->rows()) {
        if (!row.errorLabel)
            continue;
        QString message = m_submitErrors.message(row.key);
        if (message.isEmpty())
            message = status.message(row.key);
        if (row.key == Field::CuQuota && !m_cuEdit->inputError().isEmpty())
            message = m_cuEdit->inputError();
        // An empty name is not shown as an error before the user has typed in the field.
        if (row.key == Field::Name && !m_nameTouched && m_submitErrors.message(row.key).isEmpty())
            message.clear();
        const bool visible = !message.isEmpty() && (row.key != Field::Duration || subscription);
        // Announced once when it appears or changes; the field's description carries it after that
        // (FieldForm::refresh()).
        const bool news = visible && (row.errorLabel->isHidden() || row.errorLabel->text() != message);
        row.errorLabel->setText(message);
        row.errorLabel->setVisible(visible);
        if (news && isVisible())
            Announce::alert(row.errorLabel);
    }
}

void CreateWorkspaceDialog::updateHint(const Status &status, const Status &permission)
{
    QStringList invalidFields;
    for (const FieldError &e : status.errors()) {
        const FieldRow *row = m_form->row(e.field);
        const QString label = row                              ? row->label()
                              : e.field.startsWith(Field::Tags) ? m_tagsLabel->text()
                                                                : QString();
        if (!label.isEmpty() && !invalidFields.contains(label))
            invalidFields << label;
    }
    const bool canCreate = status.ok() && permission.ok();
    if (!permission.ok())
        m_hint->setText(tr("Your identity cannot create workspaces; see the message at the top."));
    else if (!invalidFields.isEmpty())
        m_hint->setText(tr("To create the workspace, complete or correct: %1.").arg(invalidFields.join(tr(", "))));
    else if (!status.ok())
        m_hint->setText(tr("See the message at the top."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());
    // Disabled, the button says why (tooltip and accessible description): the hint's text.
    AccessUi::setAllowed(m_createButton, nullptr,
                         canCreate ? QString() : (m_hint->text().isEmpty() ? status.text() : m_hint->text()), QString());
}

void CreateWorkspaceDialog::submit()
{
    if (!m_createButton->isEnabled())
        return;
    const WorkspaceSpec s = spec();
    std::optional<Quote> quote;
    if (s.billing == ProductSpec::Subscription) {
        const Result<Quote> quoted = m_services.workspaces.quoteNewSubscription(s);
        if (!quoted.ok()) {
            m_submitErrors = quoted;
            updateState();
            return;
        }
        quote = quoted.value();
        // Money: one explicit confirmation naming the amount before the order is recorded.
        const QString amount = Format::money(quote->amountCents);
        const PurchaseConfirm::Question question{
            tr("Confirm Purchase"),
            tr("Buy a subscription of %1 CUs for %2 (%3) for workspace %4? %5 is charged now.")
                .arg(Format::number(s.cuQuota), ProductSpec::durationName(s.durationMonths),
                     ProductSpec::regionName(s.region), s.name, amount),
            tr("&Pay %1").arg(amount)};
        if (!PurchaseConfirm::ask(this, question))
            return;
    }
    // The amount confirmed is the amount recorded; a refused quote (older than its validity)
    // is explained at the top and the next click confirms the new one.
    const Result<Workspace> r = quote ? m_services.workspaces.create(m_session.identity(), s, *quote)
                                      : m_services.workspaces.create(m_session.identity(), s);
    if (!r.ok()) {
        m_nameTouched = true;
        m_submitErrors = r;
        updateState();
        // The refusal may be a race lost to another instance: the field now explains it.
        if (r.hasField(Field::Name))
            m_nameEdit->setFocus();
        return;
    }
    m_created = r.value();
    accept();
}

CreateCatalogDialog *CreateWorkspaceDialog::catalogDialog() const
{
    return m_catalogDialog;
}

void CreateWorkspaceDialog::openCreateCatalog()
{
    if (m_catalogDialog)
        return;
    m_catalogDialog = new CreateCatalogDialog(m_services, m_session, currentRegion(), this);
    connect(m_catalogDialog, &QDialog::accepted, this, [this] {
        // "From the drop-down list, select the data catalog that you created."
        reloadCatalogs(m_catalogDialog->createdCatalog().catalogId);
        fieldChanged();
        m_catalogCombo->setFocus();
    });
    connect(m_catalogDialog, &QDialog::finished, this, [this] {
        m_catalogDialog->deleteLater();
        m_catalogDialog = nullptr;
    });
    m_catalogDialog->open();
}

void CreateWorkspaceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
