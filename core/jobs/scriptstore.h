// The batch scripts the app submitted, kept on this machine by profile and job id, so a job
// can be resubmitted after Slurm has forgotten it.
#pragma once

#include "core/result.h"
#include "core/slurm/jobinfo.h"

#include <QByteArray>
#include <QString>

namespace Patagon::Jobs {

struct StoredScript
{
    QByteArray script;
    QString workDir; // as submitted; empty: the home folder

    bool isValid() const { return !script.isEmpty(); }
};

// Where a job without known output paths (a sacct before Slurm 23.02 does not print them)
// wrote: the script's --output and --error, else Slurm's defaults, resolved for `job`.
// Leaves paths the job already has.
void fillOutputPaths(Slurm::JobInfo &job, const StoredScript &script);

class ScriptStore
{
public:
    // `folder` empty: <app data>/jobs.
    explicit ScriptStore(const QString &folder = {});

    QString folder() const { return m_folder; }
    Result save(const QString &profile, const QString &jobId, const StoredScript &script) const;
    Expected<StoredScript> load(const QString &profile, const QString &jobId) const;

private:
    QString pathFor(const QString &profile, const QString &jobId, const char *suffix) const;

    QString m_folder;
};

} // namespace Patagon::Jobs
