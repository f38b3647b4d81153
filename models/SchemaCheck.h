#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Decides, without writing a byte, whether an existing SQLite file is a sound Workspace Console
// database: our application_id (or none, for files written before it existed), a user_version
// our migrations know, exactly the schema those migrations leave at that version (so no missing
// table, no VIEW in a table's place, no trigger of another program that our writes would fire),
// and a clean PRAGMA quick_check. The file is read through a read-only connection; -wal/-shm
// files that SQLite had to create for that are removed again when the file is refused.
namespace SchemaCheck {

// "WSC1": marks files written by schema version 4 and later.
constexpr int ApplicationId = 0x57534331;
// The last schema version written before files carried ApplicationId.
constexpr int LastUnmarkedVersion = 3;

enum class Verdict {
    Sound,        // ours (or an empty SQLite file) at `version`; safe to open read-write
    Locked,       // another program holds a lock we could not wait out
    Unreadable,   // SQLite cannot read it (not a database, malformed header or schema)
    Foreign,      // another program's database: not our id, or not our schema without an id
    Newer,        // our id with a schema version above what this build knows
    Damaged,      // our id but a schema we did not write, or pages that fail quick_check
};

struct Result
{
    Verdict verdict = Verdict::Unreadable;
    int version = 0;
    QString detail; // untranslated, technical: what differed or what SQLite said
};

// A schema the migrations are known to leave at a version, named by digests instead of built
// by running every migration in an in-memory database (a few milliseconds at every start).
struct KnownSchema
{
    int version = -1;
    QByteArray migrations; // migrationsDigest(steps, version): the statements it was made by
    QByteArray schema;     // schemaDigest(expectedSchema(steps, version))
};

// steps: the migrations, step i moving user_version from i to i+1. checkPages runs
// PRAGMA quick_check (it reads every page: about 0.2 s for 100,000 workspaces). known: when the
// file's version and steps are the ones it was made for, a file whose schema has exactly its
// digest is ours without building the expected schema; any other schema is compared in full.
Result inspect(const QString &path, int busyTimeoutMs, const QList<QStringList> &steps, bool checkPages = true,
               const KnownSchema &known = {});

// The schema (sqlite_master without SQLite's own objects) that steps leave at version, as
// sorted "type name on table: sql" lines with quoting and spacing normalised.
QStringList expectedSchema(const QList<QStringList> &steps, int version);

// SHA-256 of the statements of steps 0 .. version - 1, in order.
QByteArray migrationsDigest(const QList<QStringList> &steps, int version);
// SHA-256 of a schema as expectedSchema() gives it (sorted normalised lines).
QByteArray schemaDigest(const QStringList &schema);
// How many checks of this process compared a file's schema with the expected schema in full
// (the known schema did not name it).
int fullComparisons();

} // namespace SchemaCheck
