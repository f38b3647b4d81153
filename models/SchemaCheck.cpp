#include "models/SchemaCheck.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QFile>
#include <QMutex>
#include <algorithm>
#include <climits>
#include <functional>
#include "models/SqliteApi.h"

// Through SQLite's C API, not QtSql: the app checks its file on a second core while QApplication
// is still being made, and QtSql cannot load its driver before there is one.
namespace SchemaCheck {
namespace {

QAtomicInteger<int> s_fullComparisons;

// SQLite rewrites a renamed table's CREATE statement with the new name in double quotes, and
// older SQLite releases quoted differently; spacing is ours. Neither changes the schema.
QString normalised(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    bool space = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('"'))
            continue;
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

// An SQLite error: its code (extended codes keep the primary one in the low byte) and its words.
struct Error
{
    int code = SQLITE_OK;
    QString text;
    bool isLock() const { return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED; }
};

Error errorOf(sqlite3 *c, int code)
{
    return Error{code, c ? QString::fromUtf8(sqlite().errmsg(c)) : QString::fromUtf8(sqlite().errstr(code))};
}

// A connection closed when it goes out of scope (statements are finalized before).
class Connection
{
public:
    Connection(const QString &path, int flags, int busyTimeoutMs)
    {
        if (!SqliteApi::get()) {
            m_error = Error{SQLITE_CANTOPEN, QStringLiteral("the SQLite library (libsqlite3.so.0) cannot be loaded")};
            return;
        }
        const int rc = sqlite().open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK) {
            m_error = errorOf(m_db, rc);
            sqlite().close_v2(m_db);
            m_db = nullptr;
            return;
        }
        sqlite().extended_result_codes(m_db, 1);
        if (busyTimeoutMs > 0)
            sqlite().busy_timeout(m_db, busyTimeoutMs);
    }
    ~Connection()
    {
        if (m_db)
            sqlite().close_v2(m_db);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    sqlite3 *get() const { return m_db; }
    Error openError() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    Error m_error;
};

// Runs sql, handing each row to onRow (column texts); the first failure is the error.
bool run(sqlite3 *c, const char *sql, Error *error, const std::function<void(sqlite3_stmt *)> &onRow = {})
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite().prepare_v2(c, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite().step(stmt)) == SQLITE_ROW)
            if (onRow)
                onRow(stmt);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK && error)
        *error = errorOf(c, rc);
    sqlite().finalize(stmt);
    return rc == SQLITE_OK;
}

QString text(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite().column_text(stmt, column)),
                             sqlite().column_bytes(stmt, column));
}

bool pragma(sqlite3 *c, const char *sql, qint64 *value, Error *error)
{
    bool seen = false;
    if (!run(c, sql, error, [&](sqlite3_stmt *stmt) {
            *value = sqlite().column_int64(stmt, 0);
            seen = true;
        }))
        return false;
    if (!seen)
        *error = Error{SQLITE_ERROR, QStringLiteral("%1 returned nothing").arg(QLatin1String(sql))};
    return seen;
}

// Reads sqlite_master; SQLite's own objects (autoindexes, sqlite_sequence, sqlite_stat*) follow
// from the rest and are left out.
bool readSchema(sqlite3 *c, QStringList *out, Error *error)
{
    QStringList lines;
    if (!run(c, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'", error,
             [&](sqlite3_stmt *stmt) {
                 lines << QStringLiteral("%1 %2 on %3: %4")
                              .arg(text(stmt, 0), text(stmt, 1), text(stmt, 2), normalised(text(stmt, 3)));
             }))
        return false;
    std::sort(lines.begin(), lines.end());
    *out = lines;
    return true;
}

QString firstDifference(const QStringList &actual, const QStringList &expected)
{
    for (const QString &line : expected)
        if (!actual.contains(line))
            return QStringLiteral("missing or different: ") + line.left(200);
    for (const QString &line : actual)
        if (!expected.contains(line))
            return QStringLiteral("unexpected: ") + line.left(200);
    return {};
}

Result unreadable(const Error &e)
{
    return Result{e.isLock() ? Verdict::Locked : Verdict::Unreadable, 0, e.text};
}

// Whether known names exactly this schema at this version of these steps. Only a match saves
// work; anything else (another version, other steps, another SQLite's spelling of a renamed
// table, a changed file) is compared with the expected schema built in full.
bool isKnown(const QStringList &actual, const QList<QStringList> &steps, int version, const KnownSchema &known)
{
    return known.version == version && !known.schema.isEmpty() && schemaDigest(actual) == known.schema
        && migrationsDigest(steps, version) == known.migrations;
}

