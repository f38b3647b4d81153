#include "models/SchemaCheck.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace SchemaCheck {
namespace {

QAtomicInteger<quint64> s_counter;
QAtomicInteger<int> s_fullComparisons;

// SQLite rewrites a renamed table's CREATE statement with the new name in double quotes, and
// older SQLite releases quoted differently; spacing is ours. Neither changes the schema.
QString normalised(QString sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    sql.remove(QLatin1Char('"'));
    return sql.replace(space, QStringLiteral(" ")).trimmed();
}

bool isLock(const QSqlError &e)
{
    // Extended result codes keep the primary code (SQLITE_BUSY 5, SQLITE_LOCKED 6) in the low byte.
    bool numeric = false;
    const int primary = e.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString t = (e.databaseText() + e.driverText()).toLower();
    return (numeric && (primary == 5 || primary == 6)) || t.contains(QLatin1String("locked")) || t.contains(QLatin1String("busy"));
}

// Reads sqlite_master; SQLite's own objects (autoindexes, sqlite_sequence, sqlite_stat*) follow
// from the rest and are left out.
bool readSchema(const QSqlDatabase &c, QStringList *out, QSqlError *error)
{
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))) {
        *error = q.lastError();
        return false;
    }
    QStringList lines;
    while (q.next())
        lines << QStringLiteral("%1 %2 on %3: %4")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          normalised(q.value(3).toString()));
    if (q.lastError().isValid()) {
        *error = q.lastError();
        return false;
    }
    std::sort(lines.begin(), lines.end());
    *out = lines;
    return true;
}

// A connection that is removed (after every query on it is gone) when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &databaseName, const QString &options)
        : m_name(QStringLiteral("wc-check-%1").arg(++s_counter))
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        c.setDatabaseName(databaseName);
        c.setConnectOptions(options);
        m_opened = c.open();
        if (!m_opened)
            m_openError = c.lastError();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase c = QSqlDatabase::database(m_name, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase get() const { return QSqlDatabase::database(m_name, false); }
    bool opened() const { return m_opened; }
    QSqlError openError() const { return m_openError; }

private:
    QString m_name;
    bool m_opened = false;
    QSqlError m_openError;
};

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

// SQLite's own words; Qt's driver text ("Unable to fetch row") tells the user nothing.
QString sqliteText(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

Result unreadable(const QSqlError &e)
{
    return Result{isLock(e) ? Verdict::Locked : Verdict::Unreadable, 0, sqliteText(e)};
}

// Whether known names exactly this schema at this version of these steps. Only a match saves
// work; anything else (another version, other steps, another SQLite's spelling of a renamed
// table, a changed file) is compared with the expected schema built in full.
bool isKnown(const QStringList &actual, const QList<QStringList> &steps, int version, const KnownSchema &known)
{
    return known.version == version && !known.schema.isEmpty() && schemaDigest(actual) == known.schema
        && migrationsDigest(steps, version) == known.migrations;
}

Result checkSnapshot(const QSqlDatabase &c, const QList<QStringList> &steps, bool checkPages, const KnownSchema &knownSchema)
{
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return unreadable(q.lastError());
    const qint64 appId = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return unreadable(q.lastError());
    const qint64 version = q.value(0).toLongLong();
    q.finish();

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
    QSqlError error;
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
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
        return Result{Verdict::Damaged, int(version), sqliteText(q.lastError())};
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().isValid())
        return Result{isLock(q.lastError()) ? Verdict::Locked : Verdict::Damaged, int(version),
                      sqliteText(q.lastError())};
    if (problems != QStringList{QStringLiteral("ok")})
        return Result{Verdict::Damaged, int(version), problems.join(QStringLiteral("; ")).left(300)};
    return Result{Verdict::Sound, int(version), {}};
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
        ScopedConnection memory(QStringLiteral(":memory:"), {});
        QSqlQuery q(memory.get());
        for (int v = 0; v < version && v < steps.size(); ++v)
            for (const QString &sql : steps.at(v))
                q.exec(sql);
        q.finish();
        QSqlError ignored;
        readSchema(memory.get(), &schema, &ignored);
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

// Every pragma and the schema are read in one read transaction: another instance migrating the
// file at this moment commits the application id and the version together, and reading them in
// two snapshots (old id, new version) would call our own file another program's.
Result check(const QSqlDatabase &c, const QList<QStringList> &steps, bool checkPages, const KnownSchema &known)
{
    QSqlQuery begin(c);
    if (!begin.exec(QStringLiteral("BEGIN")))
        return unreadable(begin.lastError());
    const Result result = checkSnapshot(c, steps, checkPages, known);
    QSqlQuery end(c);
    // Ending a read-only transaction cannot lose anything; a failure here changes no verdict.
    if (!end.exec(QStringLiteral("ROLLBACK")))
        qInfo("SchemaCheck: ending the read transaction failed");
    return result;
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
        ScopedConnection c(path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        result = c.opened() ? check(c.get(), steps, checkPages, known) : unreadable(c.openError());
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
