// Slurm job states and what the app makes of them.
#include "core/slurm/jobstate.h"

#include "core/tr.h"

#include <QHash>

namespace Patagon::Slurm {

namespace {

struct StateName
{
    JobState state;
    const char *name;
    const char *code;
};

constexpr StateName kStates[] = {
    {JobState::Pending, "PENDING", "PD"},
    {JobState::Configuring, "CONFIGURING", "CF"},
    {JobState::Running, "RUNNING", "R"},
    {JobState::Completing, "COMPLETING", "CG"},
    {JobState::Suspended, "SUSPENDED", "S"},
    {JobState::Stopped, "STOPPED", "ST"},
    {JobState::Requeued, "REQUEUED", "RQ"},
    {JobState::Requeued, "REQUEUE_HOLD", "RH"},
    {JobState::Requeued, "REQUEUE_FED", "RF"},
    {JobState::Resizing, "RESIZING", "RS"},
    {JobState::Signaling, "SIGNALING", "SI"},
    {JobState::StageOut, "STAGE_OUT", "SO"},
    {JobState::Completed, "COMPLETED", "CD"},
    {JobState::Failed, "FAILED", "F"},
    {JobState::Cancelled, "CANCELLED", "CA"},
    {JobState::Timeout, "TIMEOUT", "TO"},
    {JobState::OutOfMemory, "OUT_OF_MEMORY", "OOM"},
    {JobState::NodeFail, "NODE_FAIL", "NF"},
    {JobState::Preempted, "PREEMPTED", "PR"},
    {JobState::BootFail, "BOOT_FAIL", "BF"},
    {JobState::Deadline, "DEADLINE", "DL"},
    {JobState::Revoked, "REVOKED", "RV"},
    {JobState::SpecialExit, "SPECIAL_EXIT", "SE"},
};

} // namespace

JobState parseJobState(const QString &text)
{
    // "CANCELLED by 1000", "CANCELLED+" (sacct), "COMPLETING,..." lists: the first word decides.
    QString word = text.trimmed().section(u' ', 0, 0).section(u',', 0, 0);
    while (word.endsWith(u'+'))
        word.chop(1);
    word = word.toUpper();
    for (const StateName &s : kStates) {
        if (word == QLatin1String(s.name) || word == QLatin1String(s.code))
            return s.state;
    }
    return JobState::Unknown;
}

QString jobStateName(JobState state)
{
    for (const StateName &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.name);
    }
    return QStringLiteral("UNKNOWN");
}

QString jobStateLabel(JobState state)
{
    switch (state) {
    case JobState::Unknown:
        return Tr::tr("Unknown");
    case JobState::Pending:
        return Tr::tr("Pending");
    case JobState::Configuring:
        return Tr::tr("Configuring");
    case JobState::Running:
        return Tr::tr("Running");
    case JobState::Completing:
        return Tr::tr("Completing");
    case JobState::Suspended:
        return Tr::tr("Suspended");
    case JobState::Stopped:
        return Tr::tr("Stopped");
    case JobState::Requeued:
        return Tr::tr("Requeued");
    case JobState::Resizing:
        return Tr::tr("Resizing");
    case JobState::Signaling:
        return Tr::tr("Signaling");
    case JobState::StageOut:
        return Tr::tr("Staging out");
    case JobState::Completed:
        return Tr::tr("Completed");
    case JobState::Failed:
        return Tr::tr("Failed");
    case JobState::Cancelled:
        return Tr::tr("Cancelled");
    case JobState::Timeout:
        return Tr::tr("Timed out");
    case JobState::OutOfMemory:
        return Tr::tr("Out of memory");
    case JobState::NodeFail:
        return Tr::tr("Node failed");
    case JobState::Preempted:
        return Tr::tr("Preempted");
    case JobState::BootFail:
        return Tr::tr("Boot failed");
    case JobState::Deadline:
        return Tr::tr("Missed its deadline");
    case JobState::Revoked:
        return Tr::tr("Revoked");
    case JobState::SpecialExit:
        return Tr::tr("Special exit");
    }
    return {};
}

bool isFinalState(JobState state)
{
    return state >= JobState::Completed;
}

bool isWaitingState(JobState state)
{
    return state == JobState::Pending || state == JobState::Requeued
        || state == JobState::Configuring;
}

bool isActiveState(JobState state)
{
    return !isFinalState(state) && !isWaitingState(state) && state != JobState::Unknown;
}

bool isFailureState(JobState state)
{
    return isFinalState(state) && state != JobState::Completed;
}

} // namespace Patagon::Slurm
