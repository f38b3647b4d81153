#pragma once

#include "models/Identity.h"

#include <QObject>

// The signed-in identity for this window session; switching it updates what the UI allows.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(Identity identity, QObject *parent = nullptr) : QObject(parent), m_identity(std::move(identity)) {}
    const Identity &identity() const { return m_identity; }
    void setIdentity(const Identity &identity)
    {
        if (identity == m_identity && identity.policies == m_identity.policies)
            return;
        m_identity = identity;
        emit identityChanged();
    }

signals:
    void identityChanged();

private:
    Identity m_identity;
};
