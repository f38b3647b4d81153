#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;
class OrderFilterProxy;
class OrderTableModel;
class Services;

// Billing history: every order of the account (new purchase, upgrade, downgrade, renewal,
// unsubscribe refund) with workspace, CU before and after, amount and time; sortable by any
// column, filtered by workspace, order type and date range, with totals of what is shown and
// Export CSV of exactly that. Follows the change feed: a new order appears while it is open.
class BillingHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BillingHistoryDialog(Services &services, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    OrderTableModel *model() const { return m_model; }
    OrderFilterProxy *proxy() const { return m_proxy; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *exportMessageLabel() const { return m_exportMessage; }
    QComboBox *workspaceCombo() const { return m_workspaceCombo; }
    QComboBox *typeCombo() const { return m_typeCombo; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }
    QPushButton *exportButton() const { return m_exportButton; }

    // Asks where to save (Qt's file dialog unless a test sets another); empty: cancelled.
    using SaveFileChooser = std::function<QString(QWidget *parent, const QString &caption, const QString &suggested)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

public slots:
    void reload();
    void exportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillWorkspaceCombo();
    void fillTypeCombo();
    void resetDateRange();
    void applyFilters();
    void updateSummary();
    void showExportMessage(const QString &text);

    Services &m_services;
    OrderTableModel *m_model = nullptr;
    OrderFilterProxy *m_proxy = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QComboBox *m_workspaceCombo = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_rangeError = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_exportMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QString m_loadError; // why the history could not be read, or empty
    // The dates follow the orders (first order to today) until the user picks one.
    bool m_datesChosen = false;
    bool m_settingDates = false;
    SaveFileChooser m_chooseFile;
};
