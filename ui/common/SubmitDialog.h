#pragma once

#include "models/Result.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <functional>
#include <tuple>

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
    // A label for widget (its buddy) whose text the dialog keeps: text() now and again after
    // every language change. Subclasses need no member and no retranslate line for it.
    QLabel *newFieldLabel(QWidget *widget, std::function<QString()> text);
    // A form row: the field, an optional hint under it, and its error label under that. Returns
    // the error label.
    QLabel *addFieldRow(QFormLayout *form, QLabel *label, QWidget *widget, const QString &field,
                        const QString &errorName, QLabel *hint = nullptr);
    // The same with a label made by newFieldLabel(widget, labelText).
    QLabel *addFieldRow(QFormLayout *form, std::function<QString()> labelText, QWidget *widget, const QString &field,
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
    struct FieldLabel
    {
        QLabel *label = nullptr;
        std::function<QString()> text;
    };
    QList<FieldLabel> m_labels; // newFieldLabel()
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QString m_acceptName;
};

// A SubmitDialog whose change is made by the one who opens it (a tab, with its service): the
// opener sets a submitter, and Accept hands it the dialog's values. Without a submitter (the
// dialog on its own, in a test) Accept only closes the dialog.
template<typename... Values>
class SubmitValuesDialog : public SubmitDialog
{
public:
    using Submitter = std::function<Status(const Values &...)>;
    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }

protected:
    using SubmitDialog::SubmitDialog;
    // What Accept hands over, read from the fields.
    virtual std::tuple<Values...> values() const = 0;

private:
    Status submit() final { return m_submitter ? std::apply(m_submitter, values()) : Status(); }

    Submitter m_submitter;
};
