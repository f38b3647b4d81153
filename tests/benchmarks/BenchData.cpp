#include "tests/benchmarks/BenchData.h"

#include "models/Clock.h"
#include "models/Database.h"
#include "models/DemoSeeder.h"
#include "models/ProductSpec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>
#include <cstdio>

namespace {
// Bump when the generated content changes so cached files are rebuilt.
constexpr int ContentVersion = 2;

// IDs that look random but grow with i, so the primary key and the tags' key are appended to
// rather than inserted all over the B-tree (half the generation time at 1,000,000).
quint64 idNumber(quint64 i)
{
    return 0x0123456789abcdefULL + i * 0x9e3779b97ULL;
}

bool fill(Database &db, int count)
{
    const qint64 now = Clock().nowMs();
    QStringList regions = ProductSpec::regionIds();
    regions.removeAll(QStringLiteral("na-south-1")); // no DLF catalog there
    return db.write([&]() -> Status {
               QSqlQuery w(db.connection());
               QSqlQuery t(db.connection());
               if (!w.prepare(QStringLiteral(
                       "INSERT INTO workspaces (id, name, region, billing, cu_quota, directory, catalog_id,"
                       " execution_role, status, ready_at, created_at, created_by, duration_months, subscribed_at,"
                       " expires_at) VALUES (?, ?, ?, ?, ?, ?, 'default_catalog', ?, 'Running', ?, ?, ?, ?, ?, ?)"))
                   || !t.prepare(QStringLiteral(
                       "INSERT INTO workspace_tags (workspace_id, position, key, value) VALUES (?, ?, ?, ?)")))
                   return Database::storageError(QStringLiteral("prepare"));
               for (int i = 0; i < count; ++i) {
                   const QString id = QStringLiteral("w-%1").arg(idNumber(quint64(i)), 16, 16, QLatin1Char('0'));
                   const QString r = regions.at(i % regions.size());
                   const bool subscription = i % 3 == 0;
                   const qint64 created = now - qint64(count - i) * 60'000LL;
                   w.bindValue(0, id);
                   w.bindValue(1, i % 7 == 0 ? QStringLiteral("数据平台-%1").arg(i)
                                             : QStringLiteral("workspace-%1").arg(i, 7, 10, QLatin1Char('0')));
                   w.bindValue(2, r);
                   w.bindValue(3, subscription ? ProductSpec::Subscription : ProductSpec::PayAsYouGo);
                   w.bindValue(4, 25 + i % 900);
                   w.bindValue(5, QStringLiteral("oss://emr-spark-logs-%1/w/").arg(r));
                   w.bindValue(6, ProductSpec::DefaultExecutionRole);
                   w.bindValue(7, created);
                   w.bindValue(8, created);
                   w.bindValue(9, QString::fromLatin1(DemoSeeder::AccountUid));
                   w.bindValue(10, subscription ? 1 : 0);
                   w.bindValue(11, subscription ? created : 0);
                   // Far in the future: the scheduler renews or expires nothing while measuring.
                   w.bindValue(12, subscription ? now + (400 + i % 300) * 86'400'000LL : 0);
                   if (!w.exec())
                       return Database::storageError(QStringLiteral("fill workspaces"));
                   const int tags = i % 4; // 0..3 tags, a few distinct sets as in a real account
                   static const char *const keys[] = {"env", "team", "cost-center"};
                   static const char *const values[] = {"prod", "dev", "ml", "etl", "bi"};
                   for (int k = 0; k < tags; ++k) {
                       t.bindValue(0, id);
                       t.bindValue(1, k);
                       t.bindValue(2, QString::fromLatin1(keys[k]));
                       t.bindValue(3, QString::fromLatin1(values[(i / 4 + k) % 5]));
                       if (!t.exec())
                           return Database::storageError(QStringLiteral("fill tags"));
                   }
               }
               return Status();
           })
        .ok();
}
} // namespace

QString BenchData::database(const QString &dir, int count, double *generatedMs)
{
    *generatedMs = -1;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(
        QStringLiteral("workspaces-%1-schema%2-v%3.sqlite3").arg(count).arg(Database::SchemaVersion).arg(ContentVersion));
    if (QFile::exists(path))
        return path;
    QElapsedTimer timer;
    timer.start();
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    {
        // No clean-close record of a file that is renamed next (and none in the user's folder).
        Database::Options noRecords;
        noRecords.cleanCloseRecords.clear();
        Database::OpenResult opened = Database::open(partial, noRecords);
        if (!opened.ok()) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(partial), qPrintable(opened.message));
            return {};
        }
        Clock clock;
        DemoSeeder::Options options;
        options.sampleWorkspaces = false;
        // One big transaction of a throw-away file: no WAL copy of every page, no fsync, every
        // index page in memory. The app opens it in WAL mode as usual.
        QSqlQuery pragma(opened.db->connection());
        for (const char *p : {"PRAGMA journal_mode=DELETE", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-400000"})
            pragma.exec(QString::fromLatin1(p));
        if (!DemoSeeder::seed(*opened.db, clock, options).ok() || !fill(*opened.db, count)) {
            std::fprintf(stderr, "cannot fill %s\n", qPrintable(partial));
            return {};
        }
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    if (!QFile::rename(partial, path))
        return {};
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    *generatedMs = timer.nsecsElapsed() / 1e6;
    return path;
}
