#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Identity.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Resource queues of a workspace (spec §6, issue 6).
class QueueService
{
    Q_DECLARE_TR_FUNCTIONS(QueueService)

public:
    QueueService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

private:
    Database &m_db;
    const Clock &m_clock;
};
