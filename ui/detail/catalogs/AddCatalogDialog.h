#pragma once

#include "models/Domain.h"
#include "models/Result.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

// Add Catalog: an existing DLF catalog of the workspace's region that the workspace does not use
// yet. The submitter (the Data Catalogs tab) calls the service; its refusal is shown under the combo.
class AddCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    using Submitter = std::function<Status(const QString &catalogId)>;
    // Creates a DLF catalog in the region (the tab opens Create Catalog); returns its ID, or an
    // empty string when the user cancelled.
    using Creator = std::function<QString()>;

    AddCatalogDialog(const QString &region, const QList<DlfCatalog> &catalogs, QWidget *parent = nullptr);

    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    void setCreator(Creator creator);
    QString catalogId() const;
    void showErrors(const Status &status);

    QComboBox *catalogCombo() const { return m_catalogCombo; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *createButton() const { return m_createButton; }
    QLabel *catalogError() const { return m_catalogError; }

public slots:
    void accept() override;
    // Create Catalog: the new catalog joins the list, selected, ready to add.
    void createCatalog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_region;
    Submitter m_submitter;
    Creator m_creator;
    QLabel *m_intro = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QComboBox *m_catalogCombo = nullptr;
    QLabel *m_catalogError = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_createButton = nullptr;
};
