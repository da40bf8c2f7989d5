// Outputs captured from real Slurm clusters (tests/jobs/data: 24.11, the sandbox; its
// slurm-22.05/ folder: the old-Slurm sandbox) for the parser tests, and a job found by id.
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

inline const Slurm::JobInfo *findJob(const Slurm::JobList &jobs, const QString &id)
{
    for (const Slurm::JobInfo &j : jobs) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

} // namespace Patagon::Testing
