#include "ui/detail/queues/QueueDialog.h"

#include "ui/common/AccessUi.h"
#include "ui/common/CuEdit.h"
#include "models/QueueService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

QueueDialog::QueueDialog(Mode mode, const QString &name, int cu, int maxCu, int quota, QWidget *parent)
    : SubmitValuesDialog(QStringLiteral("queueDialog"), QStringLiteral("queueOkButton"), parent), m_mode(mode),
      m_maxCu(maxCu), m_quota(quota)
{
    m_nameEdit = new QLineEdit(name, this);
    m_nameEdit->setObjectName(QStringLiteral("queueNameEdit"));
    m_nameEdit->setMaxLength(QueueService::NameMaxLength * 2); // the rule is checked and explained
    m_nameEdit->setReadOnly(mode == Mode::Edit);

    // Kept as typed: a too-large value is explained by the rule, never clamped.
    m_cuEdit = new CuEdit(this);
    m_cuEdit->setObjectName(QStringLiteral("queueCuEdit"));
    m_cuEdit->setValue(cu);
    m_cuHint = new QLabel(this);
    m_cuHint->setObjectName(QStringLiteral("queueCuHint"));
    m_cuHint->setWordWrap(true);

    auto *form = new QFormLayout;
    addFieldRow(form, [] { return tr("Queue &name:"); }, m_nameEdit, Field::Queue, QStringLiteral("queueNameError"));
    addFieldRow(form, [] { return tr("&CUs:"); }, m_cuEdit, Field::CuQuota, QStringLiteral("queueCuError"), m_cuHint);
    QLabel *generalError = newErrorLabel(Field::General, QStringLiteral("queueError"));
    connect(m_nameEdit, &QLineEdit::textChanged, this, &QueueDialog::validateName);
    connect(m_cuEdit, &QLineEdit::textChanged, this, &QueueDialog::validateCu);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(generalError);
    layout->addStretch();
    layout->addWidget(buttonBox());

    retranslateUi();
    validateCu(); // the field's description is its hint from the start
    if (mode == Mode::Add)
        m_nameEdit->setFocus();
    else
        m_cuEdit->setFocus();
}

QString QueueDialog::name() const
{
    return m_nameEdit->text();
}

int QueueDialog::cu() const
{
    return m_cuEdit->valueOr(-1);
}

void QueueDialog::validateCu()
{
    // Not a number at all: said here, and OK waits for one. The limits are the service's rule.
    const QString error = m_cuEdit->inputError();
    AccessUi::showFieldError(m_cuEdit, cuError(), error, m_cuHint->text());
    acceptButton()->setEnabled(error.isEmpty());
    AccessUi::growToFit(this);
}

void QueueDialog::validateName()
{
    if (m_mode == Mode::Add)
        AccessUi::showError(nameError(), m_nameEdit->text().isEmpty() ? QString()
                                                                      : QueueService::validateName(name()).text());
    AccessUi::growToFit(this);
}

std::tuple<QString, int> QueueDialog::values() const
{
    return {name(), cu()};
}

void QueueDialog::retranslateUi()
{
    setWindowTitle(m_mode == Mode::Add ? tr("Add Queue") : tr("Edit Queue CUs"));
    m_nameEdit->setAccessibleName(tr("Queue name"));
    m_nameEdit->setPlaceholderText(m_mode == Mode::Add ? tr("Letters, digits and underscores") : QString());
    m_cuEdit->setAccessibleName(tr("CUs"));
    m_cuHint->setText(tr("%1 of the workspace's %2 CUs are free for this queue. The queues together cannot "
                         "have more CUs than the workspace's CU quota.")
                          .arg(m_maxCu)
                          .arg(m_quota));
    acceptButton()->setText(m_mode == Mode::Add ? tr("Add Queue") : tr("Save"));
}
