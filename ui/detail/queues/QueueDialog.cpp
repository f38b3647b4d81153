#include "ui/detail/queues/QueueDialog.h"

#include "ui/common/AccessUi.h"
#include "models/QueueService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

QueueDialog::QueueDialog(Mode mode, const QString &name, int cu, int maxCu, int quota, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_maxCu(maxCu), m_quota(quota)
{
    setObjectName(QStringLiteral("queueDialog"));
    m_nameLabel = new QLabel(this);
    m_nameEdit = new QLineEdit(name, this);
    m_nameEdit->setObjectName(QStringLiteral("queueNameEdit"));
    m_nameEdit->setMaxLength(QueueService::NameMaxLength * 2); // the rule is checked and explained
    m_nameEdit->setReadOnly(mode == Mode::Edit);
    m_nameLabel->setBuddy(m_nameEdit);
    m_nameError = AccessUi::newErrorLabel(this, QStringLiteral("queueNameError"));

    m_cuLabel = new QLabel(this);
    m_cuSpin = new QSpinBox(this);
    m_cuSpin->setObjectName(QStringLiteral("queueCuSpin"));
    // Up to the quota, not only to what is free: a too-large value is explained, not clamped.
    m_cuSpin->setRange(0, std::max(quota, cu));
    m_cuSpin->setValue(cu);
    m_cuLabel->setBuddy(m_cuSpin);
    m_cuHint = new QLabel(this);
    m_cuHint->setObjectName(QStringLiteral("queueCuHint"));
    m_cuHint->setWordWrap(true);
    m_cuError = AccessUi::newErrorLabel(this, QStringLiteral("queueCuError"));
    m_generalError = AccessUi::newErrorLabel(this, QStringLiteral("queueError"));

    auto *buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("queueOkButton"));
    m_okButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QueueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &QueueDialog::validateName);
    connect(m_cuSpin, &QSpinBox::valueChanged, this, [this] { AccessUi::showError(m_cuError, {}); });

    // Each field with its hint and error in one form row, so a message sits right under its field.
    auto *nameBox = new QVBoxLayout;
    nameBox->setContentsMargins(0, 0, 0, 0);
    nameBox->addWidget(m_nameEdit);
    nameBox->addWidget(m_nameError);
    auto *cuBox = new QVBoxLayout;
    cuBox->setContentsMargins(0, 0, 0, 0);
    cuBox->addWidget(m_cuSpin);
    cuBox->addWidget(m_cuHint);
    cuBox->addWidget(m_cuError);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, nameBox);
    form->addRow(m_cuLabel, cuBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(buttons);

    // Wide enough for the hints and errors to wrap into a few lines, not a narrow column.
    setMinimumWidth(440);
    retranslateUi();
    if (mode == Mode::Add)
        m_nameEdit->setFocus();
    else
        m_cuSpin->setFocus();
}

QString QueueDialog::name() const
{
    return m_nameEdit->text();
}

int QueueDialog::cu() const
{
    return m_cuSpin->value();
}

void QueueDialog::validateName()
{
    if (m_mode == Mode::Add)
        AccessUi::showError(m_nameError, m_nameEdit->text().isEmpty() ? QString()
                                                                      : QueueService::validateName(name()).text());
    AccessUi::growToFit(this);
}

void QueueDialog::showErrors(const Status &status)
{
    AccessUi::showError(m_nameError, status.message(Field::Queue));
    AccessUi::showError(m_cuError, status.message(Field::CuQuota));
    QStringList other;
    for (const FieldError &e : status.errors())
        if (e.field != Field::Queue && e.field != Field::CuQuota)
            other << e.message;
    AccessUi::showError(m_generalError, other.join(QLatin1Char('\n')));
    AccessUi::growToFit(this);
}

void QueueDialog::accept()
{
    const Status s = m_submitter ? m_submitter(name(), cu()) : Status();
    if (!s.ok()) {
        showErrors(s);
        return;
    }
    QDialog::accept();
}

void QueueDialog::retranslateUi()
{
    setWindowTitle(m_mode == Mode::Add ? tr("Add Queue") : tr("Edit Queue CUs"));
    m_nameLabel->setText(tr("Queue &name:"));
    m_nameEdit->setAccessibleName(tr("Queue name"));
    m_nameEdit->setPlaceholderText(m_mode == Mode::Add ? tr("Letters, digits and underscores") : QString());
    m_cuLabel->setText(tr("&CUs:"));
    m_cuSpin->setAccessibleName(tr("CUs"));
    m_cuHint->setText(tr("%1 of the workspace's %2 CUs are free for this queue. The queues together cannot "
                         "have more CUs than the workspace's CU quota.")
                          .arg(m_maxCu)
                          .arg(m_quota));
    m_okButton->setText(m_mode == Mode::Add ? tr("Add Queue") : tr("Save"));
}

void QueueDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
