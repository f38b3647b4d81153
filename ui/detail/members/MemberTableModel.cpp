#include "ui/detail/members/MemberTableModel.h"

#include "models/ProductSpec.h"

MemberTableModel::MemberTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberTableModel::displayName(const Member &member) const
{
    if (member.principal == m_accountOwner)
        return tr("Account owner (UID %1)").arg(member.principal);
    return member.principal;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    switch (role) {
    case PrincipalRole:
        return m.principal;
    case RoleApiNameRole:
        return m.role;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == MemberColumn ? displayName(m) : ProductSpec::roleName(m.role);
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn: return tr("Member");
    case RoleColumn: return tr("Role");
    default: return {};
    }
}

void MemberTableModel::setMembers(const QList<Member> &members, const QString &accountOwnerPrincipal)
{
    beginResetModel();
    m_members = members;
    m_accountOwner = accountOwnerPrincipal;
    endResetModel();
}

int MemberTableModel::rowOf(const QString &principal) const
{
    for (int i = 0; i < m_members.size(); ++i)
        if (m_members.at(i).principal == principal)
            return i;
    return -1;
}

void MemberTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::AccessibleTextRole});
}
