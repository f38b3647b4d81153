#include "ui/detail/members/ChangeRoleDialog.h"


#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ChangeRoleDialog::ChangeRoleDialog(const QString &memberName, const QString &currentRole, QWidget *parent)
    : SubmitValuesDialog(QStringLiteral("changeRoleDialog"), QStringLiteral("changeRoleButton"), parent),
      m_currentRole(currentRole)
{
    m_memberLabel = new QLabel(this);
    m_memberValue = new QLabel(memberName, this);
    m_memberValue->setObjectName(QStringLiteral("memberName"));
    m_memberValue->setTextFormat(Qt::PlainText);
    m_memberValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_memberValue->font();
    bold.setBold(true);
    m_memberValue->setFont(bold);
    m_role = RoleCombo::newField(this);
    // Every refusal concerns the role: it is shown under the combo.
    QLabel *roleError = newErrorLabel(Field::General, QStringLiteral("roleError"));
    connect(m_role.combo, &QComboBox::currentIndexChanged, this, [this] {
        clearError(Field::General);
        m_role.showHint();
    });

    auto *form = new QFormLayout;
    form->addRow(m_memberLabel, m_memberValue);
    form->addRow(m_role.label, m_role.combo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_role.hint);
    layout->addWidget(roleError);
    layout->addStretch();
    layout->addWidget(buttonBox());

    retranslateUi();
    setRole(currentRole);
    m_role.combo->setFocus();
}

QString ChangeRoleDialog::role() const
{
    return m_role.role();
}

void ChangeRoleDialog::setRole(const QString &role)
{
    RoleCombo::select(m_role.combo, role);
}

std::tuple<QString> ChangeRoleDialog::values() const
{
    return {role()};
}

void ChangeRoleDialog::retranslateUi()
{
    setWindowTitle(tr("Change Role"));
    m_memberLabel->setText(tr("Member:"));
    // Named by what it shows (the member), with its caption as the description.
    m_memberValue->setAccessibleName(m_memberValue->text());
    m_memberValue->setAccessibleDescription(tr("Member"));
    m_role.label->setText(tr("&Role:"));
    m_role.combo->setAccessibleName(tr("Role"));
    m_role.retranslate(m_role.combo->count() > 0 ? role() : m_currentRole);
    acceptButton()->setText(tr("Change Role"));
}
