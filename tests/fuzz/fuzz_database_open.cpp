// Database::open on arbitrary bytes: the bytes become the database file; a file that opens must
// also list its workspaces (or refuse the read with an error) without crashing.
#include "tests/fuzz/FuzzInput.h"

#include "models/Clock.h"
#include "models/Database.h"
#include "models/Services.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {
QTemporaryDir *g_dir = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QSqlDatabase loads its driver plugin through the application object.
    static QCoreApplication app(*argc, *argv);
    g_dir = new QTemporaryDir;
    // Refusals print warnings; thousands of them would only slow the run down.
    qputenv("QT_LOGGING_RULES", "*.warning=false");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = g_dir->filePath(QStringLiteral("fuzz.sqlite3"));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Database::Options options;
    options.busyTimeoutMs = 0;
    // Every input is judged in full, and nothing is written to the user's data folder.
    options.cleanCloseRecords.clear();
    Database::OpenResult r = Database::open(path, options);
    if (r.ok()) {
        ManualClock clock;
        Services services(*r.db, clock);
        // A hostile file may fail to read (an error, never a crash); what reads must look up.
        const Result<QList<Workspace>> list = services.workspaces.list();
        if (list) {
            for (const Workspace &w : *list)
                (void)services.workspaces.find(w.id);
        } else {
            FUZZ_CHECK(!list.text().isEmpty(), path);
        }
    } else {
        FUZZ_CHECK(!r.message.isEmpty(), path);
    }
    return 0;
}
