#pragma once

#include "models/Domain.h"
#include "models/Result.h"
#include "models/WorkspaceRules.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolButton;
class CreateCatalogDialog;
class Session;
class TagEditor;
struct Services;

// The Create Workspace dialog of the document, fields in its order: Region, Billing Method
// (+ Duration and Auto-renew for Subscription), Workspace Name, CU Quota, Workspace Directory,
// DLF for Metadata Storage (+ Create Catalog), Execution Role, and Advanced Settings with Tags.
// Every field has its help text and an error label under it; all rules come from
// WorkspaceService::validate() (models/), the dialog only shows them. Create Workspace is
// enabled only while every field is valid and the signed-in identity may create workspaces.
// Accepted means the workspace exists (createdWorkspace()).
class CreateWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    CreateWorkspaceDialog(Services &services, Session &session, QWidget *parent = nullptr);
    ~CreateWorkspaceDialog() override;

    Workspace createdWorkspace() const { return m_created; }
    // What the fields say now.
    WorkspaceSpec spec() const;
    // The visible error of a field (Field:: key), empty when none is shown.
    QString errorText(const QString &field) const;

    QPushButton *createButton() const { return m_createButton; }
    QPushButton *createCatalogButton() const { return m_createCatalogButton; }
    QToolButton *advancedToggle() const { return m_advancedToggle; }
    TagEditor *tagEditor() const { return m_tagEditor; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *priceLabel() const { return m_price; }
    QLabel *directoryPreview() const { return m_directoryPreview; }
    QLabel *directoryWarning() const { return m_directoryWarning; }
    CreateCatalogDialog *catalogDialog() const;

public slots:
    void openCreateCatalog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillRegions();
    void fillBillingMethods();
    void fillDurations();
    void reloadRegion();          // buckets and catalogs of the chosen region
    void reloadCatalogs(const QString &select);
    void applyBillingMethod();    // CU range/default, Duration and Auto-renew rows
    void fieldChanged();
    void updateState();
    void updatePrice();
    void submit();
    QString currentRegion() const;
    QString currentBilling() const;
    QLabel *addHelp(QGridLayout *grid, int &row);
    QLabel *addError(QGridLayout *grid, int &row, const QString &field);

    Services &m_services;
    Session &m_session;
    Workspace m_created;
    bool m_nameTouched = false;
    bool m_regionHasBuckets = true;
    bool m_regionHasDlf = true;
    Status m_submitErrors; // what the service refused on Create, until a field changes
    CreateCatalogDialog *m_catalogDialog = nullptr;

    QLabel *m_message = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLabel *m_regionHelp = nullptr;
    QLabel *m_billingLabel = nullptr;
    QComboBox *m_billingCombo = nullptr;
    QLabel *m_billingHelp = nullptr;
    QLabel *m_durationLabel = nullptr;
    QComboBox *m_durationCombo = nullptr;
    QCheckBox *m_autoRenewCheck = nullptr;
    QLabel *m_durationHelp = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameHelp = nullptr;
    QLabel *m_cuLabel = nullptr;
    QSpinBox *m_cuSpin = nullptr;
    QLabel *m_cuHelp = nullptr;
    QLabel *m_directoryLabel = nullptr;
    QComboBox *m_bucketCombo = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_directoryPreview = nullptr;
    QLabel *m_directoryWarning = nullptr;
    QLabel *m_directoryHelp = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QComboBox *m_catalogCombo = nullptr;
    QPushButton *m_createCatalogButton = nullptr;
    QLabel *m_catalogHelp = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLabel *m_roleHelp = nullptr;
    QScrollArea *m_scroll = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advancedSection = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QLabel *m_tagsHelp = nullptr;
    TagEditor *m_tagEditor = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QHash<QString, QLabel *> m_errorLabels;  // Field:: key -> label under the field
    QList<QWidget *> m_subscriptionWidgets;  // shown only for Subscription
};
