#pragma once

#include "models/Result.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

// The shape of the small dialogs that submit one change through a service (Add User, Change
// Role, Add Queue, Add Catalog, Run Job, ...): fields with an error label under each, a general
// error label, an accept button and Cancel. Accept calls submit(); a refusal puts each message
// under the field it names (the rest in the general label), the window grows to show them and
// stays open.
class SubmitDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows the messages of status under their fields; an empty status clears them.
    void showErrors(const Status &status);
    QPushButton *acceptButton() const { return m_acceptButton; }
    // The label under field (an empty field: the general one), or nullptr.
    QLabel *errorLabel(const QString &field) const { return m_errors.value(field); }

public slots:
    void accept() override;

protected:
    // acceptName names the accept button for tests; Cancel is "cancelButton".
    SubmitDialog(const QString &objectName, const QString &acceptName, QWidget *parent);

    // Calls the service; a failed status keeps the dialog open.
    virtual Status submit() = 0;
    virtual void retranslateUi() = 0;

    // An error label for field's messages (an empty field: every message no other label takes).
    QLabel *newErrorLabel(const QString &field, const QString &objectName);
    // Hides field's message: the user changed the field.
    void clearError(const QString &field);
    // A form row: the field, an optional hint under it, and its error label under that.
    QLabel *addFieldRow(QFormLayout *form, QLabel *label, QWidget *widget, const QString &field,
                        const QString &errorName, QLabel *hint = nullptr);
    // The accept button and Cancel, made on first use: call it where they go in the layout, after
    // the fields, so they also come last in the tab order. acceptButton() is valid from then on.
    QDialogButtonBox *buttonBox();

    void changeEvent(QEvent *event) override;

private:
    QHash<QString, QLabel *> m_errors; // field -> the label under it
    struct FieldWidgets
    {
        QWidget *widget = nullptr;
        QLabel *hint = nullptr;
    };
    QHash<QString, FieldWidgets> m_fields; // field -> its control and hint (addFieldRow())
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QString m_acceptName;
};
