#pragma once

#include "models/Domain.h"
#include "models/Result.h"
#include "models/WorkspaceRules.h"

#include "ui/create/FieldForm.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class CuEdit;
class QToolButton;
class CreateCatalogDialog;
class HelpTip;
class PricePreview;
class Session;
class TagEditor;
class Services;

// The Create Workspace dialog of the document, fields in its order: Region, Billing Method
// (+ Duration and Auto-renew for Subscription), Workspace Name, CU Quota, Workspace Directory,
// DLF for Metadata Storage (+ Create Catalog), Execution Role, and Advanced Settings with Tags.
// Every field is one FieldRow (label, control, one line of help, a "?" with the rest, an error
// label), so building, retranslating and showing errors read one table; all rules come from
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
    CuEdit *cuEdit() const { return m_cuEdit; }
    QPushButton *createCatalogButton() const { return m_createCatalogButton; }
    QToolButton *advancedToggle() const { return m_advancedToggle; }
    TagEditor *tagEditor() const { return m_tagEditor; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *priceLabel() const;
    QLabel *directoryPreview() const { return m_directoryPreview; }
    QLabel *directoryWarning() const { return m_directoryWarning; }
    CreateCatalogDialog *catalogDialog() const;

public slots:
    void openCreateCatalog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void addRows(QWidget *content);
    void retranslateUi();
    void fillRegions();
    void fillBillingMethods();
    void fillDurations();
    void reloadRegion();          // buckets and catalogs of the chosen region
    void reloadCatalogs(const QString &select);
    void applyBillingMethod();    // CU range/default, Duration and Auto-renew rows
    void fieldChanged();
    void updateState();
    void showFieldErrors(const Status &status);
    void updateHint(const Status &status, const Status &permission);
    void submit();
    QString currentRegion() const;
    QString currentBilling() const;

    Services &m_services;
    Session &m_session;
    Workspace m_created;
    bool m_nameTouched = false;
    bool m_cuTouched = false; // typed by the user: kept when the billing method changes
    bool m_regionHasBuckets = true;
    bool m_regionHasDlf = true;
    Status m_submitErrors; // what the service refused on Create, until a field changes
    CreateCatalogDialog *m_catalogDialog = nullptr;

    std::unique_ptr<FieldForm> m_form;
    QLabel *m_message = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QComboBox *m_billingCombo = nullptr;
    QComboBox *m_durationCombo = nullptr;
    QCheckBox *m_autoRenewCheck = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    CuEdit *m_cuEdit = nullptr;
    QComboBox *m_bucketCombo = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_directoryPreview = nullptr;
    QLabel *m_directoryWarning = nullptr;
    QComboBox *m_catalogCombo = nullptr;
    QPushButton *m_createCatalogButton = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QScrollArea *m_scroll = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advancedSection = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QLabel *m_tagsHelp = nullptr;
    HelpTip *m_tagsTip = nullptr;
    TagEditor *m_tagEditor = nullptr;
    PricePreview *m_price = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
