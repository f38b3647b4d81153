#include "ui/create/CreateWorkspaceDialog.h"

#include "ui/create/CreateCatalogDialog.h"
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
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString ErrorStyle = QStringLiteral("color: #c62828;");
const QString WarningStyle = QStringLiteral("color: #8a5a00;");

} // namespace

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

QLabel *CreateWorkspaceDialog::addHelp(QGridLayout *grid, int &row)
{
    auto *help = new QLabel(grid->parentWidget());
    help->setWordWrap(true);
    QFont f = help->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    help->setFont(f);
    grid->addWidget(help, row++, 1);
    return help;
}

QLabel *CreateWorkspaceDialog::addError(QGridLayout *grid, int &row, const QString &field)
{
    auto *error = new QLabel(grid->parentWidget());
    error->setObjectName(field + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(ErrorStyle);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->hide();
    grid->addWidget(error, row++, 1);
    m_errorLabels.insert(field, error);
    return error;
}

void CreateWorkspaceDialog::buildUi()
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(ErrorStyle);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    int row = 0;
    const auto addLabel = [&](QLabel *&label) {
        label = new QLabel(content);
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(label, row, 0, Qt::AlignTop);
    };

    // 1. Region
    addLabel(m_regionLabel);
    m_regionCombo = new QComboBox(content);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionLabel->setBuddy(m_regionCombo);
    grid->addWidget(m_regionCombo, row++, 1);
    m_regionHelp = addHelp(grid, row);
    addError(grid, row, Field::Region);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        reloadRegion();
        fieldChanged();
    });

    // 2. Billing Method, with Duration and Auto-renew for Subscription
    addLabel(m_billingLabel);
    m_billingCombo = new QComboBox(content);
    m_billingCombo->setObjectName(QStringLiteral("billingCombo"));
    m_billingLabel->setBuddy(m_billingCombo);
    grid->addWidget(m_billingCombo, row++, 1);
    m_billingHelp = addHelp(grid, row);
    addError(grid, row, Field::Billing);
    connect(m_billingCombo, &QComboBox::currentIndexChanged, this, [this] {
        applyBillingMethod();
        fieldChanged();
    });

    addLabel(m_durationLabel);
    m_durationCombo = new QComboBox(content);
    m_durationCombo->setObjectName(QStringLiteral("durationCombo"));
    m_durationLabel->setBuddy(m_durationCombo);
    m_autoRenewCheck = new QCheckBox(content);
    m_autoRenewCheck->setObjectName(QStringLiteral("autoRenewCheck"));
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_durationCombo, 1);
    durationRow->addWidget(m_autoRenewCheck);
    grid->addLayout(durationRow, row++, 1);
    m_durationHelp = addHelp(grid, row);
    QLabel *durationError = addError(grid, row, Field::Duration);
    m_subscriptionWidgets = {m_durationLabel, m_durationCombo, m_autoRenewCheck, m_durationHelp, durationError};
    connect(m_durationCombo, &QComboBox::currentIndexChanged, this, &CreateWorkspaceDialog::fieldChanged);
    connect(m_autoRenewCheck, &QCheckBox::toggled, this, &CreateWorkspaceDialog::fieldChanged);

    // 3. Workspace Name
    addLabel(m_nameLabel);
    m_nameEdit = new QLineEdit(content);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameLabel->setBuddy(m_nameEdit);
    grid->addWidget(m_nameEdit, row++, 1);
    m_nameHelp = addHelp(grid, row);
    addError(grid, row, Field::Name);
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        fieldChanged();
    });

    // 4. CU Quota
    addLabel(m_cuLabel);
    m_cuSpin = new QSpinBox(content);
    m_cuSpin->setObjectName(QStringLiteral("cuQuotaSpin"));
    m_cuSpin->setSingleStep(1);
    m_cuSpin->setGroupSeparatorShown(true);
    m_cuLabel->setBuddy(m_cuSpin);
    grid->addWidget(m_cuSpin, row++, 1, Qt::AlignLeft);
    m_cuHelp = addHelp(grid, row);
    addError(grid, row, Field::CuQuota);
    connect(m_cuSpin, &QSpinBox::valueChanged, this, &CreateWorkspaceDialog::fieldChanged);

    // 5. Workspace Directory: bucket + optional path, previewed as oss://bucket/path/
    addLabel(m_directoryLabel);
    m_bucketCombo = new QComboBox(content);
    m_bucketCombo->setObjectName(QStringLiteral("bucketCombo"));
    m_directoryLabel->setBuddy(m_bucketCombo);
    grid->addWidget(m_bucketCombo, row++, 1);
    addLabel(m_pathLabel);
    m_pathEdit = new QLineEdit(content);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathLabel->setBuddy(m_pathEdit);
    grid->addWidget(m_pathEdit, row++, 1);
    m_directoryPreview = new QLabel(content);
    m_directoryPreview->setObjectName(QStringLiteral("directoryPreview"));
    m_directoryPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_directoryPreview->setWordWrap(true);
    grid->addWidget(m_directoryPreview, row++, 1);
    m_directoryWarning = new QLabel(content);
    m_directoryWarning->setObjectName(QStringLiteral("directoryWarning"));
    m_directoryWarning->setWordWrap(true);
    m_directoryWarning->setStyleSheet(WarningStyle);
    m_directoryWarning->hide();
    grid->addWidget(m_directoryWarning, row++, 1);
    m_directoryHelp = addHelp(grid, row);
    addError(grid, row, Field::Bucket);
    addError(grid, row, Field::Path);
    connect(m_bucketCombo, &QComboBox::currentIndexChanged, this, &CreateWorkspaceDialog::fieldChanged);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &CreateWorkspaceDialog::fieldChanged);

    // 6. DLF for Metadata Storage, with Create Catalog
    addLabel(m_catalogLabel);
    m_catalogCombo = new QComboBox(content);
    m_catalogCombo->setObjectName(QStringLiteral("catalogCombo"));
    m_catalogLabel->setBuddy(m_catalogCombo);
    m_createCatalogButton = new QPushButton(content);
    m_createCatalogButton->setObjectName(QStringLiteral("createCatalogButton"));
    m_createCatalogButton->setAutoDefault(false);
    auto *catalogRow = new QHBoxLayout;
    catalogRow->addWidget(m_catalogCombo, 1);
    catalogRow->addWidget(m_createCatalogButton);
    grid->addLayout(catalogRow, row++, 1);
    m_catalogHelp = addHelp(grid, row);
    addError(grid, row, Field::Catalog);
    connect(m_catalogCombo, &QComboBox::currentIndexChanged, this, &CreateWorkspaceDialog::fieldChanged);
    connect(m_createCatalogButton, &QPushButton::clicked, this, &CreateWorkspaceDialog::openCreateCatalog);

    // 7. Execution Role
    addLabel(m_roleLabel);
    m_roleCombo = new QComboBox(content);
    m_roleCombo->setObjectName(QStringLiteral("executionRoleCombo"));
    m_roleLabel->setBuddy(m_roleCombo);
    grid->addWidget(m_roleCombo, row++, 1);
    m_roleHelp = addHelp(grid, row);
    addError(grid, row, Field::ExecutionRole);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &CreateWorkspaceDialog::fieldChanged);

    // 8. Advanced Settings (collapsed by default): Tags
    m_advancedToggle = new QToolButton(content);
    m_advancedToggle->setObjectName(QStringLiteral("advancedSettingsToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setChecked(false);
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
    m_tagsHelp->setFont(m_regionHelp->font());
    m_tagEditor = new TagEditor(m_advancedSection);
    m_tagEditor->setObjectName(QStringLiteral("tagEditor"));
    advanced->addWidget(m_tagsHelp);
    advanced->addWidget(m_tagEditor);
    m_advancedSection->hide();
    grid->addWidget(m_advancedSection, row++, 1);
    grid->setRowStretch(row, 1);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
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
    scroll->setWidget(content);
    // Help texts wrap; only the page scrolls, and only vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("priceLabel"));
    m_price->setWordWrap(true);
    m_price->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont priceFont = m_price->font();
    priceFont.setBold(true);
    m_price->setFont(priceFont);
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

    setTabOrder(m_regionCombo, m_billingCombo);
    setTabOrder(m_billingCombo, m_durationCombo);
    setTabOrder(m_durationCombo, m_autoRenewCheck);
    setTabOrder(m_autoRenewCheck, m_nameEdit);
    setTabOrder(m_nameEdit, m_cuSpin);
    setTabOrder(m_cuSpin, m_bucketCombo);
    setTabOrder(m_bucketCombo, m_pathEdit);
    setTabOrder(m_pathEdit, m_catalogCombo);
    setTabOrder(m_catalogCombo, m_createCatalogButton);
    setTabOrder(m_createCatalogButton, m_roleCombo);
    setTabOrder(m_roleCombo, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_tagEditor);

    resize(720, 760);
}

void CreateWorkspaceDialog::retranslateUi()
{
    setWindowTitle(tr("Create Workspace"));
    // Labels are the console's (spec §7); each field's accessible name is its label.
    const auto name = [](QLabel *label, QWidget *field, const QString &text) {
        label->setText(text);
        field->setAccessibleName(text);
    };
    name(m_regionLabel, m_regionCombo, tr("Region"));
    name(m_billingLabel, m_billingCombo, tr("Billing Method"));
    name(m_durationLabel, m_durationCombo, tr("Duration"));
    m_autoRenewCheck->setText(tr("Auto-renew"));
    name(m_nameLabel, m_nameEdit, tr("Workspace Name"));
    name(m_cuLabel, m_cuSpin, tr("CU Quota"));
    name(m_directoryLabel, m_bucketCombo, tr("Workspace Directory"));
    name(m_pathLabel, m_pathEdit, tr("Path (optional)"));
    name(m_catalogLabel, m_catalogCombo, tr("DLF for Metadata Storage"));
    m_createCatalogButton->setText(tr("Create Catalog"));
    name(m_roleLabel, m_roleCombo, tr("Execution Role"));
    m_advancedToggle->setText(tr("Advanced Settings"));
    m_advancedToggle->setAccessibleName(tr("Advanced Settings"));
    m_tagsLabel->setText(tr("Tags"));
    m_createButton->setText(tr("Create Workspace"));
    m_cancelButton->setText(tr("Cancel"));

    // Help texts from the document.
    m_regionHelp->setText(tr("The region where the data center is located. We recommend that you select the region "
                             "where your data resides. You cannot change the region after the workspace is created."));
    m_billingHelp->setText(tr("The Subscription and Pay-as-you-go billing methods are supported."));
    m_durationHelp->setText(tr("Subscription duration: 1 to 9 months, or 1, 2 or 3 years. Auto-renew extends the "
                               "subscription by %n month(s) at a time when it expires.",
                               nullptr, ProductSpec::RenewMonths));
    m_pathEdit->setPlaceholderText(tr("For example: spark/logs"));
    m_directoryHelp->setText(tr("The path of the OSS bucket that is used to store data files, such as job logs, running "
                                "events, and resources. To view quasi-real-time incremental logs during O&M, we "
                                "recommend that you use a bucket for which the HDFS service is enabled."));
    m_catalogHelp->setText(tr("Used to store and manage metadata. Select the ID of the data catalog that you want to "
                              "associate with the workspace, or click Create Catalog to create one. After you create a "
                              "workspace, you can add an existing DLF data catalog to the workspace."));
    m_roleHelp->setText(tr("The name of the role that EMR Serverless Spark uses to run jobs. The default role is %1. "
                           "Jobs use this role to access your resources in other cloud products, such as OSS and DLF.")
                            .arg(ProductSpec::DefaultExecutionRole));
    m_tagsHelp->setText(tr("Tags identify cloud resources so that you can classify, search for and aggregate them. "
                           "You can attach a maximum of %1 tags to each workspace, and add or modify them on the "
                           "workspace list page at any time after the workspace is created.")
                            .arg(ProductSpec::MaxTags));

    m_regionCombo->setAccessibleDescription(m_regionHelp->text());
    m_billingCombo->setAccessibleDescription(m_billingHelp->text());
    m_durationCombo->setAccessibleDescription(m_durationHelp->text());
    m_catalogCombo->setAccessibleDescription(m_catalogHelp->text());
    m_roleCombo->setAccessibleDescription(m_roleHelp->text());

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
    m_pathLabel->setVisible(m_regionHasBuckets);
    m_pathEdit->setVisible(m_regionHasBuckets);
    m_directoryPreview->setVisible(m_regionHasBuckets);
    reloadCatalogs(m_catalogCombo->currentData().toString());
    m_catalogCombo->setVisible(m_regionHasDlf);
    m_createCatalogButton->setVisible(m_regionHasDlf);
    // "Select ... or click Create Catalog" would point at controls that are not there.
    m_catalogHelp->setVisible(m_regionHasDlf);
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
    const ProductSpec::CuRange range = ProductSpec::cuRange(billing);
    {
        const QSignalBlocker blocker(m_cuSpin);
        m_cuSpin->setRange(range.min, range.max);
        m_cuSpin->setValue(range.defaultValue);
    }
    const bool subscription = billing == ProductSpec::Subscription;
    for (QWidget *w : std::as_const(m_subscriptionWidgets))
        w->setVisible(subscription);
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
    s.cuQuota = m_cuSpin->value();
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
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
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

    QStringList invalidFields;
    for (auto it = m_errorLabels.constBegin(); it != m_errorLabels.constEnd(); ++it) {
        const QString &field = it.key();
        QString message = m_submitErrors.message(field);
        if (message.isEmpty())
            message = status.message(field);
        // An empty name is not shown as an error before the user has typed in the field.
        if (field == Field::Name && !m_nameTouched && m_submitErrors.message(field).isEmpty())
            message.clear();
        QLabel *label = it.value();
        label->setText(message);
        const bool subscriptionOnly = field == Field::Duration;
        label->setVisible(!message.isEmpty() && (!subscriptionOnly || s.billing == ProductSpec::Subscription));
    }
    const auto describe = [&](QWidget *field, const QString &key, const QString &help) {
        const QString error = m_errorLabels.value(key)->text();
        field->setAccessibleDescription(error.isEmpty() ? help : error + QLatin1Char(' ') + help);
    };
    // The name's error is the rule itself; the help then keeps only what the error does not say.
    const QString uniqueNote = tr("The names of workspaces within the same Alibaba Cloud account must be unique.");
    m_nameHelp->setText(m_errorLabels.value(Field::Name)->text() == WorkspaceRules::nameRuleMessage()
                            ? uniqueNote
                            : WorkspaceRules::nameRuleMessage() + QLatin1Char(' ') + uniqueNote);
    describe(m_nameEdit, Field::Name, m_nameHelp->text());
    describe(m_cuSpin, Field::CuQuota, m_cuHelp->text());
    describe(m_bucketCombo, Field::Bucket, m_directoryHelp->text());
    describe(m_pathEdit, Field::Path, m_directoryHelp->text());

    // Errors that belong to no field (prerequisites of the account, permissions, storage).
    QStringList general;
    if (!permission.ok())
        general << permission.text();
    for (const Status *st : {&status, static_cast<const Status *>(&m_submitErrors)})
        for (const FieldError &e : st->errors())
            if (!m_errorLabels.contains(e.field) && !e.field.startsWith(Field::Tags) && !general.contains(e.message))
                general << e.message;
    m_message->setText(general.join(QLatin1Char('\n')));
    m_message->setVisible(!general.isEmpty());
    if (!m_submitErrors.ok())
        m_tagEditor->showErrors(m_submitErrors);

    // Directory preview and the HDFS recommendation (a warning, not an error).
    m_directoryPreview->setText(tr("Result: %1").arg(WorkspaceRules::directory(s.bucket, s.path)));
    const QString warning = m_regionHasBuckets ? WorkspaceRules::directoryWarning(s.bucket, m_services.account) : QString();
    m_directoryWarning->setText(warning.isEmpty() ? QString() : tr("Warning: %1").arg(warning));
    m_directoryWarning->setVisible(!warning.isEmpty());

    const ProductSpec::CuRange range = ProductSpec::cuRange(s.billing);
    m_cuHelp->setText(tr("The maximum number of compute units (CUs) that can be concurrently used to process jobs in "
                         "the workspace. %1: %2 to %3 CUs, %4 by default.")
                          .arg(ProductSpec::billingName(s.billing), QLocale().toString(range.min),
                               QLocale().toString(range.max), QLocale().toString(range.defaultValue)));

    updatePrice();

    for (const FieldError &e : status.errors()) {
        QString label;
        if (e.field == Field::Region)
            label = m_regionLabel->text();
        else if (e.field == Field::Billing)
            label = m_billingLabel->text();
        else if (e.field == Field::Duration)
            label = m_durationLabel->text();
        else if (e.field == Field::Name)
            label = m_nameLabel->text();
        else if (e.field == Field::CuQuota)
            label = m_cuLabel->text();
        else if (e.field == Field::Bucket || e.field == Field::Path)
            label = m_directoryLabel->text();
        else if (e.field == Field::Catalog)
            label = m_catalogLabel->text();
        else if (e.field == Field::ExecutionRole)
            label = m_roleLabel->text();
        else if (e.field.startsWith(Field::Tags))
            label = m_tagsLabel->text();
        if (!label.isEmpty() && !invalidFields.contains(label))
            invalidFields << label;
    }
    const bool canCreate = status.ok() && permission.ok();
    m_createButton->setEnabled(canCreate);
    if (!permission.ok())
        m_hint->setText(tr("Your identity cannot create workspaces; see the message at the top."));
    else if (!invalidFields.isEmpty())
        m_hint->setText(tr("To create the workspace, complete or correct: %1.").arg(invalidFields.join(tr(", "))));
    else if (!status.ok())
        m_hint->setText(tr("See the message at the top."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void CreateWorkspaceDialog::updatePrice()
{
    const QString region = currentRegion();
    const int cu = m_cuSpin->value();
    const QLocale locale;
    if (currentBilling() == ProductSpec::Subscription) {
        const int months = m_durationCombo->currentData().toInt();
        m_price->setText(tr("Amount due now: %1 (%2 CUs × %3 per CU per month × %4)")
                             .arg(Pricing::formatCents(Pricing::subscriptionCents(region, cu, months)),
                                  locale.toString(cu),
                                  Pricing::formatUnitPrice(Pricing::subscriptionMicroUsdPerCuMonth(region)),
                                  ProductSpec::durationName(months)));
    } else {
        m_price->setText(tr("Price: %1 per CU-hour. At the full quota of %2 CUs: %3 per hour.")
                             .arg(Pricing::formatUnitPrice(Pricing::payAsYouGoMicroUsdPerCuHour(region)), locale.toString(cu),
                                  Pricing::formatCents(Pricing::payAsYouGoFullQuotaCentsPerHour(region, cu))));
    }
}

void CreateWorkspaceDialog::submit()
{
    if (!m_createButton->isEnabled())
        return;
    const Result<Workspace> r = m_services.workspaces.create(m_session.identity(), spec());
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
