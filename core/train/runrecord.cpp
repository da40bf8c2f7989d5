// The run states' stored names.
#include "core/train/runrecord.h"

namespace Patagon::Train {

namespace {

struct StateName
{
    RunState state;
    const char *name;
};

// Stored in the runs database: never rename one.
constexpr StateName kStateNames[] = {
    {RunState::Preparing, "preparing"}, {RunState::Submitted, "submitted"},
    {RunState::Running, "running"},     {RunState::Completed, "completed"},
    {RunState::Failed, "failed"},       {RunState::Cancelled, "cancelled"},
};

} // namespace

QString runStateName(RunState state)
{
    for (const StateName &s : kStateNames) {
        if (s.state == state)
            return QString::fromLatin1(s.name);
    }
    return QStringLiteral("failed");
}

RunState runStateFromName(const QString &name)
{
    for (const StateName &s : kStateNames) {
        if (name == QLatin1String(s.name))
            return s.state;
    }
    return RunState::Failed;
}

} // namespace Patagon::Train
