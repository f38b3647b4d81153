#pragma once

#include "models/Domain.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>

// Backup of a workspace's job scripts to a folder: one file per job (sanitised job name +
// .sql/.py/.jar.txt) plus manifest.json ([{name, codeType, file}]). Files only, no database.
class ScriptBackup
{
    Q_DECLARE_TR_FUNCTIONS(ScriptBackup)

public:
    // Longest file name stem, in UTF-16 units; cut on a code point boundary.
    static constexpr int MaxStemLength = 100;

    // Writes every job's script to folderPath. Existing files are never overwritten: a taken name
    // gets " (2)", " (3)", ... All or nothing: on a failure the files written so far are removed.
    // Returns how many scripts it wrote; manifestFile receives the manifest's file name
    // (manifest (2).json after an earlier backup).
    static Result<int> write(const QList<Job> &jobs, const QString &folderPath, QString *manifestFile = nullptr);
    // Refuses a folder that is missing, not a folder or not writable.
    static Status checkFolder(const QString &folderPath);
    // The file name a job's script gets in a backup (without the collision suffix).
    static QString scriptFileName(const QString &jobName, const QString &codeType);
    static QString extensionFor(const QString &codeType);
};
