#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Identity.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Subscription upgrade/downgrade with price difference and pay-as-you-go quota changes (spec §4, issue 5).
class QuotaService
{
    Q_DECLARE_TR_FUNCTIONS(QuotaService)

public:
    QuotaService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

private:
    Database &m_db;
    const Clock &m_clock;
};
