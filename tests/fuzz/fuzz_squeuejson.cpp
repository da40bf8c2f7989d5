// squeue --json and sacct --json (the same job records).
#include "core/slurm/slurmoutput.h"
#include "tests/fuzz/fuzzinput.h"

#include <QTimeZone>

using namespace Patagon::Slurm;
using namespace PatagonFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764806400, QTimeZone::UTC);
    const auto jobs = SlurmOutput::parseQueueJson(bytes(data, size), now);
    if (jobs) {
        (void)SlurmOutput::ownQueuedJobs(*jobs, QStringLiteral("researcher"));
        for (const JobInfo &job : *jobs)
            (void)SlurmOutput::resolveOutputPath(job.standardOutput, job);
    }
    return 0;
}
