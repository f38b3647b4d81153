#pragma once

#include <QString>

// The benchmark's databases: an empty account and N generated workspaces, written once in one
// transaction with prepared statements and cached (by schema version) in dir.
namespace BenchData {
// Path of the database with count workspaces in dir, generated first if missing; empty on failure
// (the reason is printed). *generatedMs gets the generation time, or -1 when it was cached.
QString database(const QString &dir, int count, double *generatedMs);
} // namespace BenchData
