#pragma once

#include <QString>
#include <QStringList>

// Who is signed in: the Alibaba Cloud account owner, or one of its RAM users (spec §1).
// Policies and the Access Control administrator flag are loaded from the store.
struct Identity
{
    enum class Kind { AccountOwner, RamUser };
    Kind kind = Kind::AccountOwner;
    QString name;          // RAM user name; the account UID for the owner
    QStringList policies;  // attached RAM policies (empty for the owner, who has every right)
    bool sparkAdmin = false; // granted the administrator role in Spark Access Control

    bool isOwner() const { return kind == Kind::AccountOwner; }
    bool hasPolicy(const QString &policy) const { return isOwner() || policies.contains(policy); }
    // The principal stored as a workspace member.
    QString principal() const { return name; }
    bool operator==(const Identity &o) const { return kind == o.kind && name == o.name; }
};
