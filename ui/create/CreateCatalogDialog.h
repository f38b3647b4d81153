#pragma once

#include "models/Domain.h"
#include "ui/common/SubmitDialog.h"

class QLineEdit;
class Session;
class Services;

// "Click Create Catalog. In the dialog box that appears, enter a Catalog ID and then click OK."
// OK creates the catalog through CatalogService; a refusal is shown under the field and the
// dialog stays open. Accepted means the catalog exists (createdCatalog()).
class CreateCatalogDialog : public SubmitDialog
{
    Q_OBJECT

public:
    CreateCatalogDialog(Services &services, Session &session, const QString &region, QWidget *parent = nullptr);

    DlfCatalog createdCatalog() const { return m_created; }
    QLineEdit *catalogIdEdit() const { return m_idEdit; }
    QPushButton *okButton() const { return acceptButton(); }
    QLabel *errorLabel() const { return m_error; }

private:
    Status submit() override;
    void retranslateUi() override;
    void updateState();

    Services &m_services;
    Session &m_session;
    QString m_region;
    DlfCatalog m_created;
    bool m_touched = false;
    QString m_serviceError; // last refusal of the service, until the ID changes

    QLabel *m_regionLabel = nullptr;
    QLabel *m_regionValue = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_error = nullptr;
};
