#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Identity.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Members of a workspace and their roles (spec §6, issue 6).
class MemberService
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)

public:
    MemberService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

private:
    Database &m_db;
    const Clock &m_clock;
};
