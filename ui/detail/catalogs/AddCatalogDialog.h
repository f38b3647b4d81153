#pragma once

#include "models/Domain.h"
#include "ui/common/SubmitDialog.h"

#include <functional>

class QComboBox;

// Add Catalog: an existing DLF catalog of the workspace's region that the workspace does not use
// yet. The submitter (the Data Catalogs tab) calls the service; its refusal is shown under the combo.
class AddCatalogDialog : public SubmitValuesDialog<QString> // catalog ID
{
    Q_OBJECT

public:
    // Creates a DLF catalog in the region (the tab opens Create Catalog); returns its ID, or an
    // empty string when the user cancelled.
    using Creator = std::function<QString()>;

    AddCatalogDialog(const QString &region, const QList<DlfCatalog> &catalogs, QWidget *parent = nullptr);

    void setCreator(Creator creator);
    QString catalogId() const;

    QComboBox *catalogCombo() const { return m_catalogCombo; }
    QPushButton *addButton() const { return acceptButton(); }
    QPushButton *createButton() const { return m_createButton; }
    QLabel *catalogError() const { return errorLabel(Field::General); }

public slots:
    // Create Catalog: the new catalog joins the list, selected, ready to add.
    void createCatalog();

private:
    std::tuple<QString> values() const override;
    void retranslateUi() override;

    QString m_region;
    Creator m_creator;
    QLabel *m_intro = nullptr;
    QComboBox *m_catalogCombo = nullptr;
    QPushButton *m_createButton = nullptr;
};
