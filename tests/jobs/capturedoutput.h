// Outputs captured from real Slurm clusters (tests/jobs/data: 24.11, the sandbox; its
// slurm-22.05/ and slurm-26.05/ folders: the old-Slurm sandbox on bookworm and on sid) for the
// parser tests, and a job found by id.
#pragma once

#include "core/slurm/jobinfo.h"

#include <QFile>
#include <QString>

namespace Patagon::Testing {

// The file `name` of tests/jobs/data/`folder` (empty: the 24.11 captures); missing is fatal.
inline QByteArray capturedOutput(const QString &name, const QString &folder = {})
{
    const QString dir = QStringLiteral(PATAGON_SOURCE_DIR "/tests/jobs/data/")
        + (folder.isEmpty() ? QString() : folder + u'/');
    QFile file(dir + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(dir + name));
    return file.readAll();
}

// The id of the job tests/sandbox/oldslurm/capture.sh submitted as `name` (its jobs.txt lines
// are "NAME ID (what it is)"); missing is fatal.
inline QString capturedJobId(const QString &name, const QString &folder)
{
    for (const QByteArray &line : capturedOutput(QStringLiteral("jobs.txt"), folder).split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() >= 2 && words.first() == name.toUtf8())
            return QString::fromUtf8(words.at(1));
    }
    qFatal("no job %s in %s/jobs.txt", qPrintable(name), qPrintable(folder));
}

inline const Slurm::JobInfo *findJob(const Slurm::JobList &jobs, const QString &id)
{
    for (const Slurm::JobInfo &j : jobs) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

} // namespace Patagon::Testing
