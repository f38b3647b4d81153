#include "ui/detail/members/ChangeRoleDialog.h"

#include "ui/common/AccessUi.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ChangeRoleDialog::ChangeRoleDialog(const QString &memberName, const QString &currentRole, QWidget *parent)
    : QDialog(parent), m_memberName(memberName), m_currentRole(currentRole)
{
    setObjectName(QStringLiteral("changeRoleDialog"));
    m_memberLabel = new QLabel(this);
    m_memberValue = new QLabel(memberName, this);
    m_memberValue->setObjectName(QStringLiteral("memberName"));
    m_memberValue->setTextFormat(Qt::PlainText);
    m_memberValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_memberValue->font();
    bold.setBold(true);
    m_memberValue->setFont(bold);
    m_roleLabel = new QLabel(this);
    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleLabel->setBuddy(m_roleCombo);
    m_roleHint = new QLabel(this);
    m_roleHint->setWordWrap(true);
    m_roleError = AccessUi::newErrorLabel(this, QStringLiteral("roleError"));

    auto *buttons = new QDialogButtonBox(this);
    m_changeButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_changeButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, [this] {
        AccessUi::showError(m_roleError, {});
        m_roleHint->setText(Permissions::roleDescription(role()));
    });

    auto *form = new QFormLayout;
    form->addRow(m_memberLabel, m_memberValue);
    form->addRow(m_roleLabel, m_roleCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_roleHint);
    layout->addWidget(m_roleError);
    layout->addStretch();
    layout->addWidget(buttons);

    // Wide enough for the hints and errors to wrap into a few lines, not a narrow column.
    setMinimumWidth(440);
    retranslateUi();
    setRole(currentRole);
    m_roleCombo->setFocus();
}

QString ChangeRoleDialog::role() const
{
    return m_roleCombo->currentData().toString();
}

void ChangeRoleDialog::setRole(const QString &role)
{
    m_roleCombo->setCurrentIndex(std::max(0, m_roleCombo->findData(role)));
}

void ChangeRoleDialog::showErrors(const Status &status)
{
    AccessUi::showError(m_roleError, status.text());
    AccessUi::growToFit(this);
}

void ChangeRoleDialog::accept()
{
    const Status s = m_submitter ? m_submitter(role()) : Status();
    if (!s.ok()) {
        showErrors(s);
        return;
    }
    QDialog::accept();
}

void ChangeRoleDialog::retranslateUi()
{
    setWindowTitle(tr("Change Role"));
    m_memberLabel->setText(tr("Member:"));
    m_memberValue->setAccessibleName(tr("Member"));
    m_roleLabel->setText(tr("&Role:"));
    m_roleCombo->setAccessibleName(tr("Role"));
    const QString current = m_roleCombo->count() > 0 ? role() : m_currentRole;
    {
        const QSignalBlocker blocker(m_roleCombo);
        m_roleCombo->clear();
        for (const QString &r : ProductSpec::roles())
            m_roleCombo->addItem(ProductSpec::roleName(r), r);
        m_roleCombo->setCurrentIndex(std::max(0, m_roleCombo->findData(current)));
    }
    m_roleHint->setText(Permissions::roleDescription(role()));
    m_changeButton->setText(tr("Change Role"));
}

void ChangeRoleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
