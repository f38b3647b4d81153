#pragma once

#include "models/Domain.h"
#include "models/Identity.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// Read access to the simulated cloud account (spec §1): identities, OSS buckets, DLF catalogs
// and RAM roles. Small tables, read when a dialog opens.
class AccountDirectory
{
    Q_DECLARE_TR_FUNCTIONS(AccountDirectory)

public:
    explicit AccountDirectory(Database &db) : m_db(db) {}

    QString accountUid() const;
    bool realNameVerified() const;
    bool ossActivated() const;
    bool dlfActivated(const QString &region) const;

    Identity owner() const;
    QList<Identity> identities() const;             // owner first, then RAM users by name
    Identity identity(const QString &name) const;   // owner when name is the account UID
    QStringList ramUserNames() const;

    QList<Bucket> buckets(const QString &region = {}) const;
    std::optional<Bucket> bucket(const QString &name) const;
    QList<DlfCatalog> catalogs(const QString &region) const;
    QList<RamRole> executionRoles() const; // roles trusted by the Spark service

    // Human-readable name of an identity for the window ("Account owner (UID …)", "RAM user alice").
    static QString displayName(const Identity &identity);

private:
    Database &m_db;
};
