#include "ui/common/SubmitDialog.h"

#include "ui/common/AccessUi.h"
#include "ui/common/ErrorStyle.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SubmitDialog::SubmitDialog(const QString &objectName, const QString &acceptName, QWidget *parent)
    : QDialog(parent), m_acceptName(acceptName)
{
    setObjectName(objectName);
    // Wide enough for the hints and errors to wrap into a few lines, not a narrow column.
    setMinimumWidth(440);
}

QDialogButtonBox *SubmitDialog::buttonBox()
{
    if (m_buttons)
        return m_buttons;
    m_buttons = new QDialogButtonBox(this);
    m_acceptButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_acceptButton->setObjectName(m_acceptName);
    m_acceptButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubmitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return m_buttons;
}

QLabel *SubmitDialog::newErrorLabel(const QString &field, const QString &objectName)
{
    QLabel *label = ErrorStyle::newErrorLabel(this, objectName);
    m_errors.insert(field, label);
    return label;
}

void SubmitDialog::clearError(const QString &field)
{
    QLabel *label = m_errors.value(field);
    if (!label || label->isHidden())
        return;
    const FieldWidgets f = m_fields.value(field);
    if (f.widget)
        AccessUi::showFieldError(f.widget, label, {}, f.hint ? f.hint->text() : QString());
    else
        AccessUi::showError(label, {});
}

QLabel *SubmitDialog::newFieldLabel(QWidget *widget, std::function<QString()> text)
{
    auto *label = new QLabel(text(), this);
    label->setBuddy(widget);
    m_labels.append({label, std::move(text)});
    return label;
}

QLabel *SubmitDialog::addFieldRow(QFormLayout *form, std::function<QString()> labelText, QWidget *widget,
                                  const QString &field, const QString &errorName, QLabel *hint)
{
    return addFieldRow(form, newFieldLabel(widget, std::move(labelText)), widget, field, errorName, hint);
}

QLabel *SubmitDialog::addFieldRow(QFormLayout *form, QLabel *label, QWidget *widget, const QString &field,
                                  const QString &errorName, QLabel *hint)
{
    // Each field with its hint and error in one form row, so a message sits right under its field.
    auto *box = new QVBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(widget);
    if (hint)
        box->addWidget(hint);
    QLabel *error = newErrorLabel(field, errorName);
    box->addWidget(error);
    m_fields.insert(field, {widget, hint});
    form->addRow(label, box);
    label->setBuddy(widget);
    return error;
}

void SubmitDialog::showErrors(const Status &status)
{
    QHash<QString, QStringList> messages;
    for (const FieldError &e : status.errors())
        messages[m_errors.contains(e.field) ? e.field : QString()] << e.message;
    // All messages of a field, not only the first: each refused item is named.
    // A field's message also goes into its description and is announced (AccessUi::showFieldError).
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = messages.value(it.key()).join(QLatin1Char('\n'));
        const FieldWidgets f = m_fields.value(it.key());
        if (message.isEmpty() && it.value()->isHidden())
            continue; // nothing shown, nothing to clear (the field keeps its own description)
        if (f.widget) {
            AccessUi::showFieldError(f.widget, it.value(), message, f.hint ? f.hint->text() : QString());
        } else {
            const bool news = !message.isEmpty() && message != it.value()->text();
            AccessUi::showError(it.value(), message);
            if (news)
                Announce::alert(it.value());
        }
    }
    AccessUi::growToFit(this);
}

void SubmitDialog::accept()
{
    const Status s = submit();
    if (!s.ok()) {
        showErrors(s);
        return;
    }
    QDialog::accept();
}

void SubmitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const FieldLabel &l : std::as_const(m_labels))
            l.label->setText(l.text());
        retranslateUi();
    }
    QDialog::changeEvent(event);
}
