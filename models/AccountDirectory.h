#pragma once

#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Result.h"

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

    // Every read fails with a Storage error naming what could not be read; none falls back to
    // a default (a failed identity lookup never yields the account owner).
    Result<QString> accountUid() const;
    Result<bool> realNameVerified() const;
    Result<bool> ossActivated() const;
    Result<bool> dlfActivated(const QString &region) const;

    Result<Identity> owner() const;
    Result<QList<Identity>> identities() const;             // owner first, then RAM users by name
    // The owner when name is the account UID, else the RAM user; NotFound for anybody else.
    Result<Identity> identity(const QString &name) const;
    Result<QStringList> ramUserNames() const;

    Result<QList<Bucket>> buckets(const QString &region = {}) const;
    Result<std::optional<Bucket>> bucket(const QString &name) const;
    Result<QList<DlfCatalog>> catalogs(const QString &region) const;
    Result<QList<RamRole>> executionRoles() const; // roles trusted by the Spark service

    // Human-readable name of an identity for the window ("Account owner (UID …)", "RAM user alice").
    static QString displayName(const Identity &identity);

private:
    Database &m_db;
};
