#pragma once

#include "models/Domain.h"
#include "models/Quote.h"

#include <QDialog>
#include <functional>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class ElidedLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;
class Session;
class Services;

// Deleting a workspace (spec §5, the document's "Delete a workspace"). One class with two modes,
// chosen by the workspace's billing method: Delete for pay-as-you-go, Unsubscribe for a
// subscription (which also shows the order, the paid amount, the time used and the refund).
// Both state what is lost and what is kept, show the name in bold and selectable, and ask for it
// to be typed; the confirm button is the default button and is enabled only on a match, so Enter
// deletes only then. The service re-checks everything, including active job runs, when the user
// confirms; a refusal is shown in the dialog, which stays open.
class DeleteWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Delete, Unsubscribe };
    // Asks for a folder; returns an empty string when the user cancels. Replaceable for tests.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &caption)>;

    DeleteWorkspaceDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString workspaceId() const { return m_workspaceId; }
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    // After acceptance: what happened, for the status bar; the refund order when unsubscribing.
    QString resultMessage() const { return m_resultMessage; }
    std::optional<Order> refundOrder() const { return m_refund; }
    // Unsubscribe: the refund on screen, which Unsubscribe records to the cent.
    std::optional<Quote> refundQuote() const { return m_quote; }

    QLineEdit *confirmationEdit() const { return m_confirmEdit; }
    QPushButton *confirmButton() const { return m_confirmButton; }
    QPushButton *backupButton() const { return m_backupButton; }
    QPushButton *openJobsButton() const { return m_openJobsButton; }

public slots:
    void confirm();
    void backUpJobScripts();
    // Rereads the workspace and its active runs (the dialog does this once a second).
    void reloadPreview();

signals:
    // "Open Jobs": the page opens the workspace's detail window on its Jobs tab. The dialog closes
    // without deleting anything.
    void openJobsRequested(const QString &workspaceId);

protected:
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void retranslateUi();
    void updateConfirmButton();
    void showActiveRuns(const QString &message);
    void showError(const QString &text);
    void fitHeight();
    static QString formatSpan(qint64 ms);

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    Mode m_mode = Mode::Delete;
    QString m_name;
    bool m_exists = false;
    FolderChooser m_chooseFolder;
    QString m_resultMessage;
    std::optional<Order> m_refund;
    std::optional<Quote> m_quote;
    QString m_activeRunsMessage;

    QLabel *m_heading = nullptr;
    ElidedLabel *m_nameLabel = nullptr;
    QWidget *m_orderBox = nullptr;
    QFormLayout *m_orderForm = nullptr;
    QLabel *m_orderValue = nullptr;
    QLabel *m_paidValue = nullptr;
    QLabel *m_usedValue = nullptr;
    QLabel *m_refundValue = nullptr;
    QLabel *m_warnings = nullptr;
    QWidget *m_activeBox = nullptr;
    QLabel *m_activeError = nullptr;
    QPushButton *m_openJobsButton = nullptr;
    QPushButton *m_backupButton = nullptr;
    QLabel *m_backupResult = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_confirmError = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_submitting = false;
};
