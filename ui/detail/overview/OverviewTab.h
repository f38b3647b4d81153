#pragma once

#include "models/Domain.h"

#include <QMap>
#include <QWidget>
#include <optional>

class OrderTableModel;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTableView;
class Services;
class Session;

// The Overview tab, first in a workspace's window: everything chosen at creation and its current
// state, and for a subscription its period, auto-renew and orders. Every value is a read-only
// line edit named by its caption, so it can be reached by Tab, selected and copied. It rereads
// whenever the change feed reports a change of the workspace, its tags, catalogs or orders.
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    enum class Field {
        Name, Id, Region, Billing, CuQuota, Status, Directory, Catalogs, ExecutionRole, Tags, CreatedBy, CreatedAt,
        PurchasedAt, ExpiresAt, DaysLeft, ReleaseAt, AutoRenew,
    };

    OverviewTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    QLineEdit *field(Field f) const { return m_fields.value(f); }
    QLabel *caption(Field f) const { return m_captions.value(f); }
    // Visible: the subscription's words ("expires in 3 days", "expired; Renew restores it").
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *copyDirectoryButton() const { return m_copyDirectory; }
    QPushButton *editTagsButton() const { return m_editTags; }
    QPushButton *renewButton() const { return m_renew; }
    QPushButton *autoRenewButton() const { return m_autoRenew; }
    QPushButton *convertButton() const { return m_convert; }
    QGroupBox *subscriptionBox() const { return m_subscriptionBox; }
    QTableView *ordersView() const { return m_ordersView; }
    OrderTableModel *ordersModel() const { return m_orders; }

public slots:
    void refresh();
    void copyDirectory();
    void editTags();
    void renew();
    void changeAutoRenew();
    void convertToSubscription();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLineEdit *addField(QFormLayout *form, Field f, QWidget *beside = nullptr);
    void retranslateUi();
    void showWorkspace();
    void showMessage(const QString &text);
    QString captionText(Field f) const;
    void runLifecycleAction(int action, QPushButton *button);

    Services &m_services;
    Session &m_session;
    const QString m_workspaceId;
    std::optional<Workspace> m_workspace;
    QString m_readError;      // why the workspace could not be read, or empty
    QString m_catalogsText;   // or why they could not be read
    QString m_ordersError;
    QString m_lastResult;     // what the last Renew, Auto-renew or Convert did

    QLabel *m_notice = nullptr;
    QLabel *m_message = nullptr;
    QGroupBox *m_settingsBox = nullptr;
    QGroupBox *m_subscriptionBox = nullptr;
    QFormLayout *m_subscriptionForm = nullptr;
    QMap<Field, QLineEdit *> m_fields;
    QMap<Field, QLabel *> m_captions;
    QPushButton *m_copyDirectory = nullptr;
    QPushButton *m_editTags = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_autoRenew = nullptr;
    QPushButton *m_convert = nullptr;
    // Counts the days again when the number of days left next changes (no write announces that).
    QTimer *m_dayTimer = nullptr;
    QLabel *m_ordersCaption = nullptr;
    QTableView *m_ordersView = nullptr;
    OrderTableModel *m_orders = nullptr;
};
