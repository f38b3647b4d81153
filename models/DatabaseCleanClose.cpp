#include "models/DatabaseCleanClose.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace DatabaseCleanClose {
namespace {

// Enough for every file one person opens; older records (and those of files that are gone) are
// dropped so the file stays small and quick to read at every start.
constexpr int MaxRecords = 32;

// How long a file system's time stamps may stay the same: Linux stamps from the coarse clock,
// one tick (at most 10 ms at HZ=100) behind; FAT stamps in 2 s steps.
constexpr qint64 FineTickNs = 15 * 1000000LL;
constexpr qint64 CoarseTickNs = 2100 * 1000000LL;

QAtomicInteger<int> s_damageSeen;

QString groupOf(const QString &canonicalPath)
{
    return QStringLiteral("file-")
        + QString::fromLatin1(QCryptographicHash::hash(canonicalPath.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// The WAL and shared-memory files SQLite may keep beside the file, under both names it may
// have been opened by.
QStringList companions(const QString &canonicalPath, const QString &path, const QString &suffix)
{
    QStringList names{canonicalPath + suffix};
    if (!path.isEmpty() && QFileInfo(path).absoluteFilePath() != canonicalPath)
        names << QFileInfo(path).absoluteFilePath() + suffix;
    return names;
}

bool anyExists(const QStringList &names)
{
    return std::any_of(names.begin(), names.end(), [](const QString &n) { return QFileInfo::exists(n); });
}

bool anyHasContent(const QStringList &names)
{
    return std::any_of(names.begin(), names.end(), [](const QString &n) { return QFileInfo(n).size() > 0; });
}

FileState readRecord(QSettings &s, const QString &group)
{
    FileState r;
    s.beginGroup(group);
    r.path = s.value(QStringLiteral("path")).toString();
    bool ok[5] = {};
    r.size = s.value(QStringLiteral("size")).toLongLong(&ok[0]);
    r.mtimeNs = s.value(QStringLiteral("mtime_ns")).toLongLong(&ok[1]);
    r.ctimeNs = s.value(QStringLiteral("ctime_ns")).toLongLong(&ok[2]);
    r.inode = s.value(QStringLiteral("inode")).toULongLong(&ok[3]);
    r.device = s.value(QStringLiteral("device")).toULongLong(&ok[4]);
    s.endGroup();
    r.valid = !r.path.isEmpty() && std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; });
    return r;
}

} // namespace

FileState stateOf(const QString &canonicalPath)
{
    FileState s;
    s.path = canonicalPath;
    if (canonicalPath.isEmpty())
        return s;
#if defined(Q_OS_LINUX)
    // Nanosecond times and the inode: QFileInfo gives milliseconds and no inode.
    struct stat st;
    if (::stat(QFile::encodeName(canonicalPath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return s;
    s.size = qint64(st.st_size);
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    s.inode = quint64(st.st_ino);
    s.device = quint64(st.st_dev);
#else
    const QFileInfo info(canonicalPath);
    if (!info.isFile())
        return s;
    s.size = info.size();
    s.mtimeNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    s.ctimeNs = info.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
#if defined(Q_OS_UNIX)
    struct stat st;
    if (::stat(QFile::encodeName(canonicalPath).constData(), &st) == 0) {
        s.inode = quint64(st.st_ino);
        s.device = quint64(st.st_dev);
    }
#endif
#endif
    s.valid = true;
    return s;
}

QString defaultRecordsFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/clean-closes.ini");
}

bool unchangedSinceCleanClose(const QString &recordsFile, const QString &canonicalPath, const QString &path)
{
    if (recordsFile.isEmpty() || canonicalPath.isEmpty() || !QFileInfo::exists(recordsFile))
        return false;
    // Changes another connection committed but nobody checkpointed are not in the checked bytes;
    // a leftover rollback journal is another program's interrupted write.
    if (anyHasContent(companions(canonicalPath, path, QStringLiteral("-wal")))
        || anyHasContent(companions(canonicalPath, path, QStringLiteral("-journal"))))
        return false;
    QSettings s(recordsFile, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return false; // unreadable records: the full check runs, nothing else changes
    const FileState recorded = readRecord(s, groupOf(canonicalPath));
    return recorded == stateOf(canonicalPath);
}

bool recordIfClosedCleanly(const QString &recordsFile, const QString &canonicalPath, const QString &path)
{
    if (recordsFile.isEmpty() || canonicalPath.isEmpty())
        return false;
    if (damageSeen()) {
        forget(recordsFile, canonicalPath);
        return false;
    }
    // SQLite checkpoints and deletes the -wal (and the -shm) only when the closing connection is
    // the last one of every process (it must get the exclusive lock that each open connection's
    // shared lock refuses) and the checkpoint completed. Anything left means another instance
    // may still write, or the WAL still holds pages the file does not: not a clean close.
    if (anyExists(companions(canonicalPath, path, QStringLiteral("-wal")))
        || anyExists(companions(canonicalPath, path, QStringLiteral("-shm")))
        || anyExists(companions(canonicalPath, path, QStringLiteral("-journal"))))
        return false;
    FileState state = stateOf(canonicalPath);
    if (!state.valid)
        return false;
    // Racy-clean, as git calls it: a file system stamps times from a clock that moves in ticks
    // (a few milliseconds on Linux, a second or two on FAT and old ext3), so a program that
    // changed the bytes within the tick of our last write would leave the very times recorded
    // here. The record is taken only once the last change is older than a tick: any later change
    // then carries a later time. Fine-grained times wait out the rest of the tick (at most a few
    // milliseconds at exit); coarse ones are not recorded while that recent.
    const qint64 lastChangeNs = std::max(state.mtimeNs, state.ctimeNs);
    const bool coarse = state.mtimeNs % 1000000000 == 0 && state.ctimeNs % 1000000000 == 0;
    const qint64 tickNs = coarse ? CoarseTickNs : FineTickNs;
    const qint64 ageNs = QDateTime::currentMSecsSinceEpoch() * 1000000 - lastChangeNs;
    if (ageNs < 0)
        return false; // stamped by a clock ahead of ours (a network share): no way to tell
    if (ageNs < tickNs) {
        if (coarse)
            return false;
        QThread::usleep(quint64((tickNs - ageNs) / 1000) + 1);
        // Changed meanwhile, in the same tick or not: not what our close left.
        if (!(stateOf(canonicalPath) == state))
            return false;
    }

    QSettings s(recordsFile, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return false;
    const QString mine = groupOf(canonicalPath);
    // Keep the newest records of files that still exist.
    QList<QPair<qint64, QString>> others;
    for (const QString &group : s.childGroups()) {
        if (group == mine)
            continue;
        s.beginGroup(group);
        const QString other = s.value(QStringLiteral("path")).toString();
        const qint64 at = s.value(QStringLiteral("recorded_ms")).toLongLong();
        s.endGroup();
        if (other.isEmpty() || !QFileInfo::exists(other))
            s.remove(group);
        else
            others.append({at, group});
    }
    std::sort(others.begin(), others.end());
    for (qsizetype i = 0; i + MaxRecords <= others.size(); ++i)
        s.remove(others.at(i).second);

    s.beginGroup(mine);
    s.setValue(QStringLiteral("path"), state.path);
    s.setValue(QStringLiteral("size"), state.size);
    s.setValue(QStringLiteral("mtime_ns"), state.mtimeNs);
    s.setValue(QStringLiteral("ctime_ns"), state.ctimeNs);
    s.setValue(QStringLiteral("inode"), state.inode);
    s.setValue(QStringLiteral("device"), state.device);
    s.setValue(QStringLiteral("recorded_ms"), QDateTime::currentMSecsSinceEpoch());
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError) {
        // Nothing is lost: the next open of this file runs the full page check.
        qInfo("Database: the clean-close record could not be written (%s); the next open checks every page",
              qPrintable(recordsFile));
        return false;
    }
    return true;
}

void forget(const QString &recordsFile, const QString &canonicalPath)
{
    if (recordsFile.isEmpty() || canonicalPath.isEmpty() || !QFileInfo::exists(recordsFile))
        return;
    QSettings s(recordsFile, QSettings::IniFormat);
    s.remove(groupOf(canonicalPath));
    s.sync();
}

void noteDamageSeen()
{
    s_damageSeen.storeRelaxed(1);
}

bool damageSeen()
{
    return s_damageSeen.loadRelaxed() != 0;
}

} // namespace DatabaseCleanClose
