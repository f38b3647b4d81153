#pragma once

#include "models/Domain.h"

#include <QAbstractTableModel>
#include <QList>

// Members of one workspace: principal and role. The account owner's principal (its UID) is shown
// as the account owner.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MemberColumn, RoleColumn, ColumnCount };
    enum Role { PrincipalRole = Qt::UserRole + 1, RoleApiNameRole };

    explicit MemberTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMembers(const QList<Member> &members, const QString &accountOwnerPrincipal);
    const Member &member(int row) const { return m_members.at(row); }
    int rowOf(const QString &principal) const;
    QString displayName(const Member &member) const;
    void retranslate();

private:
    QList<Member> m_members;
    QString m_accountOwner;
};
