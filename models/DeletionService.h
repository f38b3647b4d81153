#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Identity.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Deleting a pay-as-you-go workspace and unsubscribing a subscription one, behind the active-job guard (spec §5, issue 4).
class DeletionService
{
    Q_DECLARE_TR_FUNCTIONS(DeletionService)

public:
    DeletionService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

private:
    Database &m_db;
    const Clock &m_clock;
};