Result checkSnapshot(sqlite3 *c, const QList<QStringList> &steps, bool checkPages, const KnownSchema &knownSchema)
{
    Error error;
    qint64 appId = 0;
    qint64 version = 0;
    if (!pragma(c, "PRAGMA application_id", &appId, &error) || !pragma(c, "PRAGMA user_version", &version, &error))
        return unreadable(error);

    const bool marked = appId == ApplicationId;
    const int known = int(steps.size());
    if (appId != 0 && !marked)
        return Result{Verdict::Foreign, 0, QStringLiteral("application_id %1").arg(appId)};
    // Without our id, only versions written before the id existed can be ours.
    const Verdict wrong = marked ? Verdict::Damaged : Verdict::Foreign;
    if (version < 0 || (!marked && version > LastUnmarkedVersion && version <= known))
        return Result{wrong, 0, QStringLiteral("user_version %1").arg(version)};
    if (version > known)
        return Result{marked ? Verdict::Newer : Verdict::Foreign, int(std::min<qint64>(version, INT_MAX)),
                      QStringLiteral("user_version %1").arg(version)};

    QStringList actual;
    if (!readSchema(c, &actual, &error))
        return unreadable(error);
    if (!isKnown(actual, steps, int(version), knownSchema)) {
        s_fullComparisons.ref();
        const QString difference = firstDifference(actual, expectedSchema(steps, int(version)));
        if (!difference.isEmpty())
            return Result{wrong, int(version), difference};
    }

    if (!checkPages)
        return Result{Verdict::Sound, int(version), {}};
    // The schema is ours; now the pages. quick_check skips only the index-content comparison.
    QStringList problems;
    if (!run(c, "PRAGMA quick_check(5)", &error, [&](sqlite3_stmt *stmt) { problems << text(stmt, 0); }))
        return Result{error.isLock() ? Verdict::Locked : Verdict::Damaged, int(version), error.text};
    if (problems != QStringList{QStringLiteral("ok")})
        return Result{Verdict::Damaged, int(version), problems.join(QStringLiteral("; ")).left(300)};
    return Result{Verdict::Sound, int(version), {}};
}

// Every pragma and the schema are read in one read transaction: another instance migrating the
// file at this moment commits the application id and the version together, and reading them in
// two snapshots (old id, new version) would call our own file another program's.
Result check(sqlite3 *c, const QList<QStringList> &steps, bool checkPages, const KnownSchema &known)
{
    Error error;
    if (!run(c, "BEGIN", &error))
        return unreadable(error);
    const Result result = checkSnapshot(c, steps, checkPages, known);
    // Ending a read-only transaction cannot lose anything; a failure here changes no verdict.
    if (!run(c, "ROLLBACK", &error))
        qInfo("SchemaCheck: ending the read transaction failed");
    return result;
}

} // namespace

QStringList expectedSchema(const QList<QStringList> &steps, int version)
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    static QList<QStringList> cache;
    static const QList<QStringList> *cachedFor = nullptr;
    if (cachedFor != &steps) {
        cache.clear();
        cachedFor = &steps;
    }
    if (version < cache.size() && !cache.at(version).isEmpty())
        return cache.at(version);

    QStringList schema;
    {
        Connection memory(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 0);
        for (int v = 0; v < version && v < steps.size(); ++v)
            for (const QString &sql : steps.at(v))
                run(memory.get(), sql.toUtf8().constData(), nullptr);
        readSchema(memory.get(), &schema, nullptr);
    }
    if (cache.size() <= version)
        cache.resize(version + 1);
    cache[version] = schema;
    return schema;
}

QByteArray migrationsDigest(const QList<QStringList> &steps, int version)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int v = 0; v < version && v < steps.size(); ++v) {
        hash.addData(QByteArray(QByteArray::number(v) + '\n'));
        for (const QString &sql : steps.at(v))
            hash.addData(QByteArray(sql.toUtf8() + '\n'));
    }
    return hash.result();
}

QByteArray schemaDigest(const QStringList &schema)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &line : schema)
        hash.addData(QByteArray(line.toUtf8() + '\n'));
    return hash.result();
}

int fullComparisons()
{
    return s_fullComparisons.loadRelaxed();
}

Result inspect(const QString &path, int busyTimeoutMs, const QList<QStringList> &steps, bool checkPages,
               const KnownSchema &known)
{
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);

    Result result;
    {
        const Connection c(path, SQLITE_OPEN_READONLY, busyTimeoutMs);
        result = c.get() ? check(c.get(), steps, checkPages, known) : unreadable(c.openError());
    }
    // Reading a WAL-mode file creates -wal and -shm when they are missing. A refused file is
    // left as we found it; an empty -wal holds nothing, so removing it loses nothing.
    if (result.verdict != Verdict::Sound) {
        if (!hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm && !QFileInfo::exists(wal))
            QFile::remove(shm);
    }
    return result;
}

} // namespace SchemaCheck
