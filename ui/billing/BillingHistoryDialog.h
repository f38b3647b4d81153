#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class OrderTableModel;
class Services;

// Billing history: every order of the account (new purchase, upgrade, downgrade, unsubscribe
// refund) with workspace, CU before and after, amount and time; sortable by any column.
class BillingHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BillingHistoryDialog(Services &services, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    OrderTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLabel *summaryLabel() const { return m_summary; }

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    Services &m_services;
    OrderTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
