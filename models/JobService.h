#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Identity.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Job runs of a workspace: run, stop, and the state machine that advances with time (spec §5, issue 4).
class JobService
{
    Q_DECLARE_TR_FUNCTIONS(JobService)

public:
    JobService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

private:
    Database &m_db;
    const Clock &m_clock;
};
