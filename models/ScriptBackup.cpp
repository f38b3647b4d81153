#include "models/ScriptBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Creates a file that did not exist before: "name.ext", else "name (2).ext", "name (3).ext", ...
// NewOnly makes the check and the creation one step, so nothing is ever overwritten.
bool createNewFile(QFile &file, const QDir &dir, const QString &stem, const QString &ext, QString *chosen,
                   QString *error)
{
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = n == 1 ? stem + ext : QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(ext);
        if (QFileInfo::exists(dir.filePath(candidate)))
            continue;
        file.setFileName(dir.filePath(candidate));
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *chosen = candidate;
            return true;
        }
        if (!QFileInfo::exists(dir.filePath(candidate))) {
            *error = file.errorString();
            return false;
        }
    }
    *error = ScriptBackup::tr("too many files with this name already exist");
    return false;
}

} // namespace

QString ScriptBackup::extensionFor(const QString &codeType)
{
    if (codeType == QLatin1String("SQL"))
        return QStringLiteral(".sql");
    if (codeType == QLatin1String("PYTHON"))
        return QStringLiteral(".py");
    // A JAR job keeps its main class and arguments as text, not the archive itself.
    return QStringLiteral(".jar.txt");
}

QString ScriptBackup::scriptFileName(const QString &jobName, const QString &codeType)
{
    // Letters and digits of any script stay (Chinese job names remain readable); everything a
    // file system might refuse or misread (/ \ : * ? " < > | spaces, controls) becomes "_".
    QString base;
    for (const char32_t c : jobName.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || c == U'-' || c == U'_' || c == U'.')
            base += QString::fromUcs4(&c, 1);
        else
            base += QLatin1Char('_');
    }
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("job");
    static const QStringList reserved = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                         QStringLiteral("NUL")};
    const QString upper = base.toUpper();
    if (reserved.contains(upper)
        || ((upper.startsWith(QLatin1String("COM")) || upper.startsWith(QLatin1String("LPT"))) && upper.size() == 4
            && upper.at(3).isDigit()))
        base.prepend(QLatin1Char('_'));
    // At most MaxStemLength UTF-16 units and 200 bytes of UTF-8 (a Linux file name has 255 bytes,
    // and the extension and a " (2)" suffix follow), cut between code points: half a surrogate
    // pair would be stored as a replacement character and the manifest would name a missing file.
    qsizetype cut = 0;
    int bytes = 0;
    for (qsizetype i = 0; i < base.size();) {
        const bool pair = base.at(i).isHighSurrogate() && i + 1 < base.size() && base.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(base.at(i), base.at(i + 1)) : base.at(i).unicode();
        const int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (i + (pair ? 2 : 1) > MaxStemLength || bytes + n > 200)
            break;
        bytes += n;
        i += pair ? 2 : 1;
        cut = i;
    }
    base.truncate(cut);
    return base + extensionFor(codeType);
}

Status ScriptBackup::checkFolder(const QString &folderPath)
{
    if (folderPath.isEmpty())
        return Status::failure(Field::Path, tr("Choose a folder for the backup."));
    const QString nativeFolder = QDir::toNativeSeparators(folderPath);
    const QFileInfo folder(folderPath);
    if (!folder.exists())
        return Status::failure(Field::Path, tr("The folder %1 does not exist. Choose another folder.").arg(nativeFolder));
    if (!folder.isDir())
        return Status::failure(Field::Path, tr("%1 is a file, not a folder. Choose a folder.").arg(nativeFolder));
    if (!folder.isWritable())
        return Status::failure(Field::Path, tr("The folder %1 cannot be written. Choose another folder.").arg(nativeFolder));
    return {};
}

Result<int> ScriptBackup::write(const QList<Job> &jobs, const QString &folderPath, QString *manifestFile)
{
    if (Status s = checkFolder(folderPath); !s.ok())
        return s;
    const QDir dir(QFileInfo(folderPath).absoluteFilePath());
    QStringList written;
    const auto fail = [&](const QString &file, const QString &why) {
        // All or nothing: a partial backup would look complete in the folder.
        for (const QString &name : std::as_const(written))
            QFile::remove(dir.filePath(name));
        return Result<int>::failure(Field::Path, tr("Could not write %1: %2. Nothing was backed up.")
                                                     .arg(QDir::toNativeSeparators(dir.filePath(file)), why),
                                    ErrorCode::Storage);
    };

    QJsonArray manifest;
    for (const Job &job : jobs) {
        const QString wanted = scriptFileName(job.name, job.codeType);
        const QString ext = extensionFor(job.codeType);
        QFile file;
        QString chosen;
        QString error;
        if (!createNewFile(file, dir, wanted.left(wanted.size() - ext.size()), ext, &chosen, &error))
            return fail(wanted, error);
        written << chosen;
        const QByteArray bytes = job.script.toUtf8();
        if (file.write(bytes) != bytes.size() || !file.flush())
            return fail(chosen, file.errorString());
        file.close();
        manifest.append(QJsonObject{{QStringLiteral("name"), job.name},
                                    {QStringLiteral("codeType"), job.codeType},
                                    {QStringLiteral("file"), chosen}});
    }
    QFile file;
    QString chosen;
    QString error;
    if (!createNewFile(file, dir, QStringLiteral("manifest"), QStringLiteral(".json"), &chosen, &error))
        return fail(QStringLiteral("manifest.json"), error);
    written << chosen;
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.flush())
        return fail(chosen, file.errorString());
    file.close();
    if (manifestFile)
        *manifestFile = chosen;
    return int(jobs.size());
}
