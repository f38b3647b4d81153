#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Identity.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// Editing a workspace's tags after creation (spec §3, issue 5).
class TagService
{
    Q_DECLARE_TR_FUNCTIONS(TagService)

public:
    TagService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

private:
    Database &m_db;
    const Clock &m_clock;
};
