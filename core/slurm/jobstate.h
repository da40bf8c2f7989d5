// Slurm job states (squeue's and sacct's long names) and what the app makes of them.
#pragma once

#include <QString>

namespace Patagon::Slurm {

enum class JobState
{
    Unknown,
    Pending,
    Configuring,
    Running,
    Completing,
    Suspended,
    Stopped,
    Requeued, // REQUEUED, REQUEUE_HOLD, REQUEUE_FED: on its way back to PENDING
    Resizing,
    Signaling,
    StageOut,
    // Final states:
    Completed,
    Failed,
    Cancelled,
    Timeout,
    OutOfMemory,
    NodeFail,
    Preempted,
    BootFail,
    Deadline,
    Revoked,
    SpecialExit,
};

// "RUNNING", "CANCELLED by 1000", "CANCELLED+", "OUT_OF_MEMORY", "CD" (short codes too).
JobState parseJobState(const QString &text);
// The Slurm name: "PENDING", "OUT_OF_MEMORY", ...
QString jobStateName(JobState state);
// Translated, for people: "Pending", "Out of memory", ...
QString jobStateLabel(JobState state);
// The job will not change any more (COMPLETED, FAILED, ...).
bool isFinalState(JobState state);
// Waiting to run: PENDING, REQUEUED, CONFIGURING.
bool isWaitingState(JobState state);
// Holding resources: RUNNING, COMPLETING, SUSPENDED, ...
bool isActiveState(JobState state);
// A final state that is not a success.
bool isFailureState(JobState state);

} // namespace Patagon::Slurm
